// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// LeverDocument: a guide's levers and script on screen, read as Markdown the way the PDF reads them
// (ReportMarkdown over SafeMarkdownDocument), never as raw Markdown and never as HTML.
#include "guide/Guide.h"
#include "report/ReportMarkdown.h"
#include "ui/guides/LeverDocument.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace {

Guide guideWithLevers()
{
    Guide guide;
    guide.levers = {
        {u"**Robotics** Experience"_s, u"Ask for **$145K base**, and *mention* the `fleet` work."_s},
        {u"Relocation"_s, u"First paragraph.\n\nSecond ~~old~~ paragraph with <b>tags</b> and ![logo](/etc/hostname) "
                          u"and [a link](file:///etc/passwd)."_s},
    };
    guide.script = u"I'd like **$150K** base.\n\nCan we *meet* there?"_s;
    return guide;
}

// The fragments of the document whose text contains `text`, with their formats.
QList<QTextFragment> fragmentsWith(const QTextDocument &document, const QString &text)
{
    QList<QTextFragment> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(text))
                found.append(it.fragment());
        }
    }
    return found;
}

bool isBold(const QTextFragment &fragment)
{
    return fragment.charFormat().fontWeight() >= QFont::DemiBold;
}

} // namespace

class TestLeverDocument : public QObject
{
    Q_OBJECT

private slots:
    void markdownIsRenderedNotShown();
    void textMatchesThePdf();
    void htmlImagesAndLinksStayText();
    void scriptKeepsItsParagraphsInQuotes();
    void cardsTakeThePaletteColours();
    void emptyGuideSaysSo();
};

void TestLeverDocument::markdownIsRenderedNotShown()
{
    QTextDocument document;
    LeverDocument::fill(&document, guideWithLevers(), QApplication::palette());
    const QString text = document.toPlainText();
    QVERIFY2(!text.contains(u"**"_s), qPrintable(text));
    QVERIFY(!text.contains(u'`'));
    QVERIFY(!text.contains(u"~~"_s));
    QVERIFY(text.contains(u"1. Robotics Experience"_s));

    // The strong span of the lever's text is bold; the words around it are not.
    const QList<QTextFragment> strong = fragmentsWith(document, u"$145K base"_s);
    QCOMPARE(strong.size(), 1);
    QCOMPARE(strong.first().text(), u"$145K base"_s);
    QVERIFY(isBold(strong.first()));
    const QList<QTextFragment> around = fragmentsWith(document, u"Ask for "_s);
    QCOMPARE(around.size(), 1);
    QVERIFY(!isBold(around.first()));

    const QList<QTextFragment> emphasis = fragmentsWith(document, u"mention"_s);
    QCOMPARE(emphasis.size(), 1);
    QVERIFY(emphasis.first().charFormat().fontItalic());
    const QList<QTextFragment> code = fragmentsWith(document, u"fleet"_s);
    QCOMPARE(code.size(), 1);
    QVERIFY(code.first().charFormat().fontFixedPitch());
    const QList<QTextFragment> struck = fragmentsWith(document, u"old"_s);
    QCOMPARE(struck.size(), 1);
    QVERIFY(struck.first().charFormat().fontStrikeOut());
}

void TestLeverDocument::textMatchesThePdf()
{
    const Guide guide = guideWithLevers();
    QTextDocument document;
    LeverDocument::fill(&document, guide, QApplication::palette());
    const QString text = document.toPlainText();
    for (const Lever &lever : guide.levers) {
        QVERIFY2(text.contains(ReportMarkdown::toPlainText(lever.title)), qPrintable(lever.title));
        QVERIFY2(text.contains(ReportMarkdown::toPlainText(lever.text)), qPrintable(lever.text));
    }
}

void TestLeverDocument::htmlImagesAndLinksStayText()
{
    QTextDocument document;
    LeverDocument::fill(&document, guideWithLevers(), QApplication::palette());
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"<b>tags</b>"_s), qPrintable(text));
    QVERIFY(text.contains(u"[image not shown: logo]"_s));
    QVERIFY(text.contains(u"a link"_s));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY(!it.fragment().charFormat().isImageFormat());
            QVERIFY(it.fragment().charFormat().anchorHref().isEmpty());
        }
    }
}

void TestLeverDocument::scriptKeepsItsParagraphsInQuotes()
{
    QTextDocument document;
    LeverDocument::fill(&document, guideWithLevers(), QApplication::palette());
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"“I'd like $150K base.\nCan we meet there?”"_s), qPrintable(text));
    const QList<QTextFragment> strong = fragmentsWith(document, u"$150K"_s);
    QCOMPARE(strong.size(), 1);
    QVERIFY(isBold(strong.first()));
    QVERIFY(strong.first().charFormat().fontItalic()); // still the quote's italics
}

void TestLeverDocument::cardsTakeThePaletteColours()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(40, 90, 200));
    QTextDocument document;
    LeverDocument::fill(&document, guideWithLevers(), dark);
    const QList<QTextFrame *> cards = document.rootFrame()->childFrames();
    QCOMPARE(cards.size(), 3); // two levers and the script
    const QColor background = cards.first()->frameFormat().background().color();
    QVERIFY(background.lightness() < 80);
    const QList<QTextFragment> strong = fragmentsWith(document, u"$145K base"_s);
    QCOMPARE(strong.first().charFormat().foreground().color(), QColor(230, 230, 230));
}

void TestLeverDocument::emptyGuideSaysSo()
{
    QTextDocument document;
    LeverDocument::fill(&document, Guide(), QApplication::palette());
    const QString text = document.toPlainText();
    QVERIFY(text.contains(u"This guide lists no levers."_s));
    QVERIFY(text.contains(u"This guide has no script."_s));
}

QTEST_MAIN(TestLeverDocument)
#include "tst_leverdocument.moc"
