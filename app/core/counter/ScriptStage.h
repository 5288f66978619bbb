// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/AskStage.h"
#include "counter/FloorStage.h"

// Stage 5 of the counter: what to say on the call. The guide's own pitch, the competing offers that beat the target
// (as written on their offer letters), the asks, and a commitment only when the asks meet the floor. It never says
// the floor: that is for the person, not for the call. The levers are not part of it: see LeverStage, and
// withLevers() for the two as the Counter tab and `suggest` show them.
struct ScriptInput
{
    const CounterTerms &terms;
    const CounterAsks &asks;
    const CounterFloor &floor;
    bool bandCanReach = true; // the band can reach the floor
    bool meetsFloor = true;   // the asks (with overrides) reach the floor
    QList<AskReason> reasons;  // a competing offer behind an ask is named
    QString guideScript;       // the guide's own "negotiate up" script; its first sentence opens, if it is a pitch
};

namespace ScriptStage {
// The competing offers worth naming: better than the target in total, or in the part an ask rests on.
QStringList namedOffers(const CounterTerms &terms, const QList<AskReason> &reasons);
// The first sentence of the guide's own script, when it is a pitch rather than numbers; empty otherwise.
QString opener(const QString &guideScript);
QString write(const ScriptInput &input);
// The script, then a "Levers from the guide that fit:" paragraph with one "- " line per lever.
QString withLevers(const QString &script, const QList<CitedLever> &levers);
} // namespace ScriptStage
