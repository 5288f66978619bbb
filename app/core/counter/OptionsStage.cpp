// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/OptionsStage.h"

#include "common/Money.h"
#include "counter/CounterWording.h"
#include "offers/OptionsValuation.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace CounterWording;

namespace {

QString multipleText(double multiple)
{
    return OptionsValuation::formatMultiple(multiple) + u"×"_s;
}

QString price(double value, const QString &currency)
{
    return Money::exact(value, currency, MoneyStyle::report().withCents());
}

QString count(double options)
{
    return Money::exact(options, QString(), MoneyStyle::report().withoutSymbol());
}

// A number of options to ask for, as people say it: rounded up to a hundred.
QString roundedCount(double options)
{
    return count(std::ceil(options / 100.0 - 1e-9) * 100.0);
}

// The best alternative's offer when it grants options, or nullptr.
const Competitor *optionsAlternative(const CounterTerms &terms, const CounterFloor &floor)
{
    if (floor.source != FloorSource::Alternative || !floor.bestAlternative)
        return nullptr;
    const int index = floor.bestAlternative->index;
    if (index < 0 || index >= terms.competitors.size() || !terms.competitors.at(index).offer.hasOptions())
        return nullptr;
    return &terms.competitors.at(index);
}

// The offer's 4-year average with its options at `multiple`, holding `options` of them.
double annualizedAt(const Offer &offer, double options, double multiple)
{
    Offer at = offer;
    at.equityTotal = options * OptionsValuation::spreadPerShare(offer.stockOptions, multiple);
    return OfferMath::annualized(at);
}

std::pair<double, double> lowestAndHighest(const QList<double> &multiples, double expected)
{
    if (multiples.isEmpty())
        return {expected, expected};
    const auto [low, high] = std::minmax_element(multiples.cbegin(), multiples.cend());
    return {*low, *high};
}

} // namespace

std::optional<double> OptionsStage::optionsForEquity(const Offer &target, double value)
{
    if (!target.hasOptions())
        return std::nullopt;
    const double spread = OptionsValuation::spreadPerShare(target.stockOptions,
                                                           target.stockOptions.expectedExitMultiple);
    if (!(spread > 0))
        return std::nullopt;
    return value / spread;
}

QString OptionsStage::grantText(const StockOptions &options, const QString &currency)
{
    return Tr::tr("%1 options at a %2 strike").arg(count(options.count), price(options.strikePrice, currency));
}

QString OptionsStage::askText(const Offer &target, double equityAsk)
{
    const std::optional<double> options = optionsForEquity(target, equityAsk);
    return options ? Tr::tr("%1 options").arg(roundedCount(*options)) : Tr::tr("more options");
}

QString OptionsStage::equityLine(const CounterTerms &terms, double equityAsk)
{
    const Offer &target = terms.target;
    if (!target.hasOptions())
        return QString();
    const StockOptions &o = target.stockOptions;
    const QString &currency = terms.currency;
    const double multiple = o.expectedExitMultiple;
    const double exitPrice = OptionsValuation::exitPricePerShare(o, multiple);
    QString line = Tr::tr("Equity counts the %1 options at an exit at %2 the last round's price: %3 a share after "
                      "dilution and preference, less the %4 strike, so %5 for the grant.")
                       .arg(count(o.count), multipleText(multiple), price(exitPrice, currency),
                            price(o.strikePrice, currency), money(target.equityTotal, currency));
    if (const std::optional<double> options = optionsForEquity(target, equityAsk)) {
        line += u' ' + Tr::tr("The equity ask of %1 is about %2 options at that exit.")
                           .arg(money(equityAsk, currency), roundedCount(*options));
    } else {
        line += u' ' + Tr::tr("At that exit the options are worth nothing, so no number of them makes up an equity ask; "
                          "a lower strike, more base or a sign-on does.");
    }
    line += u' ' + Tr::tr("Their paper value (%1, at the last round's price) is never counted as pay.")
                       .arg(money(OptionsValuation::paperValue(o), currency));
    return line;
}

QString OptionsStage::floorAssumption(const CounterTerms &terms, const CounterFloor &floor)
{
    QStringList assumptions;
    if (const Competitor *alternative = optionsAlternative(terms, floor)) {
        assumptions.append(Tr::tr("%1's options at an exit at %2 its last round's price")
                               .arg(alternative->label,
                                    multipleText(alternative->offer.stockOptions.expectedExitMultiple)));
    }
    if (terms.target.hasOptions()) {
        assumptions.append(Tr::tr("this offer's options at %1 its last round's price")
                               .arg(multipleText(terms.target.stockOptions.expectedExitMultiple)));
    }
    if (assumptions.isEmpty())
        return QString();
    return Tr::tr("The floor assumes %1.").arg(joinNames(assumptions));
}

void OptionsStage::addToRationale(const CounterTerms &terms, const CounterFloor &floor, double equityAsk,
                                  CounterRationale &rationale)
{
    const QString equity = equityLine(terms, equityAsk);
    const qsizetype equityIndex = qsizetype(CounterPart::Equity);
    if (!equity.isEmpty() && equityIndex < rationale.reasons.size() && equityIndex < rationale.lines.size()) {
        rationale.reasons[equityIndex].line += u' ' + equity;
        rationale.lines[equityIndex] += u' ' + equity;
    }
    const QString assumption = floorAssumption(terms, floor);
    if (!assumption.isEmpty() && !rationale.lines.isEmpty())
        rationale.lines.last() += u' ' + assumption;
}

QStringList OptionsStage::warnings(const CounterTerms &terms, const CounterFloor &floor, const CounterAsks &asks,
                                   const QList<double> &exitMultiples)
{
    const QString &currency = terms.currency;
    QStringList warnings;
    const Offer &target = terms.target;
    if (target.hasOptions()) {
        const Offer counter = terms.withAsks(asks);
        const double expected = target.stockOptions.expectedExitMultiple;
        const double options = optionsForEquity(target, asks.equityTotal()).value_or(target.stockOptions.count);
        const double atExpected = annualizedAt(counter, options, expected);
        const double atNothing = annualizedAt(counter, options, 0);
        const double share = atExpected > 0 ? (atExpected - atNothing) / atExpected : 0;
        const auto [low, high] = lowestAndHighest(exitMultiples, expected);
        QString warning = Tr::tr("%1 of the counter's 4-year average (%2 of %3 a year) rests on the exit: it counts the "
                             "options at %4 the last round's price. If they end up worth nothing, the counter comes "
                             "to %5 a year")
                              .arg(percent(share), money(atExpected - atNothing, currency), money(atExpected, currency),
                                   multipleText(expected), money(atNothing, currency));
        if (floor.source != FloorSource::Offer && !reachesAmount(atNothing, floor.annualized))
            warning += Tr::tr(", below your floor of %1").arg(money(floor.annualized, currency));
        warning += Tr::tr("; across the exits you set (%1 to %2) it runs from %3 to %4 a year.")
                       .arg(multipleText(low), multipleText(high), money(annualizedAt(counter, options, low), currency),
                            money(annualizedAt(counter, options, high), currency));
        warnings.append(warning);
    }
    if (const Competitor *alternative = optionsAlternative(terms, floor)) {
        const Offer &offer = alternative->offer;
        const double count = offer.stockOptions.count;
        const double expected = offer.stockOptions.expectedExitMultiple;
        const double atNothing = annualizedAt(offer, count, 0);
        const auto [low, high] = lowestAndHighest(exitMultiples, expected);
        warnings.append(Tr::tr("Your floor rests on %1's exit: its options count for %2 of its %3 a year at %4 its last "
                           "round's price. If they end up worth nothing, %1 comes to %5 a year; across the exits you "
                           "set (%6 to %7) it runs from %8 to %9 a year.")
                            .arg(alternative->label, money(alternative->annualized - atNothing, currency),
                                 money(alternative->annualized, currency), multipleText(expected),
                                 money(atNothing, currency), multipleText(low), multipleText(high),
                                 money(annualizedAt(offer, count, low), currency))
                            .arg(money(annualizedAt(offer, count, high), currency)));
    }
    return warnings;
}
