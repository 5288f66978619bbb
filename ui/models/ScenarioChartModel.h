// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/EquityScenarios.h"

#include <QAbstractTableModel>

// Each offer's total over the horizon under the scenario set: its worst and best scenario and its expected case
// (its own growth), in the comparison's currency. The scenarios chart draws one range per row; the numbers behind
// it are here, so a test (and a screen reader's table) reads them without the chart.
class ScenarioChartModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OfferColumn, ExpectedGrowthColumn, WorstColumn, ExpectedColumn, BestColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the total (or growth) as a double
        GrowthRole,                      // WorstColumn, BestColumn: the scenario's growth in percent
        IsTargetRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setAnalysis(const EquityAnalysis &analysis);
    const EquityAnalysis &analysis() const { return m_analysis; }
    // The scenario with the lowest and the highest total of one offer (the first on a tie), or nullptr with none.
    const ScenarioResult *worst(int row) const;
    const ScenarioResult *best(int row) const;
    // "+10% a year", "−15% a year", "0% a year": a growth rate as the Offers tab names it.
    static QString growthName(double pct);
    // The highest total of any offer in any case: the chart's scale.
    double highestTotal() const;
    // The lowest, likewise; 0 with no offers.
    double lowestTotal() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    EquityAnalysis m_analysis;
};
