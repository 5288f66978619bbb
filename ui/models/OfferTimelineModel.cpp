// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/OfferTimelineModel.h"

#include "common/Money.h"
#include "offers/OfferMath.h"

#include <QLocale>


using namespace Qt::StringLiterals;

OfferTimelineModel::OfferTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void OfferTimelineModel::setOffer(const Offer &offer)
{
    beginResetModel();
    m_offer = offer;
    m_rounds = offer.id != 0 ? OfferHistory::rounds(offer) : QList<OfferRound>();
    m_entries = buildEntries();
    endResetModel();
}

double OfferTimelineModel::askedAnnualized(const Offer &offer, const CounterSent &counter)
{
    Offer asked = offer;
    asked.base = counter.asks.base;
    asked.equityTotal = counter.asks.equityTotal;
    asked.signOn = counter.asks.signOn;
    return OfferMath::annualized(asked);
}

QString OfferTimelineModel::amount(double value) const
{
    return Money::exact(value, m_offer.currency);
}

OfferTimelineModel::Entry OfferTimelineModel::roundEntry(const OfferRound &round) const
{
    Entry entry;
    entry.kind = Kind::Round;
    entry.date = round.date;
    entry.round = round.number;
    const QString note = round.editedSinceLastRevision ? tr("the numbers as they stand") : round.note;
    entry.title = note.isEmpty() ? tr("Round %1").arg(round.number) : tr("Round %1 — %2").arg(round.number).arg(note);
    entry.details = round.number == 1 ? tr("first numbers") : OfferHistory::changesText(round.changes);
    entry.annualized = round.annualized;
    return entry;
}

// `then`: the offer's numbers when the counter was sent (the round before it).
OfferTimelineModel::Entry OfferTimelineModel::counterEntry(const CounterSent &counter, const OfferRound *then) const
{
    Entry entry;
    entry.kind = Kind::Counter;
    entry.date = counter.date;
    entry.round = then ? then->number : 0;
    entry.title = tr("Counter sent");
    entry.details = tr("asked base %1, equity %2, sign-on %3")
                        .arg(amount(counter.asks.base), amount(counter.asks.equityTotal), amount(counter.asks.signOn));
    entry.annualized = askedAnnualized(then ? then->offer : m_offer, counter);
    entry.script = counter.script;
    return entry;
}

// In the order OfferHistory::events gives, as the CLI's history and the PDF's "So far" show them.
QList<OfferTimelineModel::Entry> OfferTimelineModel::buildEntries() const
{
    QList<Entry> entries;
    if (m_offer.id == 0)
        return entries;
    std::optional<OfferRound> last;
    for (const OfferEvent &event : OfferHistory::events(m_offer)) {
        if (event.round) {
            last = event.round;
            entries.append(roundEntry(*event.round));
        } else if (event.counter) {
            entries.append(counterEntry(*event.counter, last ? &*last : nullptr));
        }
    }
    return entries;
}

int OfferTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OfferTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return QVariant::fromValue(int(entry.kind));
    case RawValueRole:
        if (index.column() == DateColumn)
            return entry.date;
        if (index.column() == AnnualizedColumn)
            return entry.annualized;
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AnnualizedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (entry.kind == Kind::Counter && !entry.script.isEmpty())
            return tr("As sent:\n%1").arg(entry.script);
        return index.column() == AnnualizedColumn
                   ? (entry.kind == Kind::Counter ? tr("The 4-year average the asks would give")
                                                  : tr("This round's 4-year average"))
                   : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return entry.date.isValid() ? QLocale().toString(entry.date, QLocale::ShortFormat) : tr("(no date)");
        case EventColumn:
            return entry.title;
        case ChangesColumn:
            return entry.details;
        case AnnualizedColumn:
            return amount(entry.annualized);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant OfferTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EventColumn:
        return tr("Round or counter");
    case ChangesColumn:
        return tr("What changed");
    case AnnualizedColumn:
        return tr("4-year avg");
    default:
        return QVariant();
    }
}
