// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/CounterTerms.h"

#include "offers/EquityProjection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

// What one unit of the grant adds to year 1: its first year's share after the cliff, at year 1's expected price.
double firstYearShare(const Offer &offer)
{
    return EquityProjection::grantWeights(offer, 1, offer.growthPct).value(0);
}

Competitor competitorOf(const BandComparison &comparison, int targetYears)
{
    const Offer &o = comparison.offer;
    Competitor c;
    c.offer = o;
    c.original = comparison.original;
    c.rate = comparison.rate;
    c.rateEntered = comparison.rateEntered;
    c.label = o.label();
    c.base = std::max(0.0, o.base);
    c.bonusRate = std::max(0.0, o.bonusPct / 100.0);
    const int years = o.vestingPeriodYears();
    c.equityEquivalent = std::max(0.0, o.equityTotal) / years * targetYears;
    c.equityYearOneFactor = firstYearShare(o) * years / targetYears;
    c.signOn = std::max(0.0, o.signOn);
    c.firstYear = OfferMath::firstYear(o);
    c.annualized = OfferMath::annualized(o);
    return c;
}

} // namespace

CounterTerms CounterTerms::from(const CounterInput &input)
{
    const RegionBand &band = input.band;
    CounterTerms terms;
    terms.currency = band.currency;
    terms.region = band.region;
    terms.target = input.target.offer;
    const Offer &target = terms.target;
    terms.company = input.guide.companyName().isEmpty() ? target.company : input.guide.companyName();
    terms.role = input.guide.roleName().isEmpty() ? target.role : input.guide.roleName();
    terms.targetYears = target.vestingPeriodYears();
    terms.targetBonusRate = target.bonusPct / 100.0;
    terms.targetYearOneShare = firstYearShare(target);
    terms.targetFourYearShare = OfferMath::shareVestingInFourYears(target);
    terms.targetAnnualized = OfferMath::annualized(target);
    terms.baseBand = PartBand{band.baseLow, std::max(band.baseHigh, band.baseLow), target.base};
    terms.equityBand = PartBand{band.stockPerYearLow() * terms.targetYears,
                                std::max(band.stockPerYearHigh(), band.stockPerYearLow()) * terms.targetYears,
                                target.equityTotal};
    for (const BandComparison &comparison : input.competing)
        terms.competitors.append(competitorOf(comparison, terms.targetYears));
    return terms;
}

const PartBand &CounterTerms::band(CounterPart part) const
{
    return part == CounterPart::Equity ? equityBand : baseBand;
}

Offer CounterTerms::withAsks(const CounterAsks &asks) const
{
    Offer offer = target;
    offer.base = asks.base();
    offer.equityTotal = asks.equityTotal();
    offer.signOn = asks.signOn();
    return offer;
}

double CounterTerms::annualizedWith(const CounterAsks &asks) const
{
    return OfferMath::annualized(withAsks(asks));
}

double CounterTerms::yearOneBeforeSignOn(const CounterAsks &asks) const
{
    return asks.base() * (1 + targetBonusRate) + asks.equityTotal() * targetYearOneShare;
}

bool CounterTerms::beats(const Competitor &c, CounterPart part) const
{
    switch (part) {
    case CounterPart::Base:
        return c.base > target.base + kCounterSlack;
    case CounterPart::Equity:
        return c.equityEquivalent > target.equityTotal + kCounterSlack;
    case CounterPart::SignOn:
        return c.firstYear > OfferMath::firstYear(target) + kCounterSlack;
    }
    return false;
}

bool CounterTerms::beatsInTotal(const Competitor &c) const
{
    return c.annualized > targetAnnualized + kCounterSlack;
}

bool bestAlternativeBeats(const BestAlternative &best, double targetAnnualized)
{
    return best.annualized > targetAnnualized + kCounterSlack;
}

QString bestAlternativeName(const CounterTerms &terms, const BestAlternative &best)
{
    return bestAlternativeBeats(best, terms.targetAnnualized)
        ? best.label
        : QCoreApplication::translate("CounterEngine", "your best alternative");
}

bool reachesAmount(double value, double target)
{
    return std::round(value * 100) >= std::round(target * 100);
}

double roundUpWithin(double value, double cap)
{
    return std::min(OfferMath::roundUpAmount(value), cap);
}
