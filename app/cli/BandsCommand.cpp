// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "bands/BandStatistics.h"
#include "bands/CsvDataPoints.h"
#include "bands/GuideDraftWriter.h"
#include "common/Money.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

struct BandsOptions
{
    QString dataPath;
    BandPercentiles percentiles;
    QDate today;
    bool json = false;
    QString guidesDir; // empty: write no guides
};

double cents(double value)
{
    return std::round(value * 100) / 100;
}

QJsonObject spreadJson(const BandSpread &spread)
{
    return {{u"low"_s, cents(spread.low)}, {u"median"_s, cents(spread.median)}, {u"high"_s, cents(spread.high)}};
}

QJsonObject groupsJson(const QList<BandGroup> &groups)
{
    QJsonArray list;
    for (const BandGroup &group : groups) {
        list.append(QJsonObject{
            {u"company"_s, group.company},
            {u"role"_s, group.role},
            {u"region"_s, group.region},
            {u"currency"_s, group.currency},
            {u"count"_s, group.count},
            {u"base"_s, spreadJson(group.base)},
            {u"stock_4yr"_s, spreadJson(group.stock4yr)},
            {u"total_comp"_s, spreadJson(group.totalComp)},
            {u"bonus_pct"_s, cents(group.bonusPct)},
            {u"warnings"_s, QJsonArray::fromStringList(group.warnings)},
        });
    }
    return {{u"groups"_s, list}};
}

QString percentLabel(double value)
{
    return u"p"_s + QString::number(value, 'g', 6);
}

void printGroups(const QList<BandGroup> &groups, const BandPercentiles &percentiles)
{
    constexpr int kLabelWidth = 14;
    constexpr int kNumberWidth = 14;
    const auto row = [&](const QString &label, const QString &low, const QString &median, const QString &high) {
        Cli::out() << u"  "_s << label.leftJustified(kLabelWidth) << low.rightJustified(kNumberWidth)
                   << median.rightJustified(kNumberWidth) << high.rightJustified(kNumberWidth) << u'\n';
    };
    const auto amounts = [&](const QString &label, const BandSpread &spread) {
        row(label, Cli::formatAmount(spread.low), Cli::formatAmount(spread.median), Cli::formatAmount(spread.high));
    };
    for (const BandGroup &group : groups) {
        Cli::out() << u"%1 · %2 · %3 (%4): %5\n"_s.arg(group.company, group.role, group.region, group.currency,
                                                      Cli::Tr::tr("%n point(s)", nullptr, int(group.count)));
        row(QString(), percentLabel(percentiles.low), Cli::Tr::tr("median"), percentLabel(percentiles.high));
        amounts(Cli::Tr::tr("base"), group.base);
        amounts(Cli::Tr::tr("stock (4 yr)"), group.stock4yr);
        amounts(Cli::Tr::tr("total comp"), group.totalComp);
        Cli::out() << u"  "_s << Cli::Tr::tr("bonus").leftJustified(kLabelWidth)
                   << Cli::Tr::tr("%1 (median)").arg(Money::percent(cents(group.bonusPct))).rightJustified(2 * kNumberWidth)
                   << u'\n';
        for (const QString &warning : group.warnings)
            Cli::out() << u"  "_s << Cli::Tr::tr("warning: %1").arg(warning) << u'\n';
        Cli::out() << u'\n';
    }
}

// Drafts and writes the guides; false when any could not be drafted or written.
bool writeGuides(const QList<BandGroup> &groups, const BandsOptions &options)
{
    Diagnostics problems;
    const GuideDraftSource source{QFileInfo(options.dataPath).fileName(), options.today, options.percentiles};
    const QList<GuideDraft> drafts = GuideDraftWriter::drafts(groups, source, &problems);
    for (const Diagnostic &problem : problems)
        Cli::err() << problem.toString() << u'\n';
    QStringList written;
    const Result<> wrote = GuideDraftWriter::write(drafts, options.guidesDir, &written);
    // With --json, stdout holds the JSON alone.
    QTextStream &report = options.json ? Cli::err() : Cli::out();
    for (const QString &path : written)
        report << Cli::Tr::tr("Wrote %1").arg(path) << u'\n';
    if (!wrote)
        Cli::err() << u"offerdesk-cli bands: "_s << wrote.message() << u'\n';
    return wrote.has_value() && problems.isEmpty();
}

std::variant<BandsOptions, int> parseBandsOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"data"_s, Cli::Tr::tr("The CSV file of data points."), u"file"_s));
    parser.addOption(QCommandLineOption(u"percentiles"_s,
                                        Cli::Tr::tr("The band's low and high ends, 0 < LOW < HIGH < 100 (default 25,75)."),
                                        u"low,high"_s));
    Cli::addJsonOption(parser);
    parser.addOption(QCommandLineOption(u"write-guides"_s,
                                        Cli::Tr::tr("Write one guide draft per company and role into <dir>."), u"dir"_s));
    parser.addOption(QCommandLineOption(u"today"_s, Cli::Tr::tr("The day points are aged from (default: today)."),
                                        u"YYYY-MM-DD"_s));
    if (const auto stop = Cli::parseCommand(parser, u"bands"_s, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(u"bands"_s, Cli::Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    BandsOptions options;
    options.dataPath = parser.value(u"data"_s);
    if (options.dataPath.isEmpty())
        return Cli::usageError(u"bands"_s, Cli::Tr::tr("--data FILE.csv is required"));
    if (parser.isSet(u"percentiles"_s)) {
        const std::optional<BandPercentiles> percentiles = BandPercentiles::parse(parser.value(u"percentiles"_s));
        if (!percentiles)
            return Cli::usageError(u"bands"_s, Cli::Tr::tr("--percentiles must be two numbers LOW,HIGH with 0 < LOW < "
                                                           "HIGH < 100, such as 25,75"));
        options.percentiles = *percentiles;
    }
    options.today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        options.today = QDate::fromString(parser.value(u"today"_s), u"yyyy-MM-dd"_s);
        if (!options.today.isValid())
            return Cli::usageError(u"bands"_s, Cli::Tr::tr("--today must be a date written YYYY-MM-DD"));
    }
    options.json = parser.isSet(u"json"_s);
    options.guidesDir = parser.value(u"write-guides"_s);
    return options;
}

} // namespace

int Cli::bandsCommand(const QStringList &arguments)
{
    const std::variant<BandsOptions, int> parsed = parseBandsOptions(arguments);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const BandsOptions &options = std::get<BandsOptions>(parsed);

    const DataPointFile file = CsvDataPoints::readFile(options.dataPath);
    for (const Diagnostic &diagnostic : file.diagnostics)
        err() << diagnostic.toString() << u'\n';
    const QList<BandGroup> groups = BandStatistics::compute(file.points, options.percentiles, options.today);
    if (options.json) {
        printJson(groupsJson(groups));
    } else {
        printGroups(groups, options.percentiles);
        //: "12 data points in 3 groups; 1 bad row skipped"
        out() << Tr::tr("%1 in %2; %3")
                     .arg(Tr::tr("%n data point(s)", nullptr, int(file.points.size())),
                          Tr::tr("%n group(s)", nullptr, int(groups.size())),
                          Tr::tr("%n bad row(s) skipped", nullptr, int(file.badRows)))
              << u'\n';
    }
    const bool guidesOk = options.guidesDir.isEmpty() || writeGuides(groups, options);
    return file.allRowsGood() && guidesOk ? Success : Failure;
}
