// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's third stage: one line per ask, the floor's line, the part most likely to move and the offers to
// have in writing.

#include "CounterFixtures.h"
#include "counter/RationaleStage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterRationale : public QObject
{
    Q_OBJECT

private slots:
    void floorLineWithoutCompetingOffer();
    void floorLineNamesTheAlternativeAndPremium();
    void askLinesNameTheNumbers();
    void handSetAskIsSaid();
    void mostLikelyToMoveAndWrittenOffers();
};

namespace {

CounterRationale explain(const CounterInput &input)
{
    const CounterFixtures::Stages s = CounterFixtures::firstStages(input);
    return RationaleStage::explain({s.terms, s.plan, s.reach, s.applied, s.floor, input.settings});
}

} // namespace

void TestCounterRationale::floorLineWithoutCompetingOffer()
{
    const CounterTerms terms = CounterTerms::from(CounterFixtures::acmeInput());
    QCOMPARE(RationaleStage::floorLine(terms, FloorStage::compute(terms, CounterFixtures::settings(0)), 0),
             u"Floor $206,000 a year over 4 years: the offer's own value ($160,000 base); with no competing offer, "
             u"there is nothing better to walk away to."_s);
}

void TestCounterRationale::floorLineNamesTheAlternativeAndPremium()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterTerms terms = CounterTerms::from(input);
    QCOMPARE(RationaleStage::floorLine(terms, FloorStage::compute(terms, CounterFixtures::settings(10)), 10),
             u"Floor $288,450 a year over 4 years: Globex L4's 4-year average of $320,500, less your 10% premium. "
             u"That is $235,000 base with the offer's other parts unchanged."_s);
}

void TestCounterRationale::askLinesNameTheNumbers()
{
    const CounterRationale rationale = explain(CounterFixtures::acmeInput());
    QCOMPARE(rationale.reasons.size(), kCounterPartCount);
    QCOMPARE(rationale.lines.size(), kCounterPartCount + 1);
    QCOMPARE(rationale.lines.at(0),
             u"Base $190,000: a balanced ask aims at 75% of the band ($150,000–$200,000); the offer sits at 20%."_s);
    QCOMPARE(rationale.lines.at(2),
             u"Sign-on: none; with room left in the band, the base and equity asks carry the step."_s);
    QVERIFY(rationale.writtenOffersNeeded.isEmpty());
}

void TestCounterRationale::handSetAskIsSaid()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.overrides.setValue(CounterPart::Base, 170000.0);
    const CounterRationale rationale = explain(input);
    QCOMPARE(rationale.lines.at(0), u"Base $170,000: set by hand (the suggestion was $190,000)."_s);
    QCOMPARE(rationale.reasons.at(0).line, rationale.lines.at(0));
}

void TestCounterRationale::mostLikelyToMoveAndWrittenOffers()
{
    const CounterRationale alone = explain(CounterFixtures::acmeInput());
    QCOMPARE(alone.mostLikelyToMove, CounterPart::Base); // 80% of the band's range left, the same as equity
    QVERIFY(alone.mostLikelyToMoveReason.startsWith(u"Base is the part most likely to move"_s));

    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterRationale withGlobex = explain(input);
    QCOMPARE(withGlobex.writtenOffersNeeded, QStringList{u"Globex L4"_s});
    QVERIFY(withGlobex.reasons.at(2).needsWrittenOffer);

    // A hand-set ask rests on nothing the company needs to see.
    for (CounterPart part : kCounterParts)
        input.overrides.setValue(part, 1000.0);
    QVERIFY(explain(input).writtenOffersNeeded.isEmpty());
}

QTEST_GUILESS_MAIN(TestCounterRationale)
#include "tst_counterrationale.moc"
