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
    //: In the history, in place of the date of a round that has none.
    return date.isValid() ? date.toString(Qt::ISODate) : Cli::Tr::tr("(no date)");
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
    //: A line of the history: a counter-offer you sent, with the amounts you asked for (base salary, equity,
    //: sign-on bonus).
    return u"  %1  "_s.arg(dateText(counter.date))
           + Cli::Tr::tr("counter sent: base %1, equity %2, sign-on %3")
                 .arg(Cli::formatAmount(counter.asks.base), Cli::formatAmount(counter.asks.equityTotal),
                      Cli::formatAmount(counter.asks.signOn))
           + u'\n';
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
        const QString number = QString::number(round.number);
        QString what;
        if (round.note.isEmpty() && !round.editedSinceLastRevision) {
            //: A negotiation round of an offer (the company's first offer, then each revised one); %1 is its number.
            what = Cli::Tr::tr("round %1").arg(number);
        } else if (round.note.isEmpty()) {
            //: A negotiation round; %1 is its number. The offer's current numbers, changed since its last recorded
            //: round.
            what = Cli::Tr::tr("round %1 (edited since the last round)").arg(number);
        } else if (!round.editedSinceLastRevision) {
            //: A negotiation round; %1 is its number, %2 the note the user wrote on it (such as "first offer").
            what = Cli::Tr::tr("round %1 (%2)").arg(number, round.note);
        } else {
            //: A negotiation round; %1 is its number, %2 the note the user wrote on it (such as "first offer"). The
            //: offer's current numbers, changed since its last recorded round.
            what = Cli::Tr::tr("round %1 (%2) (edited since the last round)").arg(number, round.note);
        }
        const QString average = Cli::formatAmount(round.annualized);
        out << u"  %1  "_s.arg(dateText(round.date));
        if (round.number > 1) {
            //: A line of the history. %1 is the round, such as "round 2 (revised offer)"; %2 its 4-year average
            //: pay; %3 what changed since the round before, such as "base +10,000, equity +40,000".
            out << Cli::Tr::tr("%1: 4-year average %2; %3").arg(what, average, OfferHistory::changesText(round.changes));
        } else {
            //: A line of the history. %1 is the round, such as "round 1 (first offer)"; %2 its 4-year average pay.
            out << Cli::Tr::tr("%1: 4-year average %2").arg(what, average);
        }
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
    if (!info.exists()) {
        problem = Cli::Tr::tr("%1: no such file").arg(path);
    } else if (!info.isFile()) {
        problem = Cli::Tr::tr("%1: is not a file").arg(path);
    } else if (info.size() > kMaxScriptBytes) {
        //: %1 is the script file's path; %2 the largest size allowed, in bytes.
        problem = Cli::Tr::tr("%1: is too large (a script may have at most %2 bytes)")
                      .arg(path, QString::number(kMaxScriptBytes));
    } else if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the script file's path; %2 the system's reason, such as "Permission denied".
        problem = Cli::Tr::tr("%1: cannot be read: %2").arg(path, file.errorString());
    }
    if (!problem.isEmpty()) {
        Cli::err() << u"offerdesk-cli lint-script: "_s << problem << u'\n';
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.read(kMaxScriptBytes + 1));
    if (decoder.hasError()) {
        Cli::err() << u"offerdesk-cli lint-script: "_s << Cli::Tr::tr("%1: is not UTF-8 text").arg(path) << u'\n';
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
    QString problem;
    if (targets.isEmpty()) {
        problem = Cli::Tr::tr("%1: no offer is marked \"target\": true; mark the offer you are negotiating").arg(path);
    } else {
        //: %1 is the offers file's path; %2 how many offers in it are marked as the target (2 or more).
        problem = Cli::Tr::tr("%1: %2 offers are marked \"target\": true; mark only one")
                      .arg(path, QString::number(targets.size()));
    }
    Cli::err() << u"offerdesk-cli lint-script: "_s << problem << u'\n';
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
    parser.addOption(QCommandLineOption(u"offers"_s, Tr::tr("The offers JSON file."), u"file"_s));
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"offers"_s))
        return usageError(command, Tr::tr("--%1 is required").arg(u"offers"_s));
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
    parser.addOption(QCommandLineOption(u"offers"_s, Tr::tr("The offers JSON file."), u"file"_s));
    parser.addOption(QCommandLineOption(u"today"_s, Tr::tr("The day to count from (default: today)."), u"YYYY-MM-DD"_s));
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"offers"_s))
        return usageError(command, Tr::tr("--%1 is required").arg(u"offers"_s));
    QDate today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        const QString typed = parser.value(u"today"_s).trimmed();
        today = QDate::fromString(typed, u"yyyy-MM-dd"_s);
        if (!today.isValid() || typed.size() != 10)
            return usageError(command, Tr::tr("--today must be a date written YYYY-MM-DD"));
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
        out() << Tr::tr("No offer has a deadline.") << u'\n';
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
    addScenarioOptions(parser, Tr::tr("The guide's region, for the counter's floor."),
                       Tr::tr("The offers JSON file, with one offer marked \"target\": true."));
    addRateOption(parser);
    addCounterOptions(parser);
    // Accepted as suggest accepts them, so a counter's options can be passed on as they are; the scenarios change
    // only suggest's warnings, never the numbers the rules check.
    addEquityOptions(parser);
    if (const auto stop = parseCommand(parser, command, arguments, u"FILE"_s, Tr::tr("The script or message, as text.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(command, Tr::tr("the script file is required"));
    if (positional.size() > 1)
        return usageError(command, Tr::tr("unexpected argument '%1'").arg(positional.at(1)));
    const QStringList scenarioNames{u"guide"_s, u"region"_s, u"offers"_s};
    int given = 0;
    for (const QString &name : scenarioNames)
        given += parser.isSet(name) ? 1 : 0;
    if (given > 0 && given < int(scenarioNames.size()))
        return usageError(command, Tr::tr("--guide, --region and --offers go together: give all three, or none"));
    const QStringList counterOptions{u"rate"_s,     u"boldness"_s, u"premium"_s,  u"walk-away"_s,
                                     u"override"_s, u"years"_s,    u"scenarios"_s};
    for (const QString &name : counterOptions) {
        if (given == 0 && parser.isSet(name))
            //: %1 is an option's name, such as "rate" in --rate.
            return usageError(command, Tr::tr("--%1 needs --guide, --region and --offers").arg(name));
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
            //: The kind of problem in a compiler-style line: FILE:LINE: warning: RULE: REASON.
            out() << u"%1:%2: %3: %4: %5\n"_s.arg(path, QString::number(problem.line), Tr::tr("warning"),
                                                  problem.rule, problem.reason);
    }
    return problems.isEmpty() ? Success : Failure;
}
