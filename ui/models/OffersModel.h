// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "offers/Offer.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class OfferStore;

// The person's offers as a table, kept in step with the store: every change is written first and shown only
// once it is saved. Edits come through the undo commands in OfferCommands.h.
class OffersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TargetColumn,
        CompanyColumn,
        LevelColumn,
        RegionColumn,
        CurrencyColumn,
        BaseColumn,
        EquityColumn,
        BonusColumn,
        SignOnColumn,
        FirstYearColumn,
        AnnualizedColumn,
        DeadlineColumn,
        DaysLeftColumn, // "3 days left", "2 days left — urgent", "passed …": words and a colour, by Clock::today()
        RoleColumn, // last: the least needed when the window is narrow
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // numbers as double, dates as QDate, the target as bool, days left as int
                                         // (nothing without a deadline): for sorting
        OfferIdRole,
    };

    explicit OffersModel(OfferStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Offer> &offers() const { return m_offers; }
    int rowOf(qint64 id) const; // -1 when absent
    std::optional<Offer> offer(qint64 id) const;
    std::optional<Offer> targetOffer() const;

    // The day changed: the days left are counted again.
    void refreshDeadlines();

    // Reads everything from the store again (after another window changed it, say).
    Result<> reload();
    // Each is one transaction. On failure nothing changes, and the Error is also emitted as errorOccurred(): the
    // undo commands that call these cannot return it.
    Result<QList<qint64>> insertOffers(const QList<Offer> &offers);
    Result<> updateOffer(const Offer &offer);
    Result<> removeOffers(const QList<qint64> &ids);

signals:
    void errorOccurred(const QString &message);
    // Any change at all: the comparison redraws on it.
    void offersChanged();

private:
    Error failed(const Error &error);
    QVariant daysLeftData(const Offer &offer, int role) const;
    void insertRow(const Offer &offer);

    OfferStore *m_store;
    QList<Offer> m_offers; // ordered by id, as the store returns them
};
