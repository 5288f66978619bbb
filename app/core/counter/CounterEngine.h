// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"

// The counter-offer engine: what to ask a company for, why, and where to walk away.
// Pure and deterministic: the same input always gives the same suggestion, and nothing is read or written.
// The rules are written out in guides/README.md, "Counter-offer rules".

class CounterEngine
{
public:
    // The band positions and the least step each boldness setting asks for when no competing offer leads.
    static double bandPosition(Boldness boldness);
    static double minimumRaisePct(Boldness boldness);

    // The stages in order: the asks, the floor, the rationale, the warnings, the script and the levers.
    static CounterSuggestion suggest(const CounterInput &input);
};
