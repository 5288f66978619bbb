// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class RegionBandModel;
struct RegionBand;

// The chart's view of a RegionBandModel, for one currency: two rows per region (the low and the high end of
// the band) and one column per stacked part. A horizontal bar chart draws its first category at the bottom
// (and Qt 6.4 ignores reversing that axis), so the rows run bottom to top: the last region's high end first,
// the first region's low end last, and the chart reads top-down like the table. QVBarModelMapper maps each column to a bar set, so the chart
// reads the same model as the table and follows it when the guide changes.
class BandChartModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Base, StockPerYear, Bonus, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the amount as a double (DisplayRole too: QVBarModelMapper reads it)
        RegionRole,
        IsHighEndRole,
    };

    BandChartModel(RegionBandModel *source, const QString &currency, QObject *parent = nullptr);

    QString currency() const { return m_currency; }
    // "San Francisco · low"
    QString categoryLabel(int row) const;
    QStringList categoryLabels() const;
    // The stacked total of one bar.
    double barTotal(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    double amount(int row, int column) const;
    const RegionBand *bandOfRow(int row) const;
    static bool isHighEnd(int rowFromTop) { return rowFromTop % 2 == 1; }
    int rowFromTop(int row) const { return rowCount() - 1 - row; }

    QPointer<RegionBandModel> m_source;
    QString m_currency;
    QList<int> m_sourceRows; // source row of each region with this currency
};
