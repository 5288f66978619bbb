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
    QVERIFY(WarningStage::floorWarnings(terms, FloorStage::compute(terms, 0), 0).isEmpty());
}

void TestCounterWarnings::bandThatCantReachTheFloorIsSaid()
{
    const CounterTerms terms = termsWith({CounterFixtures::globex()});
    const QStringList warnings = WarningStage::floorWarnings(terms, FloorStage::compute(terms, 0), 250000);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first(),
             u"This company can't match your best alternative. At the top of its band ($200,000 base, $200,000 "
             u"equity) the offer comes to $270,000 a year over 4 years, $50,500 short of your floor of $320,500 "
             u"(Globex L4). Only a premium of 15.8% or more, a sign-on of about $205,000, or a higher level would "
             u"close it."_s);
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
