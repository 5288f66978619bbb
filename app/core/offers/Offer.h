// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/StockOptions.h"

#include <QDate>
#include <QList>
#include <QString>

// One job offer a person holds. Amounts are yearly unless named otherwise, in `currency`.
// The largest amount an offer may carry, in any currency, before or after conversion: room for currencies with
// large units (KRW, IDR), but not nonsense.
constexpr double kMaxOfferAmount = 1e12;

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
    QList<double> vestingSchedule = {25, 25, 25, 25}; // percent per year, sums to 100
    double bonusPct = 0;                      // target bonus, percent of base
    double signOn = 0;                        // paid in year 1
    double signOnYear2 = 0;                   // paid in year 2
    double relocation = 0;                    // one-off, shown but not part of pay
    double refresherYearly = 0;               // estimated refresher stock vesting per year, from year 2
    QDate deadline;
    QString notes;
    bool target = false; // the offer being negotiated; at most one at a time
    // Options instead of RSUs: the grant is `stockOptions`, valued at an exit (OptionsValuation), and equityTotal
    // stays 0 until a comparison puts the options' value at its exit multiple in it.
    EquityType equityType = EquityType::Rsu;
    StockOptions stockOptions; // used only when equityType is Options

    // "Google L4", or the company alone.
    QString label() const;
    int vestingYears() const { return int(vestingSchedule.size()); }
    // The years the grant is spread over: the schedule's length, or 4 when no schedule is given.
    int vestingPeriodYears() const;
    double bonus() const { return base * bonusPct / 100.0; }
    bool hasOptions() const { return equityType == EquityType::Options; }

    friend bool operator==(const Offer &, const Offer &) = default;
};

namespace VestingPresets {
QList<double> even();        // 25/25/25/25
QList<double> backLoaded();  // 5/15/40/40
QList<double> frontLoaded(); // 33/33/22/12
} // namespace VestingPresets
