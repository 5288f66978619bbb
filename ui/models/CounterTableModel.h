// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterEngine.h"
#include "counter/CounterRows.h"

#include <QAbstractTableModel>

// The Counter tab's table: one row per part (base, equity, sign-on), with the current offer, the ask, the band
// and the best alternative. The Ask column is editable; an edit asks for an override through askEdited() and the
// widget pushes it as an undo command, so the model never changes the suggestion itself.
class CounterTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PartColumn, CurrentColumn, AskColumn, BandLowColumn, BandHighColumn, BestAlternativeColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the amount as a double (nothing where there is none), for sorting
        OverriddenRole,                  // bool: the ask was set by hand
        RaisedToFloorRole,               // bool: the suggested ask was raised so the counter reaches the floor
    };

    explicit CounterTableModel(QObject *parent = nullptr);

    void setSuggestion(const CounterInput &input, const CounterSuggestion &suggestion);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static CounterPart partOfRow(int row) { return CounterPart(row); }

signals:
    void askEdited(CounterPart part, double value);

private:
    struct Row
    {
        QString name;
        CounterRow values;
        bool raisedToFloor = false; // the suggestion, not a hand-set ask, was raised to reach the floor
    };

    std::optional<double> rawValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QString m_currency;
};
