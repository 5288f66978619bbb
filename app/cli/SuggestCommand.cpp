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

#include <algorithm>
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
    out << Cli::Tr::tr("Counter-offer for %1, %2 (%3), %4")
               .arg(input.guide.title(), band.region, band.currency, CounterText::boldnessLabel(input.settings.boldness))
        << u'\n';
    out << Cli::Tr::tr("Target: %1").arg(target.label()) << u"\n\n"_s;

    const int years = target.vestingPeriodYears();
    const std::array<QString, kCounterPartCount> names{Cli::Tr::tr("Base"), Cli::Tr::tr("Equity/%1yr").arg(years),
                                                       Cli::Tr::tr("Sign-on")};
    const QStringList headers{Cli::Tr::tr("Part"), Cli::Tr::tr("Current"), Cli::Tr::tr("Ask"), Cli::Tr::tr("Band low"),
                              Cli::Tr::tr("Band high"), Cli::Tr::tr("Best alternative")};
    // 12 and 13 characters wide in English; wider where a translation needs it.
    int nameWidth = 12;
    for (const QString &name : names)
        nameWidth = std::max(nameWidth, int(name.size()) + 1);
    nameWidth = std::max(nameWidth, int(headers.at(0).size()) + 1);
    int w = 13;
    for (qsizetype i = 1; i < headers.size() - 1; ++i)
        w = std::max(w, int(headers.at(i).size()) + 1);
    out << cell(headers.at(0), nameWidth) << cell(headers.at(1), w) << cell(headers.at(2), w) << cell(headers.at(3), w)
        << cell(headers.at(4), w) << headers.at(5) << u'\n';
    const auto optionalAmount = [&](const std::optional<double> &value) { return value ? amount(*value) : u"-"_s; };
    for (const CounterRow &row : counterRows(input, s)) {
        QString ask = amount(row.ask);
        if (row.overridden)
            ask += Cli::Tr::tr(" (set)");
        out << cell(names[std::size_t(row.part)], nameWidth) << cell(amount(row.current), w) << cell(ask, w)
            << cell(optionalAmount(row.bandLow), w) << cell(optionalAmount(row.bandHigh), w)
            << optionalAmount(row.bestAlternative) << u'\n';
    }

    out << u'\n'
        << Cli::Tr::tr("Counter: %1 in year 1, %2 a year over 4 years")
               .arg(amount(s.counterFirstYear), amount(s.counterAnnualized))
        << u'\n';
    out << Cli::Tr::tr("Floor: %1 a year over 4 years (%2 base with the offer's other parts)")
               .arg(amount(s.floorAnnualized), amount(s.floorBase))
        << u'\n';
    // The same words as the Counter tab and the summary.
    const FloorStatus status = floorStatusOf(input, s, [&](double value) {
        return NegotiationReport::money(value, input.band.currency);
    });
    out << Cli::Tr::tr("Floor from: %1").arg(status.source) << u'\n';
    out << Cli::Tr::tr("Status: %1").arg(status.sentence) << u'\n';
    if (s.bestAlternative) {
        out << Cli::Tr::tr("Best alternative: %1, %2 a year over 4 years")
                   .arg(s.bestAlternative->label, amount(s.bestAlternative->annualized))
            << u'\n';
    } else {
        out << Cli::Tr::tr("Best alternative: none") << u'\n';
    }
    out << Cli::Tr::tr("Most likely to move: %1").arg(s.mostLikelyToMoveReason) << u'\n';
    if (!s.writtenOffersNeeded.isEmpty())
        out << Cli::Tr::tr("Have in writing before you ask: %1").arg(s.writtenOffersNeeded.join(u", "_s)) << u'\n';
    out << u'\n' << Cli::Tr::tr("Why:") << u'\n';
    for (const QString &line : s.rationale)
        out << u"- "_s << line << u'\n';
    if (!s.warnings.isEmpty()) {
        out << u'\n' << Cli::Tr::tr("Warnings:") << u'\n';
        for (const QString &line : s.warnings)
            out << u"- "_s << line << u'\n';
    }
    out << u'\n' << Cli::Tr::tr("Script:") << u'\n' << s.scriptWithLevers() << u'\n';
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
            Cli::err() << u"offerdesk-cli suggest: "_s
                       << Cli::Tr::tr("%1: no offer is marked \"target\": true; mark the offer you are negotiating")
                              .arg(offersPath)
                       << u'\n';
        } else {
            QStringList which;
            for (int i : std::as_const(targets))
                which.append(u"offers[%1] (%2)"_s.arg(i).arg(offers.at(i).label()));
            Cli::err() << u"offerdesk-cli suggest: "_s
                       << Cli::Tr::tr("%1: %2 offers are marked \"target\": true: %3; mark only one")
                              .arg(offersPath, QString::number(targets.size()), which.join(u", "_s))
                       << u'\n';
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
    addScenarioOptions(parser, Tr::tr("The guide's region to counter in."),
                       Tr::tr("The offers JSON file; one offer has \"target\": true."));
    addRateOption(parser);
    addCounterOptions(parser);
    addExitMultiplesOption(parser);
    addEquityOptions(parser);
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    for (const QString &required : {u"guide"_s, u"region"_s, u"offers"_s}) {
        if (!parser.isSet(required))
            return usageError(command, Tr::tr("--%1 is required").arg(required));
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
