// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "counter/CounterEngine.h"
#include "counter/CounterRows.h"
#include "counter/NegotiationReport.h"
#include "offers/OfferComparison.h"
#include "OptionsText.h"
#include "ScenarioOptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Derived amounts to the cent, so floating-point noise doesn't reach the JSON.
double cents(double value)
{
    return std::round(value * 100) / 100;
}

QJsonObject asksJson(const CounterAsks &asks)
{
    return {{u"base"_s, cents(asks.base())},
            {u"equity_total"_s, cents(asks.equityTotal())},
            {u"sign_on"_s, cents(asks.signOn())}};
}

QString cell(const QString &text, int width)
{
    return text.leftJustified(width);
}

void printText(const CounterInput &input, const CounterSuggestion &s)
{
    QTextStream &out = Cli::out();
    const Offer &target = input.target.offer;
    const RegionBand &band = input.band;
    const auto amount = [](double value) { return Cli::formatAmount(value); };
    out << u"Counter-offer for %1, %2 (%3), %4\n"_s.arg(input.guide.title(), band.region, band.currency,
                                                        CounterText::boldnessName(input.settings.boldness));
    out << u"Target: %1\n\n"_s.arg(target.label());

    const int years = target.vestingPeriodYears();
    const std::array<QString, kCounterPartCount> names{u"Base"_s, u"Equity/%1yr"_s.arg(years), u"Sign-on"_s};
    const int w = 13;
    out << cell(u"Part"_s, 12) << cell(u"Current"_s, w) << cell(u"Ask"_s, w) << cell(u"Band low"_s, w)
        << cell(u"Band high"_s, w) << u"Best alternative\n"_s;
    const auto optionalAmount = [&](const std::optional<double> &value) { return value ? amount(*value) : u"-"_s; };
    for (const CounterRow &row : counterRows(input, s)) {
        QString ask = amount(row.ask);
        if (row.overridden)
            ask += u" (set)"_s;
        out << cell(names[std::size_t(row.part)], 12) << cell(amount(row.current), w) << cell(ask, w)
            << cell(optionalAmount(row.bandLow), w) << cell(optionalAmount(row.bandHigh), w)
            << optionalAmount(row.bestAlternative) << u'\n';
    }

    out << u"\nCounter: %1 in year 1, %2 a year over 4 years\n"_s.arg(amount(s.counterFirstYear),
                                                                    amount(s.counterAnnualized));
    out << u"Floor: %1 a year over 4 years (%2 base with the offer's other parts)\n"_s.arg(
        amount(s.floorAnnualized), amount(s.floorBase));
    // The same words as the Counter tab and the summary.
    const FloorStatus status = floorStatusOf(input, s, [&](double value) {
        return NegotiationReport::money(value, input.band.currency);
    });
    out << u"Floor from: %1\n"_s.arg(status.source);
    out << u"Status: %1\n"_s.arg(status.sentence);
    if (s.bestAlternative) {
        out << u"Best alternative: %1, %2 a year over 4 years\n"_s.arg(s.bestAlternative->label,
                                                                      amount(s.bestAlternative->annualized));
    } else {
        out << u"Best alternative: none\n"_s;
    }
    out << u"Most likely to move: %1\n"_s.arg(s.mostLikelyToMoveReason);
    if (!s.writtenOffersNeeded.isEmpty())
        out << u"Have in writing before you ask: %1\n"_s.arg(s.writtenOffersNeeded.join(u", "_s));
    out << u"\nWhy:\n"_s;
    for (const QString &line : s.rationale)
        out << u"- "_s << line << u'\n';
    if (!s.warnings.isEmpty()) {
        out << u"\nWarnings:\n"_s;
        for (const QString &line : s.warnings)
            out << u"- "_s << line << u'\n';
    }
    out << u"\nScript:\n"_s << s.scriptWithLevers() << u'\n';
}

// The index of the one offer marked as the target; nothing, with the reason on stderr, unless exactly one is.
std::optional<int> targetIndex(const QList<Offer> &offers, const QString &offersPath)
{
    QList<int> targets;
    for (int i = 0; i < offers.size(); ++i) {
        if (offers.at(i).target)
            targets.append(i);
    }
    if (targets.size() != 1) {
        if (targets.isEmpty()) {
            Cli::err() << u"offerdesk-cli suggest: %1: no offer is marked \"target\": true; mark the offer you are "
                          u"negotiating\n"_s.arg(offersPath);
        } else {
            QStringList which;
            for (int i : std::as_const(targets))
                which.append(u"offers[%1] (%2)"_s.arg(i).arg(offers.at(i).label()));
            Cli::err() << u"offerdesk-cli suggest: %1: %2 offers are marked \"target\": true: %3; mark only one\n"_s
                              .arg(offersPath)
                              .arg(targets.size())
                              .arg(which.join(u", "_s));
        }
        return std::nullopt;
    }
    return targets.first();
}

QJsonObject suggestionJson(const CounterInput &input, const CounterSuggestion &suggestion, const QString &guideId)
{
    QJsonValue best;
    if (suggestion.bestAlternative) {
        best = QJsonObject{{u"company"_s, suggestion.bestAlternative->company},
                           {u"level"_s, suggestion.bestAlternative->level},
                           {u"annualized"_s, cents(suggestion.bestAlternative->annualized)}};
    }
    QJsonObject overridden;
    for (CounterPart part : kCounterParts)
        overridden.insert(Cli::counterPartKey(part), suggestion.isOverridden(part));
    QJsonObject raised;
    for (CounterPart part : kCounterParts)
        raised.insert(Cli::counterPartKey(part), suggestion.isRaisedToFloor(part));
    QJsonArray levers;
    for (const CitedLever &lever : suggestion.levers) {
        levers.append(QJsonObject{{u"number"_s, lever.number}, {u"title"_s, lever.title}, {u"use"_s, lever.use}});
    }
    const Offer &target = input.target.offer;
    QJsonObject json{
        {u"guide"_s, guideId},
        {u"region"_s, input.band.region},
        {u"currency"_s, input.band.currency},
        {u"target"_s, QJsonObject{{u"company"_s, target.company}, {u"level"_s, target.level}}},
        {u"asks"_s, asksJson(suggestion.asks)},
        {u"counter"_s,
         QJsonObject{{u"first_year"_s, cents(suggestion.counterFirstYear)},
                     {u"annualized"_s, cents(suggestion.counterAnnualized)},
                     {u"meets_floor"_s, suggestion.meetsFloor}}},
        {u"floor"_s,
         QJsonObject{{u"annualized"_s, cents(suggestion.floorAnnualized)},
                     {u"source"_s, CounterText::floorSourceName(suggestion.floorSource)},
                     {u"base"_s, cents(suggestion.floorBase)},
                     {u"band_can_reach"_s, suggestion.bandCanReachFloor},
                     {u"band_reach_annualized"_s, cents(suggestion.bandReachAnnualized)},
                     {u"sign_on_limit"_s, cents(suggestion.signOnLimit)}}},
        {u"best_alternative"_s, best},
        {u"rationale"_s, QJsonArray::fromStringList(suggestion.rationale)},
        {u"script"_s, suggestion.script}, // the words to say; the levers that back them are under "levers"
        {u"warnings"_s, QJsonArray::fromStringList(suggestion.warnings)},
        // Additions beyond the contract.
        {u"boldness"_s, CounterText::boldnessName(input.settings.boldness)},
        {u"premium_pct"_s, input.settings.premiumPct},
        {u"suggested"_s, asksJson(suggestion.suggested)},
        {u"overridden"_s, overridden},
        {u"raised_to_floor"_s, raised},
        {u"most_likely_to_move"_s,
         QJsonObject{{u"part"_s, Cli::counterPartKey(suggestion.mostLikelyToMove)},
                     {u"reason"_s, suggestion.mostLikelyToMoveReason}}},
        {u"written_offers_needed"_s, QJsonArray::fromStringList(suggestion.writtenOffersNeeded)},
        {u"levers"_s, levers},
    };
    // Given only when stated: an amount is never null.
    if (input.settings.walkAway)
        json.insert(u"walk_away"_s, cents(*input.settings.walkAway));
    return json;
}

} // namespace

int Cli::suggestCommand(const QStringList &arguments)
{
    const QString command = u"suggest"_s;
    QCommandLineParser parser;
    addGuidesOption(parser);
    addJsonOption(parser);
    addScenarioOptions(parser, u"The guide's region to counter in."_s,
                       u"The offers JSON file; one offer has \"target\": true."_s);
    addRateOption(parser);
    addCounterOptions(parser);
    addExitMultiplesOption(parser);
    addEquityOptions(parser);
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    for (const QString &required : {u"guide"_s, u"region"_s, u"offers"_s}) {
        if (!parser.isSet(required))
            return usageError(command, u"--%1 is required"_s.arg(required));
    }
    CounterSettings settings;
    CounterOverrides overrides;
    if (const auto stop = readCounterOptions(parser, command, settings, overrides))
        return *stop;
    if (const auto stop = readExitMultiples(parser, command, settings.exitMultiples))
        return *stop;
    ExchangeRates rates;
    if (const auto stop = readRates(parser, command, rates))
        return *stop;
    EquityAssumptions assumptions;
    if (const auto stop = readEquityOptions(parser, command, assumptions))
        return *stop;

    GuideLibrary library = loadLibrary(parser);
    const std::optional<ScenarioBand> found = findScenarioBand(parser, library);
    if (!found)
        return Failure;
    const auto [guide, band] = *found;

    const QString offersPath = parser.value(u"offers"_s);
    const std::optional<QList<Offer>> offers = readOffersFile(offersPath);
    if (!offers)
        return Failure;

    const std::optional<int> target = targetIndex(*offers, offersPath);
    if (!target)
        return Failure;

    CounterInput input;
    input.guide = *guide;
    input.band = *band;
    input.settings = settings;
    input.overrides = overrides;
    // The scenario warnings, when scenarios are asked for or an offer has equity terms of its own.
    if (equityOptionsSet(parser) || EquityScenarios::anyEquityTerms(*offers))
        input.scenarios = assumptions;
    const OffersComparison comparison = OfferComparison::compare(*guide, *band, *offers, rates);
    if (!comparison.complete()) {
        for (const QString &missing : comparison.problems)
            err() << u"offerdesk-cli suggest: "_s << missing << u'\n';
        return Failure;
    }
    for (int i = 0; i < comparison.rows.size(); ++i) {
        if (i == *target)
            input.target = comparison.rows.at(i);
        else
            input.competing.append(comparison.rows.at(i));
    }
    const CounterSuggestion suggestion = CounterEngine::suggest(input);

    if (!parser.isSet(u"json"_s)) {
        printText(input, suggestion);
        return Success;
    }
    printJson(suggestionJson(input, suggestion, guide->id()));
    return Success;
}
