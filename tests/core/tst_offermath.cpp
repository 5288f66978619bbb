// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The offer numbers: years, the 4-year average, band positions, currency conversion and exchange rates.
#include "offers/OfferMath.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

class TestOfferMath : public QObject
{
    Q_OBJECT

private slots:
    void years_data();
    void years();
    void annualized_data();
    void annualized();
    void shareVestingInFourYears();
    void compareWithBandRefusesAmountsPastTheLimit();
    void bandPosition_data();
    void bandPosition();
    void placement();
    void vestingPeriodYears();
    void conversion();
    void compareWithBandConverts();
    void compareWithBandNamesMissingRate();
    void doneWhenFigures();
    void exchangeRateParse_data();
    void exchangeRateParse();
    void exchangeRateCheckRange();
    void exchangeRatesInverseAndReplace();
    void roundAmount_data();
    void roundAmount();
};

namespace {

Offer offer(double base, double equity, double bonusPct, QList<double> schedule = VestingPresets::even())
{
    Offer o;
    o.company = u"Acme Robotics"_s;
    o.region = u"San Francisco"_s;
    o.base = base;
    o.equityTotal = equity;
    o.bonusPct = bonusPct;
    o.vestingSchedule = schedule;
    return o;
}

RegionBand band()
{
    RegionBand b;
    b.region = u"San Francisco"_s;
    b.currency = u"USD"_s;
    b.baseLow = 170000;
    b.baseHigh = 220000;
    b.stockLow = 140000;
    b.stockHigh = 250000;
    b.bonusPct = 5;
    b.totalCompLow = 223000;
    b.totalCompHigh = 315000;
    return b;
}

using Years = std::array<double, OfferMath::kYears>;

} // namespace

void TestOfferMath::years_data()
{
    QTest::addColumn<Offer>("offer");
    QTest::addColumn<QList<double>>("expected");

    QTest::newRow("even preset") << offer(100000, 400000, 10, VestingPresets::even())
                                 << QList<double>{210000, 210000, 210000, 210000};
    QTest::newRow("back-loaded 5/15/40/40") << offer(100000, 400000, 0, VestingPresets::backLoaded())
                                            << QList<double>{120000, 160000, 260000, 260000};
    QTest::newRow("front-loaded 33/33/22/12") << offer(100000, 400000, 0, VestingPresets::frontLoaded())
                                              << QList<double>{232000, 232000, 188000, 148000};
    Offer signOn = offer(100000, 0, 0);
    signOn.signOn = 30000;
    signOn.signOnYear2 = 10000;
    QTest::newRow("sign-on year 1 and year 2") << signOn << QList<double>{130000, 110000, 100000, 100000};
    Offer refresher = offer(100000, 400000, 0);
    refresher.refresherYearly = 20000;
    QTest::newRow("refresher from year 2") << refresher << QList<double>{200000, 220000, 220000, 220000};
    QTest::newRow("three-year schedule: nothing vests in year 4")
        << offer(100000, 300000, 0, {50, 30, 20}) << QList<double>{250000, 190000, 160000, 100000};
    QTest::newRow("no equity") << offer(150000, 0, 0) << QList<double>{150000, 150000, 150000, 150000};
    Offer relocation = offer(100000, 0, 0);
    relocation.relocation = 15000;
    QTest::newRow("relocation is not pay") << relocation << QList<double>{100000, 100000, 100000, 100000};
}

void TestOfferMath::years()
{
    QFETCH(Offer, offer);
    QFETCH(QList<double>, expected);
    const Years years = OfferMath::years(offer);
    for (int i = 0; i < OfferMath::kYears; ++i)
        QCOMPARE(years[std::size_t(i)], expected.at(i));
    QCOMPARE(OfferMath::firstYear(offer), expected.at(0));
}

void TestOfferMath::annualized_data()
{
    QTest::addColumn<Offer>("offer");
    QTest::addColumn<double>("expected");

    QTest::newRow("issue's Google figure") << offer(210000, 260000, 15) << 306500.0;
    QTest::newRow("target offer") << offer(185000, 180000, 5) << 239250.0;
    QTest::newRow("schedule shape does not change the average")
        << offer(100000, 400000, 0, VestingPresets::backLoaded()) << 200000.0;
    Offer signOn = offer(100000, 0, 0);
    signOn.signOn = 30000;
    signOn.signOnYear2 = 10000;
    QTest::newRow("all sign-on over four years") << signOn << 110000.0;
    // Issue 14: the mean of years 1 to 4, not base + bonus + equity ÷ vesting years. A 3-year schedule pays
    // 250,000, 190,000, 160,000 and 100,000.
    QTest::newRow("three-year schedule: the mean of its four years") << offer(100000, 300000, 0, {50, 30, 20}) << 175000.0;
    QTest::newRow("one-year vesting: 350,000 then 150,000 three times")
        << offer(150000, 200000, 0, {100}) << 200000.0;
    Offer threeYearsWithRefresher = offer(200000, 227000, 0, {34, 33, 33});
    threeYearsWithRefresher.refresherYearly = 53000;
    QTest::newRow("three-year schedule with a refresher: 296,500, not 275,667") << threeYearsWithRefresher << 296500.0;
    QTest::newRow("five-year schedule: a fifth vests after year 4")
        << offer(100000, 500000, 0, {20, 20, 20, 20, 20}) << 200000.0;
    Offer evenWithRefresher = offer(100000, 400000, 0);
    evenWithRefresher.refresherYearly = 20000;
    QTest::newRow("refresher from year 2 counts three times") << evenWithRefresher << 215000.0;
}

void TestOfferMath::annualized()
{
    QFETCH(Offer, offer);
    QFETCH(double, expected);
    QCOMPARE(OfferMath::annualized(offer), expected);
    // The rule itself: the mean of the years.
    const Years years = OfferMath::years(offer);
    QCOMPARE(OfferMath::annualized(offer), (years[0] + years[1] + years[2] + years[3]) / 4);
}

void TestOfferMath::shareVestingInFourYears()
{
    QCOMPARE(OfferMath::shareVestingInFourYears(offer(1, 100, 0)), 1.0);
    QCOMPARE(OfferMath::shareVestingInFourYears(offer(1, 100, 0, {100})), 1.0);
    QCOMPARE(OfferMath::shareVestingInFourYears(offer(1, 100, 0, {20, 20, 20, 20, 20})), 0.8);
    QCOMPARE(OfferMath::shareVestingInFourYears(offer(1, 100, 0, {0, 0, 0, 0, 100})), 0.0);
}

void TestOfferMath::compareWithBandRefusesAmountsPastTheLimit()
{
    Offer o = offer(900000000, 0, 0);
    o.currency = u"EUR"_s;
    o.company = u"Initech"_s;
    ExchangeRates rates;
    rates.set({u"EUR"_s, u"USD"_s, 5000, QDate(2026, 1, 2)});
    const Result<BandComparison> c = compareWithBand(o, band(), rates);
    QVERIFY(!c);
    QVERIFY2(c.message().contains(u"Initech"_s) && c.message().contains(u"base"_s), qPrintable(c.message()));
    QVERIFY2(c.message().contains(u"5000"_s), qPrintable(c.message()));
    // At the limit itself it is still an amount.
    rates.set({u"EUR"_s, u"USD"_s, 1000, QDate(2026, 1, 2)});
    QVERIFY(compareWithBand(o, band(), rates));
}

void TestOfferMath::bandPosition_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("expected");
    QTest::newRow("low end") << 170000.0 << 170000.0 << 220000.0 << 0.0;
    QTest::newRow("high end") << 220000.0 << 170000.0 << 220000.0 << 1.0;
    QTest::newRow("inside") << 210000.0 << 170000.0 << 220000.0 << 0.8;
    QTest::newRow("below") << 145000.0 << 170000.0 << 220000.0 << -0.5;
    QTest::newRow("above") << 245000.0 << 170000.0 << 220000.0 << 1.5;
    QTest::newRow("one-value band, at it") << 100.0 << 100.0 << 100.0 << 1.0;
    QTest::newRow("one-value band, below") << 50.0 << 100.0 << 100.0 << -0.5;
}

void TestOfferMath::bandPosition()
{
    QFETCH(double, value);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, expected);
    QCOMPARE(OfferMath::bandPosition(value, low, high), expected);
}

void TestOfferMath::placement()
{
    using OfferMath::Placement;
    QCOMPARE(OfferMath::placement(169999, 170000, 220000), Placement::Below);
    QCOMPARE(OfferMath::placement(170000, 170000, 220000), Placement::Within);
    QCOMPARE(OfferMath::placement(220000, 170000, 220000), Placement::Within);
    QCOMPARE(OfferMath::placement(220001, 170000, 220000), Placement::Above);
    QCOMPARE(OfferMath::placementName(Placement::Below), u"below"_s);
    QCOMPARE(OfferMath::placementName(Placement::Within), u"within"_s);
    QCOMPARE(OfferMath::placementName(Placement::Above), u"above"_s);
}

void TestOfferMath::vestingPeriodYears()
{
    Offer offer;
    QCOMPARE(offer.vestingPeriodYears(), 4);
    offer.vestingSchedule = {34, 33, 33};
    QCOMPARE(offer.vestingPeriodYears(), 3);
    offer.vestingSchedule = {100};
    QCOMPARE(offer.vestingPeriodYears(), 1);
    // No schedule: the grant is spread over the usual 4 years, never divided by zero.
    offer.vestingSchedule.clear();
    QCOMPARE(offer.vestingYears(), 0);
    QCOMPARE(offer.vestingPeriodYears(), 4);
}

void TestOfferMath::conversion()
{
    Offer o = offer(100000, 200000, 10);
    o.currency = u"EUR"_s;
    o.signOn = 10000;
    o.signOnYear2 = 5000;
    o.relocation = 2000;
    o.refresherYearly = 4000;
    const Offer c = OfferMath::converted(o, 1.5, u"USD"_s);
    QCOMPARE(c.currency, u"USD"_s);
    QCOMPARE(c.base, 150000.0);
    QCOMPARE(c.equityTotal, 300000.0);
    QCOMPARE(c.signOn, 15000.0);
    QCOMPARE(c.signOnYear2, 7500.0);
    QCOMPARE(c.relocation, 3000.0);
    QCOMPARE(c.refresherYearly, 6000.0);
    QCOMPARE(c.bonusPct, 10.0); // a percentage does not convert
    QCOMPARE(c.vestingSchedule, o.vestingSchedule);
}

void TestOfferMath::compareWithBandConverts()
{
    Offer o = offer(100000, 160000, 0);
    o.currency = u"EUR"_s;
    ExchangeRates rates;
    rates.set({u"EUR"_s, u"USD"_s, 2.0, QDate(2026, 1, 2)});
    const Result<BandComparison> c = compareWithBand(o, band(), rates);
    QVERIFY2(c, qPrintable(c ? QString() : c.message()));
    QCOMPARE(c->rate, 2.0);
    QCOMPARE(c->rateEntered, QDate(2026, 1, 2));
    QCOMPARE(c->original.base, 100000.0); // as written on the offer letter
    QCOMPARE(c->original.currency, u"EUR"_s);
    QCOMPARE(c->originalCurrency, u"EUR"_s);
    QCOMPARE(c->offer.currency, u"USD"_s);
    QCOMPARE(c->offer.base, 200000.0);
    QCOMPARE(c->annualized, 280000.0);
    QCOMPARE(c->basePosition, 0.6);
    QCOMPARE(c->years[0], 280000.0);
    // The reverse pair serves too, inverted.
    ExchangeRates reverse;
    reverse.set({u"USD"_s, u"EUR"_s, 0.5, QDate(2026, 1, 2)});
    const Result<BandComparison> r = compareWithBand(o, band(), reverse);
    QVERIFY(r);
    QCOMPARE(r->rate, 2.0);
    QCOMPARE(r->rateEntered, QDate(2026, 1, 2));
}

void TestOfferMath::compareWithBandNamesMissingRate()
{
    Offer o = offer(100000, 0, 0);
    o.currency = u"GBP"_s;
    o.company = u"Initech"_s;
    ExchangeRates rates;
    rates.set({u"EUR"_s, u"USD"_s, 1.1, QDate(2026, 1, 2)});
    const Result<BandComparison> c = compareWithBand(o, band(), rates);
    QVERIFY(!c);
    const QString error = c.message();
    QVERIFY2(error.contains(u"no exchange rate from GBP to USD"_s), qPrintable(error));
    QVERIFY2(error.contains(u"Initech"_s), qPrintable(error));
    QVERIFY2(error.contains(u"GBP:USD=RATE"_s), qPrintable(error));
}

void TestOfferMath::doneWhenFigures()
{
    const Result<BandComparison> c = compareWithBand(offer(210000, 260000, 15), band(), {});
    QVERIFY(c);
    QCOMPARE(c->annualized, 306500.0);
    QCOMPARE(c->basePosition, 0.8);
    QCOMPARE(c->rate, 1.0);
    QCOMPARE(c->stockPerYearPosition, (65000.0 - 35000.0) / (62500.0 - 35000.0));
    QCOMPARE(c->totalPosition, (306500.0 - 223000.0) / (315000.0 - 223000.0));
}

void TestOfferMath::exchangeRateParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("parses"); // of the form FROM:TO=RATE, whatever the rate
    QTest::addColumn<bool>("ok");     // an acceptable rate: parses, and in range
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("rate");
    QTest::newRow("plain") << u"EUR:USD=1.08"_s << true << true << u"EUR"_s << u"USD"_s << 1.08;
    QTest::newRow("lower case, spaces") << u" eur : usd = 2 "_s << true << true << u"EUR"_s << u"USD"_s << 2.0;
    QTest::newRow("zero") << u"EUR:USD=0"_s << true << false << QString() << QString() << 0.0;
    QTest::newRow("negative") << u"EUR:USD=-1"_s << false << false << QString() << QString() << 0.0;
    QTest::newRow("no rate") << u"EUR:USD"_s << false << false << QString() << QString() << 0.0;
    QTest::newRow("words") << u"euro to dollar"_s << false << false << QString() << QString() << 0.0;
    QTest::newRow("exponent") << u"KRW:USD=7.5e-4"_s << true << true << u"KRW"_s << u"USD"_s << 7.5e-4;
    QTest::newRow("smallest") << u"IDR:USD=0.000001"_s << true << true << u"IDR"_s << u"USD"_s << 1e-6;
    QTest::newRow("largest") << u"USD:IDR=1000000"_s << true << true << u"USD"_s << u"IDR"_s << 1e6;
    QTest::newRow("too small") << u"EUR:USD=1e-7"_s << true << false << QString() << QString() << 0.0;
    QTest::newRow("too large") << u"EUR:USD=1e300"_s << true << false << QString() << QString() << 0.0;
    QTest::newRow("overflows") << u"EUR:USD=1e999"_s << true << false << QString() << QString() << 0.0;
}

// A text is an acceptable rate when it parses and its rate is in range; the form is checked first, so a slip in
// it is told apart from a bad value (the CLI's exit 2 against exit 1).
void TestOfferMath::exchangeRateParse()
{
    QFETCH(QString, text);
    QFETCH(bool, parses);
    QFETCH(bool, ok);
    const Result<ExchangeRate> rate = ExchangeRate::parse(text);
    QCOMPARE(rate.has_value(), parses);
    const Result<> acceptable = rate ? rate->checkRange(text) : Result<>(rate.error());
    QCOMPARE(acceptable.has_value(), ok);
    if (!ok) {
        QVERIFY(acceptable.message().contains(text));
        return;
    }
    QTEST(rate->from, "from");
    QTEST(rate->to, "to");
    QTEST(rate->rate, "rate");
    QCOMPARE(rate->entered, QDate::currentDate());
}

void TestOfferMath::exchangeRateCheckRange()
{
    QVERIFY(ExchangeRate::inRange(ExchangeRate::kMinimum));
    QVERIFY(ExchangeRate::inRange(ExchangeRate::kMaximum));
    QVERIFY(!ExchangeRate::inRange(0));
    QVERIFY(!ExchangeRate::inRange(-1));
    QVERIFY(!ExchangeRate::inRange(std::nan("")));
    QVERIFY(!ExchangeRate::inRange(std::numeric_limits<double>::infinity()));

    // The message names the rate as it was typed, not as it was read.
    const ExchangeRate zero{u"EUR"_s, u"USD"_s, 0, QDate(2026, 1, 1)};
    const Result<> refused = zero.checkRange(u" eur:usd = 0 "_s);
    QVERIFY(!refused);
    QCOMPARE(refused.message(), u"rate ' eur:usd = 0 ' must lie between 0.000001 and 1,000,000"_s);
    const ExchangeRate negative{u"EUR"_s, u"USD"_s, -1.08, QDate(2026, 1, 1)};
    QVERIFY(!negative.checkRange(u"EUR:USD=-1.08"_s));
    const ExchangeRate fine{u"EUR"_s, u"USD"_s, 1.08, QDate(2026, 1, 1)};
    QVERIFY(fine.checkRange(u"EUR:USD=1.08"_s));
}

void TestOfferMath::exchangeRatesInverseAndReplace()
{
    ExchangeRates rates;
    QCOMPARE(rates.rate(u"USD"_s, u"USD"_s), std::optional<double>(1.0));
    QVERIFY(!rates.rate(u"EUR"_s, u"USD"_s));
    rates.set({u"EUR"_s, u"USD"_s, 1.25, QDate(2026, 1, 1)});
    QCOMPARE(rates.rate(u"EUR"_s, u"USD"_s), std::optional<double>(1.25));
    QCOMPARE(rates.rate(u"USD"_s, u"EUR"_s), std::optional<double>(0.8));
    rates.set({u"EUR"_s, u"USD"_s, 1.5, QDate(2026, 2, 1)});
    QCOMPARE(rates.all().size(), 1);
    QCOMPARE(rates.all().first().entered, QDate(2026, 2, 1));
    QCOMPARE(rates.rate(u"EUR"_s, u"USD"_s), std::optional<double>(1.5));
    rates.remove(u"EUR"_s, u"USD"_s);
    QVERIFY(!rates.rate(u"EUR"_s, u"USD"_s));
}

void TestOfferMath::roundAmount_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("rounded");
    QTest::addColumn<double>("roundedUp");
    QTest::newRow("to 1,000") << 12345.0 << 12000.0 << 13000.0;
    QTest::newRow("to 5,000 above 100,000") << 212400.0 << 210000.0 << 215000.0;
    QTest::newRow("already round") << 215000.0 << 215000.0 << 215000.0;
}

void TestOfferMath::roundAmount()
{
    QFETCH(double, value);
    QTEST(OfferMath::roundAmount(value), "rounded");
    QTEST(OfferMath::roundUpAmount(value), "roundedUp");
}

QTEST_GUILESS_MAIN(TestOfferMath)
#include "tst_offermath.moc"
