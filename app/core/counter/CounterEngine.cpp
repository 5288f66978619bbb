// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/CounterEngine.h"

#include "counter/AskStage.h"
#include "counter/FloorStage.h"
#include "counter/LeverStage.h"
#include "counter/OptionsStage.h"
#include "counter/RationaleStage.h"
#include "counter/ReachStage.h"
#include "counter/ScriptStage.h"
#include "counter/WarningStage.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
// The names scripts read in the JSON, in enum order; never translated.
constexpr std::array<const char16_t *, 3> kBoldnessNames{u"conservative", u"balanced", u"bold"};
constexpr std::array<const char16_t *, 3> kFloorSourceNames{u"alternative", u"stated", u"offer"};

// The scenarios asked for, or the default set when an offer has equity terms of its own.
std::optional<EquityAssumptions> scenariosOf(const CounterInput &input)
{
    if (input.scenarios)
        return input.scenarios;
    const auto hasTerms = [](const BandComparison &row) { return row.offer.hasEquityTerms(); };
    if (hasTerms(input.target) || std::any_of(input.competing.cbegin(), input.competing.cend(), hasTerms))
        return EquityAssumptions();
    return std::nullopt;
}
} // namespace

QString CounterText::boldnessName(Boldness boldness)
{
    return QString::fromUtf16(kBoldnessNames.at(std::size_t(boldness)));
}

QString CounterText::boldnessLabel(Boldness boldness)
{
    //: How bold a counter is, in "a balanced ask" and "the balanced step"; French and German agree it with those
    //: nouns.
    static const std::array<const char *, 3> labels{QT_TRANSLATE_NOOP("CounterEngine", "conservative"),
                                                    QT_TRANSLATE_NOOP("CounterEngine", "balanced"),
                                                    QT_TRANSLATE_NOOP("CounterEngine", "bold")};
    return QCoreApplication::translate("CounterEngine", labels.at(std::size_t(boldness)));
}

QString CounterText::floorSourceName(FloorSource source)
{
    return QString::fromUtf16(kFloorSourceNames.at(std::size_t(source)));
}

std::optional<Boldness> CounterText::parseBoldness(const QString &name)
{
    for (Boldness boldness : {Boldness::Conservative, Boldness::Balanced, Boldness::Bold}) {
        if (name.compare(boldnessName(boldness), Qt::CaseInsensitive) == 0)
            return boldness;
    }
    return std::nullopt;
}

CounterAsks::CounterAsks(double base, double equityTotal, double signOn)
    : amounts{base, equityTotal, signOn}
{
}

bool CounterOverrides::isEmpty() const
{
    return std::none_of(amounts.cbegin(), amounts.cend(), [](const std::optional<double> &value) { return value; });
}

QString CounterSuggestion::scriptWithLevers() const
{
    return ScriptStage::withLevers(script, levers);
}

double CounterEngine::bandPosition(Boldness boldness)
{
    return AskStage::bandPosition(boldness);
}

double CounterEngine::minimumRaisePct(Boldness boldness)
{
    return AskStage::minimumRaisePct(boldness);
}

CounterSuggestion CounterEngine::suggest(const CounterInput &input)
{
    const CounterTerms terms = CounterTerms::from(input);
    CounterSuggestion result;
    result.currency = terms.currency;

    // 1. The asks the anchors and the boldness step set; 2. the floor; 2b. the asks raised to reach it.
    const AskPlan plan = AskStage::suggest(terms, input.settings.boldness);
    const CounterFloor floor = FloorStage::compute(terms, input.settings);
    const FloorReach reach = ReachStage::reach(terms, plan.suggested, floor.annualized);
    result.bestAlternative = floor.bestAlternative;
    result.floorAnnualized = floor.annualized;
    result.floorSource = floor.source;
    result.floorBase = floor.base;
    result.bandReachAnnualized = reach.bandReachAnnualized;
    result.bandCanReachFloor = reach.bandCanReach;
    result.signOnLimit = reach.signOnLimit;
    result.raisedToFloor = reach.raised;

    // Then the person's own asks in their place, and the counter they make.
    const AppliedAsks applied = AskStage::applyOverrides(reach.asks, input.overrides);
    result.suggested = reach.asks;
    result.asks = applied.asks;
    result.overridden = applied.overridden;
    result.counter = terms.withAsks(result.asks);
    result.counterFirstYear = OfferMath::firstYear(result.counter);
    result.counterAnnualized = OfferMath::annualized(result.counter);
    result.meetsFloor = reachesAmount(result.counterAnnualized, floor.annualized);

    // 3. The rationale.
    CounterRationale rationale = RationaleStage::explain({terms, plan, reach, applied, floor, input.settings});
    OptionsStage::addToRationale(terms, floor, result.asks.equityTotal(), rationale);
    result.reasons = rationale.reasons;
    result.rationale = rationale.lines;
    result.mostLikelyToMove = rationale.mostLikelyToMove;
    result.mostLikelyToMoveReason = rationale.mostLikelyToMoveReason;
    result.writtenOffersNeeded = rationale.writtenOffersNeeded;

    // 4. The warnings.
    result.warnings = WarningStage::warn(
        {terms, floor, reach, applied, result.counterAnnualized, result.meetsFloor, input.guide.levelMapping});
    result.warnings += OptionsStage::warnings(terms, floor, result.asks, input.settings.exitMultiples);
    result.warnings += WarningStage::scenarioWarnings(terms, result.counter, scenariosOf(input));

    // 5. The script, and 6. the levers that back it.
    result.script = ScriptStage::write(
        {terms, result.asks, floor, reach.bandCanReach, result.meetsFloor, result.reasons, input.guide.script});
    result.levers = LeverStage::choose({input.guide.levers, ScriptStage::namedOffers(terms, result.reasons),
                                        result.asks, terms.target, terms.currency});
    return result;
}
