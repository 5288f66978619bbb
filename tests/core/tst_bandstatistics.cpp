// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Bands from data points: percentiles by the linear (type 7) method checked against hand-computed values, the
// grouping, the total comp taken per point, the median bonus, and the warnings.
#include "bands/BandStatistics.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBandStatistics : public QObject
{
    Q_OBJECT

private slots:
    void percentile_data();
    void percentile();
    void parsePercentiles_data();
    void parsePercentiles();
    void groupsByCompanyRoleRegionAndCurrency();
    void spreadsAtChosenPercentiles();
    void totalCompIsTakenPerPoint();
    void medianBonus();
    void fewPointsWarning();
    void oldPointsWarning();
    void currencyDiffersInsideCompanyAndRole();
};

namespace {

const QDate kToday(2026, 3, 1);

DataPoint point(double base, double stock4yr = 0, double bonusPct = 0, const QString &region = u"Austin"_s,
                const QString &currency = u"USD"_s, const QDate &date = QDate(2025, 6, 1))
{
    static int line = 1;
    DataPoint p;
    p.company = u"Initech"_s;
    p.role = u"Software Engineer"_s;
    p.level = u"SE II"_s;
    p.region = region;
    p.currency = currency;
    p.base = base;
    p.stock4yr = stock4yr;
    p.bonusPct = bonusPct;
    p.date = date;
    p.source = u"Levels.fyi"_s;
    p.line = ++line;
    return p;
}

QList<DataPoint> fivePoints()
{
    return {point(100), point(400), point(200), point(1000), point(300)};
}

} // namespace

void TestBandStatistics::percentile_data()
{
    QTest::addColumn<QList<double>>("sorted");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // h = (n - 1) p / 100; x[floor h] + (h - floor h)(x[ceil h] - x[floor h]), worked by hand.
    const QList<double> five = {100, 200, 300, 400, 1000};
    QTest::newRow("n=5 p25: h=1") << five << 25.0 << 200.0;
    QTest::newRow("n=5 p50: h=2") << five << 50.0 << 300.0;
    QTest::newRow("n=5 p75: h=3") << five << 75.0 << 400.0;
    QTest::newRow("n=5 p10: h=0.4") << five << 10.0 << 140.0;
    QTest::newRow("n=5 p90: h=3.6") << five << 90.0 << 760.0;
    const QList<double> four = {10, 20, 30, 40};
    QTest::newRow("n=4 p25: h=0.75") << four << 25.0 << 17.5;
    QTest::newRow("n=4 p50: h=1.5") << four << 50.0 << 25.0;
    QTest::newRow("n=4 p75: h=2.25") << four << 75.0 << 32.5;
    QTest::newRow("n=4 p0") << four << 0.0 << 10.0;
    QTest::newRow("n=4 p100") << four << 100.0 << 40.0;
    QTest::newRow("n=1") << QList<double>{42} << 75.0 << 42.0;
    QTest::newRow("n=2 p25: h=0.25") << QList<double>{100, 200} << 25.0 << 125.0;
    QTest::newRow("none") << QList<double>{} << 50.0 << 0.0;
    // The Acme Robotics San Francisco bases of the example file.
    const QList<double> acme = {165000, 168000, 172000, 185000, 190000, 195000, 200000, 230000};
    QTest::newRow("n=8 p25: h=1.75") << acme << 25.0 << 171000.0;
    QTest::newRow("n=8 p50: h=3.5") << acme << 50.0 << 187500.0;
    QTest::newRow("n=8 p75: h=5.25") << acme << 75.0 << 196250.0;
}

void TestBandStatistics::percentile()
{
    QFETCH(QList<double>, sorted);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(BandStatistics::percentile(sorted, p), expected);
}

void TestBandStatistics::parsePercentiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("default") << u"25,75"_s << true << 25.0 << 75.0;
    QTest::newRow("decimals and spaces") << u" 12.5 , 87.5"_s << true << 12.5 << 87.5;
    QTest::newRow("low equals high") << u"50,50"_s << false << 0.0 << 0.0;
    QTest::newRow("reversed") << u"75,25"_s << false << 0.0 << 0.0;
    QTest::newRow("zero") << u"0,75"_s << false << 0.0 << 0.0;
    QTest::newRow("hundred") << u"25,100"_s << false << 0.0 << 0.0;
    QTest::newRow("negative") << u"-5,75"_s << false << 0.0 << 0.0;
    QTest::newRow("one number") << u"25"_s << false << 0.0 << 0.0;
    QTest::newRow("three numbers") << u"10,50,90"_s << false << 0.0 << 0.0;
    QTest::newRow("words") << u"low,high"_s << false << 0.0 << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0 << 0.0;
}

void TestBandStatistics::parsePercentiles()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, low);
    QFETCH(double, high);
    const std::optional<BandPercentiles> parsed = BandPercentiles::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->low, low);
        QCOMPARE(parsed->high, high);
    }
}

void TestBandStatistics::groupsByCompanyRoleRegionAndCurrency()
{
    QList<DataPoint> points = {point(100), point(200, 0, 0, u"Paris"_s, u"EUR"_s), point(300)};
    DataPoint shouted = point(400, 0, 0, u"AUSTIN"_s);
    shouted.company = u"INITECH"_s;
    shouted.role = u"software engineer"_s;
    points.append(shouted);
    points.append(point(500, 0, 0, u"Austin"_s, u"EUR"_s));
    const QList<BandGroup> groups = BandStatistics::compute(points, {}, kToday);
    QCOMPARE(groups.size(), 3);
    // In the order they first appear, named as their first point writes them; case doesn't split a group.
    QCOMPARE(groups.at(0).region, u"Austin"_s);
    QCOMPARE(groups.at(0).currency, u"USD"_s);
    QCOMPARE(groups.at(0).company, u"Initech"_s);
    QCOMPARE(groups.at(0).count, 3);
    QCOMPARE(groups.at(1).region, u"Paris"_s);
    QCOMPARE(groups.at(1).count, 1);
    QCOMPARE(groups.at(2).region, u"Austin"_s);
    QCOMPARE(groups.at(2).currency, u"EUR"_s);
    QCOMPARE(groups.at(2).count, 1);
}

void TestBandStatistics::spreadsAtChosenPercentiles()
{
    QList<DataPoint> points;
    for (const double base : {300.0, 100.0, 1000.0, 200.0, 400.0})
        points.append(point(base, base * 4));
    const BandGroup byDefault = BandStatistics::compute(points, {}, kToday).first();
    QCOMPARE(byDefault.base.low, 200.0);
    QCOMPARE(byDefault.base.median, 300.0);
    QCOMPARE(byDefault.base.high, 400.0);
    QCOMPARE(byDefault.stock4yr.low, 800.0);
    QCOMPARE(byDefault.stock4yr.median, 1200.0);
    QCOMPARE(byDefault.stock4yr.high, 1600.0);
    const BandGroup tenNinety = BandStatistics::compute(points, {10, 90}, kToday).first();
    QCOMPARE(tenNinety.base.low, 140.0);
    QCOMPARE(tenNinety.base.median, 300.0);
    QCOMPARE(tenNinety.base.high, 760.0);
}

void TestBandStatistics::totalCompIsTakenPerPoint()
{
    // Totals: 100 + 400/4 + 10% = 210; 200 + 0 + 0 = 200; 300 + 40/4 + 50% = 460; 1000 + 0 + 0 = 1000;
    // 50 + 4000/4 + 0 = 1050. Sorted: 200, 210, 460, 1000, 1050.
    const QList<DataPoint> points = {point(100, 400, 10), point(200), point(300, 40, 50), point(1000), point(50, 4000)};
    const BandGroup group = BandStatistics::compute(points, {}, kToday).first();
    QCOMPARE(group.totalComp.low, 210.0);
    QCOMPARE(group.totalComp.median, 460.0);
    QCOMPARE(group.totalComp.high, 1000.0);
    // Not the total of the base and stock percentiles: base p25 is 100, stock p25 is 0.
    QVERIFY(group.totalComp.low != group.base.low + group.stock4yr.low / 4);
}

void TestBandStatistics::medianBonus()
{
    const QList<DataPoint> odd = {point(1, 0, 15), point(1, 0, 5), point(1, 0, 10)};
    QCOMPARE(BandStatistics::compute(odd, {}, kToday).first().bonusPct, 10.0);
    const QList<DataPoint> even = {point(1, 0, 15), point(1, 0, 5), point(1, 0, 10), point(1, 0, 20)};
    QCOMPARE(BandStatistics::compute(even, {10, 90}, kToday).first().bonusPct, 12.5);
}

void TestBandStatistics::fewPointsWarning()
{
    QList<DataPoint> points = fivePoints();
    QCOMPARE(BandStatistics::compute(points, {}, kToday).first().warnings, QStringList());
    points.removeLast();
    QCOMPARE(BandStatistics::compute(points, {}, kToday).first().warnings,
             QStringList{u"only 4 points: fewer than 5, so the band is a rough guess"_s});
    QCOMPARE(BandStatistics::compute({point(1)}, {}, kToday).first().warnings,
             QStringList{u"only 1 point: fewer than 5, so the band is a rough guess"_s});
}

void TestBandStatistics::oldPointsWarning()
{
    QList<DataPoint> points = fivePoints();
    points[1].date = QDate(2024, 3, 1); // exactly two years before today: not older
    QCOMPARE(BandStatistics::compute(points, {}, kToday).first().warnings, QStringList());
    points[1].date = QDate(2024, 2, 29);
    points[3].date = QDate(2020, 1, 1);
    const BandGroup group = BandStatistics::compute(points, {}, kToday).first();
    QCOMPARE(group.warnings, QStringList{u"2 points are older than 2 years (before 2024-03-01): lines %1, %2"_s.arg(
                                 points[1].line).arg(points[3].line)});
    QCOMPARE(group.oldest, QDate(2020, 1, 1));
    // Another day moves the limit: the same points are all recent seen from 2021.
    QCOMPARE(BandStatistics::compute(points, {}, QDate(2021, 6, 1)).first().warnings, QStringList());
}

void TestBandStatistics::currencyDiffersInsideCompanyAndRole()
{
    QList<DataPoint> points = fivePoints();
    for (const double base : {1.0, 2.0, 3.0, 4.0, 5.0})
        points.append(point(base, 0, 0, u"London"_s, u"GBP"_s));
    const QList<BandGroup> groups = BandStatistics::compute(points, {}, kToday);
    QCOMPARE(groups.size(), 2);
    const QString warning = u"Initech, Software Engineer has points in 2 currencies (GBP, USD): bands in different "
                            u"currencies can't be compared without an exchange rate"_s;
    QCOMPARE(groups.at(0).warnings, QStringList{warning});
    QCOMPARE(groups.at(1).warnings, QStringList{warning});
    // Another role of the same company keeps its own currency without a warning.
    for (DataPoint &p : points) {
        if (p.currency == u"GBP"_s)
            p.role = u"Data Scientist"_s;
    }
    for (const BandGroup &group : BandStatistics::compute(points, {}, kToday))
        QCOMPARE(group.warnings, QStringList());
}

QTEST_GUILESS_MAIN(TestBandStatistics)
#include "tst_bandstatistics.moc"
