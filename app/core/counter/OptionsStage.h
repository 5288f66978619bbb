// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/FloorStage.h"
#include "counter/RationaleStage.h"

// The counter's words about stock options, when the target or the best alternative grants them. Every figure the
// engine uses counts options at an offer's expected exit (expected_exit_multiple), never at their paper value; this
// stage says which exit that is, how much rests on it, and turns an equity ask into a number of options.
namespace OptionsStage {

// What `value` of equity (over the target's vesting) is in the target's options at its expected exit: value ÷ what
// one option is worth there; nothing when the target grants no options or they are worth nothing at that exit.
std::optional<double> optionsForEquity(const Offer &target, double value);

// "20,000 options at a $2 strike", as the offer letter grants them: the script's words, never a value.
QString grantText(const StockOptions &options, const QString &currency);
// The script's equity ask for an options target: "25,000 options" at its expected exit, or "more options" when
// they are worth nothing there. Never a value.
QString askText(const Offer &target, double equityAsk);

// The line added to the rationale after the equity reason, for an options target: the exit its options are
// counted at, the price per share that gives, the ask in options, and that the paper value is not pay.
QString equityLine(const CounterTerms &terms, double equityAsk);
// The sentence added to the floor's line: the exit multiple the floor assumes for each options offer it rests on.
QString floorAssumption(const CounterTerms &terms, const CounterFloor &floor);
// Both of the above in the rationale: the equity line after the equity reason, the assumption after the floor's line.
void addToRationale(const CounterTerms &terms, const CounterFloor &floor, double equityAsk,
                    CounterRationale &rationale);
// How much of the comparison rests on an exit: the target's options in the counter, and the best alternative's in
// the floor, with what each comes to at the lowest and highest exit of the set.
QStringList warnings(const CounterTerms &terms, const CounterFloor &floor, const CounterAsks &asks,
                     const QList<double> &exitMultiples);

} // namespace OptionsStage
