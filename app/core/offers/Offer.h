// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/StockOptions.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// How often a grant vests within a year, and what a person repays of a sign-on when leaving early.
enum class VestingFrequency { Yearly, Quarterly, Monthly };
enum class SignOnClawback { Prorated, Full };

// The JSON and store names of the two enums above ("yearly", "prorated"), never translated.
namespace EquityTerms {
QString frequencyName(VestingFrequency frequency);
std::optional<VestingFrequency> parseFrequency(const QString &name);
int periodsPerYear(VestingFrequency frequency); // 1, 4 or 12
QString clawbackName(SignOnClawback clawback);
std::optional<SignOnClawback> parseClawback(const QString &name);
} // namespace EquityTerms

// The defaults of the equity terms: an offer with them gives the figures it gave before issue 15.
namespace EquityDefaults {
constexpr int kRefresherVestingYears = 4;
constexpr int kCliffMonths = 12;
constexpr int kSignOnClawbackMonths = 12;
} // namespace EquityDefaults

namespace VestingPresets {
QList<double> even(); // declared again below with the other presets
} // namespace VestingPresets

// One job offer a person holds. Amounts are yearly unless named otherwise, in `currency`.
// The largest amount an offer may carry, in any currency, before or after conversion: room for currencies with
// large units (KRW, IDR), but not nonsense.
constexpr double kMaxOfferAmount = 1e12;

namespace VestingPresets {
QList<double> even(); // 25/25/25/25; a call, not a braced list, so GCC 12 doesn't warn of an uninitialised copy
} // namespace VestingPresets

// One round of an offer: its numbers as the company stated them on a day ("revised after my counter"). The offer's
// own fields are always the latest round; see OfferHistory for the rounds with what changed between them.
struct OfferRevision
{
    QDate date;   // invalid when unknown (an offer recorded before its history was kept)
    QString note; // "first offer", "revised after my counter"
    double base = 0;
    double equityTotal = 0;
    QList<double> vestingSchedule = VestingPresets::even();
    double bonusPct = 0;
    double signOn = 0;
    double signOnYear2 = 0;
    double relocation = 0;
    double refresherYearly = 0;

    friend bool operator==(const OfferRevision &, const OfferRevision &) = default;
};

// A counter the person sent the company for this offer: the asks, the words as sent, and the day.
struct CounterSent
{
    struct Asks
    {
        double base = 0;
        double equityTotal = 0; // the whole grant asked for
        double signOn = 0;
        friend bool operator==(const Asks &, const Asks &) = default;
    };
    QDate date;
    Asks asks;
    QString script; // the script or message as sent

    friend bool operator==(const CounterSent &, const CounterSent &) = default;
};

struct Offer
{
    qint64 id = 0; // the store's row id; 0 until stored
    QString company;
    QString role;
    QString level;
    QString region;
    QString currency = QStringLiteral("USD"); // ISO 4217
    double base = 0;
    double equityTotal = 0;                   // the whole grant, vested over vestingSchedule
    // Out of line: an inline list here made GCC warn (falsely) about its copy wherever an Offer is built.
    QList<double> vestingSchedule = VestingPresets::even(); // percent per year, sums to 100
    double bonusPct = 0;                      // target bonus, percent of base
    double signOn = 0;                        // paid in year 1
    double signOnYear2 = 0;                   // paid in year 2
    double relocation = 0;                    // one-off, shown but not part of pay
    double refresherYearly = 0;               // estimated refresher stock vesting per year, from year 2
    QDate deadline;
    QString notes;
    bool target = false; // the offer being negotiated; at most one at a time
    QList<OfferRevision> revisions; // the rounds, oldest first; the fields above are the latest numbers
    QList<CounterSent> countersSent; // oldest first

    // This offer's numbers as a round dated `date`.
    OfferRevision revision(const QDate &date = QDate(), const QString &note = QString()) const;
    // This offer with a round's numbers in place of its own (everything else, history included, kept).
    Offer withNumbersOf(const OfferRevision &revision) const;
    // Options instead of RSUs: the grant is `stockOptions`, valued at an exit (OptionsValuation), and equityTotal
    // stays 0 until a comparison puts the options' value at its exit multiple in it.
    EquityType equityType = EquityType::Rsu;
    StockOptions stockOptions; // used only when equityType is Options

    // Equity that moves (issue 15). The defaults give exactly the figures of an offer without them.
    double equityShares = 0;  // a grant given in shares; then equityTotal = equityShares × sharePrice
    double sharePrice = 0;    // per share, in `currency`; 0 when the grant is given as a value
    double growthPct = 0;     // the expected yearly change of the share price, in percent (-100 < x <= 300)
    double refresherGrant = 0;          // the value of each yearly refresher grant when granted, from year 1's end
    int refresherVestingYears = EquityDefaults::kRefresherVestingYears; // each refresher vests evenly over these years, from the year after
    VestingFrequency vestingFrequency = VestingFrequency::Yearly; // within each year of vestingSchedule
    int cliffMonths = EquityDefaults::kCliffMonths; // nothing of the grant vests before; at the cliff, what built up vests
    int signOnClawbackMonths = EquityDefaults::kSignOnClawbackMonths; // leaving before this repays the sign-on (year 2's: counted from month 12)
    SignOnClawback signOnClawback = SignOnClawback::Prorated;

    // "Google L4", or the company alone.
    QString label() const;
    int vestingYears() const { return int(vestingSchedule.size()); }
    // The years the grant is spread over: the schedule's length, or 4 when no schedule is given.
    int vestingPeriodYears() const;
    double bonus() const { return base * bonusPct / 100.0; }
    bool hasOptions() const { return equityType == EquityType::Options; }
    // The grant is given in shares (both a share count and a price above 0).
    bool hasShareGrant() const { return equityShares > 0 && sharePrice > 0; }
    // Any equity field beyond the face value differs from its default: growth, shares, refresher grants,
    // frequency, cliff or clawback terms.
    bool hasEquityTerms() const;

    friend bool operator==(const Offer &, const Offer &) = default;
};

namespace VestingPresets {
QList<double> even();        // 25/25/25/25
QList<double> backLoaded();  // 5/15/40/40
QList<double> frontLoaded(); // 33/33/22/12
} // namespace VestingPresets
