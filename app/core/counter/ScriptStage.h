#pragma once

#include "counter/AskStage.h"
#include "counter/FloorStage.h"

// Stage 5 of the counter: what to say. The guide's own pitch, the competing offers worth naming, the asks, a
// commitment and the floor, in the person's numbers. The levers are not part of it: see LeverStage, and
// withLevers() for the two as the Counter tab and `suggest` show them.
struct ScriptInput
{
    const CounterTerms &terms;
    const CounterAsks &asks;
    const CounterFloor &floor;
    QList<AskReason> reasons;  // a competing offer behind an ask is named
    QString guideScript;       // the guide's own "negotiate up" script; its first sentence opens, if it is a pitch
};

namespace ScriptStage {
// The competing offers worth naming: better than the target, or behind an ask.
QStringList namedOffers(const CounterTerms &terms, const QList<AskReason> &reasons);
// The first sentence of the guide's own script, when it is a pitch rather than numbers; empty otherwise.
QString opener(const QString &guideScript);
QString write(const ScriptInput &input);
// The script, then a "Levers from the guide that fit:" paragraph with one "- " line per lever.
QString withLevers(const QString &script, const QList<CitedLever> &levers);
} // namespace ScriptStage
