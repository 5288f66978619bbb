// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A check on what the person says, in a script or a message, like a spell checker: each problem is a range of the
// text with a stable rule name and a reason in plain words. Pure and deterministic.
//
// Rules (names are stable; the CLI and the UI show them):
//   reveals-floor        a sentence that gives away the walk-away floor or the least the person would accept
//   reveals-current-pay  a sentence that states their current or past pay
//   hedges               an apology or hedge before a number ("sorry, but", "I was hoping maybe")
//   commits-below-floor  a commitment ("I can accept …") to a figure at or below the floor      (needs numbers)
//   names-weaker-offer   an exact figure of a competing offer that is weaker than the target   (needs numbers)

namespace LintRules {
inline constexpr char16_t kRevealsFloor[] = u"reveals-floor";
inline constexpr char16_t kRevealsCurrentPay[] = u"reveals-current-pay";
inline constexpr char16_t kCommitsBelowFloor[] = u"commits-below-floor";
inline constexpr char16_t kNamesWeakerOffer[] = u"names-weaker-offer";
inline constexpr char16_t kHedges[] = u"hedges";
} // namespace LintRules

struct LintProblem
{
    QString rule;   // one of LintRules
    QString reason; // plain words, one sentence or two
    int line = 1;   // 1-based line of the range's start
    int column = 0; // 0-based character in that line
    qsizetype start = 0;  // character offset of the range in the whole text
    qsizetype length = 0; // characters; a range may run over a line break
    QString excerpt; // the text of the range

    friend bool operator==(const LintProblem &, const LintProblem &) = default;
};

// A competing offer weaker than the target: its figures must not be quoted.
struct LintWeakerOffer
{
    QString label;   // "Initech L4"
    QString company; // "Initech"
    QString currency; // of `figures`, the offer letter's own
    QList<double> figures; // base, equity, sign-on, year 1 and 4-year average, as written and as converted
};

// The numbers the rules that need them read: from a counter, or given by hand (tests, the CLI).
struct LintScenario
{
    QString currency;           // the band's; the floor's
    double floorAnnualized = 0; // the walk-away floor, a 4-year average; 0 when unknown
    double floorBase = 0;       // the base that reaches the floor with the rest of the offer unchanged; 0 if unknown
    QList<double> asks;         // the counter's asks: never taken for a weaker offer's figure
    QList<double> namedOfferFigures; // the figures of the offers the script names (stronger ones): nor these
    QList<LintWeakerOffer> weakerOffers;
};

namespace ScriptLint {
// Every rule name, in the order above.
QStringList ruleNames();
// The rules that run without a scenario: reveals-floor, reveals-current-pay, hedges.
QStringList rulesWithoutNumbers();
// What the rule looks for, in plain words (for the README, help and tooltips).
QString ruleSummary(const QString &rule);

// The problems in `text`, in text order. Without a scenario only the rules that need no numbers run.
QList<LintProblem> check(const QString &text, const std::optional<LintScenario> &scenario = std::nullopt);

// The scenario of a counter: its floor, its asks, and the competing offers weaker than the target in total that
// no ask rests on (an offer an ask rests on is stronger where it matters, and the script names it).
LintScenario scenarioFrom(const CounterInput &input, const CounterSuggestion &suggestion);
} // namespace ScriptLint
