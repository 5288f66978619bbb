// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "offers/EquityScenarios.h"
#include "common/Money.h"
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
    const int horizon = comparison.horizonYears;
    const RegionBand &band = comparison.band;
    Cli::out() << comparison.guideTitle << u" — "_s << Cli::Tr::tr("%1, in %2").arg(band.region, band.currency)
               << u"  ("_s << comparison.guideId << u")\n"_s;
    Cli::out() << Cli::Tr::tr("Band: base %1 · stock/yr %2 · bonus %3 · total %4")
                      .arg(range(band.baseLow, band.baseHigh), range(band.stockPerYearLow(), band.stockPerYearHigh()),
                           Cli::formatPercent(band.bonusPct), range(band.totalCompLow, band.totalCompHigh))
               << u"\n\n"_s;
    using Align = TextTable::Align;
    // The horizon's years (4 unless --years says otherwise).
    QList<TextTable::Column> columns{{Cli::Tr::tr("Offer")}, {Cli::Tr::tr("Currency")}};
    for (int year = 1; year <= horizon; ++year)
        columns.append({Cli::Tr::tr("Year %1").arg(year), Align::Right});
    columns.append({Cli::Tr::tr("%1-yr avg").arg(horizon), Align::Right});
    columns += QList<TextTable::Column>{{Cli::Tr::tr("Base position")}, {Cli::Tr::tr("Stock/yr position")},
                                        {Cli::Tr::tr("Total position")}};
    TextTable table(columns);
    bool anyTarget = false;
    for (const BandComparison &row : comparison.rows) {
        const Offer &offer = row.offer;
        anyTarget = anyTarget || offer.target;
        const int vestingYears = offer.vestingPeriodYears();
        const QString rate = row.originalCurrency == band.currency
                                 ? row.originalCurrency
                                 : u"%1 ×%2"_s.arg(row.originalCurrency, QString::number(row.rate, 'g', 8));
        QStringList cells{(offer.target ? u"* "_s : u"  "_s) + offer.label(), rate};
        for (double year : row.yearsOverHorizon)
            cells.append(Cli::formatAmount(year));
        cells.append(Cli::formatAmount(row.averageOverHorizon));
        table.addRow(cells + QStringList{
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

QString growthHeader(double pct)
{
    return (pct > 0 ? u"+"_s : QString()) + EquityScenarios::formatGrowth(pct);
}

// The scenarios, the break-even sentences and the flips, after the table: only when asked for or when an offer
// has equity terms of its own, so the output of a plain offers file stays as it was.
void printScenarios(const EquityAnalysis &analysis)
{
    using Align = TextTable::Align;
    const EquityAssumptions &assumptions = analysis.assumptions;
    Cli::out() << u"\nWhat if the stock moves: totals over %1 year%2, %3\n"_s.arg(assumptions.horizonYears)
                      .arg(assumptions.horizonYears == 1 ? u""_s : u"s"_s, analysis.currency);
    QList<TextTable::Column> columns{{u"Offer"_s}, {u"Growth"_s, Align::Right}, {u"Expected"_s, Align::Right}};
    for (double pct : assumptions.scenarioGrowthPcts)
        columns.append({growthHeader(pct) + u"/yr"_s, Align::Right});
    TextTable table(columns);
    for (const OfferScenarios &row : analysis.offers) {
        QStringList cells{row.label, growthHeader(row.offer.growthPct), Cli::formatAmount(row.expected.total)};
        for (const ScenarioResult &scenario : row.scenarios)
            cells.append(Cli::formatAmount(scenario.total));
        table.addRow(cells);
    }
    table.print(Cli::out());
    if (!analysis.breakEvens.isEmpty() || !analysis.flips.isEmpty())
        Cli::out() << u'\n';
    for (const BreakEven &row : analysis.breakEvens) {
        for (const QString &statement : row.statements)
            Cli::out() << u"- "_s << statement << u'\n';
    }
    for (const RankingFlip &flip : analysis.flips)
        Cli::out() << u"- "_s << flip.sentence << u'\n';
}

// compare --json: the comparison, with each offer's years over the horizon, scenarios and cost of leaving, and the
// horizon and break-even rates at the top.
QJsonObject comparisonJson(const OffersComparison &comparison, const EquityAnalysis &analysis)
{
    QJsonObject json = OfferComparison::toJson(comparison);
    QJsonArray offers = json.value(u"offers"_s).toArray();
    for (int i = 0; i < offers.size() && i < analysis.offers.size(); ++i) {
        QJsonObject offer = offers.at(i).toObject();
        const QJsonObject equity = EquityScenarios::offerJson(analysis.offers.at(i));
        for (auto it = equity.constBegin(); it != equity.constEnd(); ++it)
            offer.insert(it.key(), it.value());
        offers[i] = offer;
    }
    json.insert(u"offers"_s, offers);
    const QJsonObject top = EquityScenarios::analysisJson(analysis);
    for (auto it = top.constBegin(); it != top.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
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
    addExitMultiplesOption(parser);
    addEquityOptions(parser);
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (const auto stop = requireOptions(parser, command, {u"guide"_s, u"region"_s, u"offers"_s}))
        return *stop;
    ExchangeRates rates;
    if (const auto stop = readRates(parser, command, rates))
        return *stop;
    EquityAssumptions assumptions;
    if (const auto stop = readEquityOptions(parser, command, assumptions))
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

    OffersComparison comparison = OfferComparison::compare(*guide, *band, *offers, rates, assumptions.horizonYears);
    comparison.exitMultiples = exitMultiples;
    if (!comparison.complete()) {
        for (const QString &missing : comparison.problems)
            err() << u"offerdesk-cli compare: "_s << missing << u'\n';
        return Failure;
    }
    const EquityAnalysis analysis = EquityScenarios::analyse(comparison, assumptions);
    if (parser.isSet(u"json"_s)) {
        printJson(comparisonJson(comparison, analysis));
    } else {
        printText(comparison);
        if (equityOptionsSet(parser) || EquityScenarios::anyEquityTerms(*offers))
            printScenarios(analysis);
        printOptionsOutlooks(comparison);
    }
    return Success;
}
