// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterEngine.h"

#include <QWidget>

class CounterTableModel;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

// The Counter tab: what to ask for, why, and where to walk away, for the offer being negotiated. It only copies the
// engine's inputs in and shows its results; CounterEngine does the thinking. Hand-set asks go through the undo stack.
class CounterWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit CounterWidget(QWidget *parent = nullptr);

    // The engine's inputs: the target, the competing offers (already in the band's currency), settings and overrides.
    void setInput(const CounterInput &input);
    // The same, from every offer the person holds: the chooser above the table picks which one is the target.
    void setOffers(const Guide &guide, const RegionBand &band, const QList<BandComparison> &offers, int targetIndex);

    const CounterInput &input() const { return m_input; }
    const CounterSuggestion &suggestion() const { return m_suggestion; }
    CounterTableModel *tableModel() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The horizon and scenarios of the Offers tab: a scenario that changes which offer is best is a warning.
    void setEquityAssumptions(const std::optional<EquityAssumptions> &assumptions);
    // The exits of the Offers tab: the warnings say how a counter with stock options fares across them.
    void setExitMultiples(const QList<double> &multiples);

    // Sets or clears (nullopt) one ask by hand, as one undoable step.
    void setOverride(CounterPart part, std::optional<double> value);
    void clearOverrides();

signals:
    // After every recomputation: a new input, setting, target or override.
    void suggestionChanged(const CounterSuggestion &suggestion);

private:
    friend class SetAskOverrideCommand;
    void setUpControls();
    void layOut(); // the settings row over the numbers (left) and the chart and script (right)
    void connectActions();
    void applyOverrides(const CounterOverrides &overrides); // no undo step: the command's own redo/undo
    void selectTarget(int index);
    void readSettings();
    void recompute();
    void showSuggestion();
    void showFloor();
    void showWalkAwayCurrency();
    void updateChart();
    void copyScript();

    CounterInput m_input;
    CounterSuggestion m_suggestion;
    QList<BandComparison> m_offers; // every offer, when set through setOffers()
    bool m_updating = false;

    QUndoStack *m_undoStack;
    QComboBox *m_targetChooser;
    QComboBox *m_boldness;
    QDoubleSpinBox *m_premium;
    QDoubleSpinBox *m_walkAway; // 0 reads "None": no figure of the person's own
    CounterTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_clearOverrides;
    QLabel *m_floorStatus; // whether the counter meets the floor, in one plain sentence
    QLabel *m_floor;
    QLabel *m_warnings;
    QLabel *m_rationale;
    QLabel *m_moves;
    QChartView *m_chartView;
    QPlainTextEdit *m_script;
    QPushButton *m_copy;
};
