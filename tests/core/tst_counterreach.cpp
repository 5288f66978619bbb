// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Stage 2b of the counter: raising the asks until the counter reaches the floor — base first, then equity, then a
// sign-on up to a quarter of the base ask — and saying when the band can't.

#include "CounterFixtures.h"
#include "counter/ReachStage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterReach : public QObject
{
    Q_OBJECT

private slots:
    void asksThatMeetTheFloorStay();
    void baseRisesFirst();
    void thenEquity();
    void thenTheSignOnUpToItsLimit();
    void bandThatCantReachStopsAtTheTops();
    void signOnLimitKeepsALargerSignOnAsked();
    void equityCountsOnlyWhatVestsWithinFourYears();
};

namespace {

// Acme Robotics SWE II (160K base, 120K equity, 10% bonus) against base 150K–200K and stock 100K–200K; the asks
// the boldness step gives are 190K base and 175K equity: 209K + 43.75K = 252,750 a year.
const CounterAsks kStep(190000, 175000, 0);

FloorReach reachFor(double floor, const CounterInput &input = CounterFixtures::acmeInput(),
                    const CounterAsks &asks = kStep)
{
    return ReachStage::reach(CounterTerms::from(input), asks, floor);
}

bool raised(const FloorReach &reach, CounterPart part)
{
    return reach.raised[std::size_t(part)];
}

} // namespace

void TestCounterReach::asksThatMeetTheFloorStay()
{
    const FloorReach reach = reachFor(206000);
    QCOMPARE(reach.asks, kStep);
    QCOMPARE(reach.before, kStep);
    QVERIFY(!raised(reach, CounterPart::Base) && !raised(reach, CounterPart::Equity)
            && !raised(reach, CounterPart::SignOn));
    QCOMPARE(reach.signOnLimit, 47500.0); // a quarter of the 190K base ask
    // The band's top: 200K base + 20K bonus + 50K equity a year + a 50K sign-on over 4 years.
    QCOMPARE(reach.bandReachAnnualized, 282500.0);
    QVERIFY(reach.bandCanReach);
}

void TestCounterReach::baseRisesFirst()
{
    // (260K − 43.75K) ÷ 1.1 = 196,591, rounded up to the 5K step: 200K, the band's top.
    const FloorReach reach = reachFor(260000);
    QCOMPARE(reach.asks, CounterAsks(200000, 175000, 0));
    QVERIFY(raised(reach, CounterPart::Base));
    QVERIFY(!raised(reach, CounterPart::Equity));
    QVERIFY(!raised(reach, CounterPart::SignOn));
    // A floor the base can reach inside the band: (240K − 43.75K) ÷ 1.1 = 178,409 is below the 190K ask.
    QCOMPARE(reachFor(240000).asks, kStep);
    // 250K needs (250K − 43.75K) ÷ 1.1 = 187,500 — still below the ask; 255K needs 192,045, so 195K.
    QCOMPARE(reachFor(255000).asks, CounterAsks(195000, 175000, 0));
}

void TestCounterReach::thenEquity()
{
    // With base at the top (220K with bonus), equity must bring (270K − 220K) × 4 = 200K: the band's top.
    const FloorReach reach = reachFor(270000);
    QCOMPARE(reach.asks, CounterAsks(200000, 200000, 0));
    QVERIFY(raised(reach, CounterPart::Base));
    QVERIFY(raised(reach, CounterPart::Equity));
    QVERIFY(!raised(reach, CounterPart::SignOn));
    QCOMPARE(CounterTerms::from(CounterFixtures::acmeInput()).annualizedWith(reach.asks), 270000.0);
}

void TestCounterReach::thenTheSignOnUpToItsLimit()
{
    // Base and equity at the top make 270K; the sign-on brings (280K − 270K) × 4 = 40K, within the 50K limit.
    const FloorReach reach = reachFor(280000);
    QCOMPARE(reach.asks, CounterAsks(200000, 200000, 40000));
    QVERIFY(raised(reach, CounterPart::SignOn));
    QCOMPARE(reach.signOnLimit, 50000.0);
    QVERIFY(reach.bandCanReach);
}

void TestCounterReach::bandThatCantReachStopsAtTheTops()
{
    const FloorReach reach = reachFor(300000);
    QCOMPARE(reach.asks, CounterAsks(200000, 200000, 50000));
    QVERIFY(!reach.bandCanReach);
    QCOMPARE(reach.bandReachAnnualized, 282500.0);
    QCOMPARE(CounterTerms::from(CounterFixtures::acmeInput()).annualizedWith(reach.asks), reach.bandReachAnnualized);
}

void TestCounterReach::signOnLimitKeepsALargerSignOnAsked()
{
    // A 60K sign-on already asked (a year-1 gap) is more than a quarter of the base: it is the limit, never cut.
    const FloorReach reach = reachFor(300000, CounterFixtures::acmeInput(), CounterAsks(190000, 175000, 60000));
    QCOMPARE(reach.signOnLimit, 60000.0);
    QCOMPARE(reach.asks, CounterAsks(200000, 200000, 60000));
    QCOMPARE(ReachStage::signOnLimit(CounterAsks(0, 0, 10000), 200000), 50000.0);
}

void TestCounterReach::equityCountsOnlyWhatVestsWithinFourYears()
{
    // A 5-year schedule: a fifth of any equity ask vests after year 4, so each unit adds 0.8 ÷ 4 to the average.
    CounterInput input = CounterFixtures::acmeInput();
    input.target.offer.vestingSchedule = {20, 20, 20, 20, 20};
    input.target = CounterFixtures::inBand(input.target.offer, input.band);
    const CounterTerms terms = CounterTerms::from(input);
    QCOMPARE(terms.targetFourYearShare, 0.8);
    QCOMPARE(terms.equityBand.cap, 250000.0); // 50K a year over the 5 vesting years
    // Base at the top: 220K; equity must bring 50K a year: 50K ÷ 0.2 = 250K, the band's top.
    const FloorReach reach = ReachStage::reach(terms, CounterAsks(190000, 175000, 0), 270000);
    QCOMPARE(reach.asks, CounterAsks(200000, 250000, 0));
    QCOMPARE(terms.annualizedWith(reach.asks), 270000.0);
}

QTEST_GUILESS_MAIN(TestCounterReach)
#include "tst_counterreach.moc"
