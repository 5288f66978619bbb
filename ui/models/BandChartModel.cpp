// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/BandChartModel.h"

#include "ui/models/RegionBandModel.h"

using namespace Qt::StringLiterals;

BandChartModel::BandChartModel(RegionBandModel *source, const QString &currency, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_currency(currency)
{
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(source, &QAbstractItemModel::modelReset, this, reset);
    connect(source, &QAbstractItemModel::rowsInserted, this, reset);
    connect(source, &QAbstractItemModel::rowsRemoved, this, reset);
    connect(source, &QAbstractItemModel::dataChanged, this, reset);
    rebuild();
}

void BandChartModel::rebuild()
{
    m_sourceRows.clear();
    if (!m_source)
        return;
    for (int row = 0; row < m_source->rowCount(); ++row) {
        if (m_source->bandAt(row)->currency == m_currency)
            m_sourceRows.append(row);
    }
}

int BandChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sourceRows.size() * 2);
}

int BandChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RegionBand *BandChartModel::bandOfRow(int row) const
{
    if (!m_source || row < 0 || row >= rowCount())
        return nullptr;
    return m_source->bandAt(m_sourceRows.value(rowFromTop(row) / 2, -1));
}

double BandChartModel::amount(int row, int column) const
{
    const RegionBand *band = bandOfRow(row);
    if (!band)
        return 0;
    const bool high = isHighEnd(rowFromTop(row));
    switch (column) {
    case Base:
        return high ? band->baseHigh : band->baseLow;
    case StockPerYear:
        return high ? band->stockPerYearHigh() : band->stockPerYearLow();
    case Bonus:
        return high ? band->bonusHigh() : band->bonusLow();
    default:
        return 0;
    }
}

double BandChartModel::barTotal(int row) const
{
    return amount(row, Base) + amount(row, StockPerYear) + amount(row, Bonus);
}

QString BandChartModel::categoryLabel(int row) const
{
    const RegionBand *band = bandOfRow(row);
    if (!band)
        return {};
    return isHighEnd(rowFromTop(row)) ? tr("%1 · high").arg(band->region) : tr("%1 · low").arg(band->region);
}

QStringList BandChartModel::categoryLabels() const
{
    QStringList labels;
    for (int row = 0; row < rowCount(); ++row)
        labels.append(categoryLabel(row));
    return labels;
}

QVariant BandChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return amount(index.row(), index.column());
    case RegionRole: {
        const RegionBand *band = bandOfRow(index.row());
        return band ? band->region : QString();
    }
    case IsHighEndRole:
        return isHighEnd(rowFromTop(index.row()));
    default:
        return {};
    }
}

QVariant BandChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return categoryLabel(section);
    switch (section) {
    case Base:
        return tr("Base");
    case StockPerYear:
        return tr("Stock per year");
    case Bonus:
        return tr("Bonus");
    default:
        return {};
    }
}
