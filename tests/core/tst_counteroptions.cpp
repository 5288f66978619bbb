// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter with stock options on either side: the rationale and the floor name the exit they assume, the
// warnings say how much rests on it, and the script never treats the paper value as cash.
#include "CounterFixtures.h"
#include "counter/NegotiationReport.h"
#include "counter/OptionsStage.h"
#include "offers/OptionsOutlook.h"
#include "offers/OptionsValuation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CounterFixtures;

class TestCounterOptions : public QObject
{
    Q_OBJECT

private slots:
    void optionsForEquity();
    void targetRationaleNamesTheExit();
    void targetFloorNamesTheExit();
    void targetWarningsSayWhatRestsOnTheExit();
    void scriptNeverTreatsThePaperValueAsCash();
    void alternativeWithOptionsFloor();
    void rsuOnlyCounterIsUnchanged();
    void summaryHasAStartupEquitySection();
    void outlookTotalsForTheCharts();
};

namespace {

// Nimbus Labs Senior: 160,000 base, 20,000 options at a $2 strike, $10 last round, 20% dilution over one round.
// At 1×: $8 a share, ($8 − $2) × 20,000 = $120,000 for the grant; the paper value is 20,000 × $8 = $160,000.
Offer nimbus(double expectedMultiple = 1)
{
    Offer o = offer(u"Nimbus Labs"_s, u"Senior"_s, 160000, 0, 0);
    o.equityType = EquityType::Options;
    o.stockOptions.count = 20000;
    o.stockOptions.strikePrice = 2;
    o.stockOptions.preferredPrice = 10;
    o.stockOptions.dilutionPct = 20;
    o.stockOptions.roundsToExit = 1;
    o.stockOptions.expectedExitMultiple = expectedMultiple;
    return o;
}

CounterInput nimbusAgainstGlobex()
{
    CounterInput input;
    input.guide = guide();
    input.band = band();
    input.target = inBand(nimbus(), input.band);
    input.competing = {inBand(globex(), input.band)};
    return input;
}

} // namespace

void TestCounterOptions::optionsForEquity()
{
    const Offer target = inBand(nimbus(), band()).offer;
    // The comparison counts the grant at its expected exit: $120,000, never the $160,000 paper value.
    QCOMPARE(target.equityTotal, 120000.0);
    // $150,000 at $6 an option is 25,000 options.
    QCOMPARE(OptionsStage::optionsForEquity(target, 150000).value_or(-1), 25000.0);
    QCOMPARE(OptionsStage::askText(target, 150000), u"25,000 options"_s);
    // 100,100 ÷ 6 = 16,683.3: said as 16,700.
    QCOMPARE(OptionsStage::askText(target, 100100), u"16,700 options"_s);
    // Worth nothing at a 0× exit: no number of options makes up a value.
    const Offer atZero = inBand(nimbus(0), band()).offer;
    QVERIFY(!OptionsStage::optionsForEquity(atZero, 150000));
    QCOMPARE(OptionsStage::askText(atZero, 150000), u"more options"_s);
    QVERIFY(!OptionsStage::optionsForEquity(inBand(globex(), band()).offer, 150000));
}

void TestCounterOptions::targetRationaleNamesTheExit()
{
    const CounterSuggestion s = CounterEngine::suggest(nimbusAgainstGlobex());
    const QString equity = s.rationale.at(int(CounterPart::Equity));
    QVERIFY2(equity.contains(u"Equity counts the 20,000 options at an exit at 1× the last round's price: $8 a share "
                             u"after dilution and preference, less the $2 strike, so $120,000 for the grant."_s),
             qPrintable(equity));
    QVERIFY2(equity.contains(u"Their paper value ($160,000, at the last round's price) is never counted as pay."_s),
             qPrintable(equity));
    const double options = s.asks.equityTotal() / 6.0;
    QVERIFY2(equity.contains(u"about %1 options at that exit"_s.arg(
                 QLocale(QLocale::English).toString(std::ceil(options / 100 - 1e-9) * 100, 'f', 0))),
             qPrintable(equity));
    QCOMPARE(s.reasons.at(int(CounterPart::Equity)).line, equity);
}

void TestCounterOptions::targetFloorNamesTheExit()
{
    const CounterSuggestion s = CounterEngine::suggest(nimbusAgainstGlobex());
    QVERIFY2(s.rationale.last().startsWith(u"Floor $320,500 a year over 4 years"_s), qPrintable(s.rationale.last()));
    QVERIFY2(s.rationale.last().endsWith(u"The floor assumes this offer's options at 1× its last round's price."_s),
             qPrintable(s.rationale.last()));
}

void TestCounterOptions::targetWarningsSayWhatRestsOnTheExit()
{
    CounterInput input = nimbusAgainstGlobex();
    input.settings.exitMultiples = {0, 3};
    const CounterSuggestion s = CounterEngine::suggest(input);
    QString warning;
    for (const QString &w : s.warnings) {
        if (w.contains(u"rests on the exit"_s))
            warning = w;
    }
    QVERIFY2(!warning.isEmpty(), qPrintable(s.warnings.join(u'\n')));
    // The options' part of the counter's average is its equity ask over 4 years; without it, what is left.
    const double optionsPerYear = s.asks.equityTotal() / 4;
    const double withoutOptions = s.counterAnnualized - optionsPerYear;
    const auto money = [](double v) { return NegotiationReport::money(v, u"USD"_s); };
    QVERIFY2(warning.contains(u"(%1 of %2 a year) rests on the exit: it counts the options at 1× the last round's "
                              u"price. If they end up worth nothing, the counter comes to %3 a year, below your floor "
                              u"of $320,500"_s.arg(money(optionsPerYear), money(s.counterAnnualized),
                                                  money(withoutOptions))),
             qPrintable(warning));
    // At 3× the options ask is worth (24 − 2) ÷ (8 − 2) = 11/3 as much as at 1×.
    QVERIFY2(warning.contains(u"across the exits you set (0× to 3×) it runs from %1 to %2 a year."_s.arg(
                 money(withoutOptions), money(withoutOptions + optionsPerYear * 22 / 6))),
             qPrintable(warning));
}

void TestCounterOptions::scriptNeverTreatsThePaperValueAsCash()
{
    const CounterSuggestion s = CounterEngine::suggest(nimbusAgainstGlobex());
    // Options are asked for as options, never as a value; the paper value appears nowhere.
    const double options = std::ceil(s.asks.equityTotal() / 6.0 / 100 - 1e-9) * 100;
    QVERIFY2(s.script.contains(QLocale(QLocale::English).toString(options, 'f', 0) + u" options"_s),
             qPrintable(s.script));
    for (const QString &paper : {u"$160K"_s, u"$160,000"_s, u"160,000"_s})
        QVERIFY2(!s.script.contains(paper), qPrintable(s.script));
    QVERIFY2(!s.script.contains(u"equity over"_s), qPrintable(s.script));

    // Held against an RSU target, an options offer is named by its grant, not a value.
    CounterInput input = acmeInput();
    Offer startup = nimbus(3);
    startup.base = 240000;
    input.competing = {inBand(startup, input.band)};
    const CounterSuggestion held = CounterEngine::suggest(input);
    QVERIFY2(held.script.contains(u"a Nimbus Labs Senior offer at $240K base and 20,000 options at a $2 strike"_s),
             qPrintable(held.script));
    QVERIFY2(!held.script.contains(u"$160K"_s), qPrintable(held.script));
}

void TestCounterOptions::alternativeWithOptionsFloor()
{
    // Acme (RSUs) against Nimbus at an expected 3× exit: ($24 − $2) × 20,000 = $440,000 over 4 years, $110,000 a
    // year; with 240,000 base Nimbus is worth $350,000 a year, and $240,000 if the options end up worthless.
    CounterInput input = acmeInput();
    input.settings.exitMultiples = {0, 10};
    Offer startup = nimbus(3);
    startup.base = 240000;
    input.competing = {inBand(startup, input.band)};
    const CounterSuggestion s = CounterEngine::suggest(input);
    QCOMPARE(s.floorAnnualized, 350000.0);
    QVERIFY2(s.rationale.last().endsWith(
                 u"The floor assumes Nimbus Labs Senior's options at an exit at 3× its last round's price."_s),
             qPrintable(s.rationale.last()));
    // At 10×: ($80 − $2) × 20,000 ÷ 4 = $390,000 a year of options, $630,000 in all.
    QVERIFY2(s.warnings.contains(u"Your floor rests on Nimbus Labs Senior's exit: its options count for $110,000 of "
                                 u"its $350,000 a year at 3× its last round's price. If they end up worth nothing, "
                                 u"Nimbus Labs Senior comes to $240,000 a year; across the exits you set (0× to 10×) "
                                 u"it runs from $240,000 to $630,000 a year."_s),
             qPrintable(s.warnings.join(u'\n')));
}

void TestCounterOptions::rsuOnlyCounterIsUnchanged()
{
    // No options anywhere: nothing is added, whatever the exits.
    CounterInput input = acmeInput();
    input.competing = {inBand(globex(), input.band)};
    const CounterSuggestion before = CounterEngine::suggest(input);
    input.settings.exitMultiples = {0, 100};
    const CounterSuggestion after = CounterEngine::suggest(input);
    QCOMPARE(after.rationale, before.rationale);
    QCOMPARE(after.warnings, before.warnings);
    QCOMPARE(after.script, before.script);
    for (const QString &line : before.rationale + before.warnings + QStringList{before.script})
        QVERIFY2(!line.contains(u"option"_s) && !line.contains(u"exit"_s), qPrintable(line));
}

void TestCounterOptions::summaryHasAStartupEquitySection()
{
    NegotiationReportInput input;
    input.guide = guide();
    input.guide.regions = {band()};
    input.region = band().region;
    input.date = QDate(2026, 12, 1);
    Offer target = nimbus();
    target.target = true;
    target.stockOptions.fmvPrice = 3.5;
    input.offers = {target, globex()};
    input.counterSettings.exitMultiples = {0, 3};
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    QVERIFY(report);
    QCOMPARE(report->startupEquity.size(), 1);
    const ReportStartupEquity &section = report->startupEquity.first();
    QCOMPARE(section.label, u"Nimbus Labs Senior"_s);
    QVERIFY(section.target);
    QCOMPARE(section.paperValue, 160000.0);
    QCOMPARE(section.costToExercise, 40000.0);
    QCOMPARE(section.exerciseSpread.value_or(-1), 30000.0);
    QVERIFY(!section.ownershipPct);
    // The set, with the expected exit in its place: 0×, 1× (expected), 3×.
    QCOMPARE(section.exits.size(), 3);
    QCOMPARE(section.exits.at(1).exitMultiple, 1.0);
    QVERIFY(section.exits.at(1).expected);
    QVERIFY(!section.exits.at(0).expected && !section.exits.at(2).expected);
    // At 3×: ($24 − $2) × 20,000 = $440,000 over 4 years; 4 × 160,000 + 440,000 = 1,080,000.
    QCOMPARE(section.exits.at(2).optionsValue, 440000.0);
    QCOMPARE(section.exits.at(2).total, 1080000.0);
    QCOMPARE(section.exits.at(2).average, 270000.0);
    // Globex: 4 × 320,500 = 1,282,000. 640,000 + 20,000 × (8m − 2) = 1,282,000: 8m − 2 = 32.1, m = 4.2625.
    QCOMPARE(section.breakEven, u"This offer beats Globex L4 over 4 years only if the company exits at 4.3× its last "
                                u"round's price or more."_s);
    QVERIFY(section.assumptions.contains(u"20,000 options at a $2.00 strike"_s));
    QVERIFY(section.assumptions.contains(u"20% dilution over 1 round"_s));
    QVERIFY(section.assumptions.contains(u"expected exit 1× the last round's price"_s));
    const QString text = report->toPlainText();
    QVERIFY2(text.contains(u"Startup equity\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"At 1× (expected): $8.00 a share, options $120,000 over 4 years, total $760,000, $190,000 a "
                           u"year"_s),
             qPrintable(text));
    // The exit table follows the horizon the summary is asked for: at 3× over 3 years, 3 × 160,000 + 3/4 of
    // 440,000 = 810,000.
    NegotiationReportInput threeYears = input;
    threeYears.equity = EquityAssumptions{3, {0}};
    const Result<NegotiationReport> shorter = NegotiationReport::build(threeYears);
    QVERIFY(shorter);
    QCOMPARE(shorter->startupEquity.first().horizonYears, 3);
    QCOMPARE(shorter->startupEquity.first().exits.at(2).total, 810000.0);
    QVERIFY(shorter->toPlainText().contains(u"options $330,000 over 3 years, total $810,000, $270,000 a year"_s));
    // Without options, no section at all.
    input.offers = {globex(), offer(u"Acme Robotics"_s, u"SWE II"_s, 160000, 120000, 10)};
    input.offers[1].target = true;
    const Result<NegotiationReport> rsu = NegotiationReport::build(input);
    QVERIFY(rsu);
    QVERIFY(rsu->startupEquity.isEmpty());
    QVERIFY(!rsu->toPlainText().contains(u"Startup equity"_s));
}

void TestCounterOptions::outlookTotalsForTheCharts()
{
    // Nimbus (160,000 base, 20,000 options, exit price 8m) against Globex L4 (320,500 a year) over 4 years.
    OffersComparison comparison;
    comparison.band = band();
    comparison.rows = {inBand(nimbus(), band()), inBand(globex(), band())};
    const QList<OptionsOutlook> outlooks = OptionsOutlooks::of(comparison, {0, 3});
    QCOMPARE(outlooks.size(), 1);
    const OptionsOutlook &outlook = outlooks.first();
    QCOMPARE(outlook.row, 0);
    // 640,000 + 120,000 at 1×; 640,000 + 160,000 at the paper value; Globex 4 × 320,500.
    QCOMPARE(outlook.expectedTotal, 760000.0);
    QCOMPARE(outlook.paperTotal, 800000.0);
    QCOMPARE(outlook.bestOtherTotal, 1282000.0);
    QCOMPARE(outlook.against, u"Globex L4"_s);
    QVERIFY(std::abs(*outlook.breakEvenMultiple - 4.2625) < 1e-6);
}

QTEST_GUILESS_MAIN(TestCounterOptions)
#include "tst_counteroptions.moc"
