// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferMath.h"

#include "offers/OptionsValuation.h"
#include "offers/EquityProjection.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfferMath)
};
} // namespace

std::array<double, OfferMath::kYears> OfferMath::years(const Offer &offer)
{
    // The expected case over 4 years: the offer's own growth, cliff, frequency and refreshers. For an offer
    // without those, base + bonus + equity × schedule[i] + that year's sign-on (+ the refresher from year 2).
    const QList<double> projected = EquityProjection::expected(offer, kYears).years;
    std::array<double, kYears> result{};
    for (int i = 0; i < kYears; ++i)
        result[std::size_t(i)] = projected.at(i);
    return result;
}

double OfferMath::firstYear(const Offer &offer)
{
    return years(offer)[0];
}

double OfferMath::annualized(const Offer &offer)
{
    double total = 0;
    for (double year : years(offer))
        total += year;
    return total / kYears;
}

double OfferMath::shareVestingInFourYears(const Offer &offer)
{
    // Each year's share at that year's expected price: what one unit of the grant's value today adds.
    double share = 0;
    for (double weight : EquityProjection::grantWeights(offer, kYears, offer.growthPct))
        share += weight;
    return share;
}

double OfferMath::bandPosition(double value, double low, double high)
{
    if (high > low)
        return (value - low) / (high - low);
    // A band of one value: at it is the top; away from it, measured against the value itself.
    if (low <= 0)
        return value >= low ? 1.0 : 0.0;
    return value >= low ? 1.0 + (value - low) / low : (value - low) / low;
}

OfferMath::Placement OfferMath::placement(double value, double low, double high)
{
    // Half a unit of slack, so rounding in a conversion does not flip "within" to "above".
    if (value < low - 0.5)
        return Placement::Below;
    if (value > high + 0.5)
        return Placement::Above;
    return Placement::Within;
}

QString OfferMath::placementName(Placement placement)
{
    switch (placement) {
    case Placement::Below:
        return u"below"_s;
    case Placement::Within:
        return u"within"_s;
    case Placement::Above:
        return u"above"_s;
    }
    return QString();
}

Offer OfferMath::converted(const Offer &offer, double rate, const QString &currency)
{
    Offer result = offer;
    result.currency = currency;
    result.base *= rate;
    result.equityTotal *= rate;
    result.signOn *= rate;
    result.signOnYear2 *= rate;
    result.relocation *= rate;
    result.refresherYearly *= rate;
    result.stockOptions = OptionsValuation::converted(offer.stockOptions, rate);
    result.sharePrice *= rate;
    result.refresherGrant *= rate;
    return result;
}

double OfferMath::roundAmount(double value)
{
    const double step = std::abs(value) > 100000 ? 5000 : 1000;
    return std::round(value / step) * step;
}

double OfferMath::roundUpAmount(double value)
{
    const double step = std::abs(value) > 100000 ? 5000 : 1000;
    return std::ceil(value / step - 1e-9) * step;
}

bool ExchangeRate::inRange(double rate)
{
    // Written so that NaN and infinity fail too.
    return rate >= kMinimum && rate <= kMaximum;
}

Result<ExchangeRate> ExchangeRate::parse(const QString &text)
{
    static const QRegularExpression shape(
        u"^\\s*([A-Za-z]{3})\\s*:\\s*([A-Za-z]{3})\\s*=\\s*([0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?)\\s*$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return Error{Tr::tr("rate '%1' must be written FROM:TO=RATE, such as EUR:USD=1.08").arg(text)};
    const double rate = match.captured(3).toDouble();
    return ExchangeRate{match.captured(1).toUpper(), match.captured(2).toUpper(), rate, QDate::currentDate()};
}

Result<> ExchangeRate::checkRange(const QString &typed) const
{
    if (!inRange(rate))
        return Error{Tr::tr("rate '%1' must lie between 0.000001 and 1,000,000").arg(typed)};
    return {};
}

QString ExchangeRate::toString() const
{
    return u"%1:%2=%3"_s.arg(from, to, QString::number(rate, 'g', 10));
}

void ExchangeRates::set(const ExchangeRate &rate)
{
    remove(rate.from, rate.to);
    m_rates.append(rate);
}

void ExchangeRates::remove(const QString &from, const QString &to)
{
    m_rates.removeIf([&](const ExchangeRate &r) { return r.from == from && r.to == to; });
}

std::optional<double> ExchangeRates::rate(const QString &from, const QString &to) const
{
    const std::optional<ExchangeRate> found = find(from, to);
    return found ? std::optional<double>(found->rate) : std::nullopt;
}

std::optional<ExchangeRate> ExchangeRates::find(const QString &from, const QString &to) const
{
    if (from == to)
        return ExchangeRate{from, to, 1.0, QDate()};
    for (const ExchangeRate &r : m_rates) {
        if (r.from == from && r.to == to)
            return r;
    }
    for (const ExchangeRate &r : m_rates) {
        if (r.from == to && r.to == from && r.rate > 0)
            return ExchangeRate{from, to, 1.0 / r.rate, r.entered};
    }
    return std::nullopt;
}

namespace {
// The first amount of a converted offer past the limit, by its field name; nothing when all are within it.
std::optional<std::pair<QString, double>> amountPastLimit(const Offer &offer)
{
    const std::initializer_list<std::pair<const char16_t *, double>> amounts{
        {u"base", offer.base},       {u"equity_total", offer.equityTotal},   {u"sign_on", offer.signOn},
        {u"sign_on_year2", offer.signOnYear2}, {u"relocation", offer.relocation}, {u"refresher_yearly", offer.refresherYearly},
        {u"share_price", offer.sharePrice}, {u"refresher_grant", offer.refresherGrant}};
    for (const auto &[name, value] : amounts) {
        if (!(std::abs(value) <= kMaxOfferAmount))
            return std::pair{QString::fromUtf16(name), value};
    }
    return std::nullopt;
}
} // namespace

Result<BandComparison> compareWithBand(const Offer &offer, const RegionBand &band, const ExchangeRates &rates,
                                       int horizonYears)
{
    const std::optional<ExchangeRate> rate = rates.find(offer.currency, band.currency);
    if (!rate) {
        return Error{Tr::tr("no exchange rate from %1 to %2 for the %3 offer; add one with --rate %1:%2=RATE or in "
                            "Preferences")
                         .arg(offer.currency, band.currency, offer.label())};
    }
    BandComparison comparison;
    comparison.rate = rate->rate;
    comparison.rateEntered = rate->entered;
    comparison.original = offer;
    comparison.originalCurrency = offer.currency;
    // An options grant counts at its expected exit, never at its paper value.
    comparison.offer = OptionsValuation::expectedCase(OfferMath::converted(offer, rate->rate, band.currency));
    if (const auto past = amountPastLimit(comparison.offer)) {
        return Error{Tr::tr("the %1 offer's %2 comes to %3 %4 at the rate %5, beyond the limit of 1,000,000,000,000")
                         .arg(offer.label(), past->first, QString::number(past->second, 'g', 6), band.currency,
                              QString::number(rate->rate, 'g', 6))};
    }
    comparison.years = OfferMath::years(comparison.offer);
    comparison.firstYear = comparison.years[0];
    comparison.annualized = OfferMath::annualized(comparison.offer);
    const EquityProjection::Projection horizon = EquityProjection::expected(comparison.offer, horizonYears);
    comparison.horizonYears = int(horizon.years.size());
    comparison.yearsOverHorizon = horizon.years;
    comparison.totalOverHorizon = horizon.total;
    comparison.averageOverHorizon = horizon.average;
    const Offer &o = comparison.offer;
    const int vestingYears = o.vestingPeriodYears();
    comparison.basePosition = OfferMath::bandPosition(o.base, band.baseLow, band.baseHigh);
    comparison.stockPerYearPosition =
        OfferMath::bandPosition(o.equityTotal / vestingYears, band.stockPerYearLow(), band.stockPerYearHigh());
    comparison.bonusPosition = OfferMath::bandPosition(o.bonus(), band.bonusLow(), band.bonusHigh());
    comparison.totalPosition = OfferMath::bandPosition(comparison.annualized, band.totalCompLow, band.totalCompHigh);
    return comparison;
}
