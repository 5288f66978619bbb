// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter engine with equity that moves: the floor and the reach use each offer's expected case, and a growth
// scenario that flips which is best between the counter and a competing offer is a warning.
#include "CounterFixtures.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace CounterFixtures;

class TestCounterEquity : public QObject
{
    Q_OBJECT

private slots:
    void floorUsesTheExpectedCase();
    void reachCountsGrowthOnEquity();
    void flipIsAWarning();
    void noFlipWarningWithoutEquityTerms();
    void equityTermsBringTheDefaultScenarios();
};

namespace {

QStringList scenarioWarnings(const CounterSuggestion &suggestion)
{
    return suggestion.warnings.filter(u"If every stock"_s);
}

CounterInput againstInitech()
{
    // Initech L5: 100,000 base and 800,000 of equity over 4 years, 300,000 a year; the band's top reaches 282,500.
    CounterInput input = acmeInput();
    input.competing.append(inBand(offer(u"Initech"_s, u"L5"_s, 100000, 800000, 0), input.band));
    return input;
}

} // namespace

void TestCounterEquity::floorUsesTheExpectedCase()
{
    // Globex at +10% a year: 253,000 cash, 65,000 a year of equity × (1.1 + 1.21 + 1.331 + 1.4641) ÷ 4, and a
    // 10,000 sign-on over 4 years: 253,000 + 82,957.875 + 2,500.
    CounterInput input = acmeInput();
    Offer globexGrowing = globex();
    globexGrowing.growthPct = 10;
    input.competing.append(inBand(globexGrowing, input.band));
    const CounterSuggestion suggestion = CounterEngine::suggest(input);
    QVERIFY(std::abs(suggestion.floorAnnualized - 338457.875) < 1e-6);
    QVERIFY(suggestion.bestAlternative);
    QVERIFY(std::abs(suggestion.bestAlternative->annualized - 338457.875) < 1e-6);
}

void TestCounterEquity::reachCountsGrowthOnEquity()
{
    // A target whose own shares grow 20% a year: each unit of equity adds more than a quarter to the 4-year
    // average, and the raised asks still land on the floor, not short of it.
    CounterInput input = acmeInput();
    Offer target = input.target.offer;
    target.growthPct = 20;
    input.target = inBand(target, input.band);
    input.settings = settings(0, 290000);
    const CounterSuggestion suggestion = CounterEngine::suggest(input);
    QVERIFY(suggestion.bandCanReachFloor);
    QVERIFY(suggestion.meetsFloor);
    QVERIFY(suggestion.counterAnnualized >= 290000);
    QCOMPARE(suggestion.counterAnnualized, OfferMath::annualized(suggestion.counter));
    // Equity at the band's top (200,000) at +20%: 50,000 × (1.2 + 1.44 + 1.728 + 2.0736) ÷ 4 = 80,520 a year.
    Offer top = suggestion.counter;
    top.base = 0;
    top.bonusPct = 0;
    top.signOn = 0;
    top.equityTotal = 200000;
    QVERIFY(std::abs(OfferMath::annualized(top) - 80520) < 1e-6);
}

void TestCounterEquity::flipIsAWarning()
{
    CounterInput input = againstInitech();
    input.scenarios = EquityAssumptions();
    const CounterSuggestion suggestion = CounterEngine::suggest(input);
    // At −15% a year Initech pays 100,000 + 200,000 × 2.70863 ÷ 4 = 235,432 a year, below the counter; at 0 it
    // leads. The mildest rate that flips is named.
    QCOMPARE(scenarioWarnings(suggestion),
             QStringList{u"If every stock falls 15% a year, this counter beats Initech L5 over 4 years."_s});
    // Over 1 year Initech's 200,000 of year-1 equity: the counter leads at −15% too.
    input.scenarios->horizonYears = 1;
    const QStringList oneYear = scenarioWarnings(CounterEngine::suggest(input));
    QCOMPARE(oneYear.size(), 1);
    QVERIFY2(oneYear.first().endsWith(u"over 1 year."_s), qPrintable(oneYear.first()));
}

void TestCounterEquity::noFlipWarningWithoutEquityTerms()
{
    const CounterSuggestion suggestion = CounterEngine::suggest(againstInitech());
    QVERIFY(scenarioWarnings(suggestion).isEmpty());
}

void TestCounterEquity::equityTermsBringTheDefaultScenarios()
{
    // A cliff of 0 months changes no yearly figure, but it is a term of equity that moves: the default scenarios
    // are tested.
    CounterInput input = againstInitech();
    Offer initech = input.competing.first().offer;
    initech.cliffMonths = 0;
    input.competing.first() = inBand(initech, input.band);
    QCOMPARE(scenarioWarnings(CounterEngine::suggest(input)).size(), 1);
}

QTEST_APPLESS_MAIN(TestCounterEquity)
#include "tst_counterequity.moc"
