// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "OptionsText.h"

#include "Cli.h"
#include "TextTable.h"
#include "offers/OptionsOutlook.h"

using namespace Qt::StringLiterals;

namespace {

// Per-share prices keep their cents: "2.00", "10.00".
QString price(double value)
{
    return QString::number(value, 'f', 2);
}

QString multiple(double value)
{
    return QString::number(value, 'g', 6) + u"×"_s;
}

void printOutlook(const OptionsOutlook &outlook, const QString &currency, int horizonYears)
{
    const StockOptions &o = outlook.options;
    QTextStream &out = Cli::out();
    out << u"\n"_s << outlook.label << u": "_s << Cli::formatAmount(o.count) << u" options at a "_s
        << price(o.strikePrice) << u" strike; last round "_s << price(o.preferredPrice) << u" a share"_s;
    if (o.dilutionPct > 0 && o.roundsToExit > 0)
        out << u"; "_s << QString::number(o.dilutionPct, 'g', 6) << u"% dilution over "_s << o.roundsToExit
            << (o.roundsToExit == 1 ? u" round"_s : u" rounds"_s);
    if (o.preferenceTotal > 0)
        out << u"; "_s << Cli::formatAmount(o.preferenceTotal) << u" preference ahead of common"_s;
    out << u" (in "_s << currency << u")\n"_s;
    out << u"  Paper value "_s << Cli::formatAmount(outlook.paperValue)
        << u" (what recruiters quote; never counted as pay) · cost to exercise "_s
        << Cli::formatAmount(outlook.costToExercise);
    if (outlook.exerciseSpread)
        out << u" · spread at exercise "_s << Cli::formatAmount(*outlook.exerciseSpread) << u" (taxed; no tax computed)"_s;
    if (outlook.ownershipPct)
        out << u" · "_s << QString::number(*outlook.ownershipPct, 'g', 4) << u"% of the company"_s;
    out << u"\n"_s;
    using Align = TextTable::Align;
    const QString years = QString::number(horizonYears);
    TextTable table({{u"  Exit"_s}, {u"Price/share"_s, Align::Right}, {u"Options, %1 yrs"_s.arg(years), Align::Right},
                     {u"Total, %1 yrs"_s.arg(years), Align::Right}, {u"Average"_s, Align::Right}});
    for (const ExitScenario &scenario : outlook.scenarios) {
        table.addRow({u"  "_s + multiple(scenario.exitMultiple), price(scenario.exitPrice),
                      Cli::formatAmount(scenario.equityValue), Cli::formatAmount(scenario.total),
                      Cli::formatAmount(scenario.average)});
    }
    table.print(out);
    out << u"  Expected case: "_s << multiple(outlook.expectedExitMultiple) << u" the last round's price.\n"_s;
    if (!outlook.breakEvenStatement.isEmpty())
        out << u"  "_s << outlook.breakEvenStatement << u'\n';
    for (const QString &warning : outlook.warnings)
        out << u"  Note: "_s << warning << u'\n';
}

} // namespace

void Cli::addExitMultiplesOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"exit-multiples"_s,
                                        u"The exits options offers are shown at, as multiples of the last round's "
                                        u"price, comma-separated, each from 0 to 100 (default 0,0.5,1,3,10)."_s,
                                        u"list"_s));
}

std::optional<int> Cli::readExitMultiples(const QCommandLineParser &parser, const QString &command,
                                          QList<double> &multiples)
{
    if (!parser.isSet(u"exit-multiples"_s)) {
        multiples = OptionsValuation::defaultExitMultiples();
        return std::nullopt;
    }
    const Result<QList<double>> parsed = OptionsValuation::parseExitMultiples(parser.value(u"exit-multiples"_s));
    if (!parsed) {
        err() << u"offerdesk-cli %1: --exit-multiples %2\n"_s.arg(command, parsed.message());
        return Failure;
    }
    multiples = *parsed;
    return std::nullopt;
}

void Cli::printOptionsOutlooks(const OffersComparison &comparison)
{
    const int horizon = OptionsOutlooks::horizonYears(comparison);
    for (const OptionsOutlook &outlook : OptionsOutlooks::of(comparison, comparison.exitMultiples))
        printOutlook(outlook, comparison.band.currency, horizon);
}
