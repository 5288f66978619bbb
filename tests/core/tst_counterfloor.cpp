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
    void premiumIsClamped();
    void bestAlternativeIsTheHighestFirstOfEquals();
};

void TestCounterFloor::withoutCompetingOfferTheFloorIsTheOffer()
{
    // 160K base + 16K bonus + 30K equity a year.
    const CounterFloor floor = FloorStage::compute(CounterTerms::from(CounterFixtures::acmeInput()), 0);
    QVERIFY(!floor.bestAlternative);
    QCOMPARE(floor.annualized, 206000.0);
    QCOMPARE(floor.base, 160000.0);
    QCOMPARE(floor.bandReachAnnualized, 270000.0); // 200K + 20K bonus + 50K equity a year
    QVERIFY(floor.bandCanReach);
}

void TestCounterFloor::floorIsTheBestAlternativeLessThePremium()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterFloor floor = FloorStage::compute(CounterTerms::from(input), 10);
    QVERIFY(floor.bestAlternative);
    QCOMPARE(floor.bestAlternative->label, u"Globex L4"_s);
    QCOMPARE(floor.bestAlternative->annualized, 320500.0); // 230K + 23K + 65K + 2.5K
    QCOMPARE(floor.annualized, 320500.0 * 0.9);
    // (288,450 − 30K equity a year) ÷ 1.1, rounded up to the 5K step.
    QCOMPARE(floor.base, 235000.0);
    QVERIFY(!floor.bandCanReach);
}

void TestCounterFloor::premiumIsClamped()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterTerms terms = CounterTerms::from(input);
    QCOMPARE(FloorStage::compute(terms, -10).annualized, 320500.0);
    QCOMPARE(FloorStage::compute(terms, 250).annualized, 0.0);
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
