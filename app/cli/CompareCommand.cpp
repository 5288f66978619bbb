// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "common/Money.h"
#include "offers/OfferComparison.h"
#include "ScenarioOptions.h"
#include "TextTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString range(double low, double high)
{
    return Cli::formatAmount(low) + u"–"_s + Cli::formatAmount(high);
}

// The JSON's placement names ("below", "within", "above"), in words a person reads.
QString placementText(OfferMath::Placement placement)
{
    switch (placement) {
    case OfferMath::Placement::Below:
        return Cli::Tr::tr("below");
    case OfferMath::Placement::Within:
        return Cli::Tr::tr("within");
    case OfferMath::Placement::Above:
        return Cli::Tr::tr("above");
    }
    return QString();
}

QString position(double value, double low, double high, double positionValue)
{
    // "0.45" in English, "0,45" in French.
    const QString number =
        OfferComparison::formatPosition(positionValue).replace(u'.', MoneyStyle::report().locale.decimalPoint());
    return u"%1 %2"_s.arg(number, placementText(OfferMath::placement(value, low, high)));
}

void printText(const OffersComparison &comparison)
{
    const RegionBand &band = comparison.band;
    Cli::out() << comparison.guideTitle << u" — "_s << Cli::Tr::tr("%1, in %2").arg(band.region, band.currency)
               << u"  ("_s << comparison.guideId << u")\n"_s;
    Cli::out() << Cli::Tr::tr("Band: base %1 · stock/yr %2 · bonus %3 · total %4")
                      .arg(range(band.baseLow, band.baseHigh), range(band.stockPerYearLow(), band.stockPerYearHigh()),
                           Cli::formatPercent(band.bonusPct), range(band.totalCompLow, band.totalCompHigh))
               << u"\n\n"_s;
    using Align = TextTable::Align;
    TextTable table({{Cli::Tr::tr("Offer")}, {Cli::Tr::tr("Currency")}, {Cli::Tr::tr("Year 1"), Align::Right},
                     {Cli::Tr::tr("Year 2"), Align::Right}, {Cli::Tr::tr("Year 3"), Align::Right},
                     {Cli::Tr::tr("Year 4"), Align::Right}, {Cli::Tr::tr("4-yr avg"), Align::Right},
                     {Cli::Tr::tr("Base position")}, {Cli::Tr::tr("Stock/yr position")},
                     {Cli::Tr::tr("Total position")}});
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
        Cli::out() << Cli::Tr::tr("(no offers)") << u'\n';
    Cli::out() << u'\n' << Cli::Tr::tr("Positions: 0 is the band's low end, 1 its high end.");
    if (anyTarget)
        Cli::out() << u' ' << Cli::Tr::tr("* marks the target offer.");
    Cli::out() << u'\n';
}

} // namespace

int Cli::compareCommand(const QStringList &arguments)
{
    const QString command = u"compare"_s;
    QCommandLineParser parser;
    addGuidesOption(parser);
    addJsonOption(parser);
    addScenarioOptions(parser, Tr::tr("The guide's region to compare with."), Tr::tr("The offers JSON file."));
    addRateOption(parser);
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (const auto stop = requireOptions(parser, command, {u"guide"_s, u"region"_s, u"offers"_s}))
        return *stop;
    ExchangeRates rates;
    if (const auto stop = readRates(parser, command, rates))
        return *stop;
    const std::optional<QList<Offer>> offers = readOffersFile(parser.value(u"offers"_s));
    if (!offers)
        return Failure;

    GuideLibrary library = loadLibrary(parser);
    const std::optional<ScenarioBand> found = findScenarioBand(parser, library);
    if (!found)
        return Failure;
    const auto [guide, band] = *found;

    const OffersComparison comparison = OfferComparison::compare(*guide, *band, *offers, rates);
    if (!comparison.complete()) {
        for (const QString &missing : comparison.problems)
            err() << u"offerdesk-cli compare: "_s << missing << u'\n';
        return Failure;
    }
    if (parser.isSet(u"json"_s))
        printJson(OfferComparison::toJson(comparison));
    else
        printText(comparison);
    return Success;
}
