#pragma once

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

// years[i] = base + bonus + equity × schedule[i] + sign-on for that year (+ the refresher from year 2).
std::array<double, kYears> years(const Offer &offer);
double firstYear(const Offer &offer);
// Levels.fyi-style annualized value: base + bonus + equity ÷ vesting years + (all sign-on) ÷ 4.
double annualized(const Offer &offer);

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

    // "EUR:USD=1.08"; nothing, with a message in *error, when the text is not of that form.
    static std::optional<ExchangeRate> parse(const QString &text, QString *error);
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
    const QList<ExchangeRate> &all() const { return m_rates; }

private:
    QList<ExchangeRate> m_rates;
};

// An offer seen against one region's band, in the band's currency.
struct BandComparison
{
    Offer offer;     // converted into the band's currency
    QString originalCurrency; // the offer's own currency
    double rate = 1; // the rate used; 1 when none was needed
    std::array<double, OfferMath::kYears> years{};
    double firstYear = 0;
    double annualized = 0;
    double basePosition = 0;
    double stockPerYearPosition = 0;
    double bonusPosition = 0;
    double totalPosition = 0; // annualized against the guide's stated total comp
};

// Compares an offer with a band. Nothing, and the message in *error, when a rate is missing.
std::optional<BandComparison> compareWithBand(const Offer &offer, const RegionBand &band, const ExchangeRates &rates,
                                              QString *error);
