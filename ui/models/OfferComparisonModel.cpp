// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/OfferComparisonModel.h"

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

void OfferComparisonModel::setComparison(const OffersComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int OfferComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int OfferComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BandComparison &row = m_comparison.rows.at(index.row());
    const Offer &offer = row.offer;
    const RegionBand &band = m_comparison.band;
    const int vestingYears = offer.vestingPeriodYears();
    const double stockPerYear = offer.equityTotal / vestingYears;
    const auto position = [](double value, double low, double high, double pos) {
        // The JSON's placement names, in words a person reads; "0,38" where the locale writes a comma.
        static const std::array<const char *, 3> placements{QT_TR_NOOP("below"), QT_TR_NOOP("within"),
                                                            QT_TR_NOOP("above")};
        const auto placement = std::size_t(OfferMath::placement(value, low, high));
        return tr("%1 (%2)").arg(OfferComparison::formatPosition(pos).replace(u'.', QLocale().decimalPoint()),
                                 tr(placements.at(placement)));
    };
    if (role == OfferIdRole)
        return offer.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= FirstYearColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == RawValueRole) {
        switch (index.column()) {
        case OfferColumn:
            return offer.label();
        case CurrencyColumn:
            return row.originalCurrency;
        case FirstYearColumn:
            return row.firstYear;
        case AnnualizedColumn:
            return row.annualized;
        case BasePositionColumn:
            return row.basePosition;
        case StockPositionColumn:
            return row.stockPerYearPosition;
        case BonusPositionColumn:
            return row.bonusPosition;
        case TotalPositionColumn:
            return row.totalPosition;
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case OfferColumn:
        return offer.target ? tr("%1 ★").arg(offer.label()) : offer.label();
    case CurrencyColumn:
        return row.originalCurrency == band.currency
                   ? row.originalCurrency
                   : tr("%1 ×%2").arg(row.originalCurrency, QLocale().toString(row.rate, 'g', 6));
    case FirstYearColumn:
        return QLocale().toString(row.firstYear, 'f', 0);
    case AnnualizedColumn:
        return QLocale().toString(row.annualized, 'f', 0);
    case BasePositionColumn:
        return position(offer.base, band.baseLow, band.baseHigh, row.basePosition);
    case StockPositionColumn:
        return position(stockPerYear, band.stockPerYearLow(), band.stockPerYearHigh(), row.stockPerYearPosition);
    case BonusPositionColumn:
        return position(offer.bonus(), band.bonusLow(), band.bonusHigh(), row.bonusPosition);
    case TotalPositionColumn:
        return position(row.annualized, band.totalCompLow, band.totalCompHigh, row.totalPosition);
    default:
        return QVariant();
    }
}

QVariant OfferComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString currency = m_comparison.band.currency;
    switch (section) {
    case OfferColumn:
        return tr("Offer");
    case CurrencyColumn:
        return tr("Currency");
    case FirstYearColumn:
        return currency.isEmpty() ? tr("Year 1") : tr("Year 1 (%1)").arg(currency);
    case AnnualizedColumn:
        return currency.isEmpty() ? tr("4-year avg") : tr("4-year avg (%1)").arg(currency);
    case BasePositionColumn:
        return tr("Base position");
    case StockPositionColumn:
        return tr("Stock/yr position");
    case BonusPositionColumn:
        return tr("Bonus position");
    case TotalPositionColumn:
        return tr("Total position");
    default:
        return QVariant();
    }
}
