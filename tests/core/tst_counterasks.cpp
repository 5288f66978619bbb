// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's first stage: the asks from the boldness step, competing offers and the year-1 gap; then overrides.

#include "CounterFixtures.h"
#include "counter/AskStage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterAsks : public QObject
{
    Q_OBJECT

private slots:
    void asksAreIndexedByPart();
    void boldnessSettings();
    void baselineAimsAtTheBandPosition();
    void baselineStepBeyondTheTopIsExcess();
    void baselineHoldsAnOfferAboveTheStep();
    void competingBaseInsideTheBandAnchorsTheAsk();
    void yearOneGapBecomesTheSignOn();
    void overridesReplaceTheirPartOnly();
};

void TestCounterAsks::asksAreIndexedByPart()
{
    CounterAsks asks(1, 2, 3);
    QCOMPARE(asks.value(CounterPart::Base), 1.0);
    QCOMPARE(asks.value(CounterPart::Equity), 2.0);
    QCOMPARE(asks.value(CounterPart::SignOn), 3.0);
    asks.setValue(CounterPart::Equity, 7);
    QCOMPARE(asks.equityTotal(), 7.0);
    QCOMPARE(asks.amounts[std::size_t(CounterPart::Equity)], 7.0);

    CounterOverrides overrides;
    QVERIFY(overrides.isEmpty());
    overrides.setValue(CounterPart::SignOn, 0.0);
    QVERIFY(!overrides.isEmpty());
    QCOMPARE(overrides.value(CounterPart::SignOn), std::optional<double>(0.0));
    QVERIFY(!overrides.value(CounterPart::Base));
    overrides.setValue(CounterPart::SignOn, std::nullopt);
    QVERIFY(overrides.isEmpty());
}

void TestCounterAsks::boldnessSettings()
{
    QCOMPARE(AskStage::bandPosition(Boldness::Conservative), 0.5);
    QCOMPARE(AskStage::bandPosition(Boldness::Balanced), 0.75);
    QCOMPARE(AskStage::bandPosition(Boldness::Bold), 1.0);
    QCOMPARE(AskStage::minimumRaisePct(Boldness::Conservative), 3.0);
    QCOMPARE(AskStage::minimumRaisePct(Boldness::Balanced), 5.0);
    QCOMPARE(AskStage::minimumRaisePct(Boldness::Bold), 8.0);
}

void TestCounterAsks::baselineAimsAtTheBandPosition()
{
    // 75% of 150K–200K is 187.5K, past the 5% raise (168K); rounded up to the 5K step.
    const BaselineAsk ask = AskStage::baselineAsk(PartBand{150000, 200000, 160000}, Boldness::Balanced);
    QCOMPARE(ask.ask, 190000.0);
    QCOMPARE(ask.desired, 187500.0);
    QVERIFY(ask.fromPosition);
    QVERIFY(!ask.heldCurrent);
    QCOMPARE(ask.excess, 0.0);
}

void TestCounterAsks::baselineStepBeyondTheTopIsExcess()
{
    // An 8% raise on 198K is 213,840: the band's top cuts it at 200K, and the rest is excess for the sign-on.
    const BaselineAsk ask = AskStage::baselineAsk(PartBand{150000, 200000, 198000}, Boldness::Bold);
    QCOMPARE(ask.ask, 200000.0);
    QVERIFY(!ask.fromPosition);
    QVERIFY(std::abs(ask.excess - 13840) < 1e-6);
}

void TestCounterAsks::baselineHoldsAnOfferAboveTheStep()
{
    const BaselineAsk ask = AskStage::baselineAsk(PartBand{150000, 200000, 210000}, Boldness::Conservative);
    QCOMPARE(ask.ask, 210000.0);
    QVERIFY(ask.heldCurrent);
}

void TestCounterAsks::competingBaseInsideTheBandAnchorsTheAsk()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::offer(u"Initech"_s, u"E4"_s, 195000, 0, 0),
                                               input.band)};
    const AskPlan plan = AskStage::suggest(CounterTerms::from(input), Boldness::Balanced);
    QCOMPARE(plan.base.ask, 190000.0); // the boldness step alone
    QCOMPARE(plan.suggested.base(), 195000.0);
    QCOMPARE(plan.suggested.equityTotal(), 175000.0); // 75% of 100K–200K
}

void TestCounterAsks::yearOneGapBecomesTheSignOn()
{
    CounterInput input = CounterFixtures::acmeInput();
    const AskPlan alone = AskStage::suggest(CounterTerms::from(input), Boldness::Balanced);
    QCOMPARE(alone.suggested.signOn(), 0.0);
    QCOMPARE(alone.largestGapIndex, -1);

    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const CounterTerms terms = CounterTerms::from(input);
    const AskPlan plan = AskStage::suggest(terms, Boldness::Balanced);
    QCOMPARE(plan.largestGapIndex, 0);
    // Measured against the asks themselves (the band's top, 200K base and 200K equity): Globex pays 30K base and
    // 3K bonus beyond the 200K base ask, 15K of year-1 equity beyond the ask's 50K, and a 10K sign-on: 58K more.
    QVERIFY2(std::abs(plan.largestGap - 58000) < 1e-6, qPrintable(QString::number(plan.largestGap)));
    QCOMPARE(plan.gapSignOn, 58000.0);
    QCOMPARE(plan.suggested.signOn(), 58000.0);
    QCOMPARE(AskStage::yearOneGap(terms.competitors.first(), terms, plan.suggested), plan.largestGap);
}

void TestCounterAsks::overridesReplaceTheirPartOnly()
{
    const CounterAsks suggested(190000, 175000, 5000);
    CounterOverrides overrides;
    overrides.setValue(CounterPart::Base, -5.0);
    overrides.setValue(CounterPart::SignOn, 12000.0);
    const AppliedAsks applied = AskStage::applyOverrides(suggested, overrides);
    QCOMPARE(applied.asks, CounterAsks(0, 175000, 12000)); // a negative ask counts as 0
    QVERIFY(applied.overridden[std::size_t(CounterPart::Base)]);
    QVERIFY(!applied.overridden[std::size_t(CounterPart::Equity)]);
    QVERIFY(applied.overridden[std::size_t(CounterPart::SignOn)]);
}

QTEST_GUILESS_MAIN(TestCounterAsks)
#include "tst_counterasks.moc"
