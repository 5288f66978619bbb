// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's fourth stage: the warnings, each from the data it is given.

#include "CounterFixtures.h"
#include "counter/WarningStage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterWarnings : public QObject
{
    Q_OBJECT

private slots:
    void noAlternativeNoFloorWarnings();
    void bandThatCantReachTheFloorIsSaid();
    void counterBelowAReachableFloorIsSaid();
    void offerAboveTheBandsTop();
    void convertedAndMismatchedCompetingOffers();
    void handSetAsksBelowTheOfferOrAboveTheBand();
};

namespace {

CounterTerms termsWith(const QList<Offer> &competing, double targetBase = 160000)
{
    CounterInput input = CounterFixtures::acmeInput();
    input.target = CounterFixtures::inBand(
        CounterFixtures::offer(u"Acme Robotics"_s, u"SWE II"_s, targetBase, 120000, 10), input.band);
    for (const Offer &offer : competing)
        input.competing.append(CounterFixtures::inBand(offer, input.band));
    return CounterTerms::from(input);
}

} // namespace

void TestCounterWarnings::noAlternativeNoFloorWarnings()
{
    const CounterTerms terms = termsWith({});
    const CounterFloor floor = FloorStage::compute(terms, CounterFixtures::settings(0));
    const FloorReach reach = ReachStage::reach(terms, CounterAsks(190000, 175000, 0), floor.annualized);
    QVERIFY(WarningStage::floorWarnings(terms, floor, reach, 0, false).isEmpty());
}

void TestCounterWarnings::bandThatCantReachTheFloorIsSaid()
{
    const CounterTerms terms = termsWith({CounterFixtures::globex()});
    const CounterFloor floor = FloorStage::compute(terms, CounterFixtures::settings(0));
    // The band's top (200K base, 200K equity) with a sign-on at a quarter of the base (50K): 282,500 a year.
    const FloorReach reach = ReachStage::reach(terms, CounterAsks(200000, 200000, 0), floor.annualized);
    QVERIFY(!reach.bandCanReach);
    const QStringList warnings = WarningStage::floorWarnings(terms, floor, reach, 250000, false);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first(),
             u"This company can't match your best alternative. At the top of its band ($200,000 base, $200,000 "
             u"equity) with a $50,000 sign-on (a quarter of the base), the offer comes to $282,500 a year over 4 "
             u"years, $38,000 short of your floor of $320,500 (Globex L4). Only a premium of 11.9% or more, a higher "
             u"level, or an exception to the band would close it; the script asks for those and commits to "
             u"nothing."_s);

    // A stated walk-away that the band can't reach says so in its own words.
    const CounterTerms alone = termsWith({});
    const CounterFloor stated = FloorStage::compute(alone, CounterFixtures::settings(0, 300000));
    const FloorReach short_ = ReachStage::reach(alone, CounterAsks(190000, 175000, 0), stated.annualized);
    const QStringList statedWarnings = WarningStage::floorWarnings(alone, stated, short_, 282500, false);
    QVERIFY2(statedWarnings.value(0).startsWith(u"This company can't reach the walk-away figure you stated."_s),
             qPrintable(statedWarnings.join(u'\n')));
    QVERIFY(statedWarnings.value(0).contains(u"(the walk-away figure you stated)"_s));
}

void TestCounterWarnings::counterBelowAReachableFloorIsSaid()
{
    const CounterTerms terms = termsWith({CounterFixtures::offer(u"Initech"_s, u"E4"_s, 190000, 160000, 10)});
    const CounterFloor floor = FloorStage::compute(terms, CounterFixtures::settings(0));
    const FloorReach reach = ReachStage::reach(terms, CounterAsks(190000, 175000, 0), floor.annualized);
    QVERIFY(reach.bandCanReach);
    // Hand-set asks that leave the counter short.
    const QStringList warnings = WarningStage::floorWarnings(terms, floor, reach, 200000, false);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(u"The counter comes to $200,000 a year over 4 years, below your floor of "
                                         u"$249,000 (Initech E4). The band can reach it"_s),
             qPrintable(warnings.first()));
    QVERIFY(WarningStage::floorWarnings(terms, floor, reach, 249000, true).isEmpty());
}

void TestCounterWarnings::offerAboveTheBandsTop()
{
    const CounterTerms terms = termsWith({}, 210000);
    const QStringList warnings = WarningStage::offerWarnings(terms, AppliedAsks{CounterAsks(210000, 175000, 0), {}});
    QCOMPARE(warnings, QStringList{u"The offer's base ($210,000) is already above the band's top ($200,000); the "
                                   u"base ask holds it rather than going higher."_s});
    const QStringList bigSignOn =
        WarningStage::offerWarnings(termsWith({}), AppliedAsks{CounterAsks(190000, 175000, 50000), {}});
    QCOMPARE(bigSignOn.size(), 1);
    QVERIFY(bigSignOn.first().startsWith(u"A sign-on of $50,000 is more than a quarter of the base"_s));
}

void TestCounterWarnings::convertedAndMismatchedCompetingOffers()
{
    CounterTerms terms = termsWith({CounterFixtures::offer(u"Globex"_s, u"L5"_s, 200000, 0, 0)});
    terms.competitors.first().rate = 1.1;
    const QStringList warnings = WarningStage::competitorWarnings(terms, CounterFixtures::guide().levelMapping);
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0), u"Globex L5's offer is compared in USD at the rate you gave (1.1); a change in the rate "
                             u"moves the anchors."_s);
    QCOMPARE(warnings.at(1), u"The guide maps this level to Globex L4, not Globex L5: an offer at another level moves "
                             u"the anchors, so compare like with like."_s);
}

void TestCounterWarnings::handSetAsksBelowTheOfferOrAboveTheBand()
{
    const CounterTerms terms = termsWith({});
    AppliedAsks applied{CounterAsks(150000, 250000, 90000), {true, true, true}};
    const QStringList warnings = WarningStage::overrideWarnings(terms, applied);
    QCOMPARE(warnings, (QStringList{u"Your base ask ($150,000) is below the offer's own base ($160,000): it gives "
                                    u"ground before the talk starts."_s,
                                    u"Your equity ask ($250,000) is above the band's top ($200,000): expect it to "
                                    u"need an exception; a sign-on is easier to grant."_s}));
    // Nothing set by hand, nothing said.
    applied.overridden = {};
    QVERIFY(WarningStage::overrideWarnings(terms, applied).isEmpty());
}

QTEST_GUILESS_MAIN(TestCounterWarnings)
#include "tst_counterwarnings.moc"
