// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"
#include "offers/OfferHistory.h"

#include <QAbstractTableModel>
#include <QList>

// One offer's negotiation so far, for the Offers tab's timeline: its rounds and the counters sent, in the order
// OfferHistory::events gives (as the CLI and the PDF do). Each round says what changed per part and its 4-year
// average; each counter, what it asked and the 4-year average that would have given the round before it.
class OfferTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, EventColumn, ChangesColumn, AnnualizedColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the date as QDate, the average as double
        KindRole,                        // Kind
    };
    enum class Kind { Round, Counter };

    // One row: a round, or a counter sent.
    struct Entry
    {
        Kind kind = Kind::Round;
        QDate date;
        QString title;   // "Round 2 — revised after my counter", "Counter sent"
        QString details; // "base +10,000, sign-on +15,000", "asked base 210,000, …"
        double annualized = 0;
        QString script;  // a counter's words as sent
        int round = 0;   // the round's number, or the round before a counter (0 before any)
    };

    explicit OfferTimelineModel(QObject *parent = nullptr);

    // Shows this offer's history; an offer with id 0 clears the timeline.
    void setOffer(const Offer &offer);
    const Offer &offer() const { return m_offer; }
    const QList<OfferRound> &rounds() const { return m_rounds; }
    const QList<Entry> &entries() const { return m_entries; }
    // The 4-year average the offer would have with a counter's asks in place of its numbers.
    static double askedAnnualized(const Offer &offer, const CounterSent &counter);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> buildEntries() const;
    Entry roundEntry(const OfferRound &round) const;
    Entry counterEntry(const CounterSent &counter, const OfferRound *then) const;
    QString amount(double value) const;

    Offer m_offer;
    QList<OfferRound> m_rounds;
    QList<Entry> m_entries;
};
