// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "offers/OfferComparison.h"
#include "OptionsText.h"
#include "ScenarioOptions.h"
#include "TextTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString range(double low, double high)
{
    return Cli::formatAmount(low) + u"–"_s + Cli::formatAmount(high);
}

QString position(double value, double low, double high, double positionValue)
{
    return u"%1 %2"_s.arg(OfferComparison::formatPosition(positionValue),
                          OfferMath::placementName(OfferMath::placement(value, low, high)));
}

void printText(const OffersComparison &comparison)
{
    const RegionBand &band = comparison.band;
    Cli::out() << comparison.guideTitle << u" — "_s << band.region << u", in "_s << band.currency << u"  ("_s
               << comparison.guideId << u")\n"_s;
    Cli::out() << u"Band: base "_s << range(band.baseLow, band.baseHigh) << u" · stock/yr "_s
               << range(band.stockPerYearLow(), band.stockPerYearHigh()) << u" · bonus "_s << band.bonusPct
               << u"% · total "_s << range(band.totalCompLow, band.totalCompHigh) << u"\n\n"_s;
    using Align = TextTable::Align;
    TextTable table({{u"Offer"_s}, {u"Currency"_s}, {u"Year 1"_s, Align::Right}, {u"Year 2"_s, Align::Right},
                     {u"Year 3"_s, Align::Right}, {u"Year 4"_s, Align::Right}, {u"4-yr avg"_s, Align::Right},
                     {u"Base position"_s}, {u"Stock/yr position"_s}, {u"Total position"_s}});
    bool anyTarget = false;
    for (const BandComparison &row : comparison.rows) {
        const Offer &offer = row.offer;
        anyTarget = anyTarget || offer.target;
        const int vestingYears = offer.vestingPeriodYears();
        const QString rate = row.originalCurrency == band.currency
                                 ? row.originalCurrency
                                 : u"%1 ×%2"_s.arg(row.originalCurrency, QString::number(row.rate, 'g', 8));
        table.addRow({(offer.target ? u"* "_s : u"  "_s) + offer.label(), rate, Cli::formatAmount(row.years[0]),
                     Cli::formatAmount(row.years[1]), Cli::formatAmount(row.years[2]),
                     Cli::formatAmount(row.years[3]), Cli::formatAmount(row.annualized),
                     position(offer.base, band.baseLow, band.baseHigh, row.basePosition),
                     position(offer.equityTotal / vestingYears, band.stockPerYearLow(), band.stockPerYearHigh(),
                              row.stockPerYearPosition),
                     position(row.annualized, band.totalCompLow, band.totalCompHigh, row.totalPosition)});
    }
    table.print(Cli::out());
    if (table.isEmpty())
        Cli::out() << u"(no offers)\n"_s;
    Cli::out() << u"\nPositions: 0 is the band's low end, 1 its high end."_s;
    if (anyTarget)
        Cli::out() << u" * marks the target offer."_s;
    Cli::out() << u'\n';
}

} // namespace

int Cli::compareCommand(const QStringList &arguments)
{
    const QString command = u"compare"_s;
    QCommandLineParser parser;
    addGuidesOption(parser);
    addJsonOption(parser);
    addScenarioOptions(parser, u"The guide's region to compare with."_s, u"The offers JSON file."_s);
    addRateOption(parser);
    addExitMultiplesOption(parser);
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (const auto stop = requireOptions(parser, command, {u"guide"_s, u"region"_s, u"offers"_s}))
        return *stop;
    ExchangeRates rates;
    if (const auto stop = readRates(parser, command, rates))
        return *stop;
    QList<double> exitMultiples;
    if (const auto stop = readExitMultiples(parser, command, exitMultiples))
        return *stop;
    const std::optional<QList<Offer>> offers = readOffersFile(parser.value(u"offers"_s));
    if (!offers)
        return Failure;

    GuideLibrary library = loadLibrary(parser);
    const std::optional<ScenarioBand> found = findScenarioBand(parser, library);
    if (!found)
        return Failure;
    const auto [guide, band] = *found;

    OffersComparison comparison = OfferComparison::compare(*guide, *band, *offers, rates);
    comparison.exitMultiples = exitMultiples;
    if (!comparison.complete()) {
        for (const QString &missing : comparison.problems)
            err() << u"offerdesk-cli compare: "_s << missing << u'\n';
        return Failure;
    }
    if (parser.isSet(u"json"_s)) {
        printJson(OfferComparison::toJson(comparison));
    } else {
        printText(comparison);
        printOptionsOutlooks(comparison);
    }
    return Success;
}
