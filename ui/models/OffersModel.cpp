// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/OffersModel.h"

#include "common/Money.h"
#include "offers/Deadlines.h"
#include "offers/OfferMath.h"
#include "offers/OfferStore.h"
#include "ui/common/Clock.h"
#include "offers/OptionsValuation.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The column header names the currency, so the amount goes without a symbol.
QString amount(double value)
{
    return Money::exact(value, QString(), MoneyStyle().withoutSymbol());
}

} // namespace

OffersModel::OffersModel(OfferStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    (void)reload(); // a failure reaches the window through errorOccurred
}

int OffersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OffersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OffersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Offer &stored = m_offers.at(index.row());
    // Year 1 and the average count an options grant at its expected exit, never at its paper value.
    const Offer offer = OptionsValuation::expectedCase(stored);
    if (role == OfferIdRole)
        return offer.id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case BaseColumn:
        case EquityColumn:
        case BonusColumn:
        case SignOnColumn:
        case FirstYearColumn:
        case AnnualizedColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case TargetColumn:
            return Qt::AlignCenter;
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TargetColumn)
        return offer.target ? tr("The offer being negotiated") : QVariant();
    if (index.column() == DaysLeftColumn && role != Qt::DisplayRole && role != RawValueRole)
        return daysLeftData(offer, role);
    if (role == RawValueRole) {
        switch (index.column()) {
        case TargetColumn:
            return offer.target;
        case CompanyColumn:
            return offer.company;
        case RoleColumn:
            return offer.role;
        case LevelColumn:
            return offer.level;
        case RegionColumn:
            return offer.region;
        case CurrencyColumn:
            return offer.currency;
        case BaseColumn:
            return offer.base;
        case EquityColumn:
            return offer.equityTotal; // for options, their value at the expected exit
        case BonusColumn:
            return offer.bonusPct;
        case SignOnColumn:
            return offer.signOn + offer.signOnYear2;
        case FirstYearColumn:
            return OfferMath::firstYear(offer);
        case AnnualizedColumn:
            return OfferMath::annualized(offer);
        case DeadlineColumn:
            return offer.deadline;
        case DaysLeftColumn:
            return offer.deadline.isValid() ? QVariant(Deadlines::status(offer.deadline, Clock::today()).daysLeft)
                                            : QVariant();
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TargetColumn:
        return offer.target ? u"★"_s : QString();
    case CompanyColumn:
        return offer.company;
    case RoleColumn:
        return offer.role;
    case LevelColumn:
        return offer.level;
    case RegionColumn:
        return offer.region;
    case CurrencyColumn:
        return offer.currency;
    case BaseColumn:
        return amount(offer.base);
    case EquityColumn:
        if (offer.hasOptions()) {
            return tr("%1 options (%2 at %3×)")
                .arg(QLocale().toString(offer.stockOptions.count, 'f', 0), amount(offer.equityTotal),
                     OptionsValuation::formatMultiple(offer.stockOptions.expectedExitMultiple));
        }
        return amount(offer.equityTotal);
    case BonusColumn:
        return tr("%1%").arg(QLocale().toString(offer.bonusPct, 'g', 4));
    case SignOnColumn:
        return amount(offer.signOn + offer.signOnYear2);
    case FirstYearColumn:
        return amount(OfferMath::firstYear(offer));
    case AnnualizedColumn:
        return amount(OfferMath::annualized(offer));
    case DeadlineColumn:
        return offer.deadline.isValid() ? QLocale().toString(offer.deadline, QLocale::ShortFormat) : QString();
    case DaysLeftColumn:
        return Deadlines::words(Deadlines::status(offer.deadline, Clock::today()));
    default:
        return QVariant();
    }
}

QVariant OffersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case CompanyColumn:
        return tr("Company");
    case RoleColumn:
        return tr("Role");
    case LevelColumn:
        return tr("Level");
    case RegionColumn:
        return tr("Region");
    case CurrencyColumn:
        return tr("Currency");
    case BaseColumn:
        return tr("Base");
    case EquityColumn:
        return tr("Equity (total)");
    case BonusColumn:
        return tr("Bonus");
    case SignOnColumn:
        return tr("Sign-on");
    case FirstYearColumn:
        return tr("Year 1");
    case AnnualizedColumn:
        return tr("4-year avg");
    case DeadlineColumn:
        return tr("Deadline");
    case DaysLeftColumn:
        return tr("Days left");
    default:
        return QVariant();
    }
}

// The colour says what the words say: red on pale red when urgent, grey once passed.
QVariant OffersModel::daysLeftData(const Offer &offer, int role) const
{
    const DeadlineStatus status = Deadlines::status(offer.deadline, Clock::today());
    switch (role) {
    case Qt::ForegroundRole:
        return status.isUrgent() ? QVariant(QColor(0x9c, 0x1c, 0x12))
               : status.isPassed() ? QVariant(QColor(0x75, 0x75, 0x75))
                                   : QVariant();
    case Qt::BackgroundRole:
        return status.isUrgent() ? QVariant(QColor(0xfd, 0xe3, 0xdf)) : QVariant();
    case Qt::ToolTipRole:
        return status.hasDeadline() ? tr("Deadline %1: %2")
                                          .arg(QLocale().toString(offer.deadline, QLocale::LongFormat),
                                               Deadlines::words(status))
                                    : QVariant();
    default:
        return QVariant();
    }
}

void OffersModel::refreshDeadlines()
{
    if (!m_offers.isEmpty())
        emit dataChanged(index(0, DaysLeftColumn), index(rowCount() - 1, DaysLeftColumn));
}

int OffersModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_offers.size(); ++row) {
        if (m_offers.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<Offer> OffersModel::offer(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_offers.at(row);
}

std::optional<Offer> OffersModel::targetOffer() const
{
    for (const Offer &offer : m_offers) {
        if (offer.target)
            return offer;
    }
    return std::nullopt;
}

Error OffersModel::failed(const Error &error)
{
    emit errorOccurred(error.message);
    return error;
}

Result<> OffersModel::reload()
{
    const Result<QList<Offer>> offers = m_store->offers();
    beginResetModel();
    m_offers = offers.value_or(QList<Offer>());
    endResetModel();
    emit offersChanged();
    if (!offers)
        return failed(offers.error());
    return {};
}

void OffersModel::insertRow(const Offer &offer)
{
    const auto it = std::lower_bound(m_offers.cbegin(), m_offers.cend(), offer.id,
                                     [](const Offer &o, qint64 id) { return o.id < id; });
    const int row = int(it - m_offers.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_offers.insert(row, offer);
    endInsertRows();
}

Result<QList<qint64>> OffersModel::insertOffers(const QList<Offer> &offers)
{
    const Result<QList<qint64>> ids = m_store->insertAll(offers);
    if (!ids)
        return failed(ids.error());
    for (qsizetype i = 0; i < offers.size(); ++i) {
        Offer stored = offers.at(i);
        stored.id = ids->at(i);
        if (stored.target) {
            for (int row = 0; row < m_offers.size(); ++row) {
                if (m_offers.at(row).target) {
                    m_offers[row].target = false;
                    emit dataChanged(index(row, TargetColumn), index(row, TargetColumn));
                }
            }
        }
        insertRow(stored);
    }
    emit offersChanged();
    return ids;
}

Result<> OffersModel::updateOffer(const Offer &offer)
{
    const int row = rowOf(offer.id);
    if (row < 0)
        return failed(Error{tr("The offer is no longer in the list.")});
    if (const Result<> updated = m_store->update(offer); !updated)
        return failed(updated.error());
    if (offer.target) {
        for (int other = 0; other < m_offers.size(); ++other) {
            if (other != row && m_offers.at(other).target) {
                m_offers[other].target = false;
                emit dataChanged(index(other, TargetColumn), index(other, TargetColumn));
            }
        }
    }
    m_offers[row] = offer;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit offersChanged();
    return {};
}

Result<> OffersModel::removeOffers(const QList<qint64> &ids)
{
    if (const Result<> removed = m_store->removeAll(ids); !removed)
        return failed(removed.error());
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_offers.removeAt(row);
        endRemoveRows();
    }
    emit offersChanged();
    return {};
}
