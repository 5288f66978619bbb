// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/GuideLibrary.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

// offerdesk-cli: each subcommand is a function that takes its own arguments and returns the exit code.
namespace Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QTextStream &out();
QTextStream &err();

int run(const QStringList &arguments);

// Parses a subcommand's arguments. Returns an exit code to stop with (after --help or a usage error),
// or nothing to go on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                const QString &positionalName = QString(), const QString &positionalHelp = QString());
int usageError(const QString &command, const QString &message);

// --guides <dir> and --no-cache: every command that loads the library takes both.
void addGuidesOption(QCommandLineParser &parser);
void addJsonOption(QCommandLineParser &parser);
// The library from the default folders and --guides: front matters only, through the index cache unless
// --no-cache. With Bodies::All every file is read whole and checked to the end, without the cache.
enum class Bodies { OnDemand, All };
GuideLibrary loadLibrary(const QCommandLineParser &parser, Bodies bodies = Bodies::OnDemand);

// A guide by id, with its body (sections, levers, script) read from its file; or an error message listing the ids
// that exist, or the problems that stop its body from loading.
const Guide *findGuide(GuideLibrary &library, const QString &id);
// A region of the guide, or an error message listing its regions.
const RegionBand *findRegion(const Guide &guide, const QString &region);

void printJson(const QJsonObject &object);
QString formatAmount(double value); // 170000 -> "170,000"; keeps cents when there are any

// The subcommands, one per file.
int checkCommand(const QStringList &arguments);
int listCommand(const QStringList &arguments);
int showCommand(const QStringList &arguments);
int compareCommand(const QStringList &arguments);
int suggestCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int bandsCommand(const QStringList &arguments);
int historyCommand(const QStringList &arguments);
int deadlinesCommand(const QStringList &arguments);
int lintScriptCommand(const QStringList &arguments);

} // namespace Cli
