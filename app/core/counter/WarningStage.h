// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/AskStage.h"
#include "counter/FloorStage.h"
#include "counter/ReachStage.h"

// Stage 4 of the counter: what to watch out for. The band can't reach the floor, or the counter falls short of it;
// the offer already meets the floor; the offer is past the band's top; a large sign-on; a converted or
// mismatched competing offer; a hand-set ask below the offer or above the band.
struct WarningInput
{
    const CounterTerms &terms;
    const CounterFloor &floor;
    const FloorReach &reach;
    const AppliedAsks &applied;
    double counterAnnualized = 0;
    bool meetsFloor = true;
    QStringList levelMapping; // the guide's, to tell an offer at another level
};

namespace WarningStage {
QStringList floorWarnings(const CounterTerms &terms, const CounterFloor &floor, const FloorReach &reach,
                          double counterAnnualized, bool meetsFloor);
QStringList offerWarnings(const CounterTerms &terms, const AppliedAsks &applied);
QStringList competitorWarnings(const CounterTerms &terms, const QStringList &levelMapping);
QStringList overrideWarnings(const CounterTerms &terms, const AppliedAsks &applied);
// The scenarios that flip which is best between the counter and the competing offers (EquityScenarios); none
// without scenarios.
QStringList scenarioWarnings(const CounterTerms &terms, const Offer &counter,
                             const std::optional<EquityAssumptions> &scenarios);
// All of the above but the scenario warnings, in that order.
QStringList warn(const WarningInput &input);
} // namespace WarningStage
