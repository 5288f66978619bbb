// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "report/ReportMarkdown.h"

#include "common/SafeMarkdownDocument.h"

#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace {

QString capped(const QString &markdown)
{
    if (markdown.size() <= ReportMarkdown::kMaxLength)
        return markdown;
    return markdown.left(ReportMarkdown::kMaxLength) + QChar(0x2026);
}

// Only the emphasis of a fragment carries over; fonts, colours, sizes and anchors don't.
QTextCharFormat emphasisOn(const QTextCharFormat &base, const QTextCharFormat &source)
{
    QTextCharFormat format = base;
    if (source.fontWeight() >= QFont::DemiBold)
        format.setFontWeight(QFont::Bold);
    if (source.fontItalic())
        format.setFontItalic(true);
    if (source.fontStrikeOut())
        format.setFontStrikeOut(true);
    if (source.fontFixedPitch() || source.fontFamilies().toStringList().contains(u"monospace"_s, Qt::CaseInsensitive)) {
        format.setFontFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
        format.setFontFixedPitch(true);
    }
    return format;
}

// The block's text without objects: a data: image the reader would show has no place in a sentence of the report.
QString textOf(const QTextFragment &fragment)
{
    if (!fragment.isValid() || fragment.charFormat().isImageFormat())
        return QString();
    QString text = fragment.text();
    // A soft line break inside a Markdown paragraph reads as a space.
    text.replace(QChar::LineSeparator, u' ');
    text.remove(QChar(QChar::ObjectReplacementCharacter));
    return text;
}

} // namespace

void ReportMarkdown::append(QTextCursor &cursor, const QString &markdown, const QTextCharFormat &base,
                            QChar paragraphSeparator)
{
    // Read into a scratch document that is never laid out; only its text and emphasis are copied.
    SafeMarkdownDocument scratch;
    scratch.setNoticesShown(false);
    scratch.setGuideMarkdown(capped(markdown));
    bool first = true;
    for (QTextBlock block = scratch.begin(); block.isValid(); block = block.next()) {
        QString blockText;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            blockText += textOf(it.fragment());
        if (blockText.trimmed().isEmpty())
            continue;
        if (!first)
            cursor.insertText(QString(paragraphSeparator), base);
        first = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (const QString text = textOf(it.fragment()); !text.isEmpty())
                cursor.insertText(text, emphasisOn(base, it.fragment().charFormat()));
        }
    }
}

QString ReportMarkdown::toPlainText(const QString &markdown)
{
    SafeMarkdownDocument document;
    QTextCursor cursor(&document);
    append(cursor, markdown, QTextCharFormat());
    return document.toPlainText();
}
