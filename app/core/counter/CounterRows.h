// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"

// The counter's table, built once for the Counter tab, the report and `suggest`: one row per part with what the
// target offer has, the ask, the band and the best alternative, all in the band's currency. Each caller names the
// parts in its own words.
struct CounterRow
{
    CounterPart part = CounterPart::Base;
    double current = 0;
    double ask = 0;
    double suggested = 0;
    bool overridden = false;
    std::optional<double> bandLow; // nothing for the sign-on, which the band doesn't cap
    std::optional<double> bandHigh;
    std::optional<double> bestAlternative; // equity over the target's vesting years; nothing without one
};

// In CounterPart order.
std::array<CounterRow, kCounterPartCount> counterRows(const CounterInput &input, const CounterSuggestion &suggestion);
