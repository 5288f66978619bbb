// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/EquityScenarios.h"

#include <QColor>
#include <QWidget>

class QChartView;

// "Cost of leaving": one line per offer over the months after joining (every 3 months, from month 3 to the
// horizon's end), at the initial grant not yet vested (today's price) plus the sign-on to repay.
class CostOfLeavingChart final : public QWidget
{
    Q_OBJECT

public:
    explicit CostOfLeavingChart(QWidget *parent = nullptr);

    // colors[i] is the color of analysis.offers[i].
    void setAnalysis(const EquityAnalysis &analysis, const QList<QColor> &colors);
    QChartView *chartView() const { return m_view; }
    // The chart in words, as its accessible description says it.
    QString description() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    EquityAnalysis m_analysis;
    QList<QColor> m_colors;
    QChartView *m_view;
};
