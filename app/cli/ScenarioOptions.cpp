// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ScenarioOptions.h"

#include "Cli.h"
#include "offers/OffersJson.h"

#include <cmath>

using namespace Qt::StringLiterals;

void Cli::addScenarioOptions(QCommandLineParser &parser, const QString &regionHelp, const QString &offersHelp)
{
    parser.addOption(QCommandLineOption(u"guide"_s, Tr::tr("The guide id, as 'offerdesk-cli list' prints it."), u"id"_s));
    parser.addOption(QCommandLineOption(u"region"_s, regionHelp, u"name"_s));
    parser.addOption(QCommandLineOption(u"offers"_s, offersHelp, u"file"_s));
}

std::optional<Cli::ScenarioBand> Cli::findScenarioBand(const QCommandLineParser &parser, GuideLibrary &library)
{
    const Guide *guide = findGuide(library, parser.value(u"guide"_s));
    if (!guide)
        return std::nullopt;
    const RegionBand *band = findRegion(*guide, parser.value(u"region"_s));
    if (!band)
        return std::nullopt;
    return ScenarioBand{guide, band};
}

std::optional<int> Cli::requireOptions(const QCommandLineParser &parser, const QString &command,
                                       const QStringList &names)
{
    for (const QString &name : names) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return usageError(command, Tr::tr("--%1 is required").arg(name));
    }
    return std::nullopt;
}

void Cli::addRateOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        u"rate"_s, Tr::tr("An exchange rate FROM:TO=RATE (1 FROM = RATE TO), such as EUR:USD=1.08. May be repeated."),
        u"rate"_s));
}

std::optional<int> Cli::readRates(const QCommandLineParser &parser, const QString &command, ExchangeRates &rates,
                                  const QDate &entered)
{
    for (const QString &text : parser.values(u"rate"_s)) {
        Result<ExchangeRate> rate = ExchangeRate::parse(text);
        if (!rate)
            return usageError(command, rate.message());
        if (const Result<> inRange = rate->checkRange(text); !inRange) {
            // A rate written right but out of range is a bad value, not a usage slip.
            err() << u"offerdesk-cli %1: %2\n"_s.arg(command, inRange.message());
            return Failure;
        }
        if (entered.isValid())
            rate->entered = entered;
        rates.set(*rate);
    }
    return std::nullopt;
}

void Cli::addCounterOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"boldness"_s,
                                        Tr::tr("How bold the counter is: conservative, balanced (the default) or bold."),
                                        u"level"_s, u"balanced"_s));
    parser.addOption(QCommandLineOption(u"premium"_s,
                                        Tr::tr("The share of the best alternative's value you'd give up to join, in "
                                               "percent (default 0)."),
                                        u"pct"_s, u"0"_s));
    parser.addOption(QCommandLineOption(u"walk-away"_s,
                                        Tr::tr("A walk-away figure of your own, as a 4-year average in the band's "
                                               "currency (for example your current job's value); the floor is never "
                                               "below it."),
                                        u"amount"_s));
    parser.addOption(QCommandLineOption(u"override"_s,
                                        Tr::tr("Set an ask by hand, PART=AMOUNT with PART base, equity_total or "
                                               "sign_on. May be repeated."),
                                        u"ask"_s));
}

QString Cli::counterPartKey(CounterPart part)
{
    switch (part) {
    case CounterPart::Base:
        return u"base"_s;
    case CounterPart::Equity:
        return u"equity_total"_s;
    case CounterPart::SignOn:
        return u"sign_on"_s;
    }
    return QString();
}

std::optional<CounterPart> Cli::parseCounterPart(const QString &key)
{
    for (const CounterPart part : {CounterPart::Base, CounterPart::Equity, CounterPart::SignOn}) {
        if (key == counterPartKey(part))
            return part;
    }
    if (key == u"equity"_s)
        return CounterPart::Equity;
    if (key == u"sign-on"_s || key == u"signon"_s)
        return CounterPart::SignOn;
    return std::nullopt;
}

std::optional<int> Cli::readCounterOptions(const QCommandLineParser &parser, const QString &command,
                                           CounterSettings &settings, CounterOverrides &overrides)
{
    const std::optional<Boldness> boldness = CounterText::parseBoldness(parser.value(u"boldness"_s));
    if (!boldness) {
        return usageError(command, Tr::tr("--boldness must be conservative, balanced or bold, not '%1'").arg(
                                       parser.value(u"boldness"_s)));
    }
    settings.boldness = *boldness;
    bool premiumOk = false;
    settings.premiumPct = parser.value(u"premium"_s).toDouble(&premiumOk);
    // Written so that NaN fails too.
    if (!premiumOk || !(settings.premiumPct >= 0 && settings.premiumPct <= 100)) {
        return usageError(command, Tr::tr("--premium must be a percentage from 0 to 100, not '%1'").arg(
                                       parser.value(u"premium"_s)));
    }
    if (parser.isSet(u"walk-away"_s)) {
        bool ok = false;
        const double walkAway = parser.value(u"walk-away"_s).toDouble(&ok);
        // Written so that NaN fails too.
        if (!ok || !(walkAway > 0 && walkAway <= kMaxOfferAmount)) {
            return usageError(command, Tr::tr("--walk-away must be an amount above 0 and at most 1,000,000,000,000, "
                                              "not '%1'")
                                           .arg(parser.value(u"walk-away"_s)));
        }
        settings.walkAway = walkAway;
    }
    for (const QString &text : parser.values(u"override"_s)) {
        const qsizetype equals = text.indexOf(u'=');
        const std::optional<CounterPart> part = parseCounterPart(text.left(equals).trimmed());
        bool ok = false;
        const double value = equals > 0 ? text.mid(equals + 1).trimmed().toDouble(&ok) : 0;
        if (!part || !ok || !(value >= 0 && value <= kMaxOfferAmount)) {
            return usageError(command, Tr::tr("--override '%1' must be PART=AMOUNT, with PART base, equity_total or "
                                              "sign_on and a non-negative amount")
                                           .arg(text));
        }
        overrides.setValue(*part, value);
    }
    return std::nullopt;
}

void Cli::addEquityOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"years"_s,
                                        Tr::tr("The horizon in years, 1 to 6 (default 4): years, totals and the "
                                               "average follow it."),
                                        u"N"_s));
    parser.addOption(QCommandLineOption(u"scenarios"_s,
                                        Tr::tr("Yearly growth rates of the share price to test, in percent, "
                                               "comma-separated (default -30,-15,0,10,25)."),
                                        u"list"_s));
}

bool Cli::equityOptionsSet(const QCommandLineParser &parser)
{
    return parser.isSet(u"years"_s) || parser.isSet(u"scenarios"_s);
}

std::optional<int> Cli::readEquityOptions(const QCommandLineParser &parser, const QString &command,
                                          EquityAssumptions &assumptions)
{
    // A bad value is a bad input, not a usage slip: exit 1, naming the option and what it allows.
    if (parser.isSet(u"years"_s)) {
        const Result<int> years = EquityAssumptions::parseHorizon(parser.value(u"years"_s));
        if (!years) {
            err() << u"offerdesk-cli %1: --years %2\n"_s.arg(command, years.message());
            return Failure;
        }
        assumptions.horizonYears = *years;
    }
    if (parser.isSet(u"scenarios"_s)) {
        const Result<QList<double>> rates = EquityAssumptions::parseScenarios(parser.value(u"scenarios"_s));
        if (!rates) {
            err() << u"offerdesk-cli %1: --scenarios %2\n"_s.arg(command, rates.message());
            return Failure;
        }
        assumptions.scenarioGrowthPcts = *rates;
    }
    return std::nullopt;
}

std::optional<QList<Offer>> Cli::readOffersFile(const QString &path)
{
    const OffersReadResult offers = OffersJson::readFile(path);
    for (const Diagnostic &diagnostic : offers.diagnostics)
        err() << diagnostic.toString() << u'\n';
    if (!offers.ok())
        return std::nullopt;
    return offers.offers;
}
