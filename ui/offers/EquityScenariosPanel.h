// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/EquityScenarios.h"
#include "offers/OptionsOutlook.h"

#include <QColor>
#include <QWidget>

class CostOfLeavingChart;
class QChart;
class QChartView;
class QLabel;
class ScenarioChartModel;

// "What if the stock moves": each offer's total over the horizon as a range from its worst to its best scenario,
// with its expected case marked; under it the break-even sentences, with the scenarios that change which offer
// comes out ahead highlighted; beside it the cost of leaving.
class EquityScenariosPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EquityScenariosPanel(QWidget *parent = nullptr);

    // colors[i] is the color of analysis.offers[i].
    void setAnalysis(const EquityAnalysis &analysis, const QList<QColor> &colors);
    // The stock options offers among them (OptionsOutlook::row is the offer's index): their rows show the exits
    // instead of the growth scenarios, with the paper value and the break-even exit marked. Call after
    // setAnalysis(), which clears them.
    void setOptionsOutlooks(const QList<OptionsOutlook> &outlooks);
    ScenarioChartModel *model() const { return m_model; }
    QChartView *scenarioChart() const { return m_scenarioView; }
    CostOfLeavingChart *costOfLeaving() const { return m_leaving; }
    // The scenarios chart in words, as its accessible description says it.
    QString description() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();
    QChart *buildChart();
    void showSentences();
    const OptionsOutlook *outlookOf(int row) const;

    ScenarioChartModel *m_model;
    QList<QColor> m_colors;
    QList<OptionsOutlook> m_outlooks;
    QChartView *m_scenarioView;
    QLabel *m_flips;
    QLabel *m_breakEvens;
    CostOfLeavingChart *m_leaving;
};
