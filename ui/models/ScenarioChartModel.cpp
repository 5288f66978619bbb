// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/ScenarioChartModel.h"

#include "common/Money.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
bool lowerTotal(const ScenarioResult &a, const ScenarioResult &b)
{
    return a.total < b.total;
}
} // namespace

// "+10% a year", "−15% a year", "0% a year".
QString ScenarioChartModel::growthName(double pct)
{
    const QString number = QLocale().toString(std::abs(pct), 'g', 6);
    if (pct > 0)
        return tr("+%1% a year").arg(number);
    if (pct < 0)
        return tr("−%1% a year").arg(number);
    return tr("0% a year");
}

void ScenarioChartModel::setAnalysis(const EquityAnalysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    endResetModel();
}

const ScenarioResult *ScenarioChartModel::worst(int row) const
{
    const QList<ScenarioResult> &scenarios = m_analysis.offers.at(row).scenarios;
    const auto found = std::min_element(scenarios.begin(), scenarios.end(), lowerTotal);
    return found == scenarios.end() ? nullptr : &*found;
}

const ScenarioResult *ScenarioChartModel::best(int row) const
{
    const QList<ScenarioResult> &scenarios = m_analysis.offers.at(row).scenarios;
    // The first of equal highs: max_element keeps the first, like min_element.
    const auto found = std::max_element(scenarios.begin(), scenarios.end(), lowerTotal);
    return found == scenarios.end() ? nullptr : &*found;
}

double ScenarioChartModel::highestTotal() const
{
    double highest = 0;
    for (const OfferScenarios &offer : m_analysis.offers) {
        highest = std::max(highest, offer.expected.total);
        for (const ScenarioResult &scenario : offer.scenarios)
            highest = std::max(highest, scenario.total);
    }
    return highest;
}

double ScenarioChartModel::lowestTotal() const
{
    std::optional<double> lowest;
    for (const OfferScenarios &offer : m_analysis.offers) {
        lowest = std::min(lowest.value_or(offer.expected.total), offer.expected.total);
        for (const ScenarioResult &scenario : offer.scenarios)
            lowest = std::min(*lowest, scenario.total);
    }
    return lowest.value_or(0);
}

int ScenarioChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_analysis.offers.size());
}

int ScenarioChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioChartModel::rawValue(int row, int column) const
{
    const OfferScenarios &offer = m_analysis.offers.at(row);
    switch (column) {
    case OfferColumn:
        return offer.label;
    case ExpectedGrowthColumn:
        return offer.offer.growthPct;
    case WorstColumn:
        return worst(row) ? QVariant(worst(row)->total) : QVariant();
    case ExpectedColumn:
        return offer.expected.total;
    case BestColumn:
        return best(row) ? QVariant(best(row)->total) : QVariant();
    default:
        return QVariant();
    }
}

QVariant ScenarioChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    const OfferScenarios &offer = m_analysis.offers.at(row);
    switch (role) {
    case RawValueRole:
        return rawValue(row, column);
    case IsTargetRole:
        return row == m_analysis.targetIndex;
    case GrowthRole: {
        const ScenarioResult *scenario = column == WorstColumn ? worst(row)
                                         : column == BestColumn ? best(row)
                                                                : nullptr;
        return scenario ? QVariant(scenario->growthPct) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return column == OfferColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    const QString currency = m_analysis.currency;
    switch (column) {
    case OfferColumn:
        return row == m_analysis.targetIndex ? tr("%1 ★").arg(offer.label) : offer.label;
    case ExpectedGrowthColumn:
        return growthName(offer.offer.growthPct);
    case WorstColumn:
    case BestColumn: {
        const ScenarioResult *scenario = column == WorstColumn ? worst(row) : best(row);
        if (!scenario)
            return QString();
        return tr("%1 (%2)").arg(Money::compact(scenario->total, currency), growthName(scenario->growthPct));
    }
    case ExpectedColumn:
        return Money::compact(offer.expected.total, currency);
    default:
        return QVariant();
    }
}

QVariant ScenarioChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int years = m_analysis.assumptions.horizonYears;
    switch (section) {
    case OfferColumn:
        return tr("Offer");
    case ExpectedGrowthColumn:
        return tr("Expected growth");
    case WorstColumn:
        return tr("Worst scenario, %1-year total").arg(years);
    case ExpectedColumn:
        return tr("Expected, %1-year total").arg(years);
    case BestColumn:
        return tr("Best scenario, %1-year total").arg(years);
    default:
        return QVariant();
    }
}
