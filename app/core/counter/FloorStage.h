#pragma once

#include "counter/CounterTerms.h"

// Stage 2 of the counter: where to walk away. The floor is the best alternative's 4-year average less the premium
// the person would give up to join; with no competing offer, the target offer's own value.
struct CounterFloor
{
    std::optional<BestAlternative> bestAlternative;
    double annualized = 0;          // walk away below this 4-year average
    double base = 0;                // the base that reaches it with the target offer's other parts unchanged
    double bandReachAnnualized = 0; // base and equity at the band's top (or the offer's own, if higher)
    bool bandCanReach = true;
};

namespace FloorStage {
// The competing offer with the highest 4-year average; the first of equals.
std::optional<BestAlternative> bestAlternative(const QList<Competitor> &competitors);
// premiumPct is clamped to 0–100.
CounterFloor compute(const CounterTerms &terms, double premiumPct);
} // namespace FloorStage
