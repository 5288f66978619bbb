// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "common/AppInfo.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments);
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {u"check"_s, u"Check guide files or folders, or the whole library"_s, Cli::checkCommand},
        {u"list"_s, u"List the guides in the library"_s, Cli::listCommand},
        {u"show"_s, u"Show a guide's region comp table"_s, Cli::showCommand},
        {u"compare"_s, u"Compare offers with a guide's band in one region"_s, Cli::compareCommand},
        {u"suggest"_s, u"Suggest a counter-offer: asks, floor, rationale and script"_s, Cli::suggestCommand},
        {u"export"_s, u"Export a negotiation summary PDF"_s, Cli::exportCommand},
        {u"bands"_s, u"Build pay bands (and guide drafts) from a CSV of data points"_s, Cli::bandsCommand},
        {u"history"_s, u"Show each offer's rounds, what changed, and the counters sent"_s, Cli::historyCommand},
        {u"deadlines"_s, u"List the offers' deadlines, soonest first, with the days left"_s, Cli::deadlinesCommand},
        {u"lint-script"_s, u"Check a script or message for what gives your position away"_s,
         Cli::lintScriptCommand},
    };
    return list;
}

QString programName()
{
    return u"offerdesk-cli"_s;
}

void printTopLevelHelp(QTextStream &stream)
{
    stream << u"Usage: %1 <command> [options]\n\n"_s.arg(programName());
    stream << u"OfferDesk without a window: negotiation guides, offers and counter-offers.\n\nCommands:\n"_s;
    // The summaries in one column, after the longest name.
    qsizetype width = 10;
    for (const Command &command : commands())
        width = std::max(width, command.name.size());
    for (const Command &command : commands())
        stream << u"  %1  %2\n"_s.arg(command.name.leftJustified(width), command.summary);
    stream << u"\nOptions:\n  -h, --help     Show this help\n  -v, --version  Show the version\n\n"_s;
    stream << u"Run '%1 <command> --help' for a command's options.\n"_s.arg(programName());
}

} // namespace

QTextStream &Cli::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Cli::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Cli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printTopLevelHelp(err());
        return UsageError;
    }
    const QString &first = args.first();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printTopLevelHelp(out());
        return Success;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        out() << programName() << u' ' << AppInfo::version() << Qt::endl;
        return Success;
    }
    for (const Command &command : commands()) {
        if (command.name == first) {
            const int code = command.run(args);
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << u"%1: unknown command '%2'\n"_s.arg(programName(), first);
    printTopLevelHelp(err());
    err().flush();
    return UsageError;
}

std::optional<int> Cli::parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                     const QString &positionalName, const QString &positionalHelp)
{
    parser.setApplicationDescription(u"%1 %2"_s.arg(programName(), command));
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!positionalName.isEmpty())
        parser.addPositionalArgument(positionalName, positionalHelp);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = arguments;
    withProgram[0] = programName() + u' ' + command;
    if (!parser.parse(withProgram))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

int Cli::usageError(const QString &command, const QString &message)
{
    err() << u"%1 %2: %3\n"_s.arg(programName(), command, message);
    err() << u"Run '%1 %2 --help' for usage.\n"_s.arg(programName(), command);
    return UsageError;
}

void Cli::addGuidesOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"guides"_s, u"Also load the guides in <dir>. May be repeated."_s, u"dir"_s));
    parser.addOption(QCommandLineOption(u"no-cache"_s, u"Parse every guide again; do not read or write the index cache."_s));
}

void Cli::addJsonOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"json"_s, u"Print JSON instead of text."_s));
}

GuideLibrary Cli::loadLibrary(const QCommandLineParser &parser, Bodies bodies)
{
    if (parser.isSet(u"no-cache"_s))
        LibraryCacheSettings::setEnabled(false);
    GuideLoadOptions options;
    options.withBodies = bodies == Bodies::All;
    return GuideLibrary::load(LibraryPaths::defaultFolders(parser.values(u"guides"_s)), options);
}

const Guide *Cli::findGuide(GuideLibrary &library, const QString &id)
{
    if (library.find(id)) {
        Diagnostics problems;
        if (const Guide *guide = library.loadBody(id, &problems))
            return guide;
        for (const Diagnostic &problem : problems)
            err() << problem.toString() << u'\n';
        err() << u"%1: guide '%2' cannot be read\n"_s.arg(programName(), id);
        return nullptr;
    }
    err() << u"%1: no guide with id '%2'. Guides in the library:\n"_s.arg(programName(), id);
    for (const QString &known : library.ids())
        err() << u"  "_s << known << u'\n';
    if (library.guides().isEmpty())
        err() << u"  (none)\n"_s;
    return nullptr;
}

const RegionBand *Cli::findRegion(const Guide &guide, const QString &region)
{
    if (const RegionBand *band = guide.findRegion(region))
        return band;
    err() << u"%1: guide '%2' has no region '%3'. Its regions:\n"_s.arg(programName(), guide.id(), region);
    for (const QString &known : guide.regionNames())
        err() << u"  "_s << known << u'\n';
    return nullptr;
}

void Cli::printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString Cli::formatAmount(double value)
{
    static const MoneyStyle style = MoneyStyle::report().withoutSymbol().withCents();
    return Money::exact(value, QString(), style);
}
