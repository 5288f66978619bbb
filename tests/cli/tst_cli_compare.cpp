// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// offerdesk-cli compare: its text table, its JSON keys and its exit codes, run as a child process.
#include "support/RunProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void doneWhenText();
    void doneWhenJson();
    void missingRateExitsOneAndNamesIt();
    void rateConverts();
    void unknownRegionListsRegions();
    void unknownGuide();
    void badOffersFile();
    void usageErrors_data();
    void usageErrors();
    void rateOutOfRangeExitsOne_data();
    void rateOutOfRangeExitsOne();

private:
    struct Result // support/RunProcess's Run, under the name these tests use
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QTemporaryDir m_home;
};

namespace {

const QString kGuide = u"huggingface-enterprise/software-engineer"_s;

QString offersFile(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/"_s + name;
}

} // namespace

void TestCliCompare::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestCliCompare::Result TestCliCompare::run(const QStringList &arguments)
{
    // The person's own guides, settings and guide index cache live under XDG_*: keep them empty and private to
    // the test.
    const Run result = runProcess(QStringLiteral(OFFERDESK_CLI_PATH), QStringList{u"compare"_s} + arguments,
                                  isolatedEnvironment(m_home.path()), 60000);
    if (result.err.startsWith(u"timed out"_s))
        qFatal("offerdesk-cli did not finish");
    return {result.exitCode, result.out, result.err};
}

void TestCliCompare::doneWhenText()
{
    const Result r = run({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                          offersFile(u"done-when.json"_s)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QString googleLine;
    for (const QString &line : r.out.split(u'\n')) {
        if (line.trimmed().startsWith(u"Google L4"_s))
            googleLine = line;
    }
    QVERIFY2(!googleLine.isEmpty(), qPrintable(r.out));
    QVERIFY2(googleLine.contains(u"306,500"_s), qPrintable(googleLine));
    QVERIFY2(googleLine.contains(u"0.8 within"_s), qPrintable(googleLine));
    QVERIFY2(r.out.contains(u"* Hugging Face Enterprise"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"base 170,000–220,000"_s), qPrintable(r.out));
}

void TestCliCompare::doneWhenJson()
{
    const Result r = run({u"--guide"_s, kGuide, u"--region"_s, u"san francisco"_s, u"--offers"_s,
                          offersFile(u"done-when.json"_s), u"--json"_s});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"guide"_s).toString(), kGuide);
    QCOMPARE(root.value(u"region"_s).toString(), u"San Francisco"_s);
    QCOMPARE(root.value(u"currency"_s).toString(), u"USD"_s);
    QVERIFY(root.value(u"band"_s).isObject());
    QCOMPARE(root.value(u"band"_s)[u"base"_s][u"low"_s].toDouble(), 170000.0);
    const QJsonArray offers = root.value(u"offers"_s).toArray();
    QCOMPARE(offers.size(), 2);
    const QJsonObject google = offers.at(0).toObject();
    for (const QString &key : {u"company"_s, u"level"_s, u"target"_s, u"currency"_s, u"rate"_s, u"years"_s,
                               u"first_year"_s, u"annualized"_s, u"position"_s})
        QVERIFY2(google.contains(key), qPrintable(key));
    QCOMPARE(google.value(u"company"_s).toString(), u"Google"_s);
    QCOMPARE(google.value(u"level"_s).toString(), u"L4"_s);
    QCOMPARE(google.value(u"target"_s).toBool(), false);
    QCOMPARE(google.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(google.value(u"rate"_s).toDouble(), 1.0);
    QCOMPARE(google.value(u"annualized"_s).toDouble(), 306500.0);
    QCOMPARE(google.value(u"first_year"_s).toDouble(), 306500.0);
    QCOMPARE(google.value(u"years"_s).toArray(), (QJsonArray{306500, 306500, 306500, 306500}));
    const QJsonObject position = google.value(u"position"_s).toObject();
    QCOMPARE(position.value(u"base"_s).toDouble(), 0.8);
    QCOMPARE(position.value(u"equity_per_year"_s).toDouble(), 1.0909);
    QCOMPARE(position.value(u"total"_s).toDouble(), 0.9076);
    const QJsonObject target = offers.at(1).toObject();
    QCOMPARE(target.value(u"target"_s).toBool(), true);
    QCOMPARE(target.value(u"annualized"_s).toDouble(), 239250.0);
    QCOMPARE(target.value(u"position"_s)[u"base"_s].toDouble(), 0.3);
}

void TestCliCompare::missingRateExitsOneAndNamesIt()
{
    const Result r = run({u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s,
                          offersFile(u"done-when.json"_s), u"--json"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no exchange rate from USD to EUR"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--rate USD:EUR=RATE"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Only the pair that is missing is named.
    const Result mixed = run({u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s,
                              offersFile(u"mixed-currency.json"_s)});
    QCOMPARE(mixed.code, 1);
    QVERIFY2(mixed.err.contains(u"no exchange rate from USD to EUR for the Initech offer"_s), qPrintable(mixed.err));
    QVERIFY2(!mixed.err.contains(u"Globex"_s), qPrintable(mixed.err));
}

void TestCliCompare::rateConverts()
{
    const Result r = run({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                          offersFile(u"mixed-currency.json"_s), u"--rate"_s, u"EUR:USD=1.25"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray offers = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"offers"_s).toArray();
    const QJsonObject globex = offers.at(0).toObject();
    QCOMPARE(globex.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(globex.value(u"rate"_s).toDouble(), 1.25);
    // 150,000 EUR base + 10% bonus + 120,000/4 equity, × 1.25
    QCOMPARE(globex.value(u"annualized"_s).toDouble(), (150000 + 15000 + 30000) * 1.25);
    QCOMPARE(globex.value(u"years"_s).toArray().first().toDouble(), (150000 + 15000 + 30000) * 1.25);
    QCOMPARE(globex.value(u"position"_s)[u"base"_s].toDouble(), (187500.0 - 170000) / 50000);
    QCOMPARE(offers.at(1).toObject().value(u"rate"_s).toDouble(), 1.0);
    // The reverse pair works too.
    const Result reverse = run({u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s,
                                offersFile(u"mixed-currency.json"_s), u"--rate"_s, u"EUR:USD=1.25"_s});
    QCOMPARE(reverse.code, 0);
    QVERIFY2(reverse.out.contains(u"USD ×0.8"_s), qPrintable(reverse.out));
}

void TestCliCompare::unknownRegionListsRegions()
{
    const Result r = run({u"--guide"_s, kGuide, u"--region"_s, u"Berlin"_s, u"--offers"_s,
                          offersFile(u"done-when.json"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no region 'Berlin'"_s), qPrintable(r.err));
    for (const QString &region : {u"San Francisco"_s, u"New York"_s, u"Paris"_s})
        QVERIFY2(r.err.contains(region), qPrintable(r.err));
}

void TestCliCompare::unknownGuide()
{
    const Result r = run({u"--guide"_s, u"globex/engineer"_s, u"--region"_s, u"Paris"_s, u"--offers"_s,
                          offersFile(u"done-when.json"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no guide with id 'globex/engineer'"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(kGuide), qPrintable(r.err));
}

void TestCliCompare::badOffersFile()
{
    const QString file = offersFile(u"bad/negative-base.json"_s);
    const Result r = run({u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(file + u": error: offers[2].base: must be a non-negative number"_s), qPrintable(r.err));
    const Result missing = run({u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s, u"/nonexistent.json"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(u"/nonexistent.json: error: no such file"_s), qPrintable(missing.err));
}

void TestCliCompare::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = offersFile(u"done-when.json"_s);
    QTest::newRow("no --guide") << QStringList{u"--region"_s, u"Paris"_s, u"--offers"_s, file} << u"--guide is required"_s;
    QTest::newRow("no --region") << QStringList{u"--guide"_s, kGuide, u"--offers"_s, file} << u"--region is required"_s;
    QTest::newRow("no --offers") << QStringList{u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s}
                                 << u"--offers is required"_s;
    QTest::newRow("bad --rate") << QStringList{u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s, file,
                                               u"--rate"_s, u"EUR=USD"_s}
                                << u"must be written FROM:TO=RATE"_s;
    QTest::newRow("unknown option") << QStringList{u"--guide"_s, kGuide, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("stray argument") << QStringList{u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s,
                                                   file, u"extra"_s}
                                    << u"unexpected argument 'extra'"_s;
}

void TestCliCompare::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliCompare::rateOutOfRangeExitsOne_data()
{
    QTest::addColumn<QString>("rate");
    // Written right, but no real rate (issue 14): a bad value, not a usage slip, so exit 1, naming the rate.
    QTest::newRow("zero") << u"EUR:USD=0"_s;
    QTest::newRow("too small") << u"EUR:USD=0.0000001"_s;
    QTest::newRow("too large") << u"EUR:USD=1e300"_s;
}

void TestCliCompare::rateOutOfRangeExitsOne()
{
    QFETCH(QString, rate);
    const QString file = offersFile(u"done-when.json"_s);
    const Result r = run({u"--guide"_s, kGuide, u"--region"_s, u"Paris"_s, u"--offers"_s, file,
                          u"--rate"_s, rate});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"rate '%1' must lie between 0.000001 and 1,000,000"_s.arg(rate)), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
