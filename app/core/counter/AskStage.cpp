// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/AskStage.h"

#include <algorithm>
#include <array>

namespace {
// The guides/README.md table, row by row in Boldness order: the band position aimed at, and the least raise in %.
struct BoldnessStep
{
    double bandPosition;
    double minimumRaisePct;
};
constexpr std::array<BoldnessStep, 3> kSteps{{{0.5, 3}, {0.75, 5}, {1.0, 8}}};

const BoldnessStep &stepFor(Boldness boldness)
{
    return kSteps.at(std::size_t(boldness));
}
} // namespace

double AskStage::bandPosition(Boldness boldness)
{
    return stepFor(boldness).bandPosition;
}

double AskStage::minimumRaisePct(Boldness boldness)
{
    return stepFor(boldness).minimumRaisePct;
}

BaselineAsk AskStage::baselineAsk(const PartBand &band, Boldness boldness)
{
    BaselineAsk result;
    const double position = band.low + bandPosition(boldness) * (band.cap - band.low);
    const double raised = band.current * (1 + minimumRaisePct(boldness) / 100.0);
    result.fromPosition = position >= raised;
    result.desired = std::max(position, raised);
    result.ask = std::max(band.current, roundUpWithin(result.desired, band.cap));
    result.heldCurrent = result.ask <= band.current + kCounterSlack;
    result.excess = std::max(0.0, result.desired - result.ask);
    return result;
}

double AskStage::yearOneGap(const Competitor &c, const CounterTerms &terms, const CounterAsks &asks)
{
    return c.firstYear - terms.yearOneBeforeSignOn(asks);
}

AskPlan AskStage::suggest(const CounterTerms &terms, Boldness boldness)
{
    AskPlan plan;
    plan.base = baselineAsk(terms.baseBand, boldness);
    plan.equity = baselineAsk(terms.equityBand, boldness);
    plan.baselineSignOnRaw =
        plan.base.excess * (1 + terms.targetBonusRate) + plan.equity.excess * terms.targetYearOneShare;
    plan.baselineSignOn =
        plan.baselineSignOnRaw > kCounterSlack ? OfferMath::roundUpAmount(plan.baselineSignOnRaw) : 0.0;

    // Competing offers anchor base and equity; a figure above the band stops at its top.
    double baseAsk = plan.base.ask;
    double equityAsk = plan.equity.ask;
    for (const Competitor &c : terms.competitors) {
        baseAsk = std::max(baseAsk, roundUpWithin(c.base, terms.baseBand.cap));
        equityAsk = std::max(equityAsk, roundUpWithin(c.equityEquivalent, terms.equityBand.cap));
    }
    // The year-1 gap to each competing offer, measured against the asks themselves, is bridged with sign-on.
    const CounterAsks anchored(baseAsk, equityAsk, 0);
    for (int i = 0; i < terms.competitors.size(); ++i) {
        const double gap = yearOneGap(terms.competitors.at(i), terms, anchored);
        if (gap > plan.largestGap + kCounterSlack) {
            plan.largestGap = gap;
            plan.largestGapIndex = i;
        }
    }
    plan.gapSignOn = plan.largestGapIndex >= 0 ? OfferMath::roundUpAmount(plan.largestGap) : 0.0;
    const double signOnAsk = std::max({std::max(0.0, terms.target.signOn), plan.baselineSignOn, plan.gapSignOn});
    plan.suggested = CounterAsks(baseAsk, equityAsk, signOnAsk);
    return plan;
}

AppliedAsks AskStage::applyOverrides(const CounterAsks &suggested, const CounterOverrides &overrides)
{
    AppliedAsks applied{suggested, {}};
    for (CounterPart part : kCounterParts) {
        if (const std::optional<double> value = overrides.value(part)) {
            applied.asks.setValue(part, std::max(0.0, *value));
            applied.overridden[std::size_t(part)] = true;
        }
    }
    return applied;
}
