// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/Guide.h"

#include <QAbstractTableModel>

// The pay bands of one guide, one row per region.
class RegionBandModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Region,
        Currency,
        Base,
        StockFourYears,
        StockPerYear,
        BonusPercent,
        StatedTotal,
        ComputedTotal,
        TotalCheck, // flags a stated total that disagrees with its parts
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the number behind the text (the low end of a range), for sorting
        LowValueRole,
        HighValueRole,
        CurrencyRole,
        TotalsDisagreeRole, // bool, on every column of a row
    };

    // Stated and computed totals may differ by this share before the row is flagged.
    static constexpr double kTotalTolerance = 0.05;

    struct TotalsGap
    {
        double low = 0;  // (stated - computed) / computed, at the low end
        double high = 0; // the same at the high end
        double largest() const;
        bool exceedsTolerance() const { return largest() > kTotalTolerance; }
    };
    static TotalsGap totalsGap(const RegionBand &band);

    explicit RegionBandModel(QObject *parent = nullptr);

    void setGuide(const Guide &guide);
    void clear();
    const QList<RegionBand> &bands() const { return m_bands; }
    const RegionBand *bandAt(int row) const;
    int rowOfRegion(const QString &region) const;
    // The currencies in the order their first region appears.
    QStringList currencies() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const RegionBand &band, int column) const;
    QVariant rawValue(const RegionBand &band, int column) const;
    QVariant lowValue(const RegionBand &band, int column) const;
    QVariant highValue(const RegionBand &band, int column) const;
    QString toolTip(const RegionBand &band, int column) const;

    QList<RegionBand> m_bands;
};
