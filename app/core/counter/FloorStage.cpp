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

CounterFloor FloorStage::compute(const CounterTerms &terms, double premiumPct)
{
    const Offer &target = terms.target;
    const double premium = std::clamp(premiumPct, 0.0, 100.0);
    CounterFloor floor;
    floor.bestAlternative = bestAlternative(terms.competitors);
    const std::optional<BestAlternative> &best = floor.bestAlternative;
    floor.annualized = best ? best->annualized * (1 - premium / 100.0) : terms.targetAnnualized;
    const double signOnPerYear = (target.signOn + target.signOnYear2) / 4.0;
    const double targetOtherParts = target.equityTotal / terms.targetYears + signOnPerYear;
    const double rawFloorBase = std::max(0.0, (floor.annualized - targetOtherParts) / (1 + terms.targetBonusRate));
    floor.base = rawFloorBase > target.base + kCounterSlack
        ? OfferMath::roundUpAmount(rawFloorBase)
        : std::min(OfferMath::roundUpAmount(rawFloorBase), target.base);
    floor.bandReachAnnualized = std::max(terms.baseBand.cap, target.base) * (1 + terms.targetBonusRate)
        + std::max(terms.equityBand.cap, target.equityTotal) / terms.targetYears + signOnPerYear;
    floor.bandCanReach = floor.annualized <= floor.bandReachAnnualized + kCounterSlack;
    return floor;
}
