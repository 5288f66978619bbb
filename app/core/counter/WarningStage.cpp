#include "counter/WarningStage.h"

#include "counter/CounterWording.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace CounterWording;

QStringList WarningStage::floorWarnings(const CounterTerms &terms, const CounterFloor &floor, double counterAnnualized)
{
    QStringList warnings;
    const std::optional<BestAlternative> &best = floor.bestAlternative;
    if (!best)
        return warnings;
    const QString &currency = terms.currency;
    const Offer &target = terms.target;
    if (!floor.bandCanReach) {
        const double shortfall = floor.annualized - floor.bandReachAnnualized;
        const double premiumNeeded = 100.0 * (best->annualized - floor.bandReachAnnualized) / best->annualized;
        warnings.append(tr("This company can't match your best alternative. At the top of its band (%1 base, %2 "
                           "equity) the offer comes to %3 a year over 4 years, %4 short of your floor of %5 (%6). "
                           "Only a premium of %7 or more, a sign-on of about %8, or a higher level would close it.")
                            .arg(money(std::max(terms.baseBand.cap, target.base), currency),
                                 money(std::max(terms.equityBand.cap, target.equityTotal), currency),
                                 money(floor.bandReachAnnualized, currency), money(shortfall, currency),
                                 money(floor.annualized, currency), best->label, percentValue(premiumNeeded),
                                 money(OfferMath::roundUpAmount(shortfall * 4), currency)));
    } else if (counterAnnualized < floor.annualized - kCounterSlack) {
        warnings.append(tr("The counter comes to %1 a year over 4 years, below your floor of %2 (%3). The band can "
                           "reach it: ask for more equity or base before you settle.")
                            .arg(money(counterAnnualized, currency), money(floor.annualized, currency), best->label));
    }
    if (terms.targetAnnualized >= floor.annualized - kCounterSlack) {
        warnings.append(tr("The offer on the table (%1 a year over 4 years) already meets your floor (%2, from %3): "
                           "you have less leverage than it looks, so push gently.")
                            .arg(money(terms.targetAnnualized, currency), money(floor.annualized, currency),
                                 best->label));
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

QStringList WarningStage::warn(const WarningInput &input)
{
    return floorWarnings(input.terms, input.floor, input.counterAnnualized)
        + offerWarnings(input.terms, input.applied) + competitorWarnings(input.terms, input.levelMapping)
        + overrideWarnings(input.terms, input.applied);
}
