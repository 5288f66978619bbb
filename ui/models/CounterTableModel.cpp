// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/CounterTableModel.h"

#include "common/Money.h"

#include <QFont>

using namespace Qt::StringLiterals;

CounterTableModel::CounterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CounterTableModel::setSuggestion(const CounterInput &input, const CounterSuggestion &suggestion)
{
    const int years = input.target.offer.vestingPeriodYears();
    const std::array<QString, kCounterPartCount> names{tr("Base"), tr("Equity over %1 years").arg(years),
                                                       tr("Sign-on")};
    QList<Row> rows;
    for (const CounterRow &counterRow : counterRows(input, suggestion))
        rows.append({names[std::size_t(counterRow.part)], counterRow,
                     suggestion.isRaisedToFloor(counterRow.part) && !counterRow.overridden});
    beginResetModel();
    m_rows = rows;
    m_currency = input.band.currency;
    endResetModel();
}

int CounterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CounterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> CounterTableModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case CurrentColumn:
        return row.values.current;
    case AskColumn:
        return row.values.ask;
    case BandLowColumn:
        return row.values.bandLow;
    case BandHighColumn:
        return row.values.bandHigh;
    case BestAlternativeColumn:
        return row.values.bestAlternative;
    default:
        return std::nullopt;
    }
}

QVariant CounterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const std::optional<double> value = rawValue(row, column);
    switch (role) {
    case Qt::DisplayRole: {
        if (column == PartColumn)
            return row.name;
        if (!value)
            return u"—"_s;
        const QString amount = Money::exact(*value, m_currency);
        if (column == AskColumn && row.values.overridden)
            return tr("%1 ✎").arg(amount);
        return amount;
    }
    case Qt::EditRole:
        return column == AskColumn ? QVariant(row.values.ask) : QVariant();
    case RawValueRole:
        if (column == PartColumn)
            return index.row();
        return value ? QVariant(*value) : QVariant();
    case OverriddenRole:
        return column == AskColumn && row.values.overridden;
    case RaisedToFloorRole:
        return column == AskColumn && row.raisedToFloor;
    case Qt::TextAlignmentRole:
        return column == PartColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == AskColumn) {
            QFont font;
            font.setBold(true);
            font.setItalic(row.values.overridden);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AskColumn) {
            const QString suggested = Money::exact(row.values.suggested, m_currency);
            if (row.values.overridden)
                return tr("Set by hand; the suggestion was %1. Double-click to change it.").arg(suggested);
            return row.raisedToFloor
                ? tr("The suggested ask, raised to reach your walk-away floor. Double-click to set it by hand.")
                : tr("The suggested ask. Double-click to set it by hand.");
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column != AskColumn)
            return {};
        return row.values.overridden ? QVariant(tr("set by hand"))
             : row.raisedToFloor     ? QVariant(tr("raised to reach the floor"))
                                     : QVariant();
    default:
        return {};
    }
}

QVariant CounterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartColumn:
        return tr("Part");
    case CurrentColumn:
        return tr("Current");
    case AskColumn:
        return tr("Ask");
    case BandLowColumn:
        return tr("Band low");
    case BandHighColumn:
        return tr("Band high");
    case BestAlternativeColumn:
        return tr("Best alternative");
    default:
        return {};
    }
}

Qt::ItemFlags CounterTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == AskColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool CounterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != AskColumn)
        return false;
    bool ok = false;
    const double amount = value.toDouble(&ok);
    if (!ok || amount < 0 || !std::isfinite(amount))
        return false;
    // The widget applies the override through the undo stack and then resets this model.
    emit askEdited(partOfRow(index.row()), amount);
    return true;
}
