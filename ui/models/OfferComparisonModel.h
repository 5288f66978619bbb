// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/OfferComparison.h"

#include <QAbstractTableModel>

// Each offer's year 1, 4-year average and band positions, in the band's currency: the Offers tab's comparison table.
class OfferComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OfferColumn,
        CurrencyColumn,
        FirstYearColumn,
        AnnualizedColumn,
        BasePositionColumn,
        StockPositionColumn,
        BonusPositionColumn,
        TotalPositionColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, OfferIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const OffersComparison &comparison);
    const OffersComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OffersComparison m_comparison;
};
