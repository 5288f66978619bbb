// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QList>
#include <QWidget>

struct Guide;
class BandChartModel;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QVBoxLayout;
class RegionBandModel;

// One guide's pay bands: the region table, and a stacked bar chart per currency fed by the same model.
class BandView final : public QWidget
{
    Q_OBJECT

public:
    explicit BandView(QWidget *parent = nullptr);

    void setGuide(const Guide &guide);
    void clear();

    RegionBandModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // One chart view per currency, in the order the currencies first appear in the guide.
    QList<QChartView *> chartViews() const { return m_chartViews; }

    QString currentRegion() const;
    bool selectRegion(const QString &region);

signals:
    void currentRegionChanged(const QString &region);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildCharts();
    void fitTableToRows();
    void fitColumnsToWidth();
    QChartView *makeChart(BandChartModel *chartModel);

    RegionBandModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_chartArea = nullptr;
    QVBoxLayout *m_chartLayout = nullptr;
    QLabel *m_chartNote = nullptr;
    QList<QChartView *> m_chartViews;
    QTimer *m_fitTimer = nullptr;
    bool m_tableScrolls = false; // wider than the view even without the Currency column
    QList<BandChartModel *> m_chartModels;
};
