// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// history, deadlines and lint-script (issue 17): an offer's rounds and the counters sent, the deadlines soonest
// first, and the check on what a script or message says.

#include "Cli.h"

#include "counter/CounterEngine.h"
#include "counter/ScriptLint.h"
#include "offers/Deadlines.h"
#include "offers/OfferComparison.h"
#include "offers/OfferHistory.h"
#include "ScenarioOptions.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A script or message is a short text; anything larger is not one.
constexpr qint64 kMaxScriptBytes = 1024 * 1024;

double cents(double value)
{
    return std::round(value * 100) / 100;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"(no date)"_s;
}

// ---- history

QJsonObject historyJson(const Offer &offer)
{
    QJsonArray rounds;
    for (const OfferRound &round : OfferHistory::rounds(offer)) {
        QJsonObject changes;
        for (const OfferChange &change : round.changes)
            changes.insert(change.key, cents(change.delta));
        rounds.append(QJsonObject{{u"date"_s, dateJson(round.date)},
                                  {u"note"_s, round.note},
                                  {u"annualized"_s, cents(round.annualized)},
                                  {u"changes"_s, changes}});
    }
    QJsonArray counters;
    for (const CounterSent &counter : offer.countersSent) {
        counters.append(QJsonObject{
            {u"date"_s, dateJson(counter.date)},
            {u"asks"_s, QJsonObject{{u"base"_s, cents(counter.asks.base)},
                                    {u"equity_total"_s, cents(counter.asks.equityTotal)},
                                    {u"sign_on"_s, cents(counter.asks.signOn)}}},
            {u"script"_s, counter.script}});
    }
    return {{u"company"_s, offer.company}, {u"level"_s, offer.level}, {u"rounds"_s, rounds},
            {u"counters_sent"_s, counters}};
}

QString counterLine(const CounterSent &counter)
{
    return u"  %1  counter sent: base %2, equity %3, sign-on %4\n"_s.arg(dateText(counter.date),
                                                                       Cli::formatAmount(counter.asks.base),
                                                                       Cli::formatAmount(counter.asks.equityTotal),
                                                                       Cli::formatAmount(counter.asks.signOn));
}

// The rounds with the counters sent between them, by date.
void printHistory(const Offer &offer)
{
    QTextStream &out = Cli::out();
    out << u"%1 (%2)\n"_s.arg(offer.label(), offer.currency);
    for (const OfferEvent &event : OfferHistory::events(offer)) {
        if (event.counter) {
            out << counterLine(*event.counter);
            continue;
        }
        const OfferRound &round = *event.round;
        QString what = u"round %1"_s.arg(round.number);
        if (!round.note.isEmpty())
            what += u" (%1)"_s.arg(round.note);
        if (round.editedSinceLastRevision)
            what += u" (edited since the last round)"_s;
        out << u"  %1  %2: 4-year average %3"_s.arg(dateText(round.date), what, Cli::formatAmount(round.annualized));
        if (round.number > 1)
            out << u"; "_s << OfferHistory::changesText(round.changes);
        out << u'\n';
    }
}

// ---- deadlines

QString urgencyName(const DeadlineStatus &status)
{
    switch (status.urgency) {
    case DeadlineStatus::Urgency::Passed:
        return u"passed"_s;
    case DeadlineStatus::Urgency::Urgent:
        return u"urgent"_s;
    case DeadlineStatus::Urgency::Open:
    case DeadlineStatus::Urgency::None:
        break;
    }
    return u"open"_s;
}

// ---- lint-script

std::optional<QString> readScript(const QString &path)
{
    const QFileInfo info(path);
    QString problem;
    QFile file(path);
    if (!info.exists())
        problem = u"no such file"_s;
    else if (!info.isFile())
        problem = u"is not a file"_s;
    else if (info.size() > kMaxScriptBytes)
        problem = u"is too large (a script may have at most %1 bytes)"_s.arg(kMaxScriptBytes);
    else if (!file.open(QIODevice::ReadOnly))
        problem = u"cannot be read: %1"_s.arg(file.errorString());
    if (!problem.isEmpty()) {
        Cli::err() << u"offerdesk-cli lint-script: %1: %2\n"_s.arg(path, problem);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.read(kMaxScriptBytes + 1));
    if (decoder.hasError()) {
        Cli::err() << u"offerdesk-cli lint-script: %1: is not UTF-8 text\n"_s.arg(path);
        return std::nullopt;
    }
    return text;
}

// The index of the one target offer; nothing, with the reason on stderr, unless exactly one is.
std::optional<int> targetOf(const QList<Offer> &offers, const QString &path)
{
    QList<int> targets;
    for (int i = 0; i < int(offers.size()); ++i) {
        if (offers.at(i).target)
            targets.append(i);
    }
    if (targets.size() == 1)
        return targets.first();
    Cli::err() << (targets.isEmpty()
                       ? u"offerdesk-cli lint-script: %1: no offer is marked \"target\": true; mark the offer you are "
                         u"negotiating\n"_s.arg(path)
                       : u"offerdesk-cli lint-script: %1: %2 offers are marked \"target\": true; mark only one\n"_s
                             .arg(path)
                             .arg(targets.size()));
    return std::nullopt;
}

// The counter `suggest` would make with the same options, as the checker's numbers; an exit code after an error.
struct ScenarioOrExit
{
    std::optional<LintScenario> scenario;
    std::optional<int> exit;
};

struct CounterOptions
{
    CounterSettings settings;
    CounterOverrides overrides;
    ExchangeRates rates;
};

ScenarioOrExit scenarioFromOptions(const QCommandLineParser &parser, const CounterOptions &options)
{
    const CounterSettings &settings = options.settings;
    const CounterOverrides &overrides = options.overrides;
    const ExchangeRates &rates = options.rates;
    GuideLibrary library = Cli::loadLibrary(parser);
    const std::optional<Cli::ScenarioBand> found = Cli::findScenarioBand(parser, library);
    if (!found)
        return {std::nullopt, Cli::Failure};
    const QString offersPath = parser.value(u"offers"_s);
    const std::optional<QList<Offer>> offers = Cli::readOffersFile(offersPath);
    if (!offers)
        return {std::nullopt, Cli::Failure};
    const std::optional<int> target = targetOf(*offers, offersPath);
    if (!target)
        return {std::nullopt, Cli::Failure};
    CounterInput input;
    input.guide = *found->guide;
    input.band = *found->band;
    input.settings = settings;
    input.overrides = overrides;
    const OffersComparison comparison = OfferComparison::compare(*found->guide, *found->band, *offers, rates);
    if (!comparison.complete()) {
        for (const QString &missing : comparison.problems)
            Cli::err() << u"offerdesk-cli lint-script: "_s << missing << u'\n';
        return {std::nullopt, Cli::Failure};
    }
    for (int i = 0; i < int(comparison.rows.size()); ++i) {
        if (i == *target)
            input.target = comparison.rows.at(i);
        else
            input.competing.append(comparison.rows.at(i));
    }
    return {ScriptLint::scenarioFrom(input, CounterEngine::suggest(input)), std::nullopt};
}

} // namespace

int Cli::historyCommand(const QStringList &arguments)
{
    const QString command = u"history"_s;
    QCommandLineParser parser;
    addJsonOption(parser);
    parser.addOption(QCommandLineOption(u"offers"_s, u"The offers JSON file."_s, u"file"_s));
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"offers"_s))
        return usageError(command, u"--offers is required"_s);
    const std::optional<QList<Offer>> offers = readOffersFile(parser.value(u"offers"_s));
    if (!offers)
        return Failure;
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Offer &offer : *offers)
            array.append(historyJson(offer));
        printJson({{u"offers"_s, array}});
        return Success;
    }
    for (qsizetype i = 0; i < offers->size(); ++i) {
        if (i > 0)
            out() << u'\n';
        printHistory(offers->at(i));
    }
    return Success;
}

int Cli::deadlinesCommand(const QStringList &arguments)
{
    const QString command = u"deadlines"_s;
    QCommandLineParser parser;
    addJsonOption(parser);
    parser.addOption(QCommandLineOption(u"offers"_s, u"The offers JSON file."_s, u"file"_s));
    parser.addOption(QCommandLineOption(u"today"_s, u"The day to count from (default: today)."_s, u"YYYY-MM-DD"_s));
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"offers"_s))
        return usageError(command, u"--offers is required"_s);
    QDate today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        const QString typed = parser.value(u"today"_s).trimmed();
        today = QDate::fromString(typed, u"yyyy-MM-dd"_s);
        if (!today.isValid() || typed.size() != 10)
            return usageError(command, u"--today must be a date written YYYY-MM-DD"_s);
    }
    const std::optional<QList<Offer>> offers = readOffersFile(parser.value(u"offers"_s));
    if (!offers)
        return Failure;
    const QList<DeadlineEntry> entries = Deadlines::list(*offers, today);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const DeadlineEntry &entry : entries) {
            const Offer &offer = offers->at(entry.offerIndex);
            array.append(QJsonObject{{u"company"_s, offer.company},
                                     {u"level"_s, offer.level},
                                     {u"deadline"_s, entry.deadline.toString(Qt::ISODate)},
                                     {u"days_left"_s, entry.status.daysLeft},
                                     {u"status"_s, urgencyName(entry.status)}});
        }
        printJson({{u"today"_s, today.toString(Qt::ISODate)}, {u"deadlines"_s, array}});
        return Success;
    }
    if (entries.isEmpty()) {
        out() << u"No offer has a deadline.\n"_s;
        return Success;
    }
    int width = 0;
    for (const DeadlineEntry &entry : entries)
        width = std::max(width, int(entry.label.size()));
    for (const DeadlineEntry &entry : entries) {
        out() << u"%1  %2  %3\n"_s.arg(entry.deadline.toString(Qt::ISODate), entry.label.leftJustified(width),
                                       Deadlines::words(entry.status));
    }
    return Success;
}

int Cli::lintScriptCommand(const QStringList &arguments)
{
    const QString command = u"lint-script"_s;
    QCommandLineParser parser;
    addGuidesOption(parser);
    addJsonOption(parser);
    addScenarioOptions(parser, u"The guide's region, for the counter's floor."_s,
                       u"The offers JSON file, with one offer marked \"target\": true."_s);
    addRateOption(parser);
    addCounterOptions(parser);
    // Accepted as suggest accepts them, so a counter's options can be passed on as they are; the scenarios change
    // only suggest's warnings, never the numbers the rules check.
    addEquityOptions(parser);
    if (const auto stop = parseCommand(parser, command, arguments, u"FILE"_s, u"The script or message, as text."_s))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(command, u"the script file is required"_s);
    if (positional.size() > 1)
        return usageError(command, u"unexpected argument '%1'"_s.arg(positional.at(1)));
    const QStringList scenarioNames{u"guide"_s, u"region"_s, u"offers"_s};
    int given = 0;
    for (const QString &name : scenarioNames)
        given += parser.isSet(name) ? 1 : 0;
    if (given > 0 && given < int(scenarioNames.size()))
        return usageError(command, u"--guide, --region and --offers go together: give all three, or none"_s);
    const QStringList counterOptions{u"rate"_s,     u"boldness"_s, u"premium"_s,  u"walk-away"_s,
                                     u"override"_s, u"years"_s,    u"scenarios"_s};
    for (const QString &name : counterOptions) {
        if (given == 0 && parser.isSet(name))
            return usageError(command, u"--%1 needs --guide, --region and --offers"_s.arg(name));
    }
    CounterOptions counter;
    if (given > 0) {
        if (const auto stop = readCounterOptions(parser, command, counter.settings, counter.overrides))
            return *stop;
        if (const auto stop = readRates(parser, command, counter.rates))
            return *stop;
        EquityAssumptions assumptions;
        if (const auto stop = readEquityOptions(parser, command, assumptions))
            return *stop;
    }
    const QString path = positional.first();
    const std::optional<QString> text = readScript(path);
    if (!text)
        return Failure;
    std::optional<LintScenario> scenario;
    if (given > 0) {
        const ScenarioOrExit made = scenarioFromOptions(parser, counter);
        if (made.exit)
            return *made.exit;
        scenario = made.scenario;
    }
    const QList<LintProblem> problems = ScriptLint::check(*text, scenario);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const LintProblem &problem : problems)
            array.append(QJsonObject{{u"line"_s, problem.line}, {u"rule"_s, problem.rule},
                                     {u"message"_s, problem.reason}});
        printJson({{u"problems"_s, array}});
    } else {
        for (const LintProblem &problem : problems)
            out() << u"%1:%2: warning: %3: %4\n"_s.arg(path).arg(problem.line).arg(problem.rule, problem.reason);
    }
    return problems.isEmpty() ? Success : Failure;
}
