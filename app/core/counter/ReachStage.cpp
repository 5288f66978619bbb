// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/ReachStage.h"

#include <algorithm>

namespace {

// What one more unit of a part adds to the 4-year average: base with its bonus, equity as far as it vests within
// the 4 years, a sign-on once.
double averagePerUnit(const CounterTerms &terms, CounterPart part)
{
    switch (part) {
    case CounterPart::Base:
        return (1 + terms.targetBonusRate);
    case CounterPart::Equity:
        return terms.targetFourYearShare / OfferMath::kYears;
    case CounterPart::SignOn:
        return 1.0 / OfferMath::kYears;
    }
    return 0;
}

// Raises one part of `asks` toward `cap`, only as far as the floor needs; true when it rose.
bool raiseToward(const CounterTerms &terms, CounterAsks &asks, CounterPart part, double cap, double floorAnnualized)
{
    const double perUnit = averagePerUnit(terms, part);
    if (perUnit <= 0 || reachesAmount(terms.annualizedWith(asks), floorAnnualized))
        return false;
    CounterAsks without = asks;
    without.setValue(part, 0);
    const double needed = (floorAnnualized - terms.annualizedWith(without)) / perUnit;
    const double raised = std::max(asks.value(part), roundUpWithin(needed, cap));
    if (raised <= asks.value(part) + kCounterSlack)
        return false;
    asks.setValue(part, raised);
    return true;
}

} // namespace

double ReachStage::signOnLimit(const CounterAsks &suggested, double baseAsk)
{
    return std::max(suggested.signOn(), kSignOnLimitOfBase * baseAsk);
}

FloorReach ReachStage::reach(const CounterTerms &terms, const CounterAsks &suggested, double floorAnnualized)
{
    FloorReach result;
    result.before = suggested;
    result.asks = suggested;
    const double baseTop = std::max({terms.baseBand.cap, terms.target.base, suggested.base()});
    const double equityTop = std::max({terms.equityBand.cap, terms.target.equityTotal, suggested.equityTotal()});
    const CounterAsks top(baseTop, equityTop, signOnLimit(suggested, baseTop));
    result.bandReachAnnualized = terms.annualizedWith(top);
    result.bandCanReach = reachesAmount(result.bandReachAnnualized, floorAnnualized);

    CounterAsks &asks = result.asks;
    result.raised[std::size_t(CounterPart::Base)] =
        raiseToward(terms, asks, CounterPart::Base, baseTop, floorAnnualized);
    result.raised[std::size_t(CounterPart::Equity)] =
        raiseToward(terms, asks, CounterPart::Equity, equityTop, floorAnnualized);
    result.signOnLimit = signOnLimit(suggested, asks.base());
    result.raised[std::size_t(CounterPart::SignOn)] =
        raiseToward(terms, asks, CounterPart::SignOn, result.signOnLimit, floorAnnualized);
    return result;
}
