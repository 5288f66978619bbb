// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/Guide.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;

// The same role and region across every guide that has it, as one bar chart, so the person sees who pays more.
class CompanyCompareView final : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString guideId;
        QString company;
        double totalLow = 0;
        double totalHigh = 0;
    };

    explicit CompanyCompareView(QWidget *parent = nullptr);

    // Compares the current guide's role in `region` with every other guide in `library`.
    void setComparison(const QList<Guide> &library, const QString &currentGuideId, const QString &region);
    void clear();

    // The companies in the chart, highest top end first; empty when there is nothing to compare.
    const QList<Entry> &entries() const { return m_entries; }
    QChartView *chartView() const { return m_chartView; }
    QString explanation() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart(const QString &currentGuideId, const QString &currency);

    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QChartView *m_chartView = nullptr;
    QList<Entry> m_entries;
};
