// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QTextCharFormat>

class QTextCursor;

// Guide Markdown (a lever, the script) inlined into the report. It is read by the core's SafeMarkdownDocument, the
// same defences as the guide reader: no HTML, no image loaded (an image becomes "[image not shown: alt]"), link
// targets dropped, and Markdown too complex to lay out quickly kept as plain text. Only emphasis, strong,
// strike-through and code spans carry over into the report.
namespace ReportMarkdown {

// Longer guide text is cut with an ellipsis: a lever or a script is a paragraph or two, and the summary stays short.
constexpr qsizetype kMaxLength = 6000;

// Appends the Markdown at the cursor in the cursor's own block, on top of `base`. Paragraphs of the Markdown are
// joined by `paragraphSeparator` (a space for inline text, or QChar::ParagraphSeparator to keep them).
void append(QTextCursor &cursor, const QString &markdown, const QTextCharFormat &base,
            QChar paragraphSeparator = QLatin1Char(' '));

// The plain text the report would show for the Markdown.
QString toPlainText(const QString &markdown);

} // namespace ReportMarkdown
