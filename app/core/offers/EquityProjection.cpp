// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/EquityProjection.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMonthsPerYear = 12;
// An offer without a schedule vests evenly over 4 years, as Offer::vestingPeriodYears() counts it.
constexpr int kYearsWithoutSchedule = 4;

// One vesting of the initial grant: the month it vests in (after the cliff) and its share of the grant.
struct Vesting
{
    int month = 0;
    double share = 0;
};

// Within year i the schedule's share vests evenly at the frequency, at the end of each period; a vesting before
// the cliff waits for it.
QList<Vesting> vestings(const Offer &offer)
{
    QList<double> schedule = offer.vestingSchedule;
    if (schedule.isEmpty())
        schedule = QList<double>(kYearsWithoutSchedule, 100.0 / kYearsWithoutSchedule);
    const int periods = EquityTerms::periodsPerYear(offer.vestingFrequency);
    const int monthsPerPeriod = kMonthsPerYear / periods;
    QList<Vesting> result;
    result.reserve(schedule.size() * periods);
    for (int year = 0; year < schedule.size(); ++year) {
        // Yearly keeps the schedule's share as it is, so an offer with the default terms gives the same figures.
        const double share = periods == 1 ? schedule.at(year) / 100.0 : schedule.at(year) / 100.0 / periods;
        for (int period = 1; period <= periods; ++period) {
            const int month = year * kMonthsPerYear + period * monthsPerPeriod;
            result.append({std::max(month, offer.cliffMonths), share});
        }
    }
    return result;
}

// The year (1-based) a month's end falls in: months 1 to 12 are year 1.
int yearOfMonth(int month)
{
    return std::max(1, (month + kMonthsPerYear - 1) / kMonthsPerYear);
}

int clampedHorizon(int years)
{
    return std::clamp(years, EquityProjection::kMinHorizonYears, EquityProjection::kMaxHorizonYears);
}

} // namespace

bool EquityProjection::horizonInRange(int years)
{
    return years >= kMinHorizonYears && years <= kMaxHorizonYears;
}

bool EquityProjection::growthInRange(double pct)
{
    return pct > kMinGrowthPct && pct <= kMaxGrowthPct;
}

double EquityProjection::priceFactor(double growthPct, double years)
{
    // A rate at or below -100% would make the price negative (or NaN): the price stops at 0.
    return std::pow(std::max(0.0, 1.0 + growthPct / 100.0), years);
}

QList<double> EquityProjection::grantShares(const Offer &offer, int horizonYears)
{
    QList<double> shares(horizonYears > 0 ? horizonYears : 0, 0.0);
    for (const Vesting &vesting : vestings(offer)) {
        const int year = yearOfMonth(vesting.month);
        if (year <= shares.size())
            shares[year - 1] += vesting.share;
    }
    return shares;
}

QList<double> EquityProjection::grantWeights(const Offer &offer, int horizonYears, double growthPct)
{
    QList<double> weights = grantShares(offer, horizonYears);
    for (int i = 0; i < weights.size(); ++i)
        weights[i] *= priceFactor(growthPct, i + 1);
    return weights;
}

QList<double> EquityProjection::refresherYears(const Offer &offer, int horizonYears, double growthPct)
{
    QList<double> years(horizonYears > 0 ? horizonYears : 0, 0.0);
    const int vestingYears = std::max(1, offer.refresherVestingYears);
    if (offer.refresherGrant <= 0)
        return years;
    const double perYear = offer.refresherGrant / vestingYears;
    for (int year = 2; year <= years.size(); ++year) {
        // The grants made at the end of years max(1, i − V) .. i − 1 vest in year i.
        for (int granted = std::max(1, year - vestingYears); granted < year; ++granted)
            years[year - 1] += perYear * priceFactor(growthPct, year - granted);
    }
    return years;
}

double EquityProjection::vestedShare(const Offer &offer, int month)
{
    double share = 0;
    for (const Vesting &vesting : vestings(offer)) {
        if (vesting.month <= month)
            share += vesting.share;
    }
    return std::min(1.0, share);
}

EquityProjection::Projection EquityProjection::project(const Offer &offer, int horizonYears, double growthPct)
{
    const int horizon = clampedHorizon(horizonYears);
    Projection projection;
    projection.growthPct = growthPct;
    // An options grant is valued at an exit (OptionsValuation::valuedAt), which already says what its shares are
    // worth: a growth scenario doesn't move it again.
    const QList<double> weights = grantWeights(offer, horizon, offer.hasOptions() ? 0.0 : growthPct);
    const QList<double> refreshers = refresherYears(offer, horizon, growthPct);
    for (int i = 0; i < horizon; ++i) {
        YearParts parts;
        parts.cash = offer.base + offer.bonus();
        parts.grant = offer.equityTotal * weights.at(i);
        parts.refreshers = refreshers.at(i);
        // A flat refresher estimate is granted at the first review, so it starts vesting in year 2.
        parts.flatRefresher = i > 0 ? offer.refresherYearly : 0;
        parts.signOn = i == 0 ? offer.signOn : (i == 1 ? offer.signOnYear2 : 0);
        projection.parts.append(parts);
        projection.years.append(parts.total());
        projection.total += parts.total();
    }
    projection.average = projection.total / horizon;
    return projection;
}

EquityProjection::Projection EquityProjection::expected(const Offer &offer, int horizonYears)
{
    return project(offer, horizonYears, offer.growthPct);
}

QList<double> EquityProjection::years(const Offer &offer, int horizonYears, double growthPct)
{
    return project(offer, horizonYears, growthPct).years;
}

double EquityProjection::total(const Offer &offer, int horizonYears, double growthPct)
{
    return project(offer, horizonYears, growthPct).total;
}
