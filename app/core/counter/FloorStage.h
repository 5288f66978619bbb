// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTerms.h"

// Stage 2 of the counter: where to walk away. The floor is the larger of the best alternative's 4-year average less
// the premium the person would give up to join, and the walk-away figure the person states; with neither, the
// target offer's own value.
struct CounterFloor
{
    std::optional<BestAlternative> bestAlternative;
    double annualized = 0; // walk away below this 4-year average
    FloorSource source = FloorSource::Offer;
    double base = 0; // the base that reaches it with the target offer's other parts unchanged
};

namespace FloorStage {
// The competing offer with the highest 4-year average; the first of equals.
std::optional<BestAlternative> bestAlternative(const QList<Competitor> &competitors);
// The premium is clamped to 0–100; a stated walk-away of 0 or less counts as none.
CounterFloor compute(const CounterTerms &terms, const CounterSettings &settings);
} // namespace FloorStage
