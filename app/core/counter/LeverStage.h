// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"

// Stage 6 of the counter: the guide's levers that fit. Each lever covers topics (competing offers, base, equity,
// sign-on) read from its words; up to three are chosen, those covering the most topics this counter needs first,
// each with how to use it here in the person's numbers.
struct LeverInput
{
    QList<Lever> guideLevers;
    QStringList namedOffers; // competing offers worth naming; a lever built on them needs at least one
    CounterAsks asks;
    Offer target;
    QString currency;
};

namespace LeverStage {
enum Topic { Competing = 1, Base = 2, Equity = 4, SignOn = 8 };
int topicsOf(const Lever &lever);               // the topics a lever's title and text cover
int topicsNeeded(const LeverInput &input);      // the topics this counter needs
QList<CitedLever> choose(const LeverInput &input);
} // namespace LeverStage
