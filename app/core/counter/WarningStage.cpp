// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/WarningStage.h"

#include "counter/CounterWording.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace CounterWording;

namespace {
// Where the floor comes from, as the warnings name it: "Google L4", "the walk-away figure you stated". A best
// alternative weaker than the offer on the table is not named.
QString floorOrigin(const CounterTerms &terms, const CounterFloor &floor)
{
    switch (floor.source) {
    case FloorSource::Alternative:
        return bestAlternativeName(terms, *floor.bestAlternative);
    case FloorSource::Stated:
        return tr("the walk-away figure you stated");
    case FloorSource::Offer:
        break;
    }
    return tr("the offer itself");
}

QString cantReachWarning(const CounterTerms &terms, const CounterFloor &floor, const FloorReach &reach)
{
    const QString &currency = terms.currency;
    const Offer &target = terms.target;
    const double shortfall = floor.annualized - reach.bandReachAnnualized;
    const bool quarter = reach.signOnLimit <= ReachStage::kSignOnLimitOfBase * reach.asks.base() + kCounterSlack;
    const QString atTheTop = (quarter ? tr("At the top of its band (%1 base, %2 equity) with a %3 sign-on (a quarter "
                                           "of the base), the offer comes to %4 a year over 4 years, %5 short of your "
                                           "floor of %6 (%7).")
                                      : tr("At the top of its band (%1 base, %2 equity) with the %3 sign-on asked, the "
                                           "offer comes to %4 a year over 4 years, %5 short of your floor of %6 (%7)."))
                                 .arg(money(std::max(terms.baseBand.cap, target.base), currency),
                                      money(std::max(terms.equityBand.cap, target.equityTotal), currency),
                                      money(reach.signOnLimit, currency), money(reach.bandReachAnnualized, currency),
                                      money(shortfall, currency), money(floor.annualized, currency), floorOrigin(terms, floor));
    if (floor.source == FloorSource::Alternative) {
        const BestAlternative &best = *floor.bestAlternative;
        const double premiumNeeded = 100.0 * (best.annualized - reach.bandReachAnnualized) / best.annualized;
        return tr("This company can't match your best alternative.") + u' ' + atTheTop + u' '
            + tr("Only a premium of %1 or more, a higher level, or an exception to the band would close it; the "
                 "script asks for those and commits to nothing.")
                  .arg(percentValue(premiumNeeded));
    }
    return tr("This company can't reach the walk-away figure you stated.") + u' ' + atTheTop + u' '
        + tr("Only a higher level or an exception to the band would close it; the script asks for those and commits "
             "to nothing.");
}
} // namespace

QStringList WarningStage::floorWarnings(const CounterTerms &terms, const CounterFloor &floor, const FloorReach &reach,
                                        double counterAnnualized, bool meetsFloor)
{
    QStringList warnings;
    if (floor.source == FloorSource::Offer)
        return warnings;
    const QString &currency = terms.currency;
    if (!reach.bandCanReach) {
        warnings.append(cantReachWarning(terms, floor, reach));
    } else if (!meetsFloor) {
        warnings.append(tr("The counter comes to %1 a year over 4 years, below your floor of %2 (%3). The band can "
                           "reach it: ask for more base, equity or sign-on before you settle; the script commits to "
                           "nothing until it does.")
                            .arg(money(counterAnnualized, currency), money(floor.annualized, currency),
                                 floorOrigin(terms, floor)));
    }
    if (terms.targetAnnualized >= floor.annualized - kCounterSlack) {
        warnings.append(tr("The offer on the table (%1 a year over 4 years) already meets your floor (%2, from %3): "
                           "you have less leverage than it looks, so push gently.")
                            .arg(money(terms.targetAnnualized, currency), money(floor.annualized, currency),
                                 floorOrigin(terms, floor)));
    }
    return warnings;
}

QStringList WarningStage::offerWarnings(const CounterTerms &terms, const AppliedAsks &applied)
{
    const QString &currency = terms.currency;
    const Offer &target = terms.target;
    QStringList warnings;
    if (target.base > terms.baseBand.cap + kCounterSlack) {
        warnings.append(tr("The offer's base (%1) is already above the band's top (%2); the base ask holds it rather "
                           "than going higher.")
                            .arg(money(target.base, currency), money(terms.baseBand.cap, currency)));
    }
    if (target.equityTotal > terms.equityBand.cap + kCounterSlack) {
        warnings.append(tr("The offer's equity (%1) is already above the band's top (%2); the equity ask holds it.")
                            .arg(money(target.equityTotal, currency), money(terms.equityBand.cap, currency)));
    }
    const CounterAsks &asks = applied.asks;
    if (asks.signOn() > 0.25 * asks.base() && asks.signOn() > kCounterSlack) {
        warnings.append(tr("A sign-on of %1 is more than a quarter of the base; companies often split one this size "
                           "across two years, or pay part of it in equity.")
                            .arg(money(asks.signOn(), currency)));
    }
    return warnings;
}

QStringList WarningStage::competitorWarnings(const CounterTerms &terms, const QStringList &levelMapping)
{
    QStringList warnings;
    for (const Competitor &c : terms.competitors) {
        const Offer &o = c.offer;
        if (std::abs(c.rate - 1.0) > 1e-9) {
            warnings.append(tr("%1's offer is compared in %2 at the rate you gave (%3); a change in the rate moves the "
                               "anchors.")
                                .arg(c.label, terms.currency, QString::number(c.rate, 'g', 6)));
        }
        if (o.company.isEmpty() || o.level.isEmpty())
            continue;
        QStringList sameCompany;
        bool sameLevel = false;
        for (const QString &mapped : levelMapping) {
            if (mapped.compare(c.label, Qt::CaseInsensitive) == 0)
                sameLevel = true;
            else if (mapped.startsWith(o.company + u' ', Qt::CaseInsensitive))
                sameCompany.append(mapped);
        }
        if (!sameLevel && !sameCompany.isEmpty()) {
            warnings.append(tr("The guide maps this level to %1, not %2: an offer at another level moves the anchors, "
                               "so compare like with like.")
                                .arg(joinNames(sameCompany), c.label));
        }
    }
    return warnings;
}

QStringList WarningStage::overrideWarnings(const CounterTerms &terms, const AppliedAsks &applied)
{
    const QString &currency = terms.currency;
    const Offer &target = terms.target;
    const CounterAsks own(target.base, target.equityTotal, target.signOn);
    QStringList warnings;
    for (CounterPart part : kCounterParts) {
        if (!applied.overridden[std::size_t(part)])
            continue;
        const double value = applied.asks.value(part);
        if (value < own.value(part) - kCounterSlack) {
            warnings.append(tr("Your %1 ask (%2) is below the offer's own %1 (%3): it gives ground before the talk "
                               "starts.")
                                .arg(partName(part), money(value, currency), money(own.value(part), currency)));
        }
        // The band caps base and equity; sign-on has no cap.
        if (part == CounterPart::SignOn)
            continue;
        const double cap = terms.band(part).cap;
        if (cap >= 0 && value > std::max(cap, own.value(part)) + kCounterSlack) {
            warnings.append(tr("Your %1 ask (%2) is above the band's top (%3): expect it to need an exception; "
                               "a sign-on is easier to grant.")
                                .arg(partName(part), money(value, currency), money(cap, currency)));
        }
    }
    return warnings;
}

QStringList WarningStage::scenarioWarnings(const CounterTerms &terms, const Offer &counter,
                                           const std::optional<EquityAssumptions> &scenarios)
{
    if (!scenarios)
        return {};
    QList<Offer> competing;
    for (const Competitor &c : terms.competitors)
        competing.append(c.offer);
    return EquityScenarios::counterFlipWarnings(counter, competing, *scenarios);
}

QStringList WarningStage::warn(const WarningInput &input)
{
    return floorWarnings(input.terms, input.floor, input.reach, input.counterAnnualized, input.meetsFloor)
        + offerWarnings(input.terms, input.applied) + competitorWarnings(input.terms, input.levelMapping)
        + overrideWarnings(input.terms, input.applied);
}
