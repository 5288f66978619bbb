// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QList>

// What an offer pays year by year over a horizon when its shares move: the initial grant on its schedule, cliff
// and frequency; refresher grants that stack; the price path at one yearly growth rate. Pure functions.
// The formulas are written out in README.md ("Equity that moves").
namespace EquityProjection {

constexpr int kMinHorizonYears = 1;
constexpr int kMaxHorizonYears = 6;
constexpr int kDefaultHorizonYears = 4;
// A yearly growth rate in percent lies in (kMinGrowthPct, kMaxGrowthPct]: the stock can't fall 100% a year.
constexpr double kMinGrowthPct = -100;
constexpr double kMaxGrowthPct = 300;
bool horizonInRange(int years);
bool growthInRange(double pct); // written so that NaN fails

// One year of an offer, split into its parts (all in the offer's currency).
struct YearParts
{
    double cash = 0;          // base + bonus
    double grant = 0;         // the initial grant vesting this year, at the year's price
    double refreshers = 0;    // the refresher grants vesting this year, each at the year's price
    double flatRefresher = 0; // refresher_yearly, the flat estimate from year 2
    double signOn = 0;        // sign-on paid this year
    // In the order the figures before issue 15 were summed, so they stay the same to the last bit.
    double total() const { return cash + grant + signOn + flatRefresher + refreshers; }
};

// An offer's years over a horizon at one growth rate, with their total and mean.
struct Projection
{
    double growthPct = 0;
    QList<YearParts> parts; // one per year of the horizon
    QList<double> years;    // parts[i].total()
    double total = 0;       // the sum of years
    double average = 0;     // total ÷ the horizon's years
};

// The years 1..horizonYears of `offer` with its share price moving growthPct a year.
Projection project(const Offer &offer, int horizonYears, double growthPct);
// The expected case: at the offer's own growthPct.
Projection expected(const Offer &offer, int horizonYears = kDefaultHorizonYears);
QList<double> years(const Offer &offer, int horizonYears, double growthPct);
double total(const Offer &offer, int horizonYears, double growthPct);

// (1 + g)^years with g = growthPct ÷ 100: the price after `years` years, as a multiple of today's.
double priceFactor(double growthPct, double years);

// The share of the initial grant (0 to 1, at today's price) that vests in each year 1..horizonYears, after the
// cliff and at the vesting frequency. For the default terms, the schedule itself.
QList<double> grantShares(const Offer &offer, int horizonYears);
// The same, each year valued at that year's price: grantShares[i] × (1 + g)^(i + 1). What one unit of the grant's
// value today adds to each year.
QList<double> grantWeights(const Offer &offer, int horizonYears, double growthPct);
// The value of the refresher grants vesting in each year 1..horizonYears: the grant made at the end of year k
// vests refresherGrant ÷ refresherVestingYears a year in years k + 1 .. k + V, worth × (1 + g)^(i − k) in year i.
QList<double> refresherYears(const Offer &offer, int horizonYears, double growthPct);

// The share of the initial grant vested by the end of month `month` (0 to 1), with the cliff and frequency.
double vestedShare(const Offer &offer, int month);

} // namespace EquityProjection
