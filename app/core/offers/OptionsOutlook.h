// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/OfferComparison.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An options offer seen at several exits, beside the other offers of a comparison: its exit scenarios, its paper
// value (shown, never counted), what exercising costs, and the exit at which it beats the best other offer.
// Every amount is in the comparison's (the band's) currency.

// The offer at one exit multiple.
struct ExitScenario
{
    double exitMultiple = 0;
    double exitPrice = 0;   // per share, after preference and dilution
    double equityValue = 0; // the options vesting within the horizon, at this exit
    double total = 0;       // the offer's pay over the horizon with the options at this exit
    double average = 0;     // total ÷ horizon years
};

struct OptionsOutlook
{
    int row = -1;  // in OffersComparison::rows
    QString label; // "Nimbus Labs Senior"
    StockOptions options; // in the comparison's currency
    double expectedExitMultiple = 1;
    double paperValue = 0;
    double costToExercise = 0;
    std::optional<double> exerciseSpread;
    std::optional<double> ownershipPct;
    QList<ExitScenario> scenarios; // one per exit multiple, in the set's order
    // Against the best other offer (the highest total over the horizon in its expected case): the exit multiple
    // from 0 to 100 at which this offer's total reaches it, or nothing when even 100× falls short. Without another
    // offer, `against` is empty and there is no break-even.
    QString against;
    std::optional<double> breakEvenMultiple;
    QString breakEvenStatement; // "This offer beats Google L4 over 4 years only if the company exits at 3.4× …"
    double bestOtherTotal = 0; // the total the break-even reaches: the best other offer's, over the horizon
    double expectedTotal = 0;  // this offer's total over the horizon at its expected exit
    // This offer's total over the horizon if the options paid their paper value: marked on charts, never pay.
    double paperTotal = 0;
    QStringList warnings;       // what the figures rest on: a default expected exit, an underwater strike
};

namespace OptionsOutlooks {

// The horizon the totals are over; 4 years, as every other figure of a comparison.
int horizonYears(const OffersComparison &comparison);
// The row's pay over the horizon, with its options at `multiple` (an RSU offer's own figure whatever the multiple).
double totalAt(const BandComparison &row, double multiple, int horizonYears);

// One outlook per options offer of the comparison, in row order, at the given exit multiples.
QList<OptionsOutlook> of(const OffersComparison &comparison, const QList<double> &exitMultiples);
// The outlook of one row, or nothing when it is not an options offer.
std::optional<OptionsOutlook> ofRow(const OffersComparison &comparison, int row, const QList<double> &exitMultiples);

// The sentence for a break-even: "This offer beats Google L4 over 4 years only if the company exits at 3.4× its
// last round's price or more.", and its two ends (0×: even if the options are worth nothing; none: not even at
// 100×).
QString breakEvenStatement(const QString &against, int horizonYears, std::optional<double> breakEvenMultiple);

// compare --json's `options` object: {count, strike_price, preferred_price, paper_value, cost_to_exercise,
// exercise_spread, ownership_pct, scenarios: [{exit_multiple, exit_price, equity_value, total, average}]}, plus
// expected_exit_multiple, breakeven_statement and warnings.
QJsonObject toJson(const OptionsOutlook &outlook);
// Adds `options` and `breakeven_exit_multiple` (a number, or null) to each options offer's object in `offers`,
// compare --json's list, one object per row of the comparison; every other object is left as it was.
void addToJson(const OffersComparison &comparison, QJsonArray &offers);

} // namespace OptionsOutlooks
