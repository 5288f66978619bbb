// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/RationaleStage.h"

#include "counter/CounterWording.h"

#include <algorithm>
#include <functional>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace CounterWording;

namespace {

double competitorValue(const Competitor &c, CounterPart part)
{
    return part == CounterPart::Base ? c.base : c.equityEquivalent;
}

QStringList labelsWhere(const QList<Competitor> &competitors, const std::function<bool(const Competitor &)> &test)
{
    QStringList labels;
    for (const Competitor &c : competitors) {
        if (test(c))
            labels.append(c.label);
    }
    return labels;
}

// Why a base or equity ask is what it is: a competing offer in the band, the band's top, or the boldness step.
AskReason recurringReason(const CounterTerms &terms, const AskPlan &plan, CounterPart part, Boldness boldness)
{
    const QString &currency = terms.currency;
    const PartBand &partBand = terms.band(part);
    const BaselineAsk &baseline = part == CounterPart::Base ? plan.base : plan.equity;
    const double suggestedAsk = plan.suggested.value(part);
    const QString boldnessName = CounterText::boldnessLabel(boldness);
    AskReason reason;
    reason.part = part;
    const bool isBase = part == CounterPart::Base;
    const QString what = isBase ? Tr::tr("base") : Tr::tr("equity");
    const QString askText = isBase ? money(suggestedAsk, currency)
                                   : Tr::tr("%1 over %2 years").arg(money(suggestedAsk, currency)).arg(terms.targetYears);
    const QString range = money(partBand.low, currency) + u"–"_s + money(partBand.cap, currency);
    // Only a competing offer that beats the target in this part is cited for it.
    const QStringList above = labelsWhere(terms.competitors, [&](const Competitor &c) {
        return terms.beats(c, part) && competitorValue(c, part) > partBand.cap + kCounterSlack;
    });
    const QStringList leading = labelsWhere(terms.competitors, [&](const Competitor &c) {
        return terms.beats(c, part) && competitorValue(c, part) <= partBand.cap + kCounterSlack
            && roundUpWithin(competitorValue(c, part), partBand.cap) >= suggestedAsk - kCounterSlack;
    });
    const bool competitorLeads = suggestedAsk > baseline.ask + kCounterSlack;
    const bool capped = !above.isEmpty() && suggestedAsk >= partBand.cap - kCounterSlack;
    if (competitorLeads && !leading.isEmpty()) {
        QStringList figures;
        for (const Competitor &c : terms.competitors) {
            if (leading.contains(c.label))
                figures.append(Tr::tr("%1's %2").arg(c.label, RationaleStage::figure(c, competitorValue(c, part), currency)));
        }
        reason.line = Tr::tr("%1 %2: %3 %4 inside the band (%5), so ask at least that.")
                          .arg(capitalized(what), askText, joinNames(figures),
                               figures.size() == 1 ? Tr::tr("is") : Tr::tr("are"), range);
        reason.competingOffers = leading;
    } else if (competitorLeads) {
        reason.line = Tr::tr("%1 %2, the band's top: %3 more than that.")
                          .arg(capitalized(what), askText,
                               joinNames(above) + (above.size() == 1 ? Tr::tr(" offers") : Tr::tr(" offer")));
    } else if (baseline.heldCurrent) {
        reason.line = partBand.current >= partBand.cap - kCounterSlack
            ? Tr::tr("%1 %2: the offer's own %3, already at or above the band's top (%4), so hold it.")
                  .arg(capitalized(what), askText, what, money(partBand.cap, currency))
            : Tr::tr("%1 %2: the offer's own %3 is already past the step a %4 ask takes, so hold it.")
                  .arg(capitalized(what), askText, what, boldnessName);
    } else if (baseline.fromPosition) {
        const double position = OfferMath::bandPosition(partBand.current, partBand.low, partBand.cap);
        reason.line = Tr::tr("%1 %2: a %3 ask aims at %4 of the band (%5); the offer sits at %6.")
                          .arg(capitalized(what), askText, boldnessName,
                               percent(AskStage::bandPosition(boldness)), range, percent(position));
    } else {
        reason.line = Tr::tr("%1 %2: a %3 ask is at least %4 above the offer's %5.")
                          .arg(capitalized(what), askText, boldnessName,
                               percentValue(AskStage::minimumRaisePct(boldness)), money(partBand.current, currency));
    }
    if (capped) {
        reason.cappedByBand = true;
        const QString beyond = Tr::tr("What %1 %2 beyond the band's top of %3 can't go into %4,")
                                   .arg(joinNames(above), above.size() == 1 ? Tr::tr("offers") : Tr::tr("offer"),
                                        money(partBand.cap, currency), what);
        reason.line += u' ' + beyond + u' '
            + (plan.suggested.signOn() > kCounterSlack
                   ? Tr::tr("so it moves into the sign-on, which the band doesn't cap.")
                   : Tr::tr("so it would move into the sign-on, but this offer already pays more in year 1."));
        reason.competingOffers.append(above);
        reason.competingOffers.removeDuplicates();
    }
    if (baseline.excess > kCounterSlack && !competitorLeads && !capped) {
        reason.cappedByBand = true;
        reason.line += u' '
            + Tr::tr("The rest of the %1 step (%2) is beyond the band's top, so it moves into the sign-on.")
                  .arg(boldnessName, money(baseline.excess, currency));
    }
    reason.needsWrittenOffer = !reason.competingOffers.isEmpty();
    return reason;
}

// Why the sign-on ask is what it is: a competing offer's year-1 gap, the boldness step past the band, or the
// offer's own.
AskReason signOnReason(const CounterTerms &terms, const AskPlan &plan, Boldness boldness)
{
    const QString &currency = terms.currency;
    AskReason reason;
    reason.part = CounterPart::SignOn;
    const double ask = plan.suggested.signOn();
    const QString askText = money(ask, currency);
    if (ask <= kCounterSlack) {
        reason.line = terms.competitors.isEmpty()
            ? Tr::tr("Sign-on: none; with room left in the band, the base and equity asks carry the step.")
            : Tr::tr("Sign-on: none; no competing offer pays more in year 1 than this offer at the base and equity "
                 "asks.");
    } else if (plan.largestGapIndex >= 0 && plan.gapSignOn >= ask - kCounterSlack
               && terms.beats(terms.competitors.at(plan.largestGapIndex), CounterPart::SignOn)) {
        const Competitor &c = terms.competitors.at(plan.largestGapIndex);
        reason.line = Tr::tr("Sign-on %1: %2 pays %3 in year 1; this offer, at the base and equity asks, pays %4. "
                         "The sign-on bridges that %5 year-1 gap.")
                          .arg(askText, c.label, RationaleStage::figure(c, c.firstYear, currency),
                               money(c.firstYear - plan.largestGap, currency), money(plan.largestGap, currency));
        if (c.base > terms.baseBand.cap + kCounterSlack || c.equityEquivalent > terms.equityBand.cap + kCounterSlack)
            reason.line += u' ' + Tr::tr("It includes %1's pay beyond the band's top.").arg(c.label);
        reason.competingOffers = {c.label};
        reason.needsWrittenOffer = true;
    } else if (plan.baselineSignOn > kCounterSlack && plan.baselineSignOn >= ask - kCounterSlack) {
        reason.line = Tr::tr("Sign-on %1: the %2 step on base and equity (%3 in year 1) goes past the band's top, "
                         "so it moves into a one-off sign-on, which the band doesn't cap.")
                          .arg(askText, CounterText::boldnessLabel(boldness), money(plan.baselineSignOnRaw, currency));
        reason.cappedByBand = true;
    } else if (ask <= terms.target.signOn + kCounterSlack) {
        reason.line = Tr::tr("Sign-on %1: the offer's own sign-on; keep it.").arg(askText);
    } else {
        reason.line = Tr::tr("Sign-on %1: what a competing offer pays in year 1 beyond this offer at the base and "
                         "equity asks.")
                          .arg(askText);
    }
    return reason;
}

// The part with the most room left in its band, or the sign-on when base and equity are near the top.
void mostLikelyToMove(const CounterTerms &terms, CounterRationale &rationale)
{
    const auto roomLeft = [](const PartBand &partBand) {
        const double range = partBand.cap - partBand.low;
        return range > 0 ? (partBand.cap - partBand.current) / range : 0.0;
    };
    const double baseRoom = roomLeft(terms.baseBand);
    const double equityRoom = roomLeft(terms.equityBand);
    if (std::max(baseRoom, equityRoom) < 0.25) {
        rationale.mostLikelyToMove = CounterPart::SignOn;
        rationale.mostLikelyToMoveReason =
            Tr::tr("Sign-on is the part most likely to move: base and equity are near the top of the band, and a "
               "one-off sign-on doesn't touch the band.");
        return;
    }
    const bool base = baseRoom >= equityRoom;
    const PartBand &partBand = base ? terms.baseBand : terms.equityBand;
    const QString &currency = terms.currency;
    rationale.mostLikelyToMove = base ? CounterPart::Base : CounterPart::Equity;
    rationale.mostLikelyToMoveReason =
        Tr::tr("%1 is the part most likely to move: the offer sits %2 of the way up the band's %3 range (%4–%5), "
           "with %6 of room to the top that a recruiter can give without an exception.")
            .arg(base ? Tr::tr("Base") : Tr::tr("Equity"),
                 percent(OfferMath::bandPosition(partBand.current, partBand.low, partBand.cap)),
                 base ? Tr::tr("base") : Tr::tr("equity"), money(partBand.low, currency), money(partBand.cap, currency),
                 money(partBand.cap - partBand.current, currency));
}

} // namespace

QList<AskReason> RationaleStage::askReasons(const CounterTerms &terms, const AskPlan &plan, Boldness boldness)
{
    return {recurringReason(terms, plan, CounterPart::Base, boldness),
            recurringReason(terms, plan, CounterPart::Equity, boldness), signOnReason(terms, plan, boldness)};
}

QString RationaleStage::figure(const Competitor &c, double converted, const QString &currency)
{
    const QString text = money(converted, currency);
    if (std::abs(c.rate - 1.0) <= 1e-9)
        return text;
    const QString own = money(converted / c.rate, c.original.currency);
    const QString rate = decimal(c.rate);
    if (!c.rateEntered.isValid())
        return Tr::tr("%1 (%2 on its offer letter, at the rate of %3)").arg(text, own, rate);
    return Tr::tr("%1 (%2 on its offer letter, at the rate of %3 you entered on %4)")
        .arg(text, own, rate, c.rateEntered.toString(Qt::ISODate));
}

QString RationaleStage::floorLine(const CounterTerms &terms, const CounterFloor &floor, double premiumPct)
{
    const QString &currency = terms.currency;
    const QString floorBaseText = money(floor.base, currency);
    const std::optional<BestAlternative> &best = floor.bestAlternative;
    switch (floor.source) {
    case FloorSource::Alternative: {
        const double premium = std::clamp(premiumPct, 0.0, 100.0);
        const QString premiumText = premium > 0 ? Tr::tr(", less your %1 premium").arg(percentValue(premium)) : QString();
        return Tr::tr("Floor %1 a year over 4 years: %2's 4-year average of %3%4. That is %5 base with the offer's other "
                  "parts unchanged.")
            .arg(money(floor.annualized, currency), bestAlternativeName(terms, *best),
                 money(best->annualized, currency), premiumText, floorBaseText);
    }
    case FloorSource::Stated:
        if (best) {
            return Tr::tr("Floor %1 a year over 4 years: the walk-away figure you stated, above what %2 comes to (%3). "
                      "That is %4 base with the offer's other parts unchanged.")
                .arg(money(floor.annualized, currency), bestAlternativeName(terms, *best),
                     money(best->annualized, currency), floorBaseText);
        }
        return Tr::tr("Floor %1 a year over 4 years: the walk-away figure you stated. That is %2 base with the offer's "
                  "other parts unchanged.")
            .arg(money(floor.annualized, currency), floorBaseText);
    case FloorSource::Offer:
        break;
    }
    return Tr::tr("Floor %1 a year over 4 years: the offer's own value (%2 base); with no competing offer, there is "
              "nothing better to walk away to.")
        .arg(money(floor.annualized, currency), floorBaseText);
}

QString RationaleStage::raiseLine(const CounterTerms &terms, const FloorReach &reach, const CounterFloor &floor,
                                  CounterPart part)
{
    const QString &currency = terms.currency;
    const double value = reach.asks.value(part);
    const QString floorText = money(floor.annualized, currency);
    if (part == CounterPart::SignOn) {
        const bool atLimit = value >= reach.signOnLimit - kCounterSlack;
        return atLimit && !reach.bandCanReach
            ? Tr::tr("Raised to %1, its limit of a quarter of the base ask, to come as close as the band allows to your "
                 "floor of %2 a year over 4 years.")
                  .arg(money(value, currency), floorText)
            : Tr::tr("Raised to %1 so the counter reaches your floor of %2 a year over 4 years; a one-off sign-on sits "
                 "outside the band, up to a quarter of the base ask (%3).")
                  .arg(money(value, currency), floorText, money(reach.signOnLimit, currency));
    }
    const bool atTop = value >= terms.band(part).cap - kCounterSlack;
    if (!atTop) {
        return Tr::tr("Raised to %1 so the counter reaches your floor of %2 a year over 4 years.")
            .arg(money(value, currency), floorText);
    }
    return Tr::tr("Raised to %1, the band's top, toward your floor of %2 a year over 4 years.")
        .arg(money(value, currency), floorText);
}

CounterRationale RationaleStage::explain(const RationaleInput &input)
{
    const QString &currency = input.terms.currency;
    CounterRationale rationale;
    rationale.reasons = askReasons(input.terms, input.plan, input.settings.boldness);
    for (AskReason &reason : rationale.reasons) {
        if (input.reach.raised[std::size_t(reason.part)])
            reason.line += u' ' + raiseLine(input.terms, input.reach, input.floor, reason.part);
        if (input.applied.overridden[std::size_t(reason.part)]) {
            const double value = input.applied.asks.value(reason.part);
            reason.line = Tr::tr("%1 %2: set by hand (the suggestion was %3).")
                              .arg(capitalized(partName(reason.part)), money(value, currency),
                                   money(input.reach.asks.value(reason.part), currency));
            reason.needsWrittenOffer = false;
            reason.competingOffers.clear();
        }
        rationale.lines.append(reason.line);
    }
    rationale.lines.append(floorLine(input.terms, input.floor, input.settings.premiumPct));
    mostLikelyToMove(input.terms, rationale);
    for (const AskReason &reason : std::as_const(rationale.reasons)) {
        if (reason.needsWrittenOffer)
            rationale.writtenOffersNeeded.append(reason.competingOffers);
    }
    rationale.writtenOffersNeeded.removeDuplicates();
    return rationale;
}
