#include "offers/OfferMath.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

std::array<double, OfferMath::kYears> OfferMath::years(const Offer &offer)
{
    std::array<double, kYears> result{};
    for (int i = 0; i < kYears; ++i) {
        const double share = i < offer.vestingSchedule.size() ? offer.vestingSchedule.at(i) / 100.0 : 0.0;
        double year = offer.base + offer.bonus() + offer.equityTotal * share;
        if (i == 0)
            year += offer.signOn;
        if (i == 1)
            year += offer.signOnYear2;
        // A refresher is granted at the first review, so it starts vesting in year 2.
        if (i > 0)
            year += offer.refresherYearly;
        result[std::size_t(i)] = year;
    }
    return result;
}

double OfferMath::firstYear(const Offer &offer)
{
    return years(offer)[0];
}

double OfferMath::annualized(const Offer &offer)
{
    const int vestingYears = offer.vestingPeriodYears();
    return offer.base + offer.bonus() + offer.equityTotal / vestingYears + (offer.signOn + offer.signOnYear2) / 4.0;
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

std::optional<ExchangeRate> ExchangeRate::parse(const QString &text, QString *error)
{
    static const QRegularExpression shape(u"^\\s*([A-Za-z]{3})\\s*:\\s*([A-Za-z]{3})\\s*=\\s*([0-9]+(\\.[0-9]+)?)\\s*$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = u"rate '%1' must be written FROM:TO=RATE, such as EUR:USD=1.08"_s.arg(text);
        return std::nullopt;
    }
    const double rate = match.captured(3).toDouble();
    if (!(rate > 0) || !std::isfinite(rate)) {
        if (error)
            *error = u"rate '%1' must be a positive number"_s.arg(text);
        return std::nullopt;
    }
    return ExchangeRate{match.captured(1).toUpper(), match.captured(2).toUpper(), rate, QDate::currentDate()};
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
    if (from == to)
        return 1.0;
    for (const ExchangeRate &r : m_rates) {
        if (r.from == from && r.to == to)
            return r.rate;
    }
    for (const ExchangeRate &r : m_rates) {
        if (r.from == to && r.to == from && r.rate > 0)
            return 1.0 / r.rate;
    }
    return std::nullopt;
}

std::optional<BandComparison> compareWithBand(const Offer &offer, const RegionBand &band, const ExchangeRates &rates,
                                              QString *error)
{
    const std::optional<double> rate = rates.rate(offer.currency, band.currency);
    if (!rate) {
        if (error) {
            *error = u"no exchange rate from %1 to %2 for the %3 offer; add one with --rate %1:%2=RATE or in "
                     u"Preferences"_s.arg(offer.currency, band.currency, offer.label());
        }
        return std::nullopt;
    }
    BandComparison comparison;
    comparison.rate = *rate;
    comparison.originalCurrency = offer.currency;
    comparison.offer = OfferMath::converted(offer, *rate, band.currency);
    comparison.years = OfferMath::years(comparison.offer);
    comparison.firstYear = comparison.years[0];
    comparison.annualized = OfferMath::annualized(comparison.offer);
    const Offer &o = comparison.offer;
    const int vestingYears = o.vestingPeriodYears();
    comparison.basePosition = OfferMath::bandPosition(o.base, band.baseLow, band.baseHigh);
    comparison.stockPerYearPosition =
        OfferMath::bandPosition(o.equityTotal / vestingYears, band.stockPerYearLow(), band.stockPerYearHigh());
    comparison.bonusPosition = OfferMath::bandPosition(o.bonus(), band.bonusLow(), band.bonusHigh());
    comparison.totalPosition = OfferMath::bandPosition(comparison.annualized, band.totalCompLow, band.totalCompHigh);
    return comparison;
}
