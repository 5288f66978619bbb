// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's second stage: the best alternative, the walk-away floor and whether the band can reach it.

#include "CounterFixtures.h"
#include "counter/FloorStage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterFloor : public QObject
{
    Q_OBJECT

private slots:
    void withoutCompetingOfferTheFloorIsTheOffer();
    void floorIsTheBestAlternativeLessThePremium();
    void statedWalkAwaySetsTheFloorOnlyAboveTheAlternative();
    void statedWalkAwayWithoutCompetingOffer();
    void floorBaseFollowsTheMeanOfTheYears();
    void premiumIsClamped();
    void bestAlternativeIsTheHighestFirstOfEquals();
};

void TestCounterFloor::withoutCompetingOfferTheFloorIsTheOffer()
{
    // 160K base + 16K bonus + 30K equity a year.
    const CounterFloor floor =
        FloorStage::compute(CounterTerms::from(CounterFixtures::acmeInput()), CounterFixtures::settings(0));
    QVERIFY(!floor.bestAlternative);
    QCOMPARE(floor.annualized, 206000.0);
    QCOMPARE(floor.source, FloorSource::Offer);
    QCOMPARE(floor.base, 160000.0);
}

void TestCounterFloor::floorIsTheBestAlternativeLessThePremium()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterFloor floor = FloorStage::compute(CounterTerms::from(input), CounterFixtures::settings(10));
    QVERIFY(floor.bestAlternative);
    QCOMPARE(floor.source, FloorSource::Alternative);
    QCOMPARE(floor.bestAlternative->label, u"Globex L4"_s);
    QCOMPARE(floor.bestAlternative->annualized, 320500.0); // 230K + 23K + 65K + 2.5K
    QCOMPARE(floor.annualized, 320500.0 * 0.9);
    // (288,450 − 30K equity a year) ÷ 1.1, rounded up to the 5K step.
    QCOMPARE(floor.base, 235000.0);
}

void TestCounterFloor::statedWalkAwaySetsTheFloorOnlyAboveTheAlternative()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterTerms terms = CounterTerms::from(input);
    const CounterFloor above = FloorStage::compute(terms, CounterFixtures::settings(0, 330000));
    QCOMPARE(above.annualized, 330000.0);
    QCOMPARE(above.source, FloorSource::Stated);
    QVERIFY(above.bestAlternative); // still there, for the rationale
    // (330K − 30K equity a year) ÷ 1.1 = 272,727, rounded up.
    QCOMPARE(above.base, 275000.0);
    const CounterFloor below = FloorStage::compute(terms, CounterFixtures::settings(0, 300000));
    QCOMPARE(below.annualized, 320500.0);
    QCOMPARE(below.source, FloorSource::Alternative);
    // With the premium, the alternative falls below the stated figure.
    const CounterFloor withPremium = FloorStage::compute(terms, CounterFixtures::settings(10, 300000));
    QCOMPARE(withPremium.annualized, 300000.0);
    QCOMPARE(withPremium.source, FloorSource::Stated);
}

void TestCounterFloor::statedWalkAwayWithoutCompetingOffer()
{
    const CounterTerms terms = CounterTerms::from(CounterFixtures::acmeInput());
    const CounterFloor stated = FloorStage::compute(terms, CounterFixtures::settings(0, 230000));
    QCOMPARE(stated.annualized, 230000.0);
    QCOMPARE(stated.source, FloorSource::Stated);
    // Even below the offer's own value: it is the person's figure.
    QCOMPARE(FloorStage::compute(terms, CounterFixtures::settings(0, 150000)).annualized, 150000.0);
    // Zero or less is no figure at all.
    QCOMPARE(FloorStage::compute(terms, CounterFixtures::settings(0, 0)).source, FloorSource::Offer);
}

void TestCounterFloor::floorBaseFollowsTheMeanOfTheYears()
{
    // A 3-year grant of 120K pays 40K a year in years 1 to 3 and nothing in year 4: 30K a year on average.
    CounterInput input = CounterFixtures::acmeInput();
    input.target.offer.vestingSchedule = {34, 33, 33};
    const CounterTerms terms = CounterTerms::from(input);
    const CounterFloor floor = FloorStage::compute(terms, CounterFixtures::settings(0, 250000));
    // (250K − 30K) ÷ 1.1 = 200K exactly.
    QCOMPARE(floor.base, 200000.0);
    Offer atFloor = terms.target;
    atFloor.base = floor.base;
    QCOMPARE(OfferMath::annualized(atFloor), 250000.0);
}

void TestCounterFloor::premiumIsClamped()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterTerms terms = CounterTerms::from(input);
    QCOMPARE(FloorStage::compute(terms, CounterFixtures::settings(-10)).annualized, 320500.0);
    QCOMPARE(FloorStage::compute(terms, CounterFixtures::settings(250)).annualized, 0.0);
}

void TestCounterFloor::bestAlternativeIsTheHighestFirstOfEquals()
{
    const RegionBand band = CounterFixtures::band();
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {
        CounterFixtures::inBand(CounterFixtures::offer(u"Initech"_s, u"E4"_s, 170000, 0, 0), band),
        CounterFixtures::inBand(CounterFixtures::offer(u"Hooli"_s, u"L5"_s, 200000, 0, 0), band),
        CounterFixtures::inBand(CounterFixtures::offer(u"Umbrella"_s, u"L5"_s, 200000.4, 0, 0), band),
    };
    const std::optional<BestAlternative> best = FloorStage::bestAlternative(CounterTerms::from(input).competitors);
    QVERIFY(best);
    QCOMPARE(best->index, 1);
    QCOMPARE(best->company, u"Hooli"_s);
    QCOMPARE(best->level, u"L5"_s);
    QVERIFY(!FloorStage::bestAlternative({}));
}

QTEST_GUILESS_MAIN(TestCounterFloor)
#include "tst_counterfloor.moc"
