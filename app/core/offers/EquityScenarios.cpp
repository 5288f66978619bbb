// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/EquityScenarios.h"

#include "common/Money.h"
#include "offers/OfferComparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EquityScenarios)
};

// Two totals closer than half a unit are level: neither is ahead.
constexpr double kLevelSlack = 0.5;
constexpr int kLeavingStepMonths = 3;

double cents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonArray moneyArray(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(cents(value));
    return array;
}

// The index of the largest total; an earlier offer keeps first place unless a later one is ahead by more than the
// slack. -1 for no totals.
int bestIndex(const QList<double> &totals)
{
    int best = -1;
    for (int i = 0; i < totals.size(); ++i) {
        if (best < 0 || totals.at(i) > totals.at(best) + kLevelSlack)
            best = i;
    }
    return best;
}

// "If every stock falls 15% a year", "… grows 25% a year", "… stays at today's price".
QString everyStockClause(double growthPct)
{
    if (growthPct < 0)
        return Tr::tr("If every stock falls %1 a year").arg(EquityScenarios::formatGrowth(-growthPct));
    if (growthPct > 0)
        return Tr::tr("If every stock grows %1 a year").arg(EquityScenarios::formatGrowth(growthPct));
    return Tr::tr("If every stock stays at today's price");
}

// The sentence for one offer's break-even rate against a total it must reach: `ahead` says whether it leads in
// its expected case.
QString breakEvenSentence(const QString &moving, const QString &other, std::optional<double> growth, int ahead)
{
    const QString low = EquityScenarios::formatGrowth(-EquityScenarios::kSearchLowPct);
    const QString high = EquityScenarios::formatGrowth(EquityScenarios::kSearchHighPct);
    if (!growth) {
        if (ahead > 0)
            return Tr::tr("%1 stays ahead of %2 whatever its stock does, from a %3 fall to a %4 rise a year.")
                .arg(moving, other, low, high);
        if (ahead < 0)
            return Tr::tr("%1 stays behind %2 whatever its stock does, from a %3 fall to a %4 rise a year.")
                .arg(moving, other, low, high);
        return Tr::tr("%1 and %2 come out level, and its stock can't change that.").arg(moving, other);
    }
    const double g = *growth;
    const QString rate = EquityScenarios::formatGrowth(std::abs(g));
    if (ahead > 0) {
        return g < 0 ? Tr::tr("%1 stays ahead of %2 unless its stock falls more than %3 a year.").arg(moving, other, rate)
                     : Tr::tr("%1 stays ahead of %2 unless its stock grows less than %3 a year.").arg(moving, other, rate);
    }
    if (ahead < 0) {
        return g > 0 ? Tr::tr("%1 beats %2 only if its shares grow at least %3 a year.").arg(moving, other, rate)
                     : Tr::tr("%1 beats %2 only if its stock falls less than %3 a year.").arg(moving, other, rate);
    }
    return Tr::tr("%1 and %2 come out level at %1's expected growth of %3 a year.")
        .arg(moving, other, EquityScenarios::formatGrowth(g));
}

// 1 when `total` leads `other`, -1 when it trails, 0 when they are level.
int leadOf(double total, double other)
{
    if (total > other + kLevelSlack)
        return 1;
    if (total < other - kLevelSlack)
        return -1;
    return 0;
}

QJsonValue growthJson(const std::optional<double> &growth)
{
    return growth ? QJsonValue(std::round(*growth * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

} // namespace

QList<double> EquityAssumptions::defaultScenarios()
{
    return {-30, -15, 0, 10, 25};
}

Result<QList<double>> EquityAssumptions::parseScenarios(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (text.trimmed().isEmpty() || parts.size() > kMaxScenarios) {
        return Error{Tr::tr("'%1' must be a list of 1 to %2 yearly growth rates in percent, separated by commas, "
                            "such as -30,0,25")
                         .arg(text.left(80))
                         .arg(kMaxScenarios)};
    }
    static const QRegularExpression number(u"^[-+]?[0-9]+(\\.[0-9]+)?%?$"_s);
    QList<double> rates;
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!number.match(item).hasMatch()) {
            return Error{Tr::tr("'%1' in '%2' is not a number; the list must be growth rates in percent such as "
                                "-30,0,25")
                             .arg(item.left(20), text.left(80))};
        }
        QString digits = item;
        digits.remove(u'%');
        const double rate = digits.toDouble();
        if (!EquityProjection::growthInRange(rate)) {
            return Error{Tr::tr("%1 is out of range: a growth rate must be above -100 and at most 300 (percent a year)")
                             .arg(item)};
        }
        rates.append(rate);
    }
    return rates;
}

Result<int> EquityAssumptions::parseHorizon(const QString &text)
{
    bool ok = false;
    const int years = text.trimmed().toInt(&ok);
    if (!ok || !EquityProjection::horizonInRange(years)) {
        return Error{Tr::tr("'%1' must be a whole number of years from %2 to %3")
                         .arg(text.left(20))
                         .arg(EquityProjection::kMinHorizonYears)
                         .arg(EquityProjection::kMaxHorizonYears)};
    }
    return years;
}

QString EquityAssumptions::scenariosText(const QList<double> &growthPcts)
{
    QStringList parts;
    for (double pct : growthPcts)
        parts.append(QString::number(pct, 'g', 10));
    return parts.join(u',');
}

Result<> EquityAssumptions::check() const
{
    if (!EquityProjection::horizonInRange(horizonYears)) {
        return Error{Tr::tr("the horizon must be a whole number of years from %1 to %2, not %3")
                         .arg(EquityProjection::kMinHorizonYears)
                         .arg(EquityProjection::kMaxHorizonYears)
                         .arg(horizonYears)};
    }
    if (scenarioGrowthPcts.isEmpty() || scenarioGrowthPcts.size() > kMaxScenarios)
        return Error{Tr::tr("the scenarios must be 1 to %1 growth rates, not %2").arg(kMaxScenarios)
                         .arg(scenarioGrowthPcts.size())};
    for (double pct : scenarioGrowthPcts) {
        if (!EquityProjection::growthInRange(pct)) {
            return Error{Tr::tr("%1 is out of range: a growth rate must be above -100 and at most 300 (percent a year)")
                             .arg(QString::number(pct, 'g', 10))};
        }
    }
    return {};
}

QList<ScenarioResult> EquityScenarios::scenarios(const Offer &offer, const EquityAssumptions &assumptions)
{
    QList<ScenarioResult> results;
    for (double growth : assumptions.scenarioGrowthPcts) {
        const EquityProjection::Projection p = EquityProjection::project(offer, assumptions.horizonYears, growth);
        results.append({growth, p.years, p.total, p.average});
    }
    return results;
}

double EquityScenarios::signOnToRepay(const Offer &offer, int month)
{
    const int period = std::max(0, offer.signOnClawbackMonths);
    // A sign-on paid at month `paid` is repaid when leaving after it and before the period ends.
    const auto repay = [&](double amount, int paid) {
        if (amount <= 0 || period == 0 || month <= paid || month >= paid + period)
            return 0.0;
        if (offer.signOnClawback == SignOnClawback::Full)
            return amount;
        return amount * double(paid + period - month) / period;
    };
    return repay(offer.signOn, 0) + repay(offer.signOnYear2, 12);
}

QList<LeavingCost> EquityScenarios::costOfLeaving(const Offer &offer, int horizonYears)
{
    QList<LeavingCost> rows;
    const int end = 12 * std::clamp(horizonYears, EquityProjection::kMinHorizonYears,
                                    EquityProjection::kMaxHorizonYears);
    for (int month = kLeavingStepMonths; month <= end; month += kLeavingStepMonths) {
        LeavingCost row;
        row.month = month;
        row.forfeited = offer.equityTotal * (1.0 - EquityProjection::vestedShare(offer, month));
        if (row.forfeited < 0.005)
            row.forfeited = 0; // what rounding leaves of a fully vested grant
        row.repay = signOnToRepay(offer, month);
        row.total = row.forfeited + row.repay;
        rows.append(row);
    }
    return rows;
}

std::optional<double> EquityScenarios::breakEvenGrowth(const Offer &moving, double fixedTotal, int horizonYears)
{
    const auto gap = [&](double growth) {
        return EquityProjection::total(moving, horizonYears, growth) - fixedTotal;
    };
    double low = kSearchLowPct;
    double high = kSearchHighPct;
    const double gapLow = gap(low);
    const double gapHigh = gap(high);
    // The total only rises with growth: no crossing when it is above at the lowest rate or below at the highest,
    // and none to find when the stock doesn't move the total at all.
    if (gapLow > 0 || gapHigh < 0 || gapHigh - gapLow < 0.01)
        return std::nullopt;
    for (int step = 0; step < 200 && high - low > 1e-9; ++step) {
        const double middle = (low + high) / 2;
        if (gap(middle) < 0)
            low = middle;
        else
            high = middle;
    }
    return (low + high) / 2;
}

BreakEven EquityScenarios::breakEven(const Offer &target, const Offer &against, int horizonYears)
{
    BreakEven result;
    result.target = target.label();
    result.against = against.label();
    const double targetTotal = EquityProjection::expected(target, horizonYears).total;
    const double againstTotal = EquityProjection::expected(against, horizonYears).total;
    const int lead = leadOf(targetTotal, againstTotal);
    result.targetGrowthPct = lead == 0 ? std::optional<double>(target.growthPct)
                                       : breakEvenGrowth(target, againstTotal, horizonYears);
    result.againstGrowthPct = lead == 0 ? std::optional<double>(against.growthPct)
                                        : breakEvenGrowth(against, targetTotal, horizonYears);
    result.statements.append(breakEvenSentence(result.target, result.against, result.targetGrowthPct, lead));
    result.statements.append(breakEvenSentence(result.against, result.target, result.againstGrowthPct, -lead));
    // A growth rate doesn't move an options grant (its value is set by an exit multiple): its break-even is an
    // exit multiple instead (OptionsOutlook), so no growth rate is given for it.
    const std::pair<const Offer *, int> sides[] = {{&target, 0}, {&against, 1}};
    for (const auto &[offer, index] : sides) {
        if (!offer->hasOptions())
            continue;
        (index == 0 ? result.targetGrowthPct : result.againstGrowthPct).reset();
        result.statements[index] = Tr::tr("%1 grants stock options: its exit, not a growth rate, decides how it "
                                          "compares (see its break-even exit).")
                                       .arg(offer->label());
    }
    return result;
}

EquityAnalysis EquityScenarios::analyse(const QList<Offer> &offers, const EquityAssumptions &assumptions,
                                        int targetIndex)
{
    EquityAnalysis analysis;
    analysis.assumptions = assumptions;
    const int horizon = assumptions.horizonYears;
    QList<double> expectedTotals;
    for (const Offer &offer : offers) {
        OfferScenarios row;
        row.offer = offer;
        row.label = offer.label();
        row.expected = EquityProjection::expected(offer, horizon);
        row.scenarios = scenarios(offer, assumptions);
        row.leaving = costOfLeaving(offer, horizon);
        row.worstTotal = row.expected.total;
        row.bestTotal = row.expected.total;
        for (const ScenarioResult &scenario : std::as_const(row.scenarios)) {
            row.worstTotal = std::min(row.worstTotal, scenario.total);
            row.bestTotal = std::max(row.bestTotal, scenario.total);
        }
        expectedTotals.append(row.expected.total);
        analysis.offers.append(row);
        if (analysis.currency.isEmpty())
            analysis.currency = offer.currency;
    }
    if (targetIndex < 0 || targetIndex >= offers.size()) {
        targetIndex = -1;
        for (int i = 0; i < offers.size() && targetIndex < 0; ++i) {
            if (offers.at(i).target)
                targetIndex = i;
        }
        if (targetIndex < 0)
            targetIndex = bestIndex(expectedTotals);
    }
    analysis.targetIndex = targetIndex;
    for (int i = 0; i < offers.size() && targetIndex >= 0; ++i) {
        if (i == targetIndex)
            continue;
        BreakEven breakEvenRow = breakEven(offers.at(targetIndex), offers.at(i), horizon);
        breakEvenRow.targetIndex = targetIndex;
        breakEvenRow.againstIndex = i;
        analysis.breakEvens.append(breakEvenRow);
    }
    const int expectedBest = bestIndex(expectedTotals);
    for (int s = 0; s < assumptions.scenarioGrowthPcts.size(); ++s) {
        QList<double> totals;
        for (const OfferScenarios &row : std::as_const(analysis.offers))
            totals.append(row.scenarios.at(s).total);
        const int best = bestIndex(totals);
        if (best == expectedBest || best < 0 || leadOf(totals.at(best), totals.at(expectedBest)) <= 0)
            continue;
        const double growth = assumptions.scenarioGrowthPcts.at(s);
        analysis.flips.append({growth, expectedBest, best,
                               Tr::tr("%1, %2 comes out ahead of %3.")
                                   .arg(everyStockClause(growth), analysis.offers.at(best).label,
                                        analysis.offers.at(expectedBest).label)});
    }
    return analysis;
}

EquityAnalysis EquityScenarios::analyse(const OffersComparison &comparison, const EquityAssumptions &assumptions)
{
    QList<Offer> offers;
    for (const BandComparison &row : comparison.rows)
        offers.append(row.offer);
    EquityAnalysis analysis = analyse(offers, assumptions);
    analysis.currency = comparison.band.currency;
    return analysis;
}

QStringList EquityScenarios::counterFlipWarnings(const Offer &counter, const QList<Offer> &competing,
                                                 const EquityAssumptions &assumptions)
{
    QList<Offer> offers{counter};
    offers.append(competing);
    const EquityAnalysis analysis = analyse(offers, assumptions, 0);
    // The flips that move the counter into first place or out of it, the mildest one for each pair.
    QList<RankingFlip> chosen;
    for (const RankingFlip &flip : analysis.flips) {
        if (flip.expectedBest != 0 && flip.scenarioBest != 0)
            continue;
        auto same = std::find_if(chosen.begin(), chosen.end(), [&](const RankingFlip &other) {
            return other.expectedBest == flip.expectedBest && other.scenarioBest == flip.scenarioBest;
        });
        if (same == chosen.end())
            chosen.append(flip);
        else if (std::abs(flip.growthPct) < std::abs(same->growthPct))
            *same = flip;
    }
    const QString over = assumptions.horizonYears == 1 ? Tr::tr("over 1 year")
                                                       : Tr::tr("over %1 years").arg(assumptions.horizonYears);
    QStringList warnings;
    for (const RankingFlip &flip : std::as_const(chosen)) {
        const QString clause = everyStockClause(flip.growthPct);
        if (flip.scenarioBest == 0) {
            warnings.append(Tr::tr("%1, this counter beats %2 %3.")
                                .arg(clause, analysis.offers.at(flip.expectedBest).label, over));
        } else {
            warnings.append(Tr::tr("%1, %2 beats this counter %3.")
                                .arg(clause, analysis.offers.at(flip.scenarioBest).label, over));
        }
    }
    return warnings;
}

bool EquityScenarios::anyEquityTerms(const QList<Offer> &offers)
{
    return std::any_of(offers.cbegin(), offers.cend(), [](const Offer &offer) { return offer.hasEquityTerms(); });
}

QStringList EquityScenarios::breakEvenSentences(const EquityAnalysis &analysis)
{
    QStringList sentences;
    for (const BreakEven &breakEven : analysis.breakEvens) {
        for (const QString &statement : breakEven.statements) {
            if (!sentences.contains(statement))
                sentences.append(statement);
        }
    }
    return sentences;
}

QString EquityScenarios::formatGrowth(double pct)
{
    // To one decimal, without a trailing ".0", in the report's language: "14.9%", "14,9 %".
    double rounded = std::round(pct * 10.0) / 10.0;
    if (rounded == 0)
        rounded = 0; // no "-0"
    const bool whole = rounded == std::round(rounded);
    return Money::percent(rounded, 'f', whole ? 0 : 1);
}

QJsonObject EquityScenarios::offerJson(const OfferScenarios &offer)
{
    QJsonArray scenarioArray;
    for (const ScenarioResult &scenario : offer.scenarios) {
        scenarioArray.append(QJsonObject{{u"growth_pct"_s, scenario.growthPct},
                                         {u"years"_s, moneyArray(scenario.years)},
                                         {u"total"_s, cents(scenario.total)},
                                         {u"average"_s, cents(scenario.average)}});
    }
    QJsonArray leaving;
    for (const LeavingCost &row : offer.leaving) {
        leaving.append(QJsonObject{{u"month"_s, row.month},
                                   {u"forfeited"_s, cents(row.forfeited)},
                                   {u"repay"_s, cents(row.repay)},
                                   {u"total"_s, cents(row.total)}});
    }
    return {
        {u"years"_s, moneyArray(offer.expected.years)},
        {u"annualized"_s, cents(offer.expected.average)},
        {u"total"_s, cents(offer.expected.total)},
        {u"scenarios"_s, scenarioArray},
        {u"leaving"_s, leaving},
    };
}

QJsonObject EquityScenarios::analysisJson(const EquityAnalysis &analysis)
{
    QJsonArray breakEvens;
    for (const BreakEven &row : analysis.breakEvens) {
        breakEvens.append(QJsonObject{{u"target"_s, row.target},
                                      {u"against"_s, row.against},
                                      {u"target_growth_pct"_s, growthJson(row.targetGrowthPct)},
                                      {u"against_growth_pct"_s, growthJson(row.againstGrowthPct)},
                                      {u"statements"_s, QJsonArray::fromStringList(row.statements)}});
    }
    return {{u"horizon_years"_s, analysis.assumptions.horizonYears}, {u"breakeven"_s, breakEvens}};
}
