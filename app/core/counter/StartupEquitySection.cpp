// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/StartupEquitySection.h"

#include "common/Money.h"
#include "offers/OptionsValuation.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The section is part of the summary: its words are in the report's context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationReport)
};

QString money(double value, const QString &currency)
{
    return Money::exact(value, currency, MoneyStyle::report());
}

QString price(double value, const QString &currency)
{
    return StartupEquitySection::pricePerShare(value, currency);
}

QString number(double value)
{
    return Money::exact(value, QString(), MoneyStyle::report().withoutSymbol());
}

QString multiple(double value)
{
    return OptionsValuation::formatMultiple(value) + u"×"_s;
}

// The grant as its offer letter states it, in the offer's own currency.
QStringList assumptionsOf(const Offer &original)
{
    const StockOptions &o = original.stockOptions;
    const QString &currency = original.currency;
    QStringList lines;
    lines.append(Tr::tr("%1 options at a %2 strike").arg(number(o.count), price(o.strikePrice, currency)));
    lines.append(Tr::tr("last round %1 a share").arg(price(o.preferredPrice, currency)));
    lines.append(o.hasFmv() ? Tr::tr("409A %1 a share").arg(price(o.fmvPrice, currency)) : Tr::tr("no 409A price given"));
    if (o.hasFullyDilutedShares())
        lines.append(Tr::tr("%1 fully diluted shares").arg(number(o.fullyDilutedShares)));
    lines.append(o.preferenceTotal > 0 ? Tr::tr("%1 of preference ahead of common").arg(money(o.preferenceTotal, currency))
                                       : Tr::tr("no preference given"));
    const QString dilution = QString::number(o.dilutionPct, 'g', 6);
    if (o.roundsToExit <= 0 || o.dilutionPct <= 0)
        lines.append(Tr::tr("no dilution"));
    else if (o.roundsToExit == 1)
        lines.append(Tr::tr("%1% dilution over 1 round").arg(dilution));
    else
        lines.append(Tr::tr("%1% dilution a round over %2 rounds").arg(dilution).arg(o.roundsToExit));
    lines.append(Tr::tr("%1 days to exercise after leaving").arg(o.exerciseWindowDays));
    lines.append(Tr::tr("expected exit %1 the last round's price").arg(multiple(o.expectedExitMultiple)));
    return lines;
}

} // namespace

QList<ReportStartupEquity> StartupEquitySection::build(const OffersComparison &offers,
                                                       const QList<double> &exitMultiples, int horizonYears)
{
    OffersComparison comparison = offers;
    comparison.horizonYears = horizonYears;
    QList<ReportStartupEquity> sections;
    for (int row = 0; row < comparison.rows.size(); ++row) {
        const Offer &offer = comparison.rows.at(row).offer;
        if (!offer.hasOptions())
            continue;
        // The expected exit is always a row of the table, in its place among the others.
        QList<double> multiples = exitMultiples;
        if (!multiples.contains(offer.stockOptions.expectedExitMultiple))
            multiples.append(offer.stockOptions.expectedExitMultiple);
        std::sort(multiples.begin(), multiples.end());
        const std::optional<OptionsOutlook> outlook = OptionsOutlooks::ofRow(comparison, row, multiples);
        if (!outlook)
            continue;
        ReportStartupEquity section;
        section.label = outlook->label;
        section.target = offer.target;
        section.horizonYears = horizonYears;
        section.assumptions = assumptionsOf(comparison.rows.at(row).original);
        section.paperValue = outlook->paperValue;
        section.costToExercise = outlook->costToExercise;
        section.exerciseSpread = outlook->exerciseSpread;
        section.ownershipPct = outlook->ownershipPct;
        for (const ExitScenario &scenario : outlook->scenarios) {
            section.exits.append({scenario.exitMultiple, scenario.exitPrice, scenario.equityValue, scenario.total,
                                  scenario.average, scenario.exitMultiple == outlook->expectedExitMultiple});
        }
        section.breakEven = outlook->breakEvenStatement;
        section.warnings = outlook->warnings;
        sections.append(section);
    }
    return sections;
}

QString StartupEquitySection::overYears(int horizonYears)
{
    return horizonYears == 1 ? Tr::tr("over 1 year") : Tr::tr("over %1 years").arg(horizonYears);
}

QString StartupEquitySection::pricePerShare(double value, const QString &currency)
{
    const QString withCents = Money::exact(value, currency, MoneyStyle::report().withCents());
    return withCents.contains(u'.') ? withCents : withCents + u".00"_s;
}

QString StartupEquitySection::note()
{
    return Tr::tr("Options are worth their exit price less the strike, and nothing below it. The exit price is a multiple "
              "of the last round's price, less any preference (all taken ahead of common, the cautious view) and "
              "the dilution of the rounds to come. The paper value, at the last round's price, is what recruiters "
              "quote: it is shown, and never counted as pay. Exercising costs the strike; the spread over the 409A "
              "price is what tax applies to, and no tax is computed here.");
}

QStringList StartupEquitySection::plainText(const QList<ReportStartupEquity> &sections, const QString &currency)
{
    QStringList lines;
    for (const ReportStartupEquity &section : sections) {
        lines << Tr::tr("%1: %2").arg(section.label, section.assumptions.join(u"; "_s));
        QString figures = Tr::tr("Paper value %1 (never counted as pay); cost to exercise %2")
                              .arg(money(section.paperValue, currency), money(section.costToExercise, currency));
        if (section.exerciseSpread)
            figures += Tr::tr("; spread at exercise %1").arg(money(*section.exerciseSpread, currency));
        if (section.ownershipPct)
            figures += Tr::tr("; %1% of the company").arg(QString::number(*section.ownershipPct, 'g', 4));
        lines << figures;
        for (const ReportExitRow &exit : section.exits) {
            lines << Tr::tr("At %1%2: %3 a share, options %4 %5, total %6, %7 a year")
                         .arg(multiple(exit.exitMultiple), exit.expected ? Tr::tr(" (expected)") : QString(),
                              price(exit.exitPrice, currency), money(exit.optionsValue, currency),
                              overYears(section.horizonYears), money(exit.total, currency),
                              money(exit.average, currency));
        }
        if (!section.breakEven.isEmpty())
            lines << section.breakEven;
        for (const QString &warning : section.warnings)
            lines << u"! "_s + warning;
    }
    return lines;
}
