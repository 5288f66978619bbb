// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideParser.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u'/' + relative;
}

const QDate kToday(2026, 11, 26);

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

const Diagnostic *findDiagnostic(const Diagnostics &diagnostics, Diagnostic::Severity severity, const QString &text)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity && d.message.contains(text))
            return &d;
    }
    return nullptr;
}
} // namespace

class TestGuideParser : public QObject
{
    Q_OBJECT

private slots:
    void seedGuideGolden();
    void seedGuideWarnings();
    void validGuideHasNoProblems();
    void malformedGuide_data();
    void malformedGuide();
    void everyMalformedGuideHasAnExpectation();
    void crlfAndBomReadAlike();
    void fileOverOneMebibyte();
    void unknownKeyIsAWarning();
    void unknownDataQualityIsAWarning();
    void longBodyLineIsRefused();
    void diagnosticFormat();
};

void TestGuideParser::seedGuideGolden()
{
    const QString path = QStringLiteral(OFFERDESK_SEED_GUIDE);
    const GuideParseResult result = GuideParser::parse(readFile(path), path, QDate(2026, 3, 1));
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
    const Guide &guide = *result.guide;

    QCOMPARE(guide.path, path);
    QCOMPARE(guide.id(), u"huggingface-enterprise/software-engineer"_s);
    QCOMPARE(guide.company, u"huggingface-enterprise"_s);
    QCOMPARE(guide.companyDisplay, u"Hugging Face Enterprise"_s);
    QCOMPARE(guide.role, u"software-engineer"_s);
    QCOMPARE(guide.roleDisplay, u"Software Engineer"_s);
    QCOMPARE(guide.roleType, u"standard"_s);
    QCOMPARE(guide.lastUpdated, QDate(2026, 2, 23));
    QCOMPARE(guide.dataQuality, u"high"_s);
    QCOMPARE(guide.salaryDataQuarter, u"2025-Q4"_s);
    QCOMPARE(guide.nextReviewDue, QDate(2026, 5, 23));
    QVERIFY(!guide.isStale(QDate(2026, 3, 1)));
    QVERIFY(guide.isStale(kToday));

    QCOMPARE(guide.regions.size(), 3);
    const RegionBand &sf = guide.regions.at(0);
    QCOMPARE(sf.region, u"San Francisco"_s);
    QCOMPARE(sf.currency, u"USD"_s);
    QCOMPARE(sf.baseLow, 170000.0);
    QCOMPARE(sf.baseHigh, 220000.0);
    QCOMPARE(sf.stockLow, 140000.0);
    QCOMPARE(sf.stockHigh, 250000.0);
    QCOMPARE(sf.bonusPct, 5.0);
    QCOMPARE(sf.totalCompLow, 223000.0);
    QCOMPARE(sf.totalCompHigh, 315000.0);
    QCOMPARE(sf.line, 12);
    QCOMPARE(sf.computedTotalLow(), 213500.0);
    QCOMPARE(sf.computedTotalHigh(), 293500.0);

    const RegionBand &ny = guide.regions.at(1);
    QCOMPARE(ny.region, u"New York"_s);
    QCOMPARE(ny.baseLow, 165000.0);
    QCOMPARE(ny.baseHigh, 215000.0);
    QCOMPARE(ny.totalCompLow, 218000.0);
    QCOMPARE(ny.totalCompHigh, 308000.0);
    QCOMPARE(ny.currency, u"USD"_s);

    const RegionBand &paris = guide.regions.at(2);
    QCOMPARE(paris.region, u"Paris"_s);
    QCOMPARE(paris.currency, u"EUR"_s);
    QCOMPARE(paris.baseLow, 145000.0);
    QCOMPARE(paris.baseHigh, 188000.0);
    QCOMPARE(paris.stockLow, 120000.0);
    QCOMPARE(paris.stockHigh, 213000.0);
    QCOMPARE(paris.totalCompLow, 190000.0);
    QCOMPARE(paris.totalCompHigh, 268000.0);
    QCOMPARE(guide.findRegion(u"paris"_s), &guide.regions.at(2));
    QCOMPARE(guide.findRegion(u"Tokyo"_s), nullptr);

    QVERIFY(guide.levelMappingInternal.isEmpty());
    QCOMPARE(guide.levelMappingRaw,
             u"HF Enterprise SWE = Google L4 = Meta E4 = Databricks SWE II = OpenAI SWE = Anthropic SWE"_s);
    QCOMPARE(guide.levelMapping, QStringList({u"HF Enterprise SWE"_s, u"Google L4"_s, u"Meta E4"_s,
                                              u"Databricks SWE II"_s, u"OpenAI SWE"_s, u"Anthropic SWE"_s}));
    QCOMPARE(guide.dataSources, QStringList({u"Levels.fyi"_s, u"Glassdoor"_s, u"Blind"_s}));
    QVERIFY(guide.negotiationDnaSummary.startsWith(u"Competitive Base + Growth-Stage Equity"_s));

    // Body: front matter removed, sections, levers and the script.
    QCOMPARE(guide.bodyFirstLine, 48);
    QVERIFY(guide.body.startsWith(u"### Software Engineer | Hugging Face Enterprise Global Negotiation Guide"_s));
    QVERIFY(!guide.body.contains(u"base_low"_s));
    QCOMPARE(guide.sections.size(), 3);
    QCOMPARE(guide.sections.at(0).title, u"Software Engineer | Hugging Face Enterprise Global Negotiation Guide"_s);
    QCOMPARE(guide.sections.at(0).level, 3);
    QCOMPARE(guide.sections.at(0).line, 48);
    QCOMPARE(guide.sections.at(1).title, u"Enterprise Model Hub & Inference Infrastructure Lever"_s);
    QCOMPARE(guide.sections.at(2).title, u"Evidence & Sources"_s);
    QCOMPARE(guide.sections.at(2).level, 4);

    QCOMPARE(guide.levers.size(), 4);
    QCOMPARE(guide.levers.at(0).title, u"Open-Source AI Ecosystem Impact"_s);
    QVERIFY(guide.levers.at(0).text.contains(u"$215K base and $240K equity/4yr"_s));
    QCOMPARE(guide.levers.at(1).title, u"Enterprise Infrastructure Expertise"_s);
    QCOMPARE(guide.levers.at(2).title, u"Competing AI Company Offers"_s);
    QVERIFY(guide.levers.at(2).text.contains(u"Google is offering L4 at $210K / $260K RSU"_s));
    QCOMPARE(guide.levers.at(3).title, u"ML Community Developer Relations"_s);
    QVERIFY(guide.levers.at(3).text.contains(u"$25K signing bonus"_s));

    QVERIFY(guide.script.startsWith(u"Hugging Face is the center of open-source AI"_s));
    QVERIFY(guide.script.endsWith(u"the liquid equity at Google wins."_s));
    QVERIFY(guide.script.contains(u"I need $215K base, $242K equity/4yr, and a $25K signing bonus"_s));
}

void TestGuideParser::seedGuideWarnings()
{
    const QString path = QStringLiteral(OFFERDESK_SEED_GUIDE);
    const GuideParseResult result = GuideParser::parse(readFile(path), path, kToday);
    QVERIFY(result.ok());
    QVERIFY(!hasErrors(result.diagnostics));

    const Diagnostic *stale = findDiagnostic(result.diagnostics, Diagnostic::Severity::Warning, u"next_review_due"_s);
    QVERIFY(stale);
    QCOMPARE(stale->line, 10);
    QVERIFY(stale->message.contains(u"2026-05-23"_s));

    // San Francisco states 315000 where its parts add up to 293500: both numbers are shown.
    const Diagnostic *total = findDiagnostic(result.diagnostics, Diagnostic::Severity::Warning,
                                             u"San Francisco: stated total_comp_high 315000"_s);
    QVERIFY2(total, qPrintable(joined(result.diagnostics)));
    QCOMPARE(total->line, 19);
    QVERIFY(total->message.contains(u"293500"_s));
    QVERIFY(total->message.contains(u"7.3%"_s));
    // 223000 against 213500 is 4.4%: within the 5% tolerance.
    QVERIFY(!findDiagnostic(result.diagnostics, Diagnostic::Severity::Warning, u"total_comp_low"_s));
    QCOMPARE(result.diagnostics.size(), 4);
}

void TestGuideParser::validGuideHasNoProblems()
{
    const QString path = dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s);
    const GuideParseResult result = GuideParser::parse(readFile(path), path, kToday);
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(joined(result.diagnostics)));
    QCOMPARE(result.guide->levelMappingInternal, u"B2"_s);
    QCOMPARE(result.guide->levers.size(), 2);
    QCOMPARE(result.guide->levers.at(1).title, u"Competing Offer"_s);
    QCOMPARE(result.guide->script, u"I'd like $145K base and a $10K signing bonus."_s);
    QCOMPARE(result.guide->regions.at(1).currency, u"EUR"_s);
}

void TestGuideParser::malformedGuide_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QFile expectations(dataPath(u"guides-malformed/expected.tsv"_s));
    QVERIFY(expectations.open(QIODevice::ReadOnly | QIODevice::Text));
    int cases = 0;
    while (!expectations.atEnd()) {
        const QString row = QString::fromUtf8(expectations.readLine()).trimmed();
        if (row.isEmpty() || row.startsWith(u'#'))
            continue;
        const QStringList fields = row.split(u'\t');
        QCOMPARE(fields.size(), 3);
        QTest::newRow(qPrintable(fields.at(0))) << fields.at(0) << fields.at(1).toInt() << fields.at(2);
        ++cases;
    }
    QVERIFY(cases >= 60);
}

void TestGuideParser::everyMalformedGuideHasAnExpectation()
{
    QFile expectations(dataPath(u"guides-malformed/expected.tsv"_s));
    QVERIFY(expectations.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<QString> expected;
    while (!expectations.atEnd()) {
        const QString row = QString::fromUtf8(expectations.readLine()).trimmed();
        if (!row.isEmpty() && !row.startsWith(u'#'))
            expected.insert(row.section(u'\t', 0, 0));
    }
    const QStringList files = QDir(dataPath(u"guides-malformed"_s)).entryList({u"*.md"_s}, QDir::Files);
    for (const QString &file : files)
        QVERIFY2(expected.contains(file), qPrintable(file + u" has no row in expected.tsv"_s));
    QCOMPARE(qsizetype(expected.size()), files.size());
}

void TestGuideParser::malformedGuide()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);

    const QString path = dataPath(u"guides-malformed/"_s + file);
    const GuideParseResult result = GuideParser::parseFile(path, kToday);
    QVERIFY2(!result.ok(), "a malformed guide must not load");
    QVERIFY(hasErrors(result.diagnostics));
    bool found = false;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.isError() && d.line == line && d.message.contains(message) && d.path == path)
            found = true;
    }
    QVERIFY2(found, qPrintable(u"expected line %1 '%2', got:\n%3"_s.arg(line).arg(message, joined(result.diagnostics))));
}

void TestGuideParser::crlfAndBomReadAlike()
{
    const QString path = QStringLiteral(OFFERDESK_SEED_GUIDE);
    const QByteArray unixBytes = readFile(path);
    QByteArray windows = unixBytes;
    windows.replace("\n", "\r\n");
    const QByteArray withBom = "\xEF\xBB\xBF" + windows;

    const GuideParseResult plain = GuideParser::parse(unixBytes, path, kToday);
    for (const QByteArray &variant : {windows, withBom, QByteArray("\xEF\xBB\xBF" + unixBytes)}) {
        const GuideParseResult result = GuideParser::parse(variant, path, kToday);
        QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
        QCOMPARE(result.guide->id(), plain.guide->id());
        QCOMPARE(result.guide->regions.size(), plain.guide->regions.size());
        QCOMPARE(result.guide->regions.at(2).totalCompHigh, 268000.0);
        QCOMPARE(result.guide->negotiationDnaSummary, plain.guide->negotiationDnaSummary);
        QCOMPARE(result.guide->body, plain.guide->body);
        QVERIFY(!result.guide->body.contains(u'\r'));
        QCOMPARE(result.guide->script, plain.guide->script);
        QCOMPARE(result.guide->levers.size(), 4);
        QCOMPARE(result.diagnostics.size(), plain.diagnostics.size());
        for (qsizetype i = 0; i < result.diagnostics.size(); ++i)
            QCOMPARE(result.diagnostics.at(i).line, plain.diagnostics.at(i).line);
    }
}

void TestGuideParser::fileOverOneMebibyte()
{
    QByteArray big = readFile(QStringLiteral(OFFERDESK_SEED_GUIDE));
    big.append(QByteArray(GuideLimits::kMaxFileBytes, 'x'));
    const GuideParseResult result = GuideParser::parse(big, u"big.md"_s, kToday);
    QVERIFY(!result.ok());
    QVERIFY(findDiagnostic(result.diagnostics, Diagnostic::Severity::Error, u"at most"_s));
}

void TestGuideParser::unknownKeyIsAWarning()
{
    QByteArray bytes = readFile(dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s));
    bytes.replace("role_type: standard\n", "role_type: standard\nremote_policy: hybrid\n");
    bytes.replace("    bonus_pct: 10\n", "    bonus_pct: 10\n    equity_type: options\n");
    const GuideParseResult result = GuideParser::parse(bytes, u"acme.md"_s, kToday);
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
    const Diagnostic *top = findDiagnostic(result.diagnostics, Diagnostic::Severity::Warning, u"'remote_policy'"_s);
    QVERIFY(top);
    QCOMPARE(top->line, 7);
    const Diagnostic *nested = findDiagnostic(result.diagnostics, Diagnostic::Severity::Warning, u"'equity_type'"_s);
    QVERIFY(nested);
    QCOMPARE(nested->line, 19); // one line lower: remote_policy was added above
}

void TestGuideParser::unknownDataQualityIsAWarning()
{
    QByteArray bytes = readFile(dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s));
    bytes.replace("data_quality: medium", "data_quality: superb");
    const GuideParseResult result = GuideParser::parse(bytes, u"acme.md"_s, kToday);
    QVERIFY(result.ok());
    const Diagnostic *warning = findDiagnostic(result.diagnostics, Diagnostic::Severity::Warning, u"'data_quality'"_s);
    QVERIFY(warning);
    QCOMPARE(warning->line, 8);
}

void TestGuideParser::longBodyLineIsRefused()
{
    QByteArray bytes = readFile(dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s));
    bytes.append(QByteArray(GuideLimits::kMaxBodyLineLength + 1, 'a'));
    const GuideParseResult result = GuideParser::parse(bytes, u"acme.md"_s, kToday);
    QVERIFY(!result.ok());
    const Diagnostic *error = findDiagnostic(result.diagnostics, Diagnostic::Severity::Error, u"characters long"_s);
    QVERIFY(error);
    QCOMPARE(error->line, int(bytes.count('\n')) + 1);
}

void TestGuideParser::diagnosticFormat()
{
    QCOMPARE(Diagnostic::error(u"a.md"_s, 3, u"bad"_s).toString(), u"a.md:3: error: bad"_s);
    QCOMPARE(Diagnostic::warning(u"a.md"_s, 7, u"odd"_s).toString(), u"a.md:7: warning: odd"_s);
    QCOMPARE(Diagnostic::error(u"a.md"_s, 0, u"missing"_s).toString(), u"a.md: error: missing"_s);
}

QTEST_GUILESS_MAIN(TestGuideParser)
#include "tst_guideparser.moc"
