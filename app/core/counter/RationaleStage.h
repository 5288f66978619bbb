#pragma once

#include "counter/AskStage.h"
#include "counter/FloorStage.h"

// Stage 3 of the counter: why. One line per ask naming the number behind it, then the floor's line; which part
// the company is most likely to move; and which competing offers to have in writing before asking.
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
    const AppliedAsks &applied;
    const CounterFloor &floor;
    CounterSettings settings;
};

namespace RationaleStage {
// The reason for each suggested ask, before overrides.
QList<AskReason> askReasons(const CounterTerms &terms, const AskPlan &plan, Boldness boldness);
QString floorLine(const CounterTerms &terms, const CounterFloor &floor, double premiumPct);
CounterRationale explain(const RationaleInput &input);
} // namespace RationaleStage
