#include "counter/CounterEngine.h"

#include "counter/AskStage.h"
#include "counter/FloorStage.h"
#include "counter/LeverStage.h"
#include "counter/RationaleStage.h"
#include "counter/ScriptStage.h"
#include "counter/WarningStage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString CounterText::boldnessName(Boldness boldness)
{
    switch (boldness) {
    case Boldness::Conservative:
        return u"conservative"_s;
    case Boldness::Balanced:
        return u"balanced"_s;
    case Boldness::Bold:
        return u"bold"_s;
    }
    return QString();
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

    // 1. The asks, then the person's own in their place.
    const AskPlan plan = AskStage::suggest(terms, input.settings.boldness);
    const AppliedAsks applied = AskStage::applyOverrides(plan.suggested, input.overrides);
    result.suggested = plan.suggested;
    result.asks = applied.asks;
    result.overridden = applied.overridden;
    result.counter = terms.target;
    result.counter.base = result.asks.base();
    result.counter.equityTotal = result.asks.equityTotal();
    result.counter.signOn = result.asks.signOn();
    result.counterFirstYear = OfferMath::firstYear(result.counter);
    result.counterAnnualized = OfferMath::annualized(result.counter);

    // 2. The floor.
    const CounterFloor floor = FloorStage::compute(terms, input.settings.premiumPct);
    result.bestAlternative = floor.bestAlternative;
    result.floorAnnualized = floor.annualized;
    result.floorBase = floor.base;
    result.bandReachAnnualized = floor.bandReachAnnualized;
    result.bandCanReachFloor = floor.bandCanReach;

    // 3. The rationale.
    CounterRationale rationale = RationaleStage::explain({terms, plan, applied, floor, input.settings});
    result.reasons = rationale.reasons;
    result.rationale = rationale.lines;
    result.mostLikelyToMove = rationale.mostLikelyToMove;
    result.mostLikelyToMoveReason = rationale.mostLikelyToMoveReason;
    result.writtenOffersNeeded = rationale.writtenOffersNeeded;

    // 4. The warnings.
    result.warnings = WarningStage::warn({terms, floor, applied, result.counterAnnualized, input.guide.levelMapping});

    // 5. The script, and 6. the levers that back it.
    result.script = ScriptStage::write({terms, result.asks, floor, result.reasons, input.guide.script});
    result.levers = LeverStage::choose({input.guide.levers, ScriptStage::namedOffers(terms, result.reasons),
                                        result.asks, terms.target, terms.currency});
    return result;
}
