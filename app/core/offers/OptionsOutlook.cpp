// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OptionsOutlook.h"

#include "offers/EquityProjection.h"
#include "offers/OptionsValuation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OptionsOutlook)
};

// Amounts to the cent, prices to 1/10,000 and multiples to 1/10,000 in JSON, without float noise.
double money(double value)
{
    return std::round(value * 100.0) / 100.0;
}

double fine(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonValue optionalMoney(const std::optional<double> &value)
{
    return value ? QJsonValue(money(*value)) : QJsonValue(QJsonValue::Null);
}

// The other row with the highest total over the horizon in its expected case; -1 when there is none.
int bestOtherRow(const OffersComparison &comparison, int row, int horizonYears)
{
    int best = -1;
    double bestTotal = 0;
    for (int i = 0; i < comparison.rows.size(); ++i) {
        if (i == row)
            continue;
        const BandComparison &other = comparison.rows.at(i);
        const double total = OptionsOutlooks::totalAt(other, other.offer.stockOptions.expectedExitMultiple, horizonYears);
        if (best < 0 || total > bestTotal) {
            best = i;
            bestTotal = total;
        }
    }
    return best;
}

QStringList warningsFor(const OptionsOutlook &outlook)
{
    QStringList warnings;
    if (outlook.expectedExitMultiple == 1) {
        warnings.append(Tr::tr("The expected case puts %1's options at an exit at 1× the last round's price (the "
                               "default expected_exit_multiple), the price their paper value uses; set "
                               "expected_exit_multiple to your own estimate.")
                            .arg(outlook.label));
    }
    if (OptionsValuation::isUnderwater(outlook.options)) {
        warnings.append(Tr::tr("%1's options are underwater at the last round's price: the strike is above it, so "
                               "they are worth something only at a higher exit.")
                            .arg(outlook.label));
    }
    return warnings;
}

} // namespace

int OptionsOutlooks::horizonYears(const OffersComparison &comparison)
{
    return comparison.horizonYears;
}

double OptionsOutlooks::totalAt(const BandComparison &row, double multiple, int horizonYears)
{
    // The row's offer is already valued at its expected exit; valuedAt() puts this exit in its place.
    const Offer offer = OptionsValuation::valuedAt(row.offer, multiple);
    return EquityProjection::expected(offer, horizonYears).total;
}

std::optional<OptionsOutlook> OptionsOutlooks::ofRow(const OffersComparison &comparison, int row,
                                                     const QList<double> &exitMultiples)
{
    const BandComparison &comparisonRow = comparison.rows.at(row);
    const Offer &offer = comparisonRow.offer;
    if (!offer.hasOptions())
        return std::nullopt;
    const int horizon = horizonYears(comparison);
    OptionsOutlook outlook;
    outlook.row = row;
    outlook.label = offer.label();
    outlook.options = offer.stockOptions;
    outlook.expectedExitMultiple = offer.stockOptions.expectedExitMultiple;
    outlook.paperValue = OptionsValuation::paperValue(offer.stockOptions);
    outlook.costToExercise = OptionsValuation::costToExercise(offer.stockOptions);
    outlook.exerciseSpread = OptionsValuation::exerciseSpread(offer.stockOptions);
    outlook.ownershipPct = OptionsValuation::ownershipPct(offer.stockOptions);
    double shareWithinHorizon = 0;
    for (double weight : EquityProjection::grantWeights(offer, horizon, 0))
        shareWithinHorizon += weight;
    for (double multiple : exitMultiples) {
        ExitScenario scenario;
        scenario.exitMultiple = multiple;
        scenario.exitPrice = OptionsValuation::exitPricePerShare(offer.stockOptions, multiple);
        scenario.equityValue = OptionsValuation::grantValueAtExit(offer.stockOptions, multiple) * shareWithinHorizon;
        scenario.total = totalAt(comparisonRow, multiple, horizon);
        scenario.average = scenario.total / horizon;
        outlook.scenarios.append(scenario);
    }
    outlook.expectedTotal = totalAt(comparisonRow, outlook.expectedExitMultiple, horizon);
    Offer atPaperValue = offer;
    atPaperValue.equityTotal = outlook.paperValue;
    outlook.paperTotal = EquityProjection::expected(atPaperValue, horizon).total;
    const int best = bestOtherRow(comparison, row, horizon);
    if (best >= 0) {
        const BandComparison &other = comparison.rows.at(best);
        outlook.against = other.offer.label();
        const double target = totalAt(other, other.offer.stockOptions.expectedExitMultiple, horizon);
        outlook.bestOtherTotal = target;
        outlook.breakEvenMultiple = OptionsValuation::breakEvenMultiple(
            [&](double multiple) { return totalAt(comparisonRow, multiple, horizon); }, target);
        outlook.breakEvenStatement = breakEvenStatement(outlook.against, horizon, outlook.breakEvenMultiple);
    }
    outlook.warnings = warningsFor(outlook);
    return outlook;
}

QList<OptionsOutlook> OptionsOutlooks::of(const OffersComparison &comparison, const QList<double> &exitMultiples)
{
    QList<OptionsOutlook> outlooks;
    for (int row = 0; row < comparison.rows.size(); ++row) {
        if (std::optional<OptionsOutlook> outlook = ofRow(comparison, row, exitMultiples))
            outlooks.append(std::move(*outlook));
    }
    return outlooks;
}

QString OptionsOutlooks::breakEvenStatement(const QString &against, int horizonYears,
                                            std::optional<double> breakEvenMultiple)
{
    if (against.isEmpty())
        return QString();
    const QString over = horizonYears == 1 ? Tr::tr("over 1 year") : Tr::tr("over %1 years").arg(horizonYears);
    if (!breakEvenMultiple) {
        return Tr::tr("This offer doesn't beat %1 %2, even if the company exits at 100× its last round's price.")
            .arg(against, over);
    }
    if (*breakEvenMultiple <= 0)
        return Tr::tr("This offer beats %1 %2 even if its options are worth nothing.").arg(against, over);
    return Tr::tr("This offer beats %1 %2 only if the company exits at %3× its last round's price or more.")
        .arg(against, over, OptionsValuation::formatMultiple(*breakEvenMultiple));
}

QJsonObject OptionsOutlooks::toJson(const OptionsOutlook &outlook)
{
    QJsonArray scenarios;
    for (const ExitScenario &scenario : outlook.scenarios) {
        scenarios.append(QJsonObject{
            {u"exit_multiple"_s, scenario.exitMultiple},
            {u"exit_price"_s, fine(scenario.exitPrice)},
            {u"equity_value"_s, money(scenario.equityValue)},
            {u"total"_s, money(scenario.total)},
            {u"average"_s, money(scenario.average)},
        });
    }
    return {
        {u"count"_s, outlook.options.count},
        {u"strike_price"_s, fine(outlook.options.strikePrice)},
        {u"preferred_price"_s, fine(outlook.options.preferredPrice)},
        {u"paper_value"_s, money(outlook.paperValue)},
        {u"cost_to_exercise"_s, money(outlook.costToExercise)},
        {u"exercise_spread"_s, optionalMoney(outlook.exerciseSpread)},
        {u"ownership_pct"_s, outlook.ownershipPct ? QJsonValue(fine(*outlook.ownershipPct)) : QJsonValue()},
        {u"expected_exit_multiple"_s, outlook.expectedExitMultiple},
        {u"scenarios"_s, scenarios},
        {u"breakeven_statement"_s, outlook.breakEvenStatement.isEmpty() ? QJsonValue()
                                                                        : QJsonValue(outlook.breakEvenStatement)},
        {u"warnings"_s, QJsonArray::fromStringList(outlook.warnings)},
    };
}

void OptionsOutlooks::addToJson(const OffersComparison &comparison, QJsonArray &offers)
{
    for (const OptionsOutlook &outlook : of(comparison, comparison.exitMultiples)) {
        if (outlook.row >= offers.size())
            continue;
        QJsonObject object = offers.at(outlook.row).toObject();
        object.insert(u"options"_s, toJson(outlook));
        object.insert(u"breakeven_exit_multiple"_s,
                      outlook.breakEvenMultiple ? QJsonValue(fine(*outlook.breakEvenMultiple)) : QJsonValue());
        offers.replace(outlook.row, object);
    }
}
