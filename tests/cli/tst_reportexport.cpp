// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// offerdesk-cli export, checked from outside the way a reader's PDF viewer sees the file: poppler's pdftotext,
// pdfinfo and pdffonts (poppler-utils, installed by .ci/setup).
#include "support/RunProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Word
{
    int page = 0;
    QRectF box; // in points, from the page's top-left
    QString text;
};

struct PageBox
{
    double width = 0;
    double height = 0;
};

QString dataPath(const QString &relative)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u'/' + relative;
}

QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, u" "_s);
}

const QString kSeedGuide = u"huggingface-enterprise/software-engineer"_s;
const QString kTitle = u"Negotiation summary: Software Engineer at Hugging Face Enterprise, San Francisco"_s;

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedScenarioHasEverySection();
    void seedScenarioOffersAndBandNumbers();
    void seedScenarioCounter();
    void overridesAreMarked();
    void seedScenarioSaysItMeetsTheFloor();
    void seedScenarioScriptIsTheEngines();
    void bandThatCannotReachTheFloorSaysSo();
    void walkAwayOptionSetsTheFloor();
    void everyPageHasHeaderAndPageNumber();
    void glyphsArePrintSized();
    void nothingOutsideTheMargins();
    void indentsAreInPoints();
    void fontsAreEmbedded();
    void pageSizeOption_data();
    void pageSizeOption();
    void defaultPageSizeFollowsLocale_data();
    void defaultPageSizeFollowsLocale();
    void noTargetSaysWhy();
    void otherCurrencyShowsConversion();
    void missingRateFailsAndKeepsOldFile();
    void unwritableOutput_data();
    void unwritableOutput();
    void fullDiskKeepsTheOldFile();
    void sameInputsSameText();
    void tablesNeverSplitRows();
    void worksWithoutDisplay();
    void usageErrors_data();
    void usageErrors();
    void guideMarkdownLoadsNothing();

private:
    Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env) const;
    Run run(const QString &program, const QStringList &arguments) const { return run(program, arguments, m_env); }
    Run exportPdf(const QString &offers, const QString &output, const QStringList &extra = {},
                  const QProcessEnvironment *env = nullptr) const;
    QString seedPdf();
    QString pdfText(const QString &pdf, int page = 0) const;
    int pageCount(const QString &pdf) const;
    QString pageSize(const QString &pdf) const;
    static QString scriptSection(const QString &text);
    QList<Word> words(const QString &pdf, QList<PageBox> *pages = nullptr) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_seedPdf;
};

void TestReportExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(u"%1 is missing: install poppler-utils (.ci/setup does)"_s.arg(QString::fromLatin1(tool))));
    }
    // Keep the person's own guides and settings out of the test.
    m_env = isolatedEnvironment(m_dir.filePath(u"xdg"_s));
    m_env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
}

Run TestReportExport::run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env) const
{
    return runProcess(program, arguments, env);
}

Run TestReportExport::exportPdf(const QString &offers, const QString &output, const QStringList &extra,
                                const QProcessEnvironment *env) const
{
    QStringList arguments = {u"export"_s, u"--guide"_s, kSeedGuide, u"--region"_s, u"San Francisco"_s,
                             u"--offers"_s, offers, u"--output"_s, output, u"--date"_s, u"2026-11-26"_s};
    if (!extra.contains(u"--page-size"_s) && !extra.contains(u"no-page-size"_s))
        arguments << u"--page-size"_s << u"A4"_s;
    for (const QString &argument : extra) {
        if (argument != u"no-page-size"_s)
            arguments << argument;
    }
    return run(QStringLiteral(OFFERDESK_CLI_PATH), arguments, env ? *env : m_env);
}

QString TestReportExport::seedPdf()
{
    if (m_seedPdf.isEmpty()) {
        const QString path = m_dir.filePath(u"seed.pdf"_s);
        const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), path);
        if (result.exitCode != 0)
            qWarning("export failed: %s", qPrintable(result.err));
        if (result.exitCode == 0 && QFileInfo::exists(path))
            m_seedPdf = path;
    }
    return m_seedPdf;
}

QString TestReportExport::pdfText(const QString &pdf, int page) const
{
    QStringList arguments = {u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << pdf << u"-"_s;
    return run(u"pdftotext"_s, arguments).out;
}

int TestReportExport::pageCount(const QString &pdf) const
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_s, {pdf}).out).captured(1).toInt();
}

QString TestReportExport::pageSize(const QString &pdf) const
{
    static const QRegularExpression size(u"^Page size:\\s+(.*)$"_s, QRegularExpression::MultilineOption);
    return size.match(run(u"pdfinfo"_s, {pdf}).out).captured(1).trimmed();
}

QList<Word> TestReportExport::words(const QString &pdf, QList<PageBox> *pages) const
{
    const QString xhtml = run(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).out;
    static const QRegularExpression pageTag(u"<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"_s);
    static const QRegularExpression wordTag(
        u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"_s);
    QList<Word> result;
    int page = 0;
    const QStringList lines = xhtml.split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch pageMatch = pageTag.match(line);
        if (pageMatch.hasMatch()) {
            ++page;
            if (pages)
                pages->append({pageMatch.captured(1).toDouble(), pageMatch.captured(2).toDouble()});
            continue;
        }
        const QRegularExpressionMatch match = wordTag.match(line);
        if (!match.hasMatch())
            continue;
        const double x0 = match.captured(1).toDouble();
        const double y0 = match.captured(2).toDouble();
        const double x1 = match.captured(3).toDouble();
        const double y1 = match.captured(4).toDouble();
        result.append({page, QRectF(QPointF(x0, y0), QPointF(x1, y1)), match.captured(5)});
    }
    return result;
}

void TestReportExport::seedScenarioHasEverySection()
{
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 1 && pages <= 4, qPrintable(QString::number(pages)));
    const QString text = squeezed(pdfText(pdf));
    const QStringList expected = {
        kTitle,
        u"Prepared 26 November 2026"_s,
        u"Guide data last updated 23 February 2026"_s,
        u"Sources: Levels.fyi, Glassdoor, Blind."_s,
        u"Pay band: San Francisco, USD"_s,
        u"Offers, in USD"_s,
        u"Offers against the band"_s,
        u"Counter-offer"_s,
        u"Script"_s,
        u"Levers"_s,
        u"About these figures"_s,
        u"not an offer"_s,
    };
    for (const QString &needle : expected)
        QVERIFY2(text.contains(needle), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(needle, text)));
    // No ligature glyphs: "offers" copies and searches as the six letters it is.
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        QVERIFY2(!text.contains(QChar(ligature)), "the PDF's text has a ligature in it");
    // In the order the issue gives.
    qsizetype last = -1;
    for (const QString &heading : expected.mid(4, 7)) {
        const qsizetype at = text.indexOf(heading, last + 1);
        QVERIFY2(at > last, qPrintable(u"\"%1\" is out of order"_s.arg(heading)));
        last = at;
    }
}

void TestReportExport::seedScenarioOffersAndBandNumbers()
{
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const QString text = squeezed(pdfText(pdf));
    // The band: base, stock, bonus and total comp, stated and computed.
    for (const QString &amount : {u"$170,000"_s, u"$220,000"_s, u"$140,000"_s, u"$250,000"_s, u"$35,000"_s,
                                  u"$62,500"_s, u"$8,500"_s, u"$11,000"_s, u"$223,000"_s, u"$315,000"_s,
                                  u"$213,500"_s, u"$293,500"_s})
        QVERIFY2(text.contains(amount), qPrintable(u"band figure %1 missing"_s.arg(amount)));
    // Each offer's company and 4-year average.
    const QList<std::pair<QString, QString>> offers = {
        {u"Hugging Face Enterprise"_s, u"$239,250"_s},
        {u"Google L4"_s, u"$306,500"_s},
        {u"Anthropic"_s, u"$277,500"_s},
    };
    for (const auto &[company, average] : offers) {
        QVERIFY2(text.contains(company), qPrintable(company));
        QVERIFY2(text.contains(average), qPrintable(average));
    }
    // Google's base sits at 0.80 of the band, as the offers issue computes it.
    QVERIFY(text.contains(u"0.80 within"_s));
}

void TestReportExport::seedScenarioCounter()
{
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const QString text = squeezed(pdfText(pdf));
    for (const QString &needle : {u"What to ask Hugging Face Enterprise for"_s, u"Settings: balanced, no premium."_s,
                                  u"Best alternative: Google L4, worth $306,500"_s, u"Walk-away floor"_s,
                                  u"Your counter"_s, u"Why these numbers"_s, u"Sign-on bonus"_s})
        QVERIFY2(text.contains(needle), qPrintable(u"missing \"%1\""_s.arg(needle)));
    // The rationale names both competing offers; nothing is marked as set by hand.
    const QString why = text.section(u"Why these numbers"_s, 1).section(u"Script"_s, 0, 0);
    QVERIFY(why.contains(u"Google L4"_s) && why.contains(u"Anthropic"_s));
    QVERIFY(!text.contains(u"set by hand"_s));
    // The script is filled in with these offers, not the guide's example.
    QVERIFY(text.contains(u"Filled in with these offers"_s));
}

void TestReportExport::overridesAreMarked()
{
    const QString pdf = m_dir.filePath(u"override.pdf"_s);
    const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), pdf,
                                 {u"--override"_s, u"base=200000"_s, u"--boldness"_s, u"bold"_s, u"--premium"_s,
                                  u"5"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = squeezed(pdfText(pdf));
    // pdftotext reads table cells column by column, so the ask and its mark come apart in its text.
    QVERIFY2(text.contains(u"$200,000"_s) && text.contains(u"set by hand"_s), qPrintable(text));
    QVERIFY(text.contains(u"Settings: bold, a 5% premium to join."_s));
    QVERIFY(text.contains(u"Asks marked \"set by hand\" were entered by the person"_s));
}

// The Script section's text: its note and the words to say, up to the Levers heading (with any page's header and
// footer in between).
QString TestReportExport::scriptSection(const QString &text)
{
    return text.section(u"Why these numbers"_s, 1).section(u"Script"_s, 1).section(u"Levers"_s, 0, 0);
}

void TestReportExport::seedScenarioSaysItMeetsTheFloor()
{
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const QString text = squeezed(pdfText(pdf));
    const QString counter = text.section(u"Counter-offer"_s, 1).section(u"Why these numbers"_s, 0, 0);
    // The asks of issue 14's rules: base to the band's top, Anthropic's equity, the sign-on raised to reach the floor.
    for (const QString &needle :
         {u"$220,000"_s, u"$250,000"_s, u"$52,000"_s, u"raised to reach the floor"_s, u"$345,500"_s, u"$306,500"_s,
          u"below which you walk away, from your best alternative, Google L4"_s,
          u"Meets your floor. The counter meets your floor of $306,500 a year over 4 years (from your best "
          u"alternative, Google L4)."_s})
        QVERIFY2(counter.contains(needle), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(needle, counter)));
    QVERIFY(!counter.contains(u"$215,000 base"_s));
}

void TestReportExport::seedScenarioScriptIsTheEngines()
{
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const QString script = scriptSection(squeezed(pdfText(pdf)));
    QVERIFY2(script.contains(u"To choose Hugging Face Enterprise, I need $220K base, $250K equity over 4 years, and a "
                             u"$52K signing bonus. If we can get to those numbers, I'm ready to sign."_s),
             qPrintable(script));
    QVERIFY2(!script.contains(u"floor"_s, Qt::CaseInsensitive), qPrintable(script));
    QVERIFY(!script.contains(u"306"_s));
    QVERIFY(!script.contains(u"I commit"_s));
}

void TestReportExport::bandThatCannotReachTheFloorSaysSo()
{
    const QString pdf = m_dir.filePath(u"cannot-reach.pdf"_s);
    const Run result = exportPdf(dataPath(u"counter-scenarios/band-cannot-reach-floor/offers.json"_s), pdf);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(text.contains(u"Below your floor: this band can't reach it. This company's band can't reach your floor "
                           u"of $454,500 a year over 4 years (from your best alternative, Globex L5): the script asks "
                           u"for a higher level, a larger sign-on or an exception, and commits to nothing."_s),
             qPrintable(text));
    const QString script = scriptSection(text);
    QVERIFY2(script.contains(u"a higher level, more on the signing bonus, or an exception to the band would get us there"_s),
             qPrintable(script));
    QVERIFY(script.contains(u"the script commits to nothing"_s));
    QVERIFY(!script.contains(u"ready to sign"_s));
    QVERIFY(!script.contains(u"floor"_s, Qt::CaseInsensitive));
    QVERIFY(!script.contains(u"454"_s));
}

void TestReportExport::walkAwayOptionSetsTheFloor()
{
    const QString pdf = m_dir.filePath(u"walk-away.pdf"_s);
    const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), pdf, {u"--walk-away"_s, u"307000"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(text.contains(u"Meets your floor. The counter meets your floor of $307,000 a year over 4 years (from your "
                           u"stated walk-away)."_s),
             qPrintable(text));
    QVERIFY(text.contains(u"below which you walk away, from your stated walk-away"_s));
    // The sign-on rises from 52,000 to 54,000 to reach it; the script asks for it and never says the floor.
    const QString script = scriptSection(text);
    QVERIFY2(script.contains(u"and a $54K signing bonus. If we can get to those numbers, I'm ready to sign."_s),
             qPrintable(script));
    QVERIFY(!script.contains(u"307"_s));
}

void TestReportExport::everyPageHasHeaderAndPageNumber()
{
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 1);
    for (int page = 1; page <= pages; ++page) {
        const QString text = squeezed(pdfText(pdf, page));
        QVERIFY2(text.contains(u"Hugging Face Enterprise · Software Engineer"_s), qPrintable(text));
        QVERIFY2(text.contains(u"San Francisco · Negotiation summary"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
    }
}

void TestReportExport::glyphsArePrintSized()
{
    // QPdfWriter defaults to 1200 dpi: text drawn at the wrong scale is still extracted, only microscopic.
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const QList<Word> all = words(pdf);
    QVERIFY(all.size() > 200);
    int bodySized = 0;
    for (const Word &word : all) {
        QVERIFY2(word.box.height() >= 6 && word.box.height() <= 30,
                 qPrintable(u"\"%1\" is %2 pt tall"_s.arg(word.text).arg(word.box.height())));
        if (word.box.height() >= 8 && word.box.height() <= 14)
            ++bodySized;
    }
    QVERIFY2(bodySized * 10 >= all.size() * 8, "most words should be body-sized (8 to 14 pt boxes)");
}

void TestReportExport::nothingOutsideTheMargins()
{
    for (const QString &offers : {u"report/seed-scenario.json"_s, u"report/many-offers.json"_s}) {
        const QString pdf = m_dir.filePath(QFileInfo(offers).baseName() + u"-margins.pdf"_s);
        QCOMPARE(exportPdf(dataPath(offers), pdf, {u"--page-size"_s, u"Letter"_s}).exitCode, 0);
        QList<PageBox> pages;
        const QList<Word> all = words(pdf, &pages);
        QVERIFY(!all.isEmpty());
        // 18 mm at the sides and 14 mm at the top and bottom, less half a point for glyph bearings.
        const double side = 18 / 25.4 * 72 - 0.5;
        const double topBottom = 14 / 25.4 * 72 - 0.5;
        for (const Word &word : all) {
            const PageBox &page = pages.at(word.page - 1);
            const QRectF inside(side, topBottom, page.width - 2 * side, page.height - 2 * topBottom);
            QVERIFY2(inside.contains(word.box),
                     qPrintable(u"%1: \"%2\" on page %3 at %4,%5–%6,%7 crosses the margins"_s.arg(offers, word.text)
                                    .arg(word.page)
                                    .arg(word.box.left())
                                    .arg(word.box.top())
                                    .arg(word.box.right())
                                    .arg(word.box.bottom())));
        }
    }
}

void TestReportExport::indentsAreInPoints()
{
    // QTextDocument scales margins and indents by the device's DPI on its own: a lever's text is indented 14 pt
    // under its title at 18 mm from the page's edge, not a fraction or a multiple of that.
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const double margin = 18 / 25.4 * 72;
    int found = 0;
    for (const Word &word : words(pdf)) {
        if (word.text != u"Here:"_s)
            continue;
        ++found;
        QVERIFY2(std::abs(word.box.left() - margin - 14) < 1, qPrintable(QString::number(word.box.left())));
    }
    QVERIFY(found >= 1);
    // The rationale's bullets hang 12 pt in: "Equity $250,000 over 4 years: …" starts its item.
    const QList<Word> all = words(pdf);
    const bool bulletItem = std::any_of(all.cbegin(), all.cend(), [margin](const Word &word) {
        return word.text == u"Equity"_s && std::abs(word.box.left() - margin - 12) < 1;
    });
    QVERIFY(bulletItem);
}

void TestReportExport::fontsAreEmbedded()
{
    const QString pdf = seedPdf();
    QVERIFY(!pdf.isEmpty());
    const QStringList lines = run(u"pdffonts"_s, {pdf}).out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3); // two header lines, then one per font
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(fields.size() >= 6);
        QVERIFY2(fields.at(fields.size() - 5) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
    }
}

void TestReportExport::pageSizeOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << u"A4"_s << u"595 x 842"_s;
    QTest::newRow("Letter") << u"Letter"_s << u"612 x 792"_s;
    QTest::newRow("letter, any case") << u"letter"_s << u"612 x 792"_s;
}

void TestReportExport::pageSizeOption()
{
    QFETCH(QString, option);
    QFETCH(QString, size);
    const QString pdf = m_dir.filePath(u"size-%1.pdf"_s.arg(option));
    const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), pdf, {u"--page-size"_s, option});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(pageSize(pdf).startsWith(size), qPrintable(pageSize(pdf)));
}

void TestReportExport::defaultPageSizeFollowsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("prepared");
    QTest::newRow("United States") << u"en_US.UTF-8"_s << u"612 x 792"_s << u"Prepared 26 November 2026"_s;
    QTest::newRow("Germany") << u"de_DE.UTF-8"_s << u"595 x 842"_s << u"Erstellt: 26. November 2026"_s;
    QTest::newRow("United Kingdom") << u"en_GB.UTF-8"_s << u"595 x 842"_s << u"Prepared 26 November 2026"_s;
}

void TestReportExport::defaultPageSizeFollowsLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, size);
    QFETCH(QString, prepared);
    QProcessEnvironment env = m_env;
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANG"_s, locale);
    const QString pdf = m_dir.filePath(u"locale-%1.pdf"_s.arg(locale));
    const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), pdf, {u"no-page-size"_s}, &env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(pageSize(pdf).startsWith(size), qPrintable(pageSize(pdf)));
    // The text follows the locale's language (German is shipped; British English reads as American English).
    QVERIFY2(squeezed(pdfText(pdf)).contains(prepared), qPrintable(squeezed(pdfText(pdf)).left(400)));
}

void TestReportExport::noTargetSaysWhy()
{
    const QString pdf = m_dir.filePath(u"no-target.pdf"_s);
    const Run result = exportPdf(dataPath(u"report/no-target.json"_s), pdf);
    QCOMPARE(result.exitCode, 0);
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(text.contains(u"There is no counter-offer in this summary: none of the offers is marked as the target"_s),
             qPrintable(text));
    // Without a counter, there are no asks and no floor; the guide's own script is labelled as the guide's.
    QVERIFY(!text.contains(u"Walk-away floor"_s));
    QVERIFY(text.contains(u"The guide's own \"negotiate up\" strategy"_s));
    QVERIFY(text.contains(u"Google L4"_s));
}

void TestReportExport::otherCurrencyShowsConversion()
{
    const QString pdf = m_dir.filePath(u"currency.pdf"_s);
    const Run result = run(QStringLiteral(OFFERDESK_CLI_PATH),
                           {u"export"_s, u"--guides"_s, dataPath(u"guides-valid"_s), u"--guide"_s,
                            u"acme-robotics/backend-engineer"_s, u"--region"_s, u"Springfield"_s, u"--offers"_s,
                            dataPath(u"report/other-currency.json"_s), u"--rate"_s, u"EUR:USD=1.08"_s, u"--output"_s,
                            pdf, u"--date"_s, u"2026-11-26"_s, u"--page-size"_s, u"A4"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(text.contains(u"EUR × 1.08"_s), qPrintable(text));
    QVERIFY(text.contains(u"EUR → USD at 1.08, entered 26 November 2026"_s));
    // Globex: 135,000 base + 13,500 bonus + 43,200 ÷ 4 stock + 8,640 ÷ 4 sign-on = 161,460 as a 4-year average.
    QVERIFY(text.contains(u"$161,460"_s));
}

void TestReportExport::missingRateFailsAndKeepsOldFile()
{
    const QString pdf = m_dir.filePath(u"kept.pdf"_s);
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous summary");
    old.close();
    const Run result = run(QStringLiteral(OFFERDESK_CLI_PATH),
                           {u"export"_s, u"--guides"_s, dataPath(u"guides-valid"_s), u"--guide"_s,
                            u"acme-robotics/backend-engineer"_s, u"--region"_s, u"Springfield"_s, u"--offers"_s,
                            dataPath(u"report/other-currency.json"_s), u"--output"_s, pdf});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"no exchange rate from EUR to USD"_s), qPrintable(result.err));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous summary"));
}

void TestReportExport::fullDiskKeepsTheOldFile()
{
    // The folder behaves like a full disk after a few kilobytes (an LD_PRELOAD library; no mount needed). A summary
    // is tens of kilobytes, so the disk fills in the middle of it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(u"summary.pdf"_s);
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous summary");
    old.close();
    for (const char *budget : {"0", "4096", "20000"}) {
        QProcessEnvironment env = m_env;
        env.insert(u"LD_PRELOAD"_s, QStringLiteral(OFFERDESK_FAULTYFS_PATH));
        env.insert(u"OFFERDESK_FAULT_DIR"_s, dir.path() + u'/');
        env.insert(u"OFFERDESK_FAULT_BYTES"_s, QString::fromLatin1(budget));
        // Under AddressSanitizer the preloaded library comes before the ASan runtime; that is fine here.
        const QString asan = env.value(u"ASAN_OPTIONS"_s);
        env.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
        const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), pdf, {}, &env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"cannot write %1"_s.arg(pdf)) && result.err.contains(u"No space left"_s),
                 qPrintable(result.err));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous summary"));
        old.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"summary.pdf"_s});
    }
    // The same command with room on the disk writes the summary.
    QCOMPARE(exportPdf(dataPath(u"report/seed-scenario.json"_s), pdf).exitCode, 0);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(old.readAll().startsWith("%PDF-"));
}

void TestReportExport::unwritableOutput_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("message");
    QTest::newRow("parent is a file") << u"a-file/summary.pdf"_s << u"cannot write"_s;
    QTest::newRow("parent missing") << u"no-such-folder/summary.pdf"_s << u"cannot write"_s;
    QTest::newRow("output is a folder") << u"a-folder"_s << u"it is a folder"_s;
}

void TestReportExport::unwritableOutput()
{
    QFETCH(QString, relative);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"a-file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QDir(dir.path()).mkdir(u"a-folder"_s));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const QString output = dir.filePath(relative);
    const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), output);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message) && result.err.contains(QFileInfo(output).fileName())
                 && result.err.contains(u"nothing was written"_s),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // Nothing left behind: no PDF, no temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(dir.filePath(u"a-folder"_s)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestReportExport::sameInputsSameText()
{
    const QString first = m_dir.filePath(u"same-1.pdf"_s);
    const QString second = m_dir.filePath(u"same-2.pdf"_s);
    QCOMPARE(exportPdf(dataPath(u"report/seed-scenario.json"_s), first).exitCode, 0);
    QCOMPARE(exportPdf(dataPath(u"report/seed-scenario.json"_s), second).exitCode, 0);
    const QString text = pdfText(first);
    QVERIFY(text.size() > 1000);
    QCOMPARE(pdfText(second), text);
}

void TestReportExport::tablesNeverSplitRows()
{
    // Thirty offers: the offers table runs over a page break.
    const QString pdf = m_dir.filePath(u"many.pdf"_s);
    QCOMPARE(exportPdf(dataPath(u"report/many-offers.json"_s), pdf).exitCode, 0);
    QVERIFY(pageCount(pdf) >= 2);
    const QList<Word> all = words(pdf);

    // Every offer has a whole row in the table: on one page and one line, its label's number, its year 1 and
    // 4-year average, and its band placements. A row split over a page break, or clipped, has no such line. (The
    // labels also appear in the chart and in the counter's prose; those lines have no placements.)
    static const QRegularExpression numbered(u"^\\d\\d$"_s);
    const auto sameLine = [](const Word &a, const Word &b) {
        return a.page == b.page && std::abs(a.box.top() - b.box.top()) < 3;
    };
    QSet<QString> offersWithRows;
    QSet<int> pagesWithRows;
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        const Word &word = all.at(i);
        if (!numbered.match(word.text).hasMatch() || all.at(i + 1).text != u"L4"_s)
            continue;
        int amounts = 0;
        int placements = 0;
        for (const Word &other : all) {
            if (!sameLine(word, other))
                continue;
            if (other.text.startsWith(u'$'))
                ++amounts;
            if (other.text == u"within"_s || other.text == u"below"_s || other.text == u"above"_s)
                ++placements;
        }
        if (amounts >= 2 && placements == 2) {
            offersWithRows.insert(word.text);
            pagesWithRows.insert(word.page);
        }
    }
    const int rows = int(offersWithRows.size());
    QVERIFY2(rows >= 29, qPrintable(QString::number(rows)));
    QVERIFY2(pagesWithRows.size() >= 2, "the offers table should run over a page break for this test to mean anything");
    // The table's header repeats on each page it runs over.
    for (const int page : std::as_const(pagesWithRows)) {
        const bool header = std::any_of(all.cbegin(), all.cend(), [page](const Word &word) {
            return word.page == page && word.text == u"Conversion"_s;
        });
        QVERIFY2(header, qPrintable(u"no table header on page %1"_s.arg(page)));
    }
}

void TestReportExport::worksWithoutDisplay()
{
    QProcessEnvironment env = m_env;
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const QString pdf = m_dir.filePath(u"headless.pdf"_s);
    const Run result = exportPdf(dataPath(u"report/seed-scenario.json"_s), pdf, {}, &env);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Wrote "_s) && result.out.contains(u"A4"_s), qPrintable(result.out));
    QVERIFY(pageCount(pdf) >= 1);
}

void TestReportExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString offers = dataPath(u"report/seed-scenario.json"_s);
    const QStringList base = {u"export"_s, u"--guide"_s, kSeedGuide, u"--region"_s, u"San Francisco"_s,
                              u"--offers"_s, offers};
    QTest::newRow("no output") << base << u"--output is required"_s;
    QTest::newRow("bad page size") << (base + QStringList{u"--output"_s, u"x.pdf"_s, u"--page-size"_s, u"A5"_s})
                                   << u"--page-size must be A4 or Letter"_s;
    QTest::newRow("bad date") << (base + QStringList{u"--output"_s, u"x.pdf"_s, u"--date"_s, u"26/11/2026"_s})
                              << u"--date must be a date"_s;
    QTest::newRow("bad rate") << (base + QStringList{u"--output"_s, u"x.pdf"_s, u"--rate"_s, u"EURUSD"_s})
                              << u"FROM:TO=RATE"_s;
    QTest::newRow("bad boldness") << (base + QStringList{u"--output"_s, u"x.pdf"_s, u"--boldness"_s, u"reckless"_s})
                                  << u"--boldness must be conservative, balanced or bold"_s;
    QTest::newRow("bad premium") << (base + QStringList{u"--output"_s, u"x.pdf"_s, u"--premium"_s, u"150"_s})
                                 << u"--premium must be a percentage"_s;
    QTest::newRow("bad override") << (base + QStringList{u"--output"_s, u"x.pdf"_s, u"--override"_s, u"salary=1"_s})
                                  << u"--override 'salary=1' must be PART=AMOUNT"_s;
}

void TestReportExport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringLiteral(OFFERDESK_CLI_PATH), arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(u"x.pdf"_s));
}

void TestReportExport::guideMarkdownLoadsNothing()
{
    // A guide whose levers and script name local files as images: a FIFO (which would hang a reader), /dev/zero
    // (which would exhaust memory) and a file with a secret. The export finishes and shows only the words.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QFile source(dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString guide = QString::fromUtf8(source.readAll());
    const qsizetype levers = guide.indexOf(u"**Key Levers**"_s);
    QVERIFY(levers > 0);
    guide = guide.left(levers)
            + u"**Key Levers**\n"
              u"1. **Robot Fleet Experience:** \"I have run fleets.\" ![pipe](%1) Fleet words stay.\n"
              u"2. **Competing Offer:** <img src=\"/dev/zero\"> ![zero](/dev/zero) Offer words stay. <b>bold?\n"
              u"\n> **Negotiate Up Strategy:** \"Ask for more. ![secret](%2) Script words stay.\"\n"_s
                  .arg(fifo, dataPath(u"report/seed-scenario.json"_s));
    QDir(dir.path()).mkdir(u"guides"_s);
    QFile target(dir.filePath(u"guides/acme-robotics--backend-engineer.md"_s));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(guide.toUtf8());
    target.close();

    const QString pdf = dir.filePath(u"hostile.pdf"_s);
    const Run result = run(QStringLiteral(OFFERDESK_CLI_PATH),
                           {u"export"_s, u"--guides"_s, dir.filePath(u"guides"_s), u"--guide"_s,
                            u"acme-robotics/backend-engineer"_s, u"--region"_s, u"Springfield"_s, u"--offers"_s,
                            dataPath(u"report/no-target.json"_s), u"--output"_s, pdf, u"--page-size"_s, u"A4"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(text.contains(u"Fleet words stay."_s), qPrintable(text));
    QVERIFY(text.contains(u"Offer words stay."_s));
    QVERIFY(text.contains(u"Script words stay."_s));
    // HTML is shown as the text it is, never run.
    QVERIFY(text.contains(u"<b>bold?"_s));
    // The JSON named as an image was not read into the document.
    QVERIFY(!text.contains(u"Hugging Face Enterprise\", \"role\""_s));
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
