// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterEngine.h"
#include "guide/GuideLibrary.h"
#include "offers/Offer.h"
#include "offers/EquityScenarios.h"
#include "offers/OfferMath.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

// The options compare, suggest and export share, declared and read in one place so the three commands take them
// alike. Each read* function returns the exit code to stop with after a usage error (printed), or nothing.
namespace Cli {

// --guide, --region and --offers: which band, and whose offers.
void addScenarioOptions(QCommandLineParser &parser, const QString &regionHelp, const QString &offersHelp);
// The guide --guide names, with its body read, and its region --region names, in `library`; nothing after an error
// that lists what exists.
struct ScenarioBand
{
    const Guide *guide = nullptr;
    const RegionBand *band = nullptr;
};
std::optional<ScenarioBand> findScenarioBand(const QCommandLineParser &parser, GuideLibrary &library);
// Every named option given and not blank.
std::optional<int> requireOptions(const QCommandLineParser &parser, const QString &command, const QStringList &names);

// --rate FROM:TO=RATE, repeatable.
void addRateOption(QCommandLineParser &parser);
// The rates given; each is dated `entered` when that is valid.
std::optional<int> readRates(const QCommandLineParser &parser, const QString &command, ExchangeRates &rates,
                             const QDate &entered = QDate());

// --boldness, --premium and --override: how the counter is made.
void addCounterOptions(QCommandLineParser &parser);
std::optional<int> readCounterOptions(const QCommandLineParser &parser, const QString &command,
                                      CounterSettings &settings, CounterOverrides &overrides);
// A part's name in --override and in suggest's JSON: base, equity_total or sign_on.
QString counterPartKey(CounterPart part);
// The part an --override names: its key, or equity, sign-on or signon.
std::optional<CounterPart> parseCounterPart(const QString &key);

// --years N and --scenarios LIST: the horizon (1 to 6 years) and the growth scenarios ("-30,0,25").
void addEquityOptions(QCommandLineParser &parser);
// The assumptions given, over the defaults. A bad value exits 1 with a message naming the option and the range.
std::optional<int> readEquityOptions(const QCommandLineParser &parser, const QString &command,
                                     EquityAssumptions &assumptions);
// --years or --scenarios was given.
bool equityOptionsSet(const QCommandLineParser &parser);

// The offers in a JSON file, with its problems printed; nothing when it cannot be used.
std::optional<QList<Offer>> readOffersFile(const QString &path);

} // namespace Cli
