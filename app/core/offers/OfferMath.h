// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "guide/Guide.h"
#include "offers/Offer.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The numbers of an offer and of its place in a guide's band. Pure functions: no I/O, no state.
namespace OfferMath {

constexpr int kYears = 4;

// years[i] = base + bonus + equity × schedule[i] + sign-on for that year (+ the refresher from year 2), in the
// expected case: the offer's own growth, cliff, frequency and refresher grants (EquityProjection).
std::array<double, kYears> years(const Offer &offer);
double firstYear(const Offer &offer);
// The 4-year average: the mean of what years 1 to 4 pay (years() above). Equity vesting after year 4 is not
// counted. For an even 4-year schedule without a refresher: base + bonus + equity ÷ 4 + (all sign-on) ÷ 4.
double annualized(const Offer &offer);
// The share of the grant that vests within the 4 years, 0 to 1: what one unit of equity adds to 4 × annualized().
double shareVestingInFourYears(const Offer &offer);

// (value − low) ÷ (high − low): 0 at the low end, 1 at the high end; may fall outside 0–1.
double bandPosition(double value, double low, double high);

enum class Placement { Below, Within, Above };
Placement placement(double value, double low, double high);
QString placementName(Placement placement); // "below", "within", "above"

// Every amount multiplied by rate, in the new currency.
Offer converted(const Offer &offer, double rate, const QString &currency);

// Rounds an ask the way people say it: to 1,000, or to 5,000 above 100,000.
double roundAmount(double value);
double roundUpAmount(double value);

} // namespace OfferMath

// An exchange rate the person entered, with the day they entered it.
struct ExchangeRate
{
    QString from;
    QString to;
    double rate = 0; // 1 `from` = rate `to`
    QDate entered;

    // The range a rate must lie in: anything outside is a typing slip, and would push amounts past every limit.
    static constexpr double kMinimum = 1e-6;
    static constexpr double kMaximum = 1e6;
    static bool inRange(double rate); // within kMinimum–kMaximum, and not NaN

    // "EUR:USD=1.08" (or 1.2e-3); an Error when the text is not of that form. A rate of that form that lies out
    // of range (0, 1e-7, 1e300) still parses: checkRange() refuses it, so a caller can tell a slip in the form
    // from a bad value.
    static Result<ExchangeRate> parse(const QString &text);
    // An Error when the rate lies outside kMinimum–kMaximum; the message names the rate as `typed`.
    Result<> checkRange(const QString &typed) const;
    QString toString() const;
};

// The person's own rates. Never guesses: a missing rate is reported, not invented.
class ExchangeRates
{
public:
    void set(const ExchangeRate &rate); // replaces the rate for the same pair
    void remove(const QString &from, const QString &to);
    // 1 for the same currency; the inverse of a stored reverse pair when only that exists.
    std::optional<double> rate(const QString &from, const QString &to) const;
    // The same, as a rate from `from` to `to` with the day its stored pair was entered (invalid for the same
    // currency).
    std::optional<ExchangeRate> find(const QString &from, const QString &to) const;
    const QList<ExchangeRate> &all() const { return m_rates; }

private:
    QList<ExchangeRate> m_rates;
};

// An offer seen against one region's band, in the band's currency.
struct BandComparison
{
    Offer offer;     // converted into the band's currency
    Offer original;  // as written on its offer letter, in its own currency
    QString originalCurrency; // the offer's own currency
    double rate = 1; // the rate used; 1 when none was needed
    QDate rateEntered; // the day the person entered that rate; invalid when none was needed
    std::array<double, OfferMath::kYears> years{};
    double firstYear = 0;
    double annualized = 0;
    double basePosition = 0;
    double stockPerYearPosition = 0;
    double bonusPosition = 0;
    double totalPosition = 0; // annualized against the guide's stated total comp
    // The expected case over the chosen horizon (1 to 6 years; 4 gives years and annualized above again).
    int horizonYears = OfferMath::kYears;
    QList<double> yearsOverHorizon;
    double totalOverHorizon = 0;
    double averageOverHorizon = 0;
};

// Compares an offer with a band. An error that names the offer when a rate is missing, or when an amount, once
// converted, passes the amount limit (kMaxOfferAmount).
// `horizonYears` (1 to 6) sets yearsOverHorizon and its total and average; the 4-year figures are always filled.
Result<BandComparison> compareWithBand(const Offer &offer, const RegionBand &band, const ExchangeRates &rates,
                                       int horizonYears = OfferMath::kYears);
