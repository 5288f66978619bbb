// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/FloorStage.h"

#include <algorithm>

std::optional<BestAlternative> FloorStage::bestAlternative(const QList<Competitor> &competitors)
{
    std::optional<BestAlternative> best;
    for (int i = 0; i < competitors.size(); ++i) {
        const Competitor &c = competitors.at(i);
        if (!best || c.annualized > best->annualized + kCounterSlack)
            best = BestAlternative{i, c.offer.company, c.offer.level, c.label, c.firstYear, c.annualized};
    }
    return best;
}

CounterFloor FloorStage::compute(const CounterTerms &terms, const CounterSettings &settings)
{
    const Offer &target = terms.target;
    const double premium = std::clamp(settings.premiumPct, 0.0, 100.0);
    CounterFloor floor;
    floor.bestAlternative = bestAlternative(terms.competitors);
    const std::optional<BestAlternative> &best = floor.bestAlternative;
    const std::optional<double> stated =
        settings.walkAway && *settings.walkAway > 0 ? settings.walkAway : std::nullopt;
    if (best) {
        floor.annualized = best->annualized * (1 - premium / 100.0);
        floor.source = FloorSource::Alternative;
    }
    if (stated && (!best || *stated > floor.annualized + kCounterSlack)) {
        floor.annualized = *stated;
        floor.source = FloorSource::Stated;
    }
    if (!best && !stated) {
        floor.annualized = terms.targetAnnualized;
        floor.source = FloorSource::Offer;
    }
    // The 4-year average grows by (1 + bonus) with each unit of base.
    Offer withoutBase = target;
    withoutBase.base = 0;
    const double rawFloorBase =
        std::max(0.0, (floor.annualized - OfferMath::annualized(withoutBase)) / (1 + terms.targetBonusRate));
    floor.base = rawFloorBase > target.base + kCounterSlack
        ? OfferMath::roundUpAmount(rawFloorBase)
        : std::min(OfferMath::roundUpAmount(rawFloorBase), target.base);
    return floor;
}
