// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QString>

#include <optional>

// What kind of equity an offer grants: restricted stock units, valued at their price (the default, and what every
// offer was before options existed), or stock options of a private company, valued at an exit.
enum class EquityType { Rsu, Options };

namespace EquityTypes {
QString name(EquityType type); // "rsu" or "options", as the offers JSON writes it; never translated
std::optional<EquityType> parse(const QString &name);
} // namespace EquityTypes

// A grant of stock options, as the offer letter and the company's last round state it. Prices and the preference
// are in the offer's currency; a value of 0 in an optional field means "not given".
struct StockOptions
{
    double count = 0;              // options granted
    double strikePrice = 0;        // per share
    double preferredPrice = 0;     // per share, the last funding round's price
    double fmvPrice = 0;           // per share, the latest 409A (fair market value); 0: not given
    double fullyDilutedShares = 0; // 0: not given
    double preferenceTotal = 0;    // the liquidation preference ahead of common stock; 0: none given
    double dilutionPct = 0;        // dilution per future round, in percent
    int roundsToExit = 0;          // future rounds before an exit
    int exerciseWindowDays = 90;   // how long after leaving the options can still be exercised
    double expectedExitMultiple = 1; // the expected case: an exit at this multiple of the last round's price

    bool hasFmv() const { return fmvPrice > 0; }
    bool hasFullyDilutedShares() const { return fullyDilutedShares > 0; }

    friend bool operator==(const StockOptions &, const StockOptions &) = default;
};

// The limits an options grant's fields must lie within: beyond them a value is a typing slip.
namespace StockOptionsLimits {
constexpr double kMaxCount = 1e12;
constexpr double kMaxPrice = 1e9;
constexpr double kMaxDilutionPct = 90;
constexpr int kMaxRoundsToExit = 20;
constexpr int kMaxExerciseWindowDays = 36500; // 100 years: some companies give ten, a few "forever"
constexpr double kMaxExitMultiple = 100;
} // namespace StockOptionsLimits
