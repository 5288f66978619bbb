// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Growth scenarios across offers: the scenario set and its parsing, the cost of leaving with both clawback kinds,
// break-even rates found by bisection and checked by plugging them back in, their sentences, and the scenarios
// that flip which offer is best. Every figure is worked by hand.
#include "common/Money.h"
#include "offers/EquityScenarios.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestEquityScenarios : public QObject
{
    Q_OBJECT

private slots:
    void parseScenarios_data();
    void parseScenarios();
    void parseHorizon();
    void checkAssumptions();
    void scenarioTotals();
    void clawbackProrated();
    void clawbackFull();
    void clawbackOfYearTwoSignOn();
    void costOfLeaving();
    void costOfLeavingWithCliffAndMonthly();
    void breakEvenAgainstGrowth();
    void breakEvenTargetGrowth();
    void breakEvenWinsOnlyIf();
    void breakEvenNoCrossing();
    void breakEvenUsesTheOtherOffersExpectedCase();
    void breakEvenEqualisesTotals();
    void analyseFindsTargetAndFlips();
    void counterFlipWarnings();
    void noFlipWithoutEquity();
    void formatGrowth();
    void json();
};

namespace {

Offer offer(const QString &company, double base, double equity, QList<double> schedule = VestingPresets::even())
{
    Offer o;
    o.company = company;
    o.region = u"San Francisco"_s;
    o.base = base;
    o.equityTotal = equity;
    o.vestingSchedule = schedule;
    return o;
}

} // namespace

void TestEquityScenarios::parseScenarios_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("three") << u"-30,0,25"_s << QList<double>{-30, 0, 25} << QString();
    QTest::newRow("spaces, plus and percent") << u" -15 , +10%, 2.5 "_s << QList<double>{-15, 10, 2.5} << QString();
    QTest::newRow("one") << u"300"_s << QList<double>{300} << QString();
    QTest::newRow("empty") << u""_s << QList<double>{} << u"must be a list of 1 to 12"_s;
    QTest::newRow("word") << u"-30,abc"_s << QList<double>{} << u"'abc' in '-30,abc' is not a number"_s;
    QTest::newRow("empty item") << u"-30,,25"_s << QList<double>{} << u"'' in '-30,,25' is not a number"_s;
    QTest::newRow("minus 100") << u"-100"_s << QList<double>{} << u"-100 is out of range: a growth rate must be above -100 and at most 300"_s;
    QTest::newRow("past 300") << u"0,301"_s << QList<double>{} << u"301 is out of range"_s;
    QTest::newRow("too many") << u"1,2,3,4,5,6,7,8,9,10,11,12,13"_s << QList<double>{} << u"must be a list of 1 to 12"_s;
}

void TestEquityScenarios::parseScenarios()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, expected);
    QFETCH(QString, error);
    const Result<QList<double>> parsed = EquityAssumptions::parseScenarios(text);
    if (error.isEmpty()) {
        QVERIFY2(bool(parsed), qPrintable(bool(parsed) ? QString() : parsed.message()));
        QCOMPARE(*parsed, expected);
    } else {
        QVERIFY(!bool(parsed));
        QVERIFY2(parsed.message().contains(error), qPrintable(parsed.message()));
    }
}

void TestEquityScenarios::parseHorizon()
{
    QCOMPARE(*EquityAssumptions::parseHorizon(u"1"_s), 1);
    QCOMPARE(*EquityAssumptions::parseHorizon(u" 6 "_s), 6);
    for (const QString &bad : {u"0"_s, u"7"_s, u"4.5"_s, u"four"_s, u""_s}) {
        const Result<int> parsed = EquityAssumptions::parseHorizon(bad);
        QVERIFY(!bool(parsed));
        QVERIFY2(parsed.message().contains(u"must be a whole number of years from 1 to 6"_s), qPrintable(parsed.message()));
    }
    QCOMPARE(EquityAssumptions::scenariosText({-30, -15, 0, 10, 25}), u"-30,-15,0,10,25"_s);
}

void TestEquityScenarios::checkAssumptions()
{
    EquityAssumptions assumptions;
    QVERIFY(bool(assumptions.check()));
    QCOMPARE(assumptions.horizonYears, 4);
    QCOMPARE(assumptions.scenarioGrowthPcts, (QList<double>{-30, -15, 0, 10, 25}));
    assumptions.horizonYears = 7;
    QVERIFY(!bool(assumptions.check()));
    assumptions.horizonYears = 3;
    assumptions.scenarioGrowthPcts = {};
    QVERIFY(!bool(assumptions.check()));
    assumptions.scenarioGrowthPcts = {-100};
    QVERIFY(!bool(assumptions.check()));
}

void TestEquityScenarios::scenarioTotals()
{
    // 100,000 base and 100,000 equity over 2 years (50/50), horizon 2: at +100% the grant is worth 50,000 × 2 and
    // 50,000 × 4.
    const Offer o = offer(u"Acme"_s, 100000, 100000, {50, 50});
    EquityAssumptions assumptions;
    assumptions.horizonYears = 2;
    assumptions.scenarioGrowthPcts = {-50, 0, 100};
    const QList<ScenarioResult> results = EquityScenarios::scenarios(o, assumptions);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).years, (QList<double>{125000, 112500}));
    QCOMPARE(results.at(0).total, 237500.0);
    QCOMPARE(results.at(1).total, 300000.0);
    QCOMPARE(results.at(2).years, (QList<double>{200000, 300000}));
    QCOMPARE(results.at(2).average, 250000.0);
}

void TestEquityScenarios::clawbackProrated()
{
    // 24,000 repaid in proportion to the months left of 12: 18,000 at month 3, 12,000 at month 6, 0 from month 12.
    Offer o = offer(u"Acme"_s, 100000, 0);
    o.signOn = 24000;
    QCOMPARE(EquityScenarios::signOnToRepay(o, 3), 18000.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 6), 12000.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 12), 0.0);
    // Over 24 months: 24,000 × 15 ÷ 24 at month 9.
    o.signOnClawbackMonths = 24;
    QCOMPARE(EquityScenarios::signOnToRepay(o, 9), 15000.0);
    // No clawback at all.
    o.signOnClawbackMonths = 0;
    QCOMPARE(EquityScenarios::signOnToRepay(o, 3), 0.0);
}

void TestEquityScenarios::clawbackFull()
{
    Offer o = offer(u"Acme"_s, 100000, 0);
    o.signOn = 24000;
    o.signOnClawback = SignOnClawback::Full;
    QCOMPARE(EquityScenarios::signOnToRepay(o, 3), 24000.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 11), 24000.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 12), 0.0);
}

void TestEquityScenarios::clawbackOfYearTwoSignOn()
{
    // Year 2's 12,000 is paid at month 12 and clawed back over the 12 months after: nothing to repay before it is
    // paid, 9,000 at month 15 (prorated), all of it when full, nothing from month 24.
    Offer o = offer(u"Acme"_s, 100000, 0);
    o.signOnYear2 = 12000;
    QCOMPARE(EquityScenarios::signOnToRepay(o, 9), 0.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 12), 0.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 15), 9000.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 24), 0.0);
    o.signOnClawback = SignOnClawback::Full;
    QCOMPARE(EquityScenarios::signOnToRepay(o, 15), 12000.0);
    QCOMPARE(EquityScenarios::signOnToRepay(o, 23), 12000.0);
}

void TestEquityScenarios::costOfLeaving()
{
    // 100,000 over 4 even years with a 12-month cliff, a 24,000 sign-on prorated over 12 months, horizon 2.
    Offer o = offer(u"Acme"_s, 100000, 100000);
    o.signOn = 24000;
    const QList<LeavingCost> rows = EquityScenarios::costOfLeaving(o, 2);
    QCOMPARE(rows.size(), 8); // months 3, 6, …, 24
    QCOMPARE(rows.at(0).month, 3);
    QCOMPARE(rows.at(0).forfeited, 100000.0);
    QCOMPARE(rows.at(0).repay, 18000.0);
    QCOMPARE(rows.at(0).total, 118000.0);
    QCOMPARE(rows.at(2).month, 9);
    QCOMPARE(rows.at(2).total, 106000.0);
    QCOMPARE(rows.at(3).month, 12);
    QCOMPARE(rows.at(3).forfeited, 75000.0);
    QCOMPARE(rows.at(3).repay, 0.0);
    QCOMPARE(rows.at(7).month, 24);
    QCOMPARE(rows.at(7).forfeited, 50000.0);
    // The horizon's end: 6 years gives 24 rows; the forfeited value reaches 0 once all has vested.
    const QList<LeavingCost> long_ = EquityScenarios::costOfLeaving(o, 6);
    QCOMPARE(long_.size(), 24);
    QCOMPARE(long_.last().month, 72);
    QCOMPARE(long_.at(15).month, 48);
    QCOMPARE(long_.at(15).forfeited, 0.0);
}

void TestEquityScenarios::costOfLeavingWithCliffAndMonthly()
{
    // Monthly with no cliff: at month 3, 3 × 25% ÷ 12 has vested, so 120,000 × (1 − 0.0625) = 112,500 is forfeited.
    Offer o = offer(u"Acme"_s, 100000, 120000);
    o.vestingFrequency = VestingFrequency::Monthly;
    o.cliffMonths = 0;
    const QList<LeavingCost> rows = EquityScenarios::costOfLeaving(o, 1);
    QCOMPARE(rows.size(), 4);
    QVERIFY(std::abs(rows.at(0).forfeited - 112500) < 1e-6);
    QVERIFY(std::abs(rows.at(3).forfeited - 90000) < 1e-6);
}

void TestEquityScenarios::breakEvenAgainstGrowth()
{
    // One year: Globex pays 150,000 + 100,000 × (1 + g) against Acme's flat 200,000; equal at g = −50%.
    const Offer acme = offer(u"Acme"_s, 200000, 0);
    const Offer globex = offer(u"Globex"_s, 150000, 100000, {100});
    const BreakEven result = EquityScenarios::breakEven(acme, globex, 1);
    QVERIFY(!result.targetGrowthPct); // Acme has no equity: its stock can't change anything
    QVERIFY(result.againstGrowthPct);
    QVERIFY(std::abs(*result.againstGrowthPct + 50) < 1e-6);
    QVERIFY(std::abs(EquityProjection::total(globex, 1, *result.againstGrowthPct) - 200000) < 1);
    QCOMPARE(result.statements,
             (QStringList{u"Acme stays behind Globex whatever its stock does, from a 95% fall to a 300% rise a year."_s,
                          u"Globex stays ahead of Acme unless its stock falls more than 50% a year."_s}));
}

void TestEquityScenarios::breakEvenTargetGrowth()
{
    // One year: Acme pays 100,000 + 100,000 × (1 + g) against Globex's flat 180,000: equal at g = −20%.
    const Offer acme = offer(u"Acme"_s, 100000, 100000, {100});
    const Offer globex = offer(u"Globex"_s, 180000, 0);
    const BreakEven result = EquityScenarios::breakEven(acme, globex, 1);
    QVERIFY(result.targetGrowthPct);
    QVERIFY(std::abs(*result.targetGrowthPct + 20) < 1e-6);
    QVERIFY(!result.againstGrowthPct);
    QCOMPARE(result.statements.first(), u"Acme stays ahead of Globex unless its stock falls more than 20% a year."_s);
    // At +10% expected Acme's total is 210,000: the break-even is still −20%.
    Offer growing = acme;
    growing.growthPct = 10;
    QVERIFY(std::abs(*EquityScenarios::breakEven(growing, globex, 1).targetGrowthPct + 20) < 1e-6);
    // Ahead but needing growth: against 205,000 Acme needs +5%.
    const BreakEven needsGrowth = EquityScenarios::breakEven(growing, offer(u"Globex"_s, 205000, 0), 1);
    QCOMPARE(needsGrowth.statements.first(), u"Acme stays ahead of Globex unless its stock grows less than 5% a year."_s);
}

void TestEquityScenarios::breakEvenWinsOnlyIf()
{
    // Against 230,000, Acme's 100,000 + 100,000 × (1 + g) needs g = +30%.
    const Offer acme = offer(u"Acme"_s, 100000, 100000, {100});
    const BreakEven result = EquityScenarios::breakEven(acme, offer(u"Globex"_s, 230000, 0), 1);
    QVERIFY(std::abs(*result.targetGrowthPct - 30) < 1e-6);
    QCOMPARE(result.statements.first(), u"Acme beats Globex only if its shares grow at least 30% a year."_s);
    // Expected at −40% (160,000), Acme trails 190,000 and needs −10%: its stock must fall less than 10%.
    Offer falling = acme;
    falling.growthPct = -40;
    const BreakEven fallingResult = EquityScenarios::breakEven(falling, offer(u"Globex"_s, 190000, 0), 1);
    QVERIFY(std::abs(*fallingResult.targetGrowthPct + 10) < 1e-6);
    QCOMPARE(fallingResult.statements.first(),
             u"Acme beats Globex only if its stock falls less than 10% a year."_s);
}

void TestEquityScenarios::breakEvenNoCrossing()
{
    // Even at +300% (400,000 of equity) Acme's 500,000 can't be reached by 100,000 + equity: no crossing.
    const Offer acme = offer(u"Acme"_s, 600000, 0);
    const Offer globex = offer(u"Globex"_s, 100000, 100000, {100});
    const BreakEven result = EquityScenarios::breakEven(acme, globex, 1);
    QVERIFY(!result.targetGrowthPct);
    QVERIFY(!result.againstGrowthPct);
    QCOMPARE(result.statements.at(1),
             u"Globex stays behind Acme whatever its stock does, from a 95% fall to a 300% rise a year."_s);
    QVERIFY(!EquityScenarios::breakEvenGrowth(globex, 600000, 1));
    // Below the search range: at −95% Globex still pays 105,000, more than 104,000.
    QVERIFY(!EquityScenarios::breakEvenGrowth(globex, 104000, 1));
}

void TestEquityScenarios::breakEvenUsesTheOtherOffersExpectedCase()
{
    // Globex at its expected +50% pays 150,000 + 150,000 = 300,000; Acme's 100,000 + 100,000 × (1 + g) reaches it
    // at g = +100%.
    Offer globex = offer(u"Globex"_s, 150000, 100000, {100});
    globex.growthPct = 50;
    const BreakEven result = EquityScenarios::breakEven(offer(u"Acme"_s, 100000, 100000, {100}), globex, 1);
    QVERIFY(std::abs(*result.targetGrowthPct - 100) < 1e-6);
    QVERIFY(std::abs(*result.againstGrowthPct + 50) < 1e-6); // Globex at −50% pays 200,000, Acme's expected total
}

void TestEquityScenarios::breakEvenEqualisesTotals()
{
    // Property: over every horizon, wherever a break-even exists, plugging it back in equalises the totals within
    // 1 unit.
    Offer acme = offer(u"Acme"_s, 150000, 400000, VestingPresets::backLoaded());
    acme.refresherGrant = 80000;
    acme.growthPct = 12;
    acme.vestingFrequency = VestingFrequency::Quarterly;
    Offer globex = offer(u"Globex"_s, 210000, 160000);
    globex.growthPct = 3;
    globex.signOn = 40000;
    int found = 0;
    for (int horizon = 1; horizon <= 6; ++horizon) {
        const BreakEven result = EquityScenarios::breakEven(acme, globex, horizon);
        const double acmeTotal = EquityProjection::expected(acme, horizon).total;
        const double globexTotal = EquityProjection::expected(globex, horizon).total;
        if (result.targetGrowthPct) {
            ++found;
            QVERIFY(*result.targetGrowthPct >= -95 && *result.targetGrowthPct <= 300);
            QVERIFY2(std::abs(EquityProjection::total(acme, horizon, *result.targetGrowthPct) - globexTotal) < 1,
                     qPrintable(u"horizon %1"_s.arg(horizon)));
        }
        if (result.againstGrowthPct) {
            ++found;
            QVERIFY2(std::abs(EquityProjection::total(globex, horizon, *result.againstGrowthPct) - acmeTotal) < 1,
                     qPrintable(u"horizon %1"_s.arg(horizon)));
        }
        QCOMPARE(result.statements.size(), 2);
    }
    QVERIFY(found >= 6);
}

void TestEquityScenarios::analyseFindsTargetAndFlips()
{
    // Rival: 110,000 base and 400,000 over 4 years (840,000 over 4 years); Acme: 200,000 flat (800,000).
    // At −15% a year Rival's grant is worth 100,000 × (0.85 + 0.7225 + 0.614125 + 0.52200625) = 270,863.13, so it
    // falls to 710,863.13 and Acme comes out ahead; at −30% too; at 0 and above Rival stays ahead.
    const Offer acme = offer(u"Acme"_s, 200000, 0);
    const Offer rival = offer(u"Rival"_s, 110000, 400000);
    const EquityAnalysis analysis = EquityScenarios::analyse({acme, rival}, EquityAssumptions());
    QCOMPARE(analysis.offers.size(), 2);
    QCOMPARE(analysis.targetIndex, 1); // no target marked: the one ahead in the expected case
    QCOMPARE(analysis.offers.at(1).expected.total, 840000.0);
    QVERIFY(std::abs(analysis.offers.at(1).scenarios.at(1).total - 710863.125) < 1e-6);
    QCOMPARE(analysis.offers.at(1).worstTotal, analysis.offers.at(1).scenarios.at(0).total);
    QCOMPARE(analysis.offers.at(1).bestTotal, analysis.offers.at(1).scenarios.at(4).total);
    QCOMPARE(analysis.flips.size(), 2);
    QCOMPARE(analysis.flips.at(0).growthPct, -30.0);
    QCOMPARE(analysis.flips.at(1).growthPct, -15.0);
    QCOMPARE(analysis.flips.at(1).expectedBest, 1);
    QCOMPARE(analysis.flips.at(1).scenarioBest, 0);
    QCOMPARE(analysis.flips.at(1).sentence, u"If every stock falls 15% a year, Acme comes out ahead of Rival."_s);
    QCOMPARE(analysis.breakEvens.size(), 1);
    QCOMPARE(analysis.breakEvens.first().target, u"Rival"_s);
    // Marked as the target, Acme leads the break-evens.
    Offer marked = acme;
    marked.target = true;
    const EquityAnalysis targeted = EquityScenarios::analyse({rival, marked}, EquityAssumptions());
    QCOMPARE(targeted.targetIndex, 1);
    QCOMPARE(targeted.breakEvens.first().target, u"Acme"_s);
    QCOMPARE(targeted.breakEvens.first().against, u"Rival"_s);
}

void TestEquityScenarios::counterFlipWarnings()
{
    const Offer counter = offer(u"Acme"_s, 200000, 0);
    const QStringList warnings =
        EquityScenarios::counterFlipWarnings(counter, {offer(u"Rival"_s, 110000, 400000)}, EquityAssumptions());
    // The mildest flip only: −15%, not −30%.
    QCOMPARE(warnings, QStringList{u"If every stock falls 15% a year, this counter beats Rival over 4 years."_s});
    // A counter ahead in the expected case, overtaken when stocks rise: Rival at 100,000 base and 400,000 is level
    // at 0 (800,000) and ahead at +10%.
    const QStringList rising =
        EquityScenarios::counterFlipWarnings(offer(u"Acme"_s, 205000, 0), {offer(u"Rival"_s, 100000, 400000)},
                                             EquityAssumptions());
    QCOMPARE(rising, QStringList{u"If every stock grows 10% a year, Rival beats this counter over 4 years."_s});
}

void TestEquityScenarios::noFlipWithoutEquity()
{
    const QStringList warnings = EquityScenarios::counterFlipWarnings(
        offer(u"Acme"_s, 200000, 0), {offer(u"Rival"_s, 190000, 0)}, EquityAssumptions());
    QVERIFY(warnings.isEmpty());
    QVERIFY(!EquityScenarios::anyEquityTerms({offer(u"Acme"_s, 200000, 100000)}));
    Offer growing = offer(u"Acme"_s, 200000, 100000);
    growing.growthPct = 5;
    QVERIFY(EquityScenarios::anyEquityTerms({offer(u"Rival"_s, 1, 0), growing}));
}

void TestEquityScenarios::formatGrowth()
{
    QCOMPARE(EquityScenarios::formatGrowth(12), u"12%"_s);
    QCOMPARE(EquityScenarios::formatGrowth(12.34), u"12.3%"_s);
    QCOMPARE(EquityScenarios::formatGrowth(-0.04), u"0%"_s);
    QCOMPARE(EquityScenarios::formatGrowth(-30), u"-30%"_s);
    // The number is written in the report's language (the sign's spacing comes from the translation, not loaded here).
    MoneyStyle::setReportLocale(QLocale(QLocale::French, QLocale::France));
    const QString french = EquityScenarios::formatGrowth(12.34);
    MoneyStyle::setReportLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(french, u"12,3%"_s);
}

void TestEquityScenarios::json()
{
    Offer acme = offer(u"Acme"_s, 100000, 100000, {50, 50});
    acme.signOn = 24000;
    acme.target = true;
    EquityAssumptions assumptions;
    assumptions.horizonYears = 2;
    assumptions.scenarioGrowthPcts = {-50, 100};
    const EquityAnalysis analysis = EquityScenarios::analyse({acme, offer(u"Globex"_s, 170000, 0)}, assumptions);
    const QJsonObject offerJson = EquityScenarios::offerJson(analysis.offers.first());
    QCOMPARE(offerJson.value(u"years"_s).toArray(), (QJsonArray{174000, 150000}));
    QCOMPARE(offerJson.value(u"annualized"_s).toDouble(), 162000.0);
    QCOMPARE(offerJson.value(u"total"_s).toDouble(), 324000.0);
    const QJsonArray scenarios = offerJson.value(u"scenarios"_s).toArray();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(1).toObject().value(u"growth_pct"_s).toDouble(), 100.0);
    QCOMPARE(scenarios.at(1).toObject().value(u"years"_s).toArray(), (QJsonArray{224000, 300000}));
    QCOMPARE(scenarios.at(1).toObject().value(u"total"_s).toDouble(), 524000.0);
    QCOMPARE(scenarios.at(1).toObject().value(u"average"_s).toDouble(), 262000.0);
    const QJsonArray leaving = offerJson.value(u"leaving"_s).toArray();
    QCOMPARE(leaving.size(), 8);
    QCOMPARE(leaving.first().toObject(),
             (QJsonObject{{u"month"_s, 3}, {u"forfeited"_s, 100000}, {u"repay"_s, 18000}, {u"total"_s, 118000}}));
    const QJsonObject top = EquityScenarios::analysisJson(analysis);
    QCOMPARE(top.value(u"horizon_years"_s).toInt(), 2);
    const QJsonArray breakEvens = top.value(u"breakeven"_s).toArray();
    QCOMPARE(breakEvens.size(), 1);
    const QJsonObject first = breakEvens.first().toObject();
    QCOMPARE(first.value(u"target"_s).toString(), u"Acme"_s);
    QCOMPARE(first.value(u"against"_s).toString(), u"Globex"_s);
    QVERIFY(first.value(u"against_growth_pct"_s).isNull()); // Globex has no equity
    QVERIFY(first.value(u"target_growth_pct"_s).isDouble());
    QCOMPARE(first.value(u"statements"_s).toArray().size(), 2);
}

QTEST_APPLESS_MAIN(TestEquityScenarios)
#include "tst_equityscenarios.moc"
