// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QPalette>

struct Guide;
class QTextDocument;

// Writes a guide's levers as titled cards and its "negotiate up" script as a quote. A lever's title and text and
// the script are guide Markdown: they are read as the PDF reads them (ReportMarkdown, through the core's
// SafeMarkdownDocument), so their emphasis, strong, strike-through and code show, and nothing else in a guide is
// read as markup: no HTML, no image, no link.
namespace LeverDocument {
void fill(QTextDocument *document, const Guide &guide, const QPalette &palette);
} // namespace LeverDocument
