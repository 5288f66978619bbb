// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/EquityScenarios.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QToolButton;

// What the Offers tab's equity views are drawn with: the horizon, the scenario set, and the growth the year charts
// show (each offer's own expected growth, or one rate for every offer).
struct EquityViewOptions
{
    EquityAssumptions assumptions; // the horizon and the scenario set
    std::optional<double> shownGrowthPct; // nullopt: the expected case, each offer at its own growth_pct

    friend bool operator==(const EquityViewOptions &, const EquityViewOptions &) = default;
};

// The row above the comparison: a horizon (1 to 6 years), the scenario set (editable), which case the year charts
// show, and a slider for one custom yearly growth rate. The horizon and the set are kept in QSettings.
class EquityControls final : public QWidget
{
    Q_OBJECT

public:
    explicit EquityControls(QWidget *parent = nullptr);

    EquityViewOptions options() const { return m_options; }
    // The custom rate on the slider, in percent a year.
    double customGrowthPct() const;

signals:
    // After every change a person makes, with the new options (already saved).
    void optionsChanged(const EquityViewOptions &options);

private:
    void horizonChanged(int years);
    void scenariosEdited();
    void resetScenarios();
    void shownCaseChosen();
    void sliderMoved(int value);
    void fillShownCases();
    void publish();

    EquityViewOptions m_options;
    QSpinBox *m_horizon;
    QLineEdit *m_scenarios;
    QToolButton *m_resetScenarios;
    QLabel *m_scenariosProblem;
    QComboBox *m_shownCase;
    QSlider *m_customSlider;
    QLabel *m_customValue;
};
