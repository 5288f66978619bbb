// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "TextTable.h"

#include "guide/GuideParser.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject lowHigh(double low, double high)
{
    return {{u"low"_s, low}, {u"high"_s, high}};
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString range(double low, double high)
{
    return Cli::formatAmount(low) + u"–"_s + Cli::formatAmount(high);
}

} // namespace

int Cli::checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGuidesOption(parser);
    parser.addOption(QCommandLineOption(u"quiet"_s, Tr::tr("Print only the summary line.")));
    if (const auto stop = parseCommand(parser, u"check"_s, arguments, u"path"_s,
                                       Tr::tr("Guide files or folders to check. With none, the whole library.")))
        return *stop;

    const QStringList paths = parser.positionalArguments();
    // Checking reads every file to its end, so problems in the bodies are found too.
    const GuideLibrary library =
        paths.isEmpty() ? loadLibrary(parser, Bodies::All) : GuideLibrary::load(paths);
    const Diagnostics &diagnostics = library.diagnostics();
    if (!parser.isSet(u"quiet"_s)) {
        for (const Diagnostic &diagnostic : diagnostics)
            out() << diagnostic.toString() << u'\n';
    }
    const qsizetype errors = countErrors(diagnostics);
    const qsizetype warnings = countWarnings(diagnostics);
    //: The summary line: "Checked 3 files: 2 guides loaded, 1 error, 0 warnings".
    out() << Tr::tr("Checked %1: %2, %3, %4")
                 .arg(Tr::tr("%n file(s)", nullptr, int(library.filesRead())),
                      Tr::tr("%n guide(s) loaded", nullptr, int(library.guides().size())),
                      Tr::tr("%n error(s)", nullptr, int(errors)), Tr::tr("%n warning(s)", nullptr, int(warnings)))
          << u'\n';
    return errors > 0 ? Failure : Success;
}

int Cli::listCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGuidesOption(parser);
    addJsonOption(parser);
    if (const auto stop = parseCommand(parser, u"list"_s, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"list"_s, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const GuideLibrary library = loadLibrary(parser);
    if (parser.isSet(u"json"_s)) {
        QJsonArray guides;
        for (const Guide &guide : library.guides()) {
            guides.append(QJsonObject{
                {u"id"_s, guide.id()},
                {u"company"_s, guide.company},
                {u"company_display"_s, guide.companyName()},
                {u"role"_s, guide.role},
                {u"role_display"_s, guide.roleName()},
                {u"regions"_s, toJsonArray(guide.regionNames())},
                {u"path"_s, guide.path},
            });
        }
        printJson({{u"guides"_s, guides}, {u"problems"_s, int(library.diagnostics().size())}});
        return Success;
    }
    TextTable table({{Tr::tr("ID")}, {Tr::tr("Company")}, {Tr::tr("Role")}, {Tr::tr("Regions")}});
    for (const Guide &guide : library.guides())
        table.addRow({guide.id(), guide.companyName(), guide.roleName(), guide.regionNames().join(u", "_s)});
    table.print(out());
    out() << Tr::tr("%n guide(s)", nullptr, int(library.guides().size()));
    if (const qsizetype problems = library.diagnostics().size())
        out() << Tr::tr(", %n problem(s) (run 'offerdesk-cli check')", nullptr, int(problems));
    out() << u'\n';
    return Success;
}

int Cli::showCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGuidesOption(parser);
    addJsonOption(parser);
    parser.addOption(QCommandLineOption(u"region"_s, Tr::tr("Show only <name>."), u"name"_s));
    if (const auto stop = parseCommand(parser, u"show"_s, arguments, u"id"_s,
                                       Tr::tr("The guide id, company/role, as 'offerdesk-cli list' prints it.")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(u"show"_s, Tr::tr("give exactly one guide id"));

    GuideLibrary library = loadLibrary(parser);
    const Guide *guide = findGuide(library, parser.positionalArguments().first());
    if (!guide)
        return Failure;
    QList<RegionBand> bands = guide->regions;
    if (parser.isSet(u"region"_s)) {
        const RegionBand *band = findRegion(*guide, parser.value(u"region"_s));
        if (!band)
            return Failure;
        bands = {*band};
    }
    QStringList warnings;
    for (const Diagnostic &diagnostic : library.diagnosticsFor(guide->path))
        warnings.append(diagnostic.toString());

    if (parser.isSet(u"json"_s)) {
        QJsonArray regions;
        for (const RegionBand &band : bands) {
            regions.append(QJsonObject{
                {u"region"_s, band.region},
                {u"currency"_s, band.currency},
                {u"base"_s, lowHigh(band.baseLow, band.baseHigh)},
                {u"stock_4yr"_s, lowHigh(band.stockLow, band.stockHigh)},
                {u"stock_per_year"_s, lowHigh(band.stockPerYearLow(), band.stockPerYearHigh())},
                {u"bonus_pct"_s, band.bonusPct},
                {u"total_comp"_s, lowHigh(band.totalCompLow, band.totalCompHigh)},
                {u"total_comp_computed"_s, lowHigh(band.computedTotalLow(), band.computedTotalHigh())},
            });
        }
        const auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
        printJson({
            {u"id"_s, guide->id()},
            {u"company"_s, guide->company},
            {u"company_display"_s, guide->companyName()},
            {u"role"_s, guide->role},
            {u"role_display"_s, guide->roleName()},
            {u"last_updated"_s, date(guide->lastUpdated)},
            {u"next_review_due"_s, date(guide->nextReviewDue)},
            {u"data_quality"_s, guide->dataQuality},
            {u"data_sources"_s, toJsonArray(guide->dataSources)},
            {u"level_mapping"_s, toJsonArray(guide->levelMapping)},
            {u"regions"_s, regions},
            {u"warnings"_s, toJsonArray(warnings)},
        });
        return Success;
    }

    out() << guide->title() << u"  ("_s << guide->id() << u")\n"_s;
    // The labels line up: each is padded to the longest one, plus two spaces.
    const QStringList labels{Tr::tr("Levels:"), Tr::tr("Updated:"), Tr::tr("Review due:"), Tr::tr("Sources:")};
    qsizetype labelWidth = 14;
    for (const QString &text : labels)
        labelWidth = std::max(labelWidth, text.size() + 2);
    const auto label = [&](int index) { return labels.at(index).leftJustified(labelWidth); };
    if (!guide->levelMapping.isEmpty())
        out() << label(0) << guide->levelMapping.join(u" = "_s) << u'\n';
    if (guide->lastUpdated.isValid())
        out() << label(1) << guide->lastUpdated.toString(Qt::ISODate) << u'\n';
    if (guide->nextReviewDue.isValid())
        out() << label(2) << guide->nextReviewDue.toString(Qt::ISODate)
              << (guide->isStale(QDate::currentDate()) ? Tr::tr(" (stale)") : QString()) << u'\n';
    if (!guide->dataSources.isEmpty())
        out() << label(3) << guide->dataSources.join(u", "_s) << u'\n';
    out() << u'\n';
    TextTable table({{Tr::tr("Region")}, {Tr::tr("Cur")}, {Tr::tr("Base")}, {Tr::tr("Stock (4 yr)")},
                     {Tr::tr("Stock/yr")}, {Tr::tr("Bonus")}, {Tr::tr("Total comp (stated)")},
                     {Tr::tr("Total comp (computed)")}});
    for (const RegionBand &band : bands) {
        table.addRow({band.region, band.currency, range(band.baseLow, band.baseHigh),
                     range(band.stockLow, band.stockHigh), range(band.stockPerYearLow(), band.stockPerYearHigh()),
                     Cli::formatPercent(band.bonusPct), range(band.totalCompLow, band.totalCompHigh),
                     range(band.computedTotalLow(), band.computedTotalHigh())});
    }
    table.print(out());
    for (const QString &warning : warnings)
        err() << warning << u'\n';
    return Success;
}
