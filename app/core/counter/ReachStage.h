// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTerms.h"

// Stage 2b of the counter: reaching the floor. When the asks leave the counter's 4-year average below the floor,
// the base ask rises toward the band's top, then the equity ask, then the sign-on up to its limit (a quarter of the
// base ask, or the sign-on already asked if more), each only as far as needed. When even all three at their tops
// can't reach the floor, the asks stay there and the band can't reach it.
struct FloorReach
{
    CounterAsks before;                            // the asks as the anchors and the boldness step set them
    CounterAsks asks;                              // after the raises
    std::array<bool, kCounterPartCount> raised{}; // which parts rose
    double signOnLimit = 0;
    double bandReachAnnualized = 0; // base and equity at the band's top (or the offer's own), the sign-on at its limit
    bool bandCanReach = true;
};

namespace ReachStage {
constexpr double kSignOnLimitOfBase = 0.25;
// The largest sign-on the counter asks for to reach the floor, with this base ask.
double signOnLimit(const CounterAsks &suggested, double baseAsk);
FloorReach reach(const CounterTerms &terms, const CounterAsks &suggested, double floorAnnualized);
} // namespace ReachStage
