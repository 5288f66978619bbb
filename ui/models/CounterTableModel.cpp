#include "ui/models/CounterTableModel.h"

#include "common/Currency.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

CounterTableModel::CounterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CounterTableModel::setSuggestion(const CounterInput &input, const CounterSuggestion &suggestion)
{
    const Offer &target = input.target.offer;
    const RegionBand &band = input.band;
    const int years = target.vestingYears() > 0 ? target.vestingYears() : OfferMath::kYears;
    const Offer *best = suggestion.bestAlternative ? &input.competing.at(suggestion.bestAlternative->index).offer
                                                   : nullptr;
    const auto bestValue = [&](CounterPart part) -> std::optional<double> {
        if (!best)
            return std::nullopt;
        switch (part) {
        case CounterPart::Base:
            return best->base;
        case CounterPart::Equity:
            // In the target's terms: its yearly equity over the target's vesting years.
            return best->equityTotal / (best->vestingYears() > 0 ? best->vestingYears() : OfferMath::kYears) * years;
        case CounterPart::SignOn:
            return best->signOn;
        }
        return std::nullopt;
    };
    QList<Row> rows;
    for (CounterPart part : {CounterPart::Base, CounterPart::Equity, CounterPart::SignOn}) {
        Row row;
        row.ask = suggestion.asks.value(part);
        row.suggested = suggestion.suggested.value(part);
        row.overridden = suggestion.isOverridden(part);
        row.bestAlternative = bestValue(part);
        switch (part) {
        case CounterPart::Base:
            row.name = tr("Base");
            row.current = target.base;
            row.bandLow = band.baseLow;
            row.bandHigh = band.baseHigh;
            break;
        case CounterPart::Equity:
            row.name = tr("Equity over %1 years").arg(years);
            row.current = target.equityTotal;
            row.bandLow = band.stockPerYearLow() * years;
            row.bandHigh = band.stockPerYearHigh() * years;
            break;
        case CounterPart::SignOn:
            row.name = tr("Sign-on");
            row.current = target.signOn;
            break;
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    m_currency = band.currency;
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
        return row.current;
    case AskColumn:
        return row.ask;
    case BandLowColumn:
        return row.bandLow;
    case BandHighColumn:
        return row.bandHigh;
    case BestAlternativeColumn:
        return row.bestAlternative;
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
        const QString amount = Currency::symbol(m_currency) + QLocale().toString(*value, 'f', 0);
        if (column == AskColumn && row.overridden)
            return tr("%1 ✎").arg(amount);
        return amount;
    }
    case Qt::EditRole:
        return column == AskColumn ? QVariant(row.ask) : QVariant();
    case RawValueRole:
        if (column == PartColumn)
            return index.row();
        return value ? QVariant(*value) : QVariant();
    case OverriddenRole:
        return column == AskColumn && row.overridden;
    case Qt::TextAlignmentRole:
        return column == PartColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == AskColumn) {
            QFont font;
            font.setBold(true);
            font.setItalic(row.overridden);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AskColumn) {
            const QString suggested = Currency::symbol(m_currency) + QLocale().toString(row.suggested, 'f', 0);
            return row.overridden ? tr("Set by hand; the suggestion was %1. Double-click to change it.").arg(suggested)
                                  : tr("The suggested ask. Double-click to set it by hand.");
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return column == AskColumn && row.overridden ? tr("set by hand") : QVariant();
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
