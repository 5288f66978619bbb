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
    QStringList terms{Cli::Tr::tr("%1 options at a %2 strike").arg(Cli::formatAmount(o.count), price(o.strikePrice)),
                      Cli::Tr::tr("last round %1 a share").arg(price(o.preferredPrice))};
    if (o.dilutionPct > 0 && o.roundsToExit > 0) {
        terms.append(Cli::Tr::tr("%1% dilution over %n round(s)", nullptr, o.roundsToExit)
                         .arg(QString::number(o.dilutionPct, 'g', 6)));
    }
    if (o.preferenceTotal > 0)
        terms.append(Cli::Tr::tr("%1 preference ahead of common").arg(Cli::formatAmount(o.preferenceTotal)));
    //: An options offer's heading in compare: %1 the offer, %2 its terms joined by "; ", %3 the currency.
    out << u"\n"_s << Cli::Tr::tr("%1: %2 (in %3)").arg(outlook.label, terms.join(u"; "_s), currency) << u'\n';
    QStringList figures{
        Cli::Tr::tr("Paper value %1 (what recruiters quote; never counted as pay)").arg(Cli::formatAmount(outlook.paperValue)),
        Cli::Tr::tr("cost to exercise %1").arg(Cli::formatAmount(outlook.costToExercise))};
    if (outlook.exerciseSpread) {
        figures.append(
            Cli::Tr::tr("spread at exercise %1 (taxed; no tax computed)").arg(Cli::formatAmount(*outlook.exerciseSpread)));
    }
    if (outlook.ownershipPct)
        figures.append(Cli::Tr::tr("%1% of the company").arg(QString::number(*outlook.ownershipPct, 'g', 4)));
    out << u"  "_s << figures.join(u" · "_s) << u'\n';
    using Align = TextTable::Align;
    TextTable table({{u"  "_s + Cli::Tr::tr("Exit")}, {Cli::Tr::tr("Price/share"), Align::Right},
                     {Cli::Tr::tr("Options, %n yr(s)", nullptr, horizonYears), Align::Right},
                     {Cli::Tr::tr("Total, %n yr(s)", nullptr, horizonYears), Align::Right}, {Cli::Tr::tr("Average"), Align::Right}});
    for (const ExitScenario &scenario : outlook.scenarios) {
        table.addRow({u"  "_s + multiple(scenario.exitMultiple), price(scenario.exitPrice),
                      Cli::formatAmount(scenario.equityValue), Cli::formatAmount(scenario.total),
                      Cli::formatAmount(scenario.average)});
    }
    table.print(out);
    out << u"  "_s << Cli::Tr::tr("Expected case: %1 the last round's price.").arg(multiple(outlook.expectedExitMultiple))
        << u'\n';
    if (!outlook.breakEvenStatement.isEmpty())
        out << u"  "_s << outlook.breakEvenStatement << u'\n';
    for (const QString &warning : outlook.warnings)
        out << u"  "_s << Cli::Tr::tr("Note: %1").arg(warning) << u'\n';
}

} // namespace

void Cli::addExitMultiplesOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"exit-multiples"_s,
                                        Cli::Tr::tr("The exits options offers are shown at, as multiples of the last round's "
                                                    "price, comma-separated, each from 0 to 100 (default 0,0.5,1,3,10)."),
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
