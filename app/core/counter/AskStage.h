// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTerms.h"

// Stage 1 of the counter: what to ask for. The boldness setting sets a step into the band; competing offers inside
// the band anchor base and equity; the year-1 gap to each competing offer, and any step beyond the band's top,
// moves into the sign-on. Then the person's hand-set asks replace the suggestion for their parts.

// What the boldness setting alone asks for one part, before any competing offer.
struct BaselineAsk
{
    double ask = 0;
    double desired = 0;        // the step before the band's top cut it
    double excess = 0;         // what the band's top cut off; it moves into sign-on
    bool fromPosition = false; // the band position set the step, not the least raise
    bool heldCurrent = false;  // the offer's own value is already at or above the step
};

// The suggested asks, with what set each one, for the rationale to explain.
struct AskPlan
{
    CounterAsks suggested;
    BaselineAsk base;
    BaselineAsk equity;
    double baselineSignOnRaw = 0; // the steps' excess, in year-1 money
    double baselineSignOn = 0;    // the same, rounded up; 0 when there is none
    int largestGapIndex = -1;     // the competing offer with the largest year-1 gap, or -1
    double largestGap = 0;
    double gapSignOn = 0; // the largest gap, rounded up
};

// The asks with the person's overrides in place.
struct AppliedAsks
{
    CounterAsks asks;
    std::array<bool, kCounterPartCount> overridden{};
};

namespace AskStage {
// The band position and least raise each boldness setting asks for.
double bandPosition(Boldness boldness);
double minimumRaisePct(Boldness boldness);

BaselineAsk baselineAsk(const PartBand &band, Boldness boldness);

// What a competing offer pays in year 1 beyond the target at these base and equity asks, before any sign-on.
double yearOneGap(const Competitor &c, const CounterTerms &terms, const CounterAsks &asks);

AskPlan suggest(const CounterTerms &terms, Boldness boldness);

// A hand-set ask replaces the suggestion for its part; a negative one counts as 0.
AppliedAsks applyOverrides(const CounterAsks &suggested, const CounterOverrides &overrides);
} // namespace AskStage
