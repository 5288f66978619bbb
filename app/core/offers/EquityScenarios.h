// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "offers/EquityProjection.h"
#include "offers/Offer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct OffersComparison;

// What the person assumes: the horizon and the set of growth scenarios.
struct EquityAssumptions
{
    int horizonYears = 4;
    QList<double> scenarioGrowthPcts = defaultScenarios(); // -30, -15, 0, 10, 25

    static QList<double> defaultScenarios(); // out of line: an inline list made GCC warn (falsely) at each copy

    // At most this many scenarios in a set.
    static constexpr int kMaxScenarios = 12;
    // "-30,0,25" (spaces allowed, a '+' or '%' too): the growth rates in percent, each in the growth range, at
    // least one and at most kMaxScenarios. An Error names the value and the allowed range.
    static Result<QList<double>> parseScenarios(const QString &text);
    // "4": a whole number of years from 1 to 6. An Error names the value and the range.
    static Result<int> parseHorizon(const QString &text);
    // "-30,-15,0,10,25", as parseScenarios reads it.
    static QString scenariosText(const QList<double> &growthPcts);
    // An Error when the horizon or a scenario is out of range, or the set is empty or too long.
    Result<> check() const;
    friend bool operator==(const EquityAssumptions &, const EquityAssumptions &) = default;
};

// One offer at one scenario's growth rate over the horizon.
struct ScenarioResult
{
    double growthPct = 0;
    QList<double> years;
    double total = 0;
    double average = 0;
};

// Leaving at the end of `month`: the initial grant not yet vested (at today's price), the sign-on to repay under
// the clawback terms, and their sum.
struct LeavingCost
{
    int month = 0;
    double forfeited = 0;
    double repay = 0;
    double total = 0;
};

// One offer's figures under the assumptions.
struct OfferScenarios
{
    Offer offer; // in the comparison's currency
    QString label;
    EquityProjection::Projection expected; // at the offer's own growth rate
    QList<ScenarioResult> scenarios;       // one per scenario, in the set's order
    QList<LeavingCost> leaving;            // every 3 months from month 3 to the horizon's end
    double worstTotal = 0;                 // the lowest and highest scenario totals
    double bestTotal = 0;
};

// The growth rates at which the target and one competing offer come out equal over the horizon.
struct BreakEven
{
    QString target;  // labels
    QString against;
    int targetIndex = -1; // in EquityAnalysis::offers
    int againstIndex = -1;
    // The target's growth at which the totals are equal, the other offer at its expected case; nothing when the
    // totals don't cross between kSearchLowPct and kSearchHighPct.
    std::optional<double> targetGrowthPct;
    // The other offer's growth at which they are equal, the target at its expected case.
    std::optional<double> againstGrowthPct;
    QStringList statements; // the two as plain sentences
};

// A scenario in the set that changes which offer comes out best. A scenario moves every offer's stock at its one
// rate; the expected case has each offer at its own growth.
struct RankingFlip
{
    double growthPct = 0;
    int expectedBest = -1; // in EquityAnalysis::offers: the best offer in the expected case
    int scenarioBest = -1; // the best offer in this scenario
    QString sentence;      // "If every stock falls 15% a year, Acme L5 comes out ahead of Google L4."
};

struct EquityAnalysis
{
    EquityAssumptions assumptions;
    QString currency;
    QList<OfferScenarios> offers;
    int targetIndex = -1; // the offer marked target, else the one ahead in the expected case; -1 with no offers
    QList<BreakEven> breakEvens; // the target against each other offer
    QList<RankingFlip> flips;    // the scenarios that change which offer is best, in the set's order
};

namespace EquityScenarios {

// The break-even search range, in percent a year.
constexpr double kSearchLowPct = -95;
constexpr double kSearchHighPct = 300;

QList<ScenarioResult> scenarios(const Offer &offer, const EquityAssumptions &assumptions);
// Every 3 months from month 3 to the end of the horizon.
QList<LeavingCost> costOfLeaving(const Offer &offer, int horizonYears);
// The sign-on (both years) to repay when leaving at the end of `month`.
double signOnToRepay(const Offer &offer, int month);

// The growth rate of `moving` at which its total over the horizon equals `fixedTotal`, by bisection between
// kSearchLowPct and kSearchHighPct; nothing when there is no crossing in that range.
std::optional<double> breakEvenGrowth(const Offer &moving, double fixedTotal, int horizonYears);
// Both break-even rates of `target` against `against` (both in one currency), with their sentences.
BreakEven breakEven(const Offer &target, const Offer &against, int horizonYears);

// Every offer (in one currency) under the assumptions: scenarios, cost of leaving, break-evens of the target
// (index into offers, or -1: the offer marked target, else the one ahead in the expected case) and the flips.
EquityAnalysis analyse(const QList<Offer> &offers, const EquityAssumptions &assumptions, int targetIndex = -1);
// The same over a comparison's rows, in the band's currency.
EquityAnalysis analyse(const OffersComparison &comparison, const EquityAssumptions &assumptions);

// The scenarios that flip which is best between `counter` (the target with the asks in it) and the competing
// offers (all in one currency), as the counter warnings say them: "If every stock falls 15% a year, this counter
// beats Google L4." One per pair of offers that trade places, at the mildest rate that does it (the nearest 0).
// Empty when no scenario flips.
QStringList counterFlipWarnings(const Offer &counter, const QList<Offer> &competing,
                                const EquityAssumptions &assumptions);

// Every break-even sentence of the analysis, in order, each once: an options offer's "its exit decides" comes from
// every pair it is in, and a reader needs it once (the Offers tab and the summary list them).
QStringList breakEvenSentences(const EquityAnalysis &analysis);

// Any offer with a growth, share, refresher-grant, cliff, frequency or clawback field of its own: then the
// scenarios say something even for one offer.
bool anyEquityTerms(const QList<Offer> &offers);

// "12%", "-0.5%": a growth rate as the sentences write it.
QString formatGrowth(double pct);

// compare --json's additions: per offer {years, annualized, total, scenarios, leaving} (by index) and
// {horizon_years, breakeven}.
QJsonObject offerJson(const OfferScenarios &offer);
QJsonObject analysisJson(const EquityAnalysis &analysis);

} // namespace EquityScenarios
