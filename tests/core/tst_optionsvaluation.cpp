// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The numbers of a stock options grant, each checked against figures worked out by hand.
#include "offers/OfferMath.h"
#include "offers/OptionsValuation.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

class TestOptionsValuation : public QObject
{
    Q_OBJECT

private slots:
    void exitPriceWithoutDilution();
    void dilutionOverTwoRounds();
    void preferenceLeavesNothingToCommon();
    void preferenceThenDilution();
    void underwaterStrike();
    void valueVestingInEachYear();
    void paperValueCostAndSpread();
    void ownership();
    void valueIsMonotonicInTheExitMultiple();
    void paperValueIsNeverPay();
    void breakEvenPluggedBackIn();
    void breakEvenAtZeroAndOutOfReach();
    void breakEvenOfTheReadmeExample();
    void parseExitMultiples_data();
    void parseExitMultiples();
    void formatMultiple_data();
    void formatMultiple();
    void equityTypeNames();
};

namespace {

// 20,000 options at a $2.00 strike, $10.00 last round: the README's example before dilution.
StockOptions grant()
{
    StockOptions o;
    o.count = 20000;
    o.strikePrice = 2;
    o.preferredPrice = 10;
    return o;
}

} // namespace

void TestOptionsValuation::exitPriceWithoutDilution()
{
    const StockOptions o = grant();
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 0), 0.0);
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 1), 10.0);
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 3), 30.0);
    // 3 × $10 − $2 = $28 a share, × 20,000 = $560,000.
    QCOMPARE(OptionsValuation::spreadPerShare(o, 3), 28.0);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 3), 560000.0);
    // Half the last round's price is still above the strike: $5 − $2 = $3, × 20,000 = $60,000.
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 0.5), 60000.0);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 0), 0.0);
}

void TestOptionsValuation::dilutionOverTwoRounds()
{
    StockOptions o = grant();
    o.dilutionPct = 20;
    o.roundsToExit = 2;
    // $10 × 3 × 0.8 × 0.8 = $19.20 a share; ($19.20 − $2) × 20,000 = $344,000.
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 3), 19.2);
    QVERIFY(std::abs(OptionsValuation::grantValueAtExit(o, 3) - 344000.0) < 1e-6);
    // One round: $10 × 0.8 = $8 at 1×, ($8 − $2) × 20,000 = $120,000.
    o.roundsToExit = 1;
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 1), 8.0);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 1), 120000.0);
    // No rounds: no dilution, whatever the percentage.
    o.roundsToExit = 0;
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 1), 10.0);
}

void TestOptionsValuation::preferenceLeavesNothingToCommon()
{
    StockOptions o = grant();
    o.fullyDilutedShares = 1000000;
    o.preferenceTotal = 20000000;
    // At 1× the company is worth $10 × 1,000,000 = $10M, less than the $20M preference: common gets nothing.
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 1), 0.0);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 1), 0.0);
    // At exactly 2× the $20M exit all goes to the preference.
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 2), 0.0);
    // At 3×: ($30M − $20M) ÷ 1,000,000 = $10 a share; ($10 − $2) × 20,000 = $160,000.
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 3), 10.0);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 3), 160000.0);
    // The paper value ignores the preference: that is why it is never pay.
    QCOMPARE(OptionsValuation::paperValue(o), 160000.0);

    // A preference without the share count cannot be shared out, so it is not applied.
    StockOptions withoutShares = o;
    withoutShares.fullyDilutedShares = 0;
    QCOMPARE(OptionsValuation::exitPricePerShare(withoutShares, 1), 10.0);
}

void TestOptionsValuation::preferenceThenDilution()
{
    StockOptions o = grant();
    o.fullyDilutedShares = 1000000;
    o.preferenceTotal = 5000000;
    o.dilutionPct = 10;
    o.roundsToExit = 1;
    // ($10 × 3 × 1,000,000 − $5M) ÷ 1,000,000 = $25, then × 0.9 = $22.50.
    QCOMPARE(OptionsValuation::exitPricePerShare(o, 3), 22.5);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 3), 20000 * 20.5);
}

void TestOptionsValuation::underwaterStrike()
{
    StockOptions o = grant();
    o.strikePrice = 12;
    QVERIFY(OptionsValuation::isUnderwater(o));
    QVERIFY(!OptionsValuation::isUnderwater(grant()));
    // Above the last round's price: no paper value, nothing at 1×, something only from 1.2× up.
    QCOMPARE(OptionsValuation::paperValue(o), 0.0);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 1), 0.0);
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 1.2), 0.0);
    // At 3×: ($30 − $12) × 20,000 = $360,000.
    QCOMPARE(OptionsValuation::grantValueAtExit(o, 3), 360000.0);
    // Buying them still costs the strike: 20,000 × $12.
    QCOMPARE(OptionsValuation::costToExercise(o), 240000.0);
}

void TestOptionsValuation::valueVestingInEachYear()
{
    const StockOptions o = grant();
    const QList<double> backLoaded{5, 15, 40, 40};
    // At 1×, the grant is worth ($10 − $2) × 20,000 = $160,000: 5% is $8,000, 40% is $64,000.
    QCOMPARE(OptionsValuation::valueVestingInYear(o, backLoaded, 0, 1), 8000.0);
    QCOMPARE(OptionsValuation::valueVestingInYear(o, backLoaded, 1, 1), 24000.0);
    QCOMPARE(OptionsValuation::valueVestingInYear(o, backLoaded, 3, 1), 64000.0);
    QCOMPARE(OptionsValuation::valueVestingInYear(o, backLoaded, 4, 1), 0.0);
    QCOMPARE(OptionsValuation::valueVestingInYear(o, backLoaded, -1, 1), 0.0);
}

void TestOptionsValuation::paperValueCostAndSpread()
{
    StockOptions o = grant();
    // 20,000 × ($10 − $2) = $160,000 on paper; 20,000 × $2 = $40,000 to exercise.
    QCOMPARE(OptionsValuation::paperValue(o), 160000.0);
    QCOMPARE(OptionsValuation::costToExercise(o), 40000.0);
    QVERIFY(!OptionsValuation::exerciseSpread(o));
    // A 409A price of $3.50: 20,000 × ($3.50 − $2) = $30,000 of spread that tax applies to.
    o.fmvPrice = 3.5;
    QCOMPARE(OptionsValuation::exerciseSpread(o).value_or(-1), 30000.0);
    // A 409A below the strike: no spread, never a negative one.
    o.fmvPrice = 1.5;
    QCOMPARE(OptionsValuation::exerciseSpread(o).value_or(-1), 0.0);
}

void TestOptionsValuation::ownership()
{
    StockOptions o = grant();
    QVERIFY(!OptionsValuation::ownershipPct(o));
    // 20,000 of 10,000,000 shares: 0.2%.
    o.fullyDilutedShares = 10000000;
    QCOMPARE(OptionsValuation::ownershipPct(o).value_or(-1), 0.2);
}

void TestOptionsValuation::valueIsMonotonicInTheExitMultiple()
{
    // Over every combination of strike, preference and dilution, value never falls as the exit rises.
    for (double strike : {0.0, 2.0, 10.0, 25.0}) {
        for (double preference : {0.0, 5e6, 5e7}) {
            for (int rounds : {0, 1, 3}) {
                StockOptions o = grant();
                o.strikePrice = strike;
                o.preferenceTotal = preference;
                o.fullyDilutedShares = 1000000;
                o.dilutionPct = 15;
                o.roundsToExit = rounds;
                double previous = -1;
                for (double m = 0; m <= 100; m += 0.25) {
                    const double value = OptionsValuation::grantValueAtExit(o, m);
                    QVERIFY2(value >= previous, qPrintable(u"strike %1, preference %2, rounds %3, at %4×"_s.arg(
                                                    strike).arg(preference).arg(rounds).arg(m)));
                    QVERIFY(std::isfinite(value));
                    previous = value;
                }
            }
        }
    }
}

void TestOptionsValuation::paperValueIsNeverPay()
{
    // Over grants with and without dilution and preference, at every expected exit: a comparison counts the base,
    // the bonus and the grant at its expected exit, never the paper value.
    RegionBand band;
    band.region = u"San Francisco"_s;
    band.currency = u"USD"_s;
    for (double strike : {0.0, 2.0, 12.0}) {
        for (double dilution : {0.0, 25.0}) {
            for (double expected : {0.0, 0.5, 1.0, 3.0, 10.0}) {
                Offer offer;
                offer.company = u"Nimbus Labs"_s;
                offer.region = band.region;
                offer.base = 150000;
                offer.bonusPct = 10;
                offer.equityType = EquityType::Options;
                offer.stockOptions = grant();
                offer.stockOptions.strikePrice = strike;
                offer.stockOptions.dilutionPct = dilution;
                offer.stockOptions.roundsToExit = 2;
                offer.stockOptions.expectedExitMultiple = expected;
                const Result<BandComparison> row = compareWithBand(offer, band, ExchangeRates());
                QVERIFY(row);
                const double grantValue = OptionsValuation::grantValueAtExit(offer.stockOptions, expected);
                QCOMPARE(row->offer.equityTotal, grantValue);
                QVERIFY(std::abs(row->annualized - (165000 + grantValue / 4)) < 1e-6);
                if (expected == 0)
                    QCOMPARE(row->annualized, 165000.0);
                // The stored offer keeps no value of its own: the grant is the options.
                QCOMPARE(row->original.equityTotal, 0.0);
            }
        }
    }
}

void TestOptionsValuation::breakEvenPluggedBackIn()
{
    // A startup paying $150,000 a year with the grant diluted 20% once, against $220,000 a year elsewhere, over 4
    // years: 600,000 + 20,000 × (8m − 2) = 880,000 gives 8m − 2 = 14, m = 2.
    StockOptions o = grant();
    o.dilutionPct = 20;
    o.roundsToExit = 1;
    const auto total = [&](double m) { return 4 * 150000.0 + OptionsValuation::grantValueAtExit(o, m); };
    const std::optional<double> breakEven = OptionsValuation::breakEvenMultiple(total, 4 * 220000.0);
    QVERIFY(breakEven);
    QVERIFY2(std::abs(*breakEven - 2.0) < 1e-6, qPrintable(QString::number(*breakEven, 'g', 12)));
    // Plugged back in, the totals are equal within a unit.
    QVERIFY(std::abs(total(*breakEven) - 880000.0) < 1.0);
    // Just below it the startup is still behind.
    QVERIFY(total(*breakEven - 0.01) < 880000.0);
}

void TestOptionsValuation::breakEvenAtZeroAndOutOfReach()
{
    const StockOptions o = grant();
    const auto total = [&](double m) { return 4 * 150000.0 + OptionsValuation::grantValueAtExit(o, m); };
    // Already ahead with worthless options: 0.
    QCOMPARE(OptionsValuation::breakEvenMultiple(total, 500000.0).value_or(-1), 0.0);
    // At 100× the grant is worth 20,000 × $998 = $19,960,000; $25M more than the base is out of reach.
    QVERIFY(!OptionsValuation::breakEvenMultiple(total, 600000.0 + 25e6));
    // Exactly reachable at 100×.
    const std::optional<double> atTheTop = OptionsValuation::breakEvenMultiple(total, 600000.0 + 19960000.0);
    QVERIFY(atTheTop);
    QVERIFY(std::abs(*atTheTop - 100.0) < 1e-6);
    QVERIFY(!OptionsValuation::breakEvenMultiple(total, std::numeric_limits<double>::quiet_NaN()));
}

void TestOptionsValuation::breakEvenOfTheReadmeExample()
{
    // The README's example: Nimbus Labs pays $175,000 with 20,000 options ($2 strike, $10 last round, 20% dilution
    // over one round); Globex L5 pays 200,000 + 15% bonus + 240,000 of RSUs over 4 years = $290,000 a year.
    // 700,000 + 20,000 × (8m − 2) = 1,160,000: 8m − 2 = 23, m = 3.125.
    StockOptions o = grant();
    o.dilutionPct = 20;
    o.roundsToExit = 1;
    const auto total = [&](double m) { return 4 * 175000.0 + OptionsValuation::grantValueAtExit(o, m); };
    const std::optional<double> breakEven = OptionsValuation::breakEvenMultiple(total, 4 * 290000.0);
    QVERIFY(breakEven);
    QVERIFY(std::abs(*breakEven - 3.125) < 1e-6);
    QCOMPARE(OptionsValuation::formatMultiple(*breakEven), u"3.1"_s);
}

void TestOptionsValuation::parseExitMultiples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("expected"); // empty: refused
    QTest::newRow("default") << u"0,0.5,1,3,10"_s << QList<double>{0, 0.5, 1, 3, 10};
    QTest::newRow("spaces") << u" 1 , 2.5 "_s << QList<double>{1, 2.5};
    QTest::newRow("one") << u"100"_s << QList<double>{100};
    QTest::newRow("duplicates dropped") << u"1,1,3"_s << QList<double>{1, 3};
    QTest::newRow("empty") << u""_s << QList<double>{};
    QTest::newRow("empty entry") << u"1,,3"_s << QList<double>{};
    QTest::newRow("negative") << u"-1"_s << QList<double>{};
    QTest::newRow("over 100") << u"0,100.5"_s << QList<double>{};
    QTest::newRow("word") << u"1,ten"_s << QList<double>{};
    QTest::newRow("nan") << u"nan"_s << QList<double>{};
    QTest::newRow("inf") << u"inf"_s << QList<double>{};
    QTest::newRow("percent sign") << u"3x"_s << QList<double>{};
    QTest::newRow("13 entries") << u"1,2,3,4,5,6,7,8,9,10,11,12,13"_s << QList<double>{};
}

void TestOptionsValuation::parseExitMultiples()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, expected);
    const Result<QList<double>> parsed = OptionsValuation::parseExitMultiples(text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().contains(u"each from 0 to 100"_s), qPrintable(parsed.message()));
    } else {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.message()));
        QCOMPARE(*parsed, expected);
        QCOMPARE(OptionsValuation::parseExitMultiples(OptionsValuation::exitMultiplesText(*parsed)).value_or(QList<double>()),
                 expected);
    }
}

void TestOptionsValuation::formatMultiple_data()
{
    QTest::addColumn<double>("multiple");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("half") << 0.5 << u"0.5"_s;
    QTest::newRow("small") << 0.054 << u"0.05"_s;
    QTest::newRow("one") << 1.0 << u"1"_s;
    QTest::newRow("3.43") << 3.43 << u"3.4"_s;
    QTest::newRow("ten") << 10.0 << u"10"_s;
    QTest::newRow("99.96") << 99.96 << u"100"_s;
}

void TestOptionsValuation::formatMultiple()
{
    QFETCH(double, multiple);
    QFETCH(QString, expected);
    QCOMPARE(OptionsValuation::formatMultiple(multiple), expected);
}

void TestOptionsValuation::equityTypeNames()
{
    QCOMPARE(EquityTypes::name(EquityType::Rsu), u"rsu"_s);
    QCOMPARE(EquityTypes::name(EquityType::Options), u"options"_s);
    QCOMPARE(EquityTypes::parse(u"options"_s), std::optional<EquityType>(EquityType::Options));
    QCOMPARE(EquityTypes::parse(u"rsu"_s), std::optional<EquityType>(EquityType::Rsu));
    QVERIFY(!EquityTypes::parse(u"RSU"_s));
    QVERIFY(!EquityTypes::parse(u"stock"_s));
}

QTEST_GUILESS_MAIN(TestOptionsValuation)
#include "tst_optionsvaluation.moc"
