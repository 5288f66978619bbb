// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferComparison.h"

#include "offers/OptionsOutlook.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Amounts to the cent and positions to 1/10,000 in JSON, so converted figures don't print float noise.
double money(double value)
{
    return std::round(value * 100.0) / 100.0;
}

double fraction(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject lowHigh(double low, double high)
{
    return {{u"low"_s, money(low)}, {u"high"_s, money(high)}};
}

} // namespace

const BandComparison *OffersComparison::target() const
{
    for (const BandComparison &row : rows) {
        if (row.offer.target)
            return &row;
    }
    return nullptr;
}

OffersComparison OfferComparison::compare(const Guide &guide, const RegionBand &band, const QList<Offer> &offers,
                                          const ExchangeRates &rates, int horizonYears)
{
    OffersComparison result;
    result.horizonYears = horizonYears;
    result.guideId = guide.id();
    result.guideTitle = guide.title();
    result.band = band;
    for (const Offer &offer : offers) {
        if (Result<BandComparison> row = compareWithBand(offer, band, rates, horizonYears))
            result.rows.append(std::move(row).value());
        else
            result.problems.append(row.message());
    }
    return result;
}

QJsonObject OfferComparison::toJson(const OffersComparison &comparison)
{
    const RegionBand &band = comparison.band;
    QJsonArray offers;
    for (const BandComparison &row : comparison.rows) {
        const Offer &offer = row.offer;
        // The horizon's years when the row has them (the same 4 as row.years at the default horizon).
        QJsonArray years;
        for (double year : row.yearsOverHorizon.isEmpty() ? QList<double>(row.years.cbegin(), row.years.cend())
                                                           : row.yearsOverHorizon)
            years.append(money(year));
        const double annualized = row.yearsOverHorizon.isEmpty() ? row.annualized : row.averageOverHorizon;
        const int vestingYears = offer.vestingPeriodYears();
        const auto place = [](double value, double low, double high) {
            return OfferMath::placementName(OfferMath::placement(value, low, high));
        };
        offers.append(QJsonObject{
            {u"company"_s, offer.company},
            {u"role"_s, offer.role},
            {u"level"_s, offer.level},
            {u"target"_s, offer.target},
            {u"currency"_s, row.originalCurrency},
            {u"rate"_s, row.rate},
            {u"years"_s, years},
            {u"first_year"_s, money(row.firstYear)},
            {u"annualized"_s, money(annualized)},
            {u"position"_s,
             QJsonObject{
                 {u"base"_s, fraction(row.basePosition)},
                 {u"equity_per_year"_s, fraction(row.stockPerYearPosition)},
                 {u"bonus"_s, fraction(row.bonusPosition)},
                 {u"total"_s, fraction(row.totalPosition)},
             }},
            {u"placement"_s,
             QJsonObject{
                 {u"base"_s, place(offer.base, band.baseLow, band.baseHigh)},
                 {u"equity_per_year"_s,
                  place(offer.equityTotal / vestingYears, band.stockPerYearLow(), band.stockPerYearHigh())},
                 {u"bonus"_s, place(offer.bonus(), band.bonusLow(), band.bonusHigh())},
                 {u"total"_s, place(row.annualized, band.totalCompLow, band.totalCompHigh)},
             }},
        });
    }
    OptionsOutlooks::addToJson(comparison, offers);
    return {
        {u"guide"_s, comparison.guideId},
        {u"region"_s, band.region},
        {u"currency"_s, band.currency},
        {u"band"_s,
         QJsonObject{
             {u"base"_s, lowHigh(band.baseLow, band.baseHigh)},
             {u"equity_per_year"_s, lowHigh(band.stockPerYearLow(), band.stockPerYearHigh())},
             {u"stock_4yr"_s, lowHigh(band.stockLow, band.stockHigh)},
             {u"bonus_pct"_s, band.bonusPct},
             {u"total"_s, lowHigh(band.totalCompLow, band.totalCompHigh)},
         }},
        {u"offers"_s, offers},
    };
}

QString OfferComparison::formatPosition(double position)
{
    QString text = QString::number(std::round(position * 100.0) / 100.0, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text == u"-0"_s)
        text = u"0"_s;
    return text;
}
