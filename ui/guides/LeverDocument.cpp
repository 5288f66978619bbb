// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/LeverDocument.h"

#include "guide/Guide.h"
#include "report/ReportMarkdown.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace {
QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

void insertHeading(QTextCursor &cursor, const QString &text, double scale)
{
    QTextBlockFormat block;
    block.setTopMargin(10);
    block.setBottomMargin(6);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(cursor.document()->defaultFont().pointSizeF() * scale);
    cursor.insertBlock(block, chars);
    cursor.insertText(text, chars);
}
} // namespace

void LeverDocument::fill(QTextDocument *document, const Guide &guide, const QPalette &palette)
{
    document->clear();
    QTextCursor cursor(document);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);

    QTextCharFormat normal;
    normal.setForeground(text);

    insertHeading(cursor, QCoreApplication::translate("LeverDocument", "Levers"), 1.3);
    if (guide.levers.isEmpty()) {
        cursor.insertBlock(QTextBlockFormat(), normal);
        cursor.insertText(QCoreApplication::translate("LeverDocument", "This guide lists no levers."), normal);
    }
    QTextFrameFormat card;
    card.setBorder(1);
    card.setBorderBrush(mix(base, text, 0.25));
    card.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    card.setBackground(mix(base, highlight, 0.08));
    card.setPadding(10);
    card.setTopMargin(4);
    card.setBottomMargin(8);
    for (qsizetype i = 0; i < guide.levers.size(); ++i) {
        const Lever &lever = guide.levers.at(i);
        cursor.movePosition(QTextCursor::End);
        cursor.insertFrame(card);
        QTextCharFormat title;
        title.setFontWeight(QFont::Bold);
        title.setForeground(text);
        title.setFontPointSize(document->defaultFont().pointSizeF() * 1.1);
        cursor.setCharFormat(title);
        cursor.insertText(u"%1. "_s.arg(i + 1), title);
        ReportMarkdown::append(cursor, lever.title, title);
        QTextBlockFormat body;
        body.setTopMargin(4);
        cursor.insertBlock(body, normal);
        ReportMarkdown::append(cursor, lever.text, normal);
    }

    cursor.movePosition(QTextCursor::End);
    insertHeading(cursor, QCoreApplication::translate("LeverDocument", "Negotiate up: the script"), 1.3);
    if (guide.script.isEmpty()) {
        cursor.insertBlock(QTextBlockFormat(), normal);
        cursor.insertText(QCoreApplication::translate("LeverDocument", "This guide has no script."), normal);
        return;
    }
    QTextFrameFormat quote;
    quote.setBorder(0);
    quote.setBackground(mix(base, text, 0.06));
    quote.setPadding(12);
    quote.setLeftMargin(8);
    quote.setTopMargin(4);
    cursor.insertFrame(quote);
    QTextCharFormat quoted = normal;
    quoted.setFontItalic(true);
    quoted.setFontPointSize(document->defaultFont().pointSizeF() * 1.08);
    cursor.setCharFormat(quoted);
    cursor.insertText(u"“"_s, quoted);
    ReportMarkdown::append(cursor, guide.script, quoted, QChar::ParagraphSeparator);
    cursor.insertText(u"”"_s, quoted);
}
