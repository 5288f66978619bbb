// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's table rows, built once for the Counter tab, the report and `suggest`.

#include "CounterFixtures.h"
#include "counter/CounterRows.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterRows : public QObject
{
    Q_OBJECT

private slots:
    void rowsWithoutAlternative();
    void alternativesEquityIsInTheTargetsTerms();
    void overriddenAskIsMarked();
};

void TestCounterRows::rowsWithoutAlternative()
{
    const CounterInput input = CounterFixtures::acmeInput();
    const auto rows = counterRows(input, CounterEngine::suggest(input));
    QCOMPARE(rows[0].part, CounterPart::Base);
    QCOMPARE(rows[0].current, 160000.0);
    QCOMPARE(rows[0].ask, 190000.0);
    QCOMPARE(rows[0].bandLow, std::optional<double>(150000));
    QCOMPARE(rows[0].bandHigh, std::optional<double>(200000));
    QCOMPARE(rows[1].part, CounterPart::Equity);
    QCOMPARE(rows[1].current, 120000.0);
    QCOMPARE(rows[1].bandLow, std::optional<double>(100000));
    QCOMPARE(rows[1].bandHigh, std::optional<double>(200000));
    QCOMPARE(rows[2].part, CounterPart::SignOn);
    QVERIFY(!rows[2].bandLow && !rows[2].bandHigh); // the band doesn't cap the sign-on
    for (const CounterRow &row : rows)
        QVERIFY(!row.bestAlternative);
}

void TestCounterRows::alternativesEquityIsInTheTargetsTerms()
{
    CounterInput input = CounterFixtures::acmeInput();
    Offer target = input.target.offer;
    target.vestingSchedule = {34, 33, 33};
    input.target = CounterFixtures::inBand(target, input.band);
    Offer globex = CounterFixtures::globex();
    globex.vestingSchedule = {25, 25, 25, 25};
    input.competing = {CounterFixtures::inBand(globex, input.band)};
    const auto rows = counterRows(input, CounterEngine::suggest(input));
    QCOMPARE(rows[0].bestAlternative, std::optional<double>(230000));
    // 260K over 4 years is 65K a year: 195K over the target's 3 years; the band's 25K–50K a year, 75K–150K.
    QCOMPARE(rows[1].bestAlternative, std::optional<double>(195000));
    QCOMPARE(rows[1].bandLow, std::optional<double>(75000));
    QCOMPARE(rows[1].bandHigh, std::optional<double>(150000));
    QCOMPARE(rows[2].bestAlternative, std::optional<double>(10000));
}

void TestCounterRows::overriddenAskIsMarked()
{
    CounterInput input = CounterFixtures::acmeInput();
    input.overrides.setValue(CounterPart::SignOn, 12000.0);
    const CounterSuggestion suggestion = CounterEngine::suggest(input);
    const auto rows = counterRows(input, suggestion);
    QVERIFY(!rows[0].overridden);
    QVERIFY(rows[2].overridden);
    QCOMPARE(rows[2].ask, 12000.0);
    QCOMPARE(rows[2].suggested, suggestion.suggested.signOn());
}

QTEST_GUILESS_MAIN(TestCounterRows)
#include "tst_counterrows.moc"
