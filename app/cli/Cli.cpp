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
        {u"check"_s, Cli::Tr::tr("Check guide files or folders, or the whole library"), Cli::checkCommand},
        {u"list"_s, Cli::Tr::tr("List the guides in the library"), Cli::listCommand},
        {u"show"_s, Cli::Tr::tr("Show a guide's region comp table"), Cli::showCommand},
        {u"compare"_s, Cli::Tr::tr("Compare offers with a guide's band in one region"), Cli::compareCommand},
        {u"suggest"_s, Cli::Tr::tr("Suggest a counter-offer: asks, floor, rationale and script"), Cli::suggestCommand},
        {u"export"_s, Cli::Tr::tr("Export a negotiation summary PDF"), Cli::exportCommand},
        {u"bands"_s, Cli::Tr::tr("Build pay bands (and guide drafts) from a CSV of data points"), Cli::bandsCommand},
        {u"history"_s, Cli::Tr::tr("Show each offer's rounds, what changed, and the counters sent"),
         Cli::historyCommand},
        {u"deadlines"_s, Cli::Tr::tr("List the offers' deadlines, soonest first, with the days left"),
         Cli::deadlinesCommand},
        {u"lint-script"_s, Cli::Tr::tr("Check a script or message for what gives your position away"),
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
    stream << Cli::Tr::tr("Usage: %1 <command> [options]").arg(programName()) << u"\n\n"_s;
    stream << Cli::Tr::tr("OfferDesk without a window: negotiation guides, offers and counter-offers.") << u"\n\n"_s
           << Cli::Tr::tr("Commands:") << u'\n';
    // The summaries in one column, after the longest name.
    qsizetype width = 10;
    for (const Command &command : commands())
        width = std::max(width, command.name.size());
    for (const Command &command : commands())
        stream << u"  %1  %2\n"_s.arg(command.name.leftJustified(width), command.summary);
    stream << u'\n' << Cli::Tr::tr("Options:") << u'\n';
    stream << u"  -h, --help     "_s << Cli::Tr::tr("Show this help") << u'\n';
    stream << u"  -v, --version  "_s << Cli::Tr::tr("Show the version") << u"\n\n"_s;
    stream << Cli::Tr::tr("Run '%1 <command> --help' for a command's options.").arg(programName()) << u'\n';
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
    err() << Tr::tr("%1: unknown command '%2'").arg(programName(), first) << u'\n';
    printTopLevelHelp(err());
    err().flush();
    return UsageError;
}

std::optional<int> Cli::parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                     const QString &positionalName, const QString &positionalHelp)
{
    parser.setApplicationDescription(u"%1 %2"_s.arg(programName(), command));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!positionalName.isEmpty())
        parser.addPositionalArgument(positionalName, positionalHelp);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = arguments;
    withProgram[0] = programName() + u' ' + command;
    if (!parser.parse(withProgram))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        // helpText() names the executable as it was started ("./build/app/offerdesk-cli"); say the command instead.
        QString text = parser.helpText();
        const QString executable = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = text.indexOf(u'\n');
        if (const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable); at >= 0 && at < lineEnd)
            text.replace(at, executable.size(), programName() + u' ' + command);
        out() << text;
        return Success;
    }
    return std::nullopt;
}

int Cli::usageError(const QString &command, const QString &message)
{
    err() << u"%1 %2: %3\n"_s.arg(programName(), command, message);
    err() << Tr::tr("Run '%1 %2 --help' for usage.").arg(programName(), command) << u'\n';
    return UsageError;
}

void Cli::addGuidesOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"guides"_s, Tr::tr("Also load the guides in <dir>. May be repeated."), u"dir"_s));
    parser.addOption(
        QCommandLineOption(u"no-cache"_s, Tr::tr("Parse every guide again; do not read or write the index cache.")));
}

void Cli::addJsonOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"json"_s, Tr::tr("Print JSON instead of text.")));
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
        err() << Tr::tr("%1: guide '%2' cannot be read").arg(programName(), id) << u'\n';
        return nullptr;
    }
    err() << Tr::tr("%1: no guide with id '%2'. Guides in the library:").arg(programName(), id) << u'\n';
    for (const QString &known : library.ids())
        err() << u"  "_s << known << u'\n';
    if (library.guides().isEmpty())
        err() << u"  "_s << Tr::tr("(none)") << u'\n';
    return nullptr;
}

const RegionBand *Cli::findRegion(const Guide &guide, const QString &region)
{
    if (const RegionBand *band = guide.findRegion(region))
        return band;
    err() << Tr::tr("%1: guide '%2' has no region '%3'. Its regions:").arg(programName(), guide.id(), region) << u'\n';
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

QString Cli::formatPercent(double value)
{
    return Money::percent(value);
}
