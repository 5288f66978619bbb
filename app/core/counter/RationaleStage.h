// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/AskStage.h"
#include "counter/FloorStage.h"
#include "counter/ReachStage.h"

// Stage 3 of the counter: why. One line per ask naming the number behind it (and the raise that reaching the floor
// took), then the floor's line; which part the company is most likely to move; and which competing offers to have
// in writing before asking. A competing offer is cited for a part only when it beats the target there.
struct CounterRationale
{
    QList<AskReason> reasons; // one per part, in CounterPart order
    QStringList lines;        // the reasons' lines, then the floor's
    CounterPart mostLikelyToMove = CounterPart::SignOn;
    QString mostLikelyToMoveReason;
    QStringList writtenOffersNeeded;
};

struct RationaleInput
{
    const CounterTerms &terms;
    const AskPlan &plan;
    const FloorReach &reach;
    const AppliedAsks &applied;
    const CounterFloor &floor;
    CounterSettings settings;
};

namespace RationaleStage {
// The reason for each suggested ask, before overrides.
QList<AskReason> askReasons(const CounterTerms &terms, const AskPlan &plan, Boldness boldness);
QString floorLine(const CounterTerms &terms, const CounterFloor &floor, double premiumPct);
// The sentence added to a part's reason when reaching the floor raised it.
QString raiseLine(const CounterTerms &terms, const FloorReach &reach, const CounterFloor &floor, CounterPart part);
// A competing offer's figure in the band's currency, with its own figure and the rate when it was converted.
QString figure(const Competitor &c, double converted, const QString &currency);
CounterRationale explain(const RationaleInput &input);
} // namespace RationaleStage
