// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "offers/Offer.h"
#include "offers/StockOptions.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The numbers of a stock options grant at an exit (README, "Startup equity"). Pure functions: no I/O, no state.
// An exit multiple m is the exit's price per share as a multiple of the last round's (preferred) price.
namespace OptionsValuation {

// The exit multiples every comparison shows unless the person sets their own: 0, 0.5, 1, 3 and 10.
QList<double> defaultExitMultiples();
// At most this many multiples in one set.
constexpr int kMaxExitMultiples = 12;
// "0,0.5,1,3,10": each from 0 to 100, at least one and at most kMaxExitMultiples, in the order given (duplicates
// dropped). The error says what is wrong, without naming where the list came from.
Result<QList<double>> parseExitMultiples(const QString &text);
QString exitMultiplesText(const QList<double> &multiples); // "0,0.5,1,3,10"

// What common stock gets per share at an exit of m × the preferred price, after `rounds_to_exit` rounds of
// `dilution_pct` each: m × preferred × (1 − dilution)^rounds. With a preference and the fully diluted share count,
// the preference is paid first: max(0, m × preferred × shares − preference) ÷ shares, then the same dilution.
double exitPricePerShare(const StockOptions &options, double multiple);
// What one option is worth at that exit: max(0, exit price − strike).
double spreadPerShare(const StockOptions &options, double multiple);
// The whole grant at that exit: options × max(0, exit price − strike).
double grantValueAtExit(const StockOptions &options, double multiple);
// The options vesting in year `index` (0-based) at that exit: options × schedule[index] % × max(0, exit − strike).
double valueVestingInYear(const StockOptions &options, const QList<double> &schedulePct, int index, double multiple);

// What recruiters quote: options × max(0, preferred − strike). Never pay.
double paperValue(const StockOptions &options);
// What buying the shares costs: options × strike.
double costToExercise(const StockOptions &options);
// With a 409A price, the spread taxed at exercise: options × max(0, fmv − strike). No tax is computed.
std::optional<double> exerciseSpread(const StockOptions &options);
// With the fully diluted share count, the share of the company the grant is: options ÷ shares × 100.
std::optional<double> ownershipPct(const StockOptions &options);
// The strike is above the last round's price: the options are worth nothing at a 1× exit.
bool isUnderwater(const StockOptions &options);

// The smallest exit multiple from 0 to 100 at which totalAt(m) reaches `target`, found by bisection; 0 when it
// already does at 0×, nothing when even 100× falls short. totalAt must not fall as m grows (a grant's value never
// does).
std::optional<double> breakEvenMultiple(const std::function<double(double)> &totalAt, double target);

// The grant with its prices and preference in another currency: each multiplied by rate.
StockOptions converted(const StockOptions &options, double rate);
// The offer with its options valued at an exit of `multiple`: equityTotal becomes the whole grant's value there,
// so every yearly figure (years, averages, the counter) counts that value and never the paper value. An RSU offer
// comes back unchanged.
Offer valuedAt(const Offer &offer, double multiple);
// The expected case: valuedAt() the offer's own expected_exit_multiple.
Offer expectedCase(const Offer &offer);

// A multiple as people read it: "3.4×" style without the sign, "0.5", "10", "0.05" (one decimal from 1 up, two
// below).
QString formatMultiple(double multiple);

} // namespace OptionsValuation
