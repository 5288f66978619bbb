// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The one money formatter: the display style in the person's locale, the report's fixed style, and the chart step.

#include "common/Money.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void reportStyleIsTheSameEverywhere();
    void displayStyleFollowsTheLocale();
    void compactAndSpoken();
    void tableStyleKeepsCents();
    void niceStep_data();
    void niceStep();
};

void TestMoney::reportStyleIsTheSameEverywhere()
{
    const MoneyStyle report = MoneyStyle::report();
    QCOMPARE(Money::exact(185000, u"USD"_s, report), u"$185,000"_s);
    QCOMPARE(Money::exact(145000.4, u"EUR"_s, report), u"€145,000"_s);
    QCOMPARE(Money::exact(145000.5, u"EUR"_s, report), u"€145,001"_s);
    QCOMPARE(Money::exact(1200, u"CHF"_s, report), u"CHF 1,200"_s);
    QCOMPARE(Money::exact(-9500, u"USD"_s, report), u"−$9,500"_s);
    QCOMPARE(Money::exact(-0.3, u"USD"_s, report), u"$0"_s); // no minus on an amount that rounds to zero
    QCOMPARE(Money::exactRange(170000, 220000, u"GBP"_s, report), u"£170,000 – £220,000"_s);
}

void TestMoney::displayStyleFollowsTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    // German writes the symbol after the amount, with a no-break space (issue 19: "215.000 €").
    QCOMPARE(Money::exact(220000, u"EUR"_s, german), u"220.000\u00a0€"_s);
    QCOMPARE(Money::exact(-5000, u"USD"_s, QLocale(QLocale::English, QLocale::UnitedStates)), u"-$5,000"_s);
    QCOMPARE(Money::exact(220000, u"EUR"_s, MoneyStyle(german).withoutSymbol()), u"220.000"_s);
    QCOMPARE(Money::exactRange(5, 5, u"USD"_s, QLocale(QLocale::English, QLocale::UnitedStates)), u"$5"_s);
}

void TestMoney::tableStyleKeepsCents()
{
    // The CLI's tables: bare numbers, cents only when there are any.
    const MoneyStyle table = MoneyStyle::report().withoutSymbol().withCents();
    QCOMPARE(Money::exact(170000, u"USD"_s, table), u"170,000"_s);
    QCOMPARE(Money::exact(170000.5, u"USD"_s, table), u"170,000.50"_s);
    QCOMPARE(Money::exact(170000.004, u"USD"_s, table), u"170,000"_s);
    QCOMPARE(Money::exact(1234.56, u"EUR"_s, MoneyStyle::report().withCents()), u"€1,234.56"_s);
    // Without the option, the same amounts are whole units.
    QCOMPARE(Money::exact(170000.5, u"USD"_s, MoneyStyle::report().withoutSymbol()), u"170,001"_s);
}

void TestMoney::compactAndSpoken()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money::compact(220000, u"USD"_s, english), u"$220K"_s);
    QCOMPARE(Money::compact(53250, u"EUR"_s, english), u"€53.3K"_s);
    QCOMPARE(Money::compact(1250000, u"GBP"_s, english), u"£1.25M"_s);
    QCOMPARE(Money::compact(950, u"USD"_s, english), u"$950"_s);
    QCOMPARE(Money::compactRange(170000, 220000, u"USD"_s, english), u"$170K–$220K"_s);
    QCOMPARE(Money::spoken(215000, u"USD"_s), u"$215K"_s);
    QCOMPARE(Money::spoken(306500, u"USD"_s), u"$306.5K"_s);
    QCOMPARE(Money::spoken(306550, u"EUR"_s), u"€306,550"_s); // not a whole hundred: said in full
    QCOMPARE(Money::spoken(950, u"USD"_s), u"$950"_s);
}

void TestMoney::niceStep_data()
{
    QTest::addColumn<double>("maximum");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<double>("step");
    QTest::newRow("270K in thousands") << 270.0 << 6 << 50.0;
    QTest::newRow("320.5K in thousands") << 320.5 << 6 << 100.0;
    QTest::newRow("exact power") << 600.0 << 6 << 100.0;
    QTest::newRow("2.5 times") << 1400.0 << 6 << 250.0;
    QTest::newRow("small") << 9.0 << 6 << 2.0;
    QTest::newRow("zero") << 0.0 << 6 << 1.0;
    QTest::newRow("no ticks") << 100.0 << 0 << 1.0;
}

void TestMoney::niceStep()
{
    QFETCH(double, maximum);
    QFETCH(int, ticks);
    QFETCH(double, step);
    QCOMPARE(Money::niceStep(maximum, ticks), step);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
