// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Equity that moves, year by year: stacked refreshers, the price path, the horizon cut, cliff and frequency, and
// that an offer without the new fields gives exactly the figures it gave before. Every figure is worked by hand.
#include "offers/EquityProjection.h"
#include "offers/OfferMath.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestEquityProjection : public QObject
{
    Q_OBJECT

private slots:
    void stackedRefreshers();
    void stackedRefreshersOverShorterVesting();
    void refreshersGrow();
    void growthPath();
    void growthPathWithSchedule();
    void horizonCut();
    void horizonLongerThanSchedule();
    void cliffMovesYearOneIntoYearTwo();
    void frequencyWithinTheYear();
    void cliffWithMonthlyVesting();
    void noScheduleVestsEvenlyOverFour();
    void noNewFieldsGiveTheOldFigures_data();
    void noNewFieldsGiveTheOldFigures();
    void totalsAreMonotonicInGrowth();
    void counterWeightsFollowGrowth();
    void priceFactor();
    void ranges();
};

namespace {

Offer offer(double base, double equity, QList<double> schedule = VestingPresets::even())
{
    Offer o;
    o.company = u"Acme Robotics"_s;
    o.region = u"San Francisco"_s;
    o.base = base;
    o.equityTotal = equity;
    o.vestingSchedule = schedule;
    return o;
}

void compareList(const QList<double> &actual, const QList<double> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QVERIFY2(std::abs(actual.at(i) - expected.at(i)) < 1e-6,
                 qPrintable(u"[%1]: %2, expected %3"_s.arg(i).arg(actual.at(i), 0, 'f', 6).arg(expected.at(i), 0, 'f', 6)));
    }
}

// The year formula before issue 15, written out again: base + bonus + equity × schedule[i] + that year's
// sign-on (+ the flat refresher from year 2).
QList<double> oldYears(const Offer &o)
{
    QList<double> years;
    for (int i = 0; i < 4; ++i) {
        const double share = o.vestingSchedule.isEmpty() ? 0.25
                             : i < o.vestingSchedule.size() ? o.vestingSchedule.at(i) / 100.0
                                                            : 0.0;
        double year = o.base + o.bonus() + o.equityTotal * share;
        if (i == 0)
            year += o.signOn;
        if (i == 1)
            year += o.signOnYear2;
        if (i > 0)
            year += o.refresherYearly;
        years.append(year);
    }
    return years;
}

} // namespace

void TestEquityProjection::stackedRefreshers()
{
    // The example: a 40,000 grant every year over 4 years gives 10,000, 20,000 and 30,000 in years 2 to 4,
    // then 40,000 a year once four grants vest at once.
    Offer o = offer(100000, 0);
    o.refresherGrant = 40000;
    compareList(EquityProjection::refresherYears(o, 4, 0), {0, 10000, 20000, 30000});
    compareList(EquityProjection::refresherYears(o, 6, 0), {0, 10000, 20000, 30000, 40000, 40000});
    compareList(EquityProjection::years(o, 4, 0), {100000, 110000, 120000, 130000});
    const EquityProjection::Projection p = EquityProjection::project(o, 4, 0);
    QCOMPARE(p.total, 460000.0);
    QCOMPARE(p.average, 115000.0);
    QCOMPARE(p.parts.at(3).refreshers, 30000.0);
}

void TestEquityProjection::stackedRefreshersOverShorterVesting()
{
    // Over 2 years each grant vests 20,000 a year; from year 3 two grants vest at once.
    Offer o = offer(100000, 0);
    o.refresherGrant = 40000;
    o.refresherVestingYears = 2;
    compareList(EquityProjection::refresherYears(o, 5, 0), {0, 20000, 40000, 40000, 40000});
}

void TestEquityProjection::refreshersGrow()
{
    // At +10% a year: the grant from year 1's end is worth 10,000 × 1.1 in year 2 and 10,000 × 1.21 in year 3.
    // Year 3 = 12,100 + 11,000; year 4 = 13,310 + 12,100 + 11,000 = 36,410.
    Offer o = offer(100000, 0);
    o.refresherGrant = 40000;
    compareList(EquityProjection::refresherYears(o, 4, 10), {0, 11000, 23100, 36410});
}

void TestEquityProjection::growthPath()
{
    // 100,000 over 4 even years is 25,000 a year at today's price; at +10% a year year i is worth × 1.1^i.
    const Offer o = offer(150000, 100000);
    compareList(EquityProjection::years(o, 4, 10), {177500, 180250, 183275, 186602.5});
    // At −50% a year: 12,500, 6,250, 3,125, 1,562.5.
    compareList(EquityProjection::years(o, 4, -50), {162500, 156250, 153125, 151562.5});
    QCOMPARE(EquityProjection::total(o, 4, -50), 623437.5);
    // The expected case is the offer's own growth.
    Offer growing = o;
    growing.growthPct = 10;
    compareList(EquityProjection::expected(growing, 4).years, {177500, 180250, 183275, 186602.5});
    QCOMPARE(OfferMath::annualized(growing), (177500 + 180250 + 183275 + 186602.5) / 4);
}

void TestEquityProjection::growthPathWithSchedule()
{
    // A back-loaded 5/15/40/40 grant of 200,000 at +25% a year: 10,000 × 1.25, 30,000 × 1.5625, 80,000 × 1.953125,
    // 80,000 × 2.44140625.
    const Offer o = offer(0.0, 200000, VestingPresets::backLoaded());
    compareList(EquityProjection::years(o, 4, 25), {12500, 46875, 156250, 195312.5});
}

void TestEquityProjection::horizonCut()
{
    // Over 2 years only the first two years of a 5/15/40/40 grant count: 5,000 and 15,000.
    Offer o = offer(100000, 100000, VestingPresets::backLoaded());
    o.signOn = 20000;
    const EquityProjection::Projection p = EquityProjection::project(o, 2, 0);
    compareList(p.years, {125000, 115000});
    QCOMPARE(p.total, 240000.0);
    QCOMPARE(p.average, 120000.0);
    // One year: year 1 alone.
    compareList(EquityProjection::years(o, 1, 0), {125000});
}

void TestEquityProjection::horizonLongerThanSchedule()
{
    // Over 6 years a 4-year grant adds nothing in years 5 and 6; the flat refresher and the stacked grants go on.
    Offer o = offer(100000, 100000);
    o.refresherYearly = 5000;
    o.refresherGrant = 8000;
    o.refresherVestingYears = 4;
    const EquityProjection::Projection p = EquityProjection::project(o, 6, 0);
    // Refreshers: 0, 2,000, 4,000, 6,000, 8,000, 8,000.
    compareList(p.years, {125000, 132000, 134000, 136000, 113000, 113000});
    QCOMPARE(p.total, 753000.0);
    QCOMPARE(p.average, 125500.0);
}

void TestEquityProjection::cliffMovesYearOneIntoYearTwo()
{
    // An 18-month cliff with yearly vesting: the 25% due at month 12 waits until month 18, in year 2, beside the 25%
    // of month 24.
    Offer o = offer(100000, 100000);
    o.cliffMonths = 18;
    compareList(EquityProjection::grantShares(o, 4), {0, 0.5, 0.25, 0.25});
    compareList(EquityProjection::years(o, 4, 0), {100000, 150000, 125000, 125000});
    QCOMPARE(EquityProjection::vestedShare(o, 17), 0.0);
    QCOMPARE(EquityProjection::vestedShare(o, 18), 0.25);
    QCOMPARE(EquityProjection::vestedShare(o, 24), 0.5);
    // No cliff at all: yearly still vests at the end of each year.
    o.cliffMonths = 0;
    QCOMPARE(EquityProjection::vestedShare(o, 11), 0.0);
    QCOMPARE(EquityProjection::vestedShare(o, 12), 0.25);
}

void TestEquityProjection::frequencyWithinTheYear()
{
    // Quarterly with a 6-month cliff: 6.25% a quarter; months 3 and 6 vest together at the cliff.
    Offer o = offer(100000, 100000);
    o.vestingFrequency = VestingFrequency::Quarterly;
    o.cliffMonths = 6;
    QCOMPARE(EquityProjection::vestedShare(o, 3), 0.0);
    QCOMPARE(EquityProjection::vestedShare(o, 6), 0.125);
    QCOMPARE(EquityProjection::vestedShare(o, 9), 0.1875);
    QCOMPARE(EquityProjection::vestedShare(o, 12), 0.25);
    QCOMPARE(EquityProjection::vestedShare(o, 15), 0.3125);
    // Within whole years nothing moves: the yearly figures stay 25,000 each.
    compareList(EquityProjection::years(o, 4, 0), {125000, 125000, 125000, 125000});
    // The default cliff (12 months) holds the first three quarters until month 12.
    o.cliffMonths = 12;
    QCOMPARE(EquityProjection::vestedShare(o, 9), 0.0);
    QCOMPARE(EquityProjection::vestedShare(o, 12), 0.25);
}

void TestEquityProjection::cliffWithMonthlyVesting()
{
    // Monthly, 18-month cliff: at month 18 year 1's 25% and six months of year 2 (6 × 25% ÷ 12) vest at once.
    Offer o = offer(100000, 120000);
    o.vestingFrequency = VestingFrequency::Monthly;
    o.cliffMonths = 18;
    QCOMPARE(EquityProjection::vestedShare(o, 17), 0.0);
    QVERIFY(std::abs(EquityProjection::vestedShare(o, 18) - 0.375) < 1e-12);
    QVERIFY(std::abs(EquityProjection::vestedShare(o, 19) - (0.375 + 0.25 / 12)) < 1e-12);
    compareList(EquityProjection::grantShares(o, 4), {0, 0.5, 0.25, 0.25});
    // No cliff: a twelfth of the year's share each month.
    o.cliffMonths = 0;
    QVERIFY(std::abs(EquityProjection::vestedShare(o, 1) - 0.25 / 12) < 1e-12);
    QVERIFY(std::abs(EquityProjection::vestedShare(o, 48) - 1.0) < 1e-12);
}

void TestEquityProjection::noScheduleVestsEvenlyOverFour()
{
    const Offer o = offer(100000, 100000, {});
    compareList(EquityProjection::grantShares(o, 5), {0.25, 0.25, 0.25, 0.25, 0});
}

void TestEquityProjection::noNewFieldsGiveTheOldFigures_data()
{
    QTest::addColumn<Offer>("o");
    QTest::newRow("even") << offer(185000, 240000);
    QTest::newRow("back-loaded") << offer(190000, 300000, VestingPresets::backLoaded());
    QTest::newRow("front-loaded") << offer(170000, 120000, VestingPresets::frontLoaded());
    QTest::newRow("no schedule") << offer(150000, 100000, {});
    QTest::newRow("three years") << offer(150000, 90000, {33.3, 33.3, 33.4});
    QTest::newRow("six years") << offer(150000, 90000, {10, 10, 20, 20, 20, 20});
    Offer everything = offer(201234.56, 333333.33, {10, 20, 30, 40});
    everything.bonusPct = 12.5;
    everything.signOn = 25000;
    everything.signOnYear2 = 12345.67;
    everything.refresherYearly = 7777.77;
    QTest::newRow("every old field") << everything;
}

void TestEquityProjection::noNewFieldsGiveTheOldFigures()
{
    QFETCH(Offer, o);
    QVERIFY(!o.hasEquityTerms());
    const QList<double> expected = oldYears(o);
    const auto years = OfferMath::years(o);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(years[std::size_t(i)], expected.at(i)); // bit for bit: the same sums in the same order
    QCOMPARE(OfferMath::annualized(o), (expected.at(0) + expected.at(1) + expected.at(2) + expected.at(3)) / 4);
    compareList(EquityProjection::expected(o, 4).years, expected);
}

void TestEquityProjection::totalsAreMonotonicInGrowth()
{
    QList<Offer> offers{offer(100000, 200000), offer(100000, 400000, VestingPresets::backLoaded())};
    Offer withRefreshers = offer(120000, 50000, VestingPresets::frontLoaded());
    withRefreshers.refresherGrant = 60000;
    withRefreshers.refresherVestingYears = 3;
    withRefreshers.cliffMonths = 18;
    withRefreshers.vestingFrequency = VestingFrequency::Monthly;
    offers.append(withRefreshers);
    for (const Offer &o : std::as_const(offers)) {
        for (int horizon = 1; horizon <= 6; ++horizon) {
            double previous = -1;
            for (double growth = -95; growth <= 300; growth += 2.5) {
                const double total = EquityProjection::total(o, horizon, growth);
                QVERIFY2(total >= previous, qPrintable(u"horizon %1, growth %2"_s.arg(horizon).arg(growth)));
                previous = total;
            }
        }
    }
}

void TestEquityProjection::counterWeightsFollowGrowth()
{
    // What one unit of the grant adds within 4 years at +10%: 0.25 × (1.1 + 1.21 + 1.331 + 1.4641) = 1.276275.
    Offer o = offer(100000, 100000);
    o.growthPct = 10;
    QVERIFY(std::abs(OfferMath::shareVestingInFourYears(o) - 1.276275) < 1e-9);
    o.growthPct = 0;
    QCOMPARE(OfferMath::shareVestingInFourYears(o), 1.0);
}

void TestEquityProjection::priceFactor()
{
    QCOMPARE(EquityProjection::priceFactor(0, 3), 1.0);
    QCOMPARE(EquityProjection::priceFactor(100, 3), 8.0);
    QCOMPARE(EquityProjection::priceFactor(-50, 2), 0.25);
    QCOMPARE(EquityProjection::priceFactor(-100, 2), 0.0);
}

void TestEquityProjection::ranges()
{
    QVERIFY(EquityProjection::horizonInRange(1));
    QVERIFY(EquityProjection::horizonInRange(6));
    QVERIFY(!EquityProjection::horizonInRange(0));
    QVERIFY(!EquityProjection::horizonInRange(7));
    QVERIFY(EquityProjection::growthInRange(300));
    QVERIFY(EquityProjection::growthInRange(-99.9));
    QVERIFY(!EquityProjection::growthInRange(-100));
    QVERIFY(!EquityProjection::growthInRange(300.1));
    QVERIFY(!EquityProjection::growthInRange(std::nan("")));
}

QTEST_APPLESS_MAIN(TestEquityProjection)
#include "tst_equityprojection.moc"
