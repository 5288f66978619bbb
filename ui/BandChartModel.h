#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class RegionBandModel;

// The chart's view of a RegionBandModel, for one currency: two rows per region (the low and the high end of
// the band) and one column per stacked part. QVBarModelMapper maps each column to a bar set, so the chart
// reads the same model as the table and follows it when the guide changes.
class BandChartModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Base, StockPerYear, Bonus, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the amount as a double (DisplayRole too: QVBarModelMapper reads it)
        RegionRole,
        IsHighEndRole,
    };

    BandChartModel(RegionBandModel *source, const QString &currency, QObject *parent = nullptr);

    QString currency() const { return m_currency; }
    // "San Francisco · low"
    QString categoryLabel(int row) const;
    QStringList categoryLabels() const;
    // The stacked total of one bar.
    double barTotal(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    double amount(int row, int column) const;

    QPointer<RegionBandModel> m_source;
    QString m_currency;
    QList<int> m_sourceRows; // source row of each region with this currency
};
