// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideParser.h"
#include "guide/GuideWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 6, 1);

QStringList goodGuideFiles()
{
    QStringList files;
    const QStringList folders = {QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-valid"_s,
                                 QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
                                 QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s};
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            if (name != u"README.md"_s)
                files.append(dir.filePath(name));
        }
    }
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void compareRegions(const QList<RegionBand> &actual, const QList<RegionBand> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const RegionBand &a = actual.at(i);
        const RegionBand &e = expected.at(i);
        QCOMPARE(a.region, e.region);
        QCOMPARE(a.currency, e.currency);
        QCOMPARE(a.baseLow, e.baseLow);
        QCOMPARE(a.baseHigh, e.baseHigh);
        QCOMPARE(a.stockLow, e.stockLow);
        QCOMPARE(a.stockHigh, e.stockHigh);
        QCOMPARE(a.bonusPct, e.bonusPct);
        QCOMPARE(a.totalCompLow, e.totalCompLow);
        QCOMPARE(a.totalCompHigh, e.totalCompHigh);
    }
}

// Every field a guide holds, except its path and the line numbers a rewritten front matter moves.
void compareGuides(const Guide &actual, const Guide &expected)
{
    QCOMPARE(actual.company, expected.company);
    QCOMPARE(actual.companyDisplay, expected.companyDisplay);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.roleDisplay, expected.roleDisplay);
    QCOMPARE(actual.roleType, expected.roleType);
    QCOMPARE(actual.lastUpdated, expected.lastUpdated);
    QCOMPARE(actual.nextReviewDue, expected.nextReviewDue);
    QCOMPARE(actual.dataQuality, expected.dataQuality);
    QCOMPARE(actual.salaryDataQuarter, expected.salaryDataQuarter);
    compareRegions(actual.regions, expected.regions);
    QCOMPARE(actual.levelMappingInternal, expected.levelMappingInternal);
    QCOMPARE(actual.levelMappingRaw, expected.levelMappingRaw);
    QCOMPARE(actual.levelMapping, expected.levelMapping);
    QCOMPARE(actual.dataSources, expected.dataSources);
    QCOMPARE(actual.negotiationDnaSummary, expected.negotiationDnaSummary);
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(actual.sections.size(), expected.sections.size());
    for (qsizetype i = 0; i < actual.sections.size(); ++i) {
        QCOMPARE(actual.sections.at(i).level, expected.sections.at(i).level);
        QCOMPARE(actual.sections.at(i).title, expected.sections.at(i).title);
        QCOMPARE(actual.sections.at(i).markdown, expected.sections.at(i).markdown);
    }
    QCOMPARE(actual.levers.size(), expected.levers.size());
    for (qsizetype i = 0; i < actual.levers.size(); ++i) {
        QCOMPARE(actual.levers.at(i).title, expected.levers.at(i).title);
        QCOMPARE(actual.levers.at(i).text, expected.levers.at(i).text);
    }
    QCOMPARE(actual.script, expected.script);
}

Guide newGuide()
{
    Guide guide;
    guide.company = u"acme-robotics"_s;
    guide.companyDisplay = u"Acme: Robotics # \"quoted\""_s; // text YAML must quote
    guide.role = u"data-engineer"_s;
    guide.roleDisplay = u"Data Engineer"_s;
    guide.lastUpdated = QDate(2025, 3, 1);
    guide.nextReviewDue = QDate(2026, 3, 1);
    guide.dataQuality = u"medium"_s;
    RegionBand band;
    band.region = u"Berlin, DE"_s;
    band.currency = u"EUR"_s;
    band.baseLow = 70000;
    band.baseHigh = 90000;
    band.stockLow = 20000;
    band.stockHigh = 40000;
    band.bonusPct = 7.5;
    band.totalCompLow = 80250;
    band.totalCompHigh = 106750;
    guide.regions = {band};
    guide.levelMappingRaw = u"L3 = E3"_s;
    guide.dataSources = {u"Recruiter call, 2025-02"_s, u"- starts with a dash"_s};
    return guide;
}

} // namespace

class TestGuideWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripKeepsUnknownKeys();
    void editedFieldsAreWritten();
    void newGuidePassesTheParser();
    void splitFindsTheBodyBytes();
    void splitRefusesAFileWithoutFrontMatter();
};

void TestGuideWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = goodGuideFiles();
    QVERIFY(files.size() >= 5);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// Load, write, parse: the same guide and the same body bytes.
void TestGuideWriter::roundTrip()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    const GuideParseResult loaded = GuideParser::parse(original, path, kToday);
    QVERIFY2(loaded.ok(), qPrintable(path));
    const std::optional<GuideFileParts> parts = GuideWriter::split(original);
    QVERIFY(parts);

    const Result<QByteArray> written = GuideWriter::write(*loaded.guide, parts->body, original);
    QVERIFY2(written, qPrintable(written ? QString() : written.message()));
    const GuideParseResult reloaded = GuideParser::parse(*written, path, kToday);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.diagnostics.isEmpty() ? QString()
                                                                       : reloaded.diagnostics.first().toString()));
    compareGuides(*reloaded.guide, *loaded.guide);
    QCOMPARE(GuideWriter::split(*written)->body, parts->body);
    QVERIFY(written->endsWith(parts->body));
}

void TestGuideWriter::roundTripKeepsUnknownKeys()
{
    const QByteArray original = "---\n"
                                "company: acme\n"
                                "x_reviewer: Pat  # a key the form does not know\n"
                                "role: engineer\n"
                                "x_tags: [one, two]\n"
                                "compensation:\n"
                                "  - region: Remote\n"
                                "    currency: USD\n"
                                "    x_note: from a friend\n"
                                "    base_low: 100000\n"
                                "    base_high: 120000\n"
                                "    stock_low: 0\n"
                                "    stock_high: 0\n"
                                "    bonus_pct: 10\n"
                                "    total_comp_low: 110000\n"
                                "    total_comp_high: 132000\n"
                                "---\r\n"
                                "Body line one\r\n\r\n  keeps its CRLF and spaces  \r\n";
    GuideParseResult loaded = GuideParser::parse(original, u"acme--engineer.md"_s, kToday);
    QVERIFY(loaded.ok());
    Guide edited = *loaded.guide;
    edited.roleDisplay = u"Engineer"_s;
    edited.regions[0].baseHigh = 125000;
    edited.regions[0].totalCompHigh = 137500;
    const QByteArray body = GuideWriter::split(original)->body;
    const Result<QByteArray> written = GuideWriter::write(edited, body, original);
    QVERIFY(written);
    QVERIFY(written->endsWith(body));

    const YAML::Node root = YAML::Load(GuideWriter::split(*written)->frontMatter.toStdString());
    QCOMPARE(root["x_reviewer"].as<std::string>(), std::string("Pat"));
    QCOMPARE(root["x_tags"].size(), std::size_t(2));
    QCOMPARE(root["compensation"][0]["x_note"].as<std::string>(), std::string("from a friend"));
    const GuideParseResult reloaded = GuideParser::parse(*written, u"acme--engineer.md"_s, kToday);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.guide->roleDisplay, u"Engineer"_s);
    QCOMPARE(reloaded.guide->regions.first().baseHigh, 125000.0);
}

void TestGuideWriter::editedFieldsAreWritten()
{
    const Guide guide = newGuide();
    const QByteArray original = GuideWriter::fileText(GuideWriter::frontMatter(guide), "Body\n");
    Guide edited = guide;
    edited.dataSources.clear();
    edited.dataQuality.clear();
    edited.levelMappingRaw = u"L4 = E4 = Senior"_s;
    const Result<QByteArray> written = GuideWriter::write(edited, "Body\n", original);
    QVERIFY(written);
    QVERIFY(!written->contains("data_sources"));
    QVERIFY(!written->contains("data_quality"));
    const GuideParseResult reloaded = GuideParser::parse(*written, u"x.md"_s, kToday);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.guide->levelMapping, (QStringList{u"L4"_s, u"E4"_s, u"Senior"_s}));
}

void TestGuideWriter::newGuidePassesTheParser()
{
    const Guide guide = newGuide();
    const QByteArray text = GuideWriter::fileText(GuideWriter::frontMatter(guide), "## Notes\n\nText.\n");
    const GuideParseResult parsed = GuideParser::parse(text, GuideWriter::fileName(guide), kToday);
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(parsed.diagnostics.isEmpty()
                                                          ? QString() : parsed.diagnostics.first().toString()));
    QVERIFY(parsed.ok());
    Guide expected = guide;
    expected.levelMapping = {u"L3"_s, u"E3"_s};
    expected.body = u"## Notes\n\nText.\n"_s;
    Guide actual = *parsed.guide;
    actual.sections.clear();
    actual.levers.clear();
    actual.script.clear();
    compareGuides(actual, expected);
    QCOMPARE(GuideWriter::fileName(guide), u"acme-robotics--data-engineer.md"_s);
}

void TestGuideWriter::splitFindsTheBodyBytes()
{
    const std::optional<GuideFileParts> parts = GuideWriter::split("\xEF\xBB\xBF---\r\na: 1\r\n---  \r\nx\r\n");
    QVERIFY(parts);
    QCOMPARE(parts->frontMatter, QByteArray("a: 1\r\n"));
    QCOMPARE(parts->body, QByteArray("x\r\n"));
    QCOMPARE(GuideWriter::split("---\n---")->body, QByteArray());
}

void TestGuideWriter::splitRefusesAFileWithoutFrontMatter()
{
    QVERIFY(!GuideWriter::split("# Title\n---\n"));
    QVERIFY(!GuideWriter::split("---\na: 1\n"));
    QVERIFY(!GuideWriter::write(newGuide(), "x", "no front matter"));
}

QTEST_GUILESS_MAIN(TestGuideWriter)
#include "tst_guidewriter.moc"
