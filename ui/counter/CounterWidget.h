// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterEngine.h"

#include <QWidget>

class CounterTableModel;
class MessageDraftPanel;
class QAction;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QUndoStack;
class TextCheck;

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
    // The Counter tab's actions for the window's Offers menu, in menu order (separators included). A new action is
    // one more entry in m_menuActions (connectActions).
    QList<QAction *> menuActions() const { return m_menuActions; }

    // The horizon and scenarios of the Offers tab: a scenario that changes which offer is best is a warning.
    void setEquityAssumptions(const std::optional<EquityAssumptions> &assumptions);
    // The exits of the Offers tab: the warnings say how a counter with stock options fares across them.
    void setExitMultiples(const QList<double> &multiples);

    // The email draft beside the script, and the check on the script's words.
    MessageDraftPanel *draftPanel() const { return m_draft; }
    TextCheck *scriptCheck() const { return m_scriptCheck; }
    // Counter > Record Counter Sent…: enabled while there is a counter; for the window's menus too.
    QAction *recordCounterAction() const { return m_recordCounterAction; }

    // Sets or clears (nullopt) one ask by hand, as one undoable step.
    void setOverride(CounterPart part, std::optional<double> value);
    void clearOverrides();

public slots:
    // Asks for the date, the asks and the words sent, then emits counterSentRecorded().
    void recordCounterSent();

signals:
    // After every recomputation: a new input, setting, target or override.
    void suggestionChanged(const CounterSuggestion &suggestion);
    // The person recorded a counter they sent to offer `offerId`, its asks in that offer's own currency. The window
    // stores it on the offer as an undoable edit.
    void counterSentRecorded(qint64 offerId, const CounterSent &counter);

protected:
    void changeEvent(QEvent *event) override;

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
    void describeChart();
    void copyScript();
    void applyPaletteColours(); // the boxed messages and the headings' muted notes
    void setTabOrderAsRead();
    QWidget *buildSayTabs(QWidget *parent); // the call script and the email draft, side by side as tabs
    void showScript(const QString &script);

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
    QLabel *m_asksTitle = nullptr;
    QLabel *m_chartTitle = nullptr;
    QAction *m_copyAction = nullptr;
    QList<QAction *> m_menuActions;
    QString m_shownScript; // the script as last made: an edit of the person's own stays until they write it again
    TextCheck *m_scriptCheck = nullptr;
    QPushButton *m_writeScriptAgain = nullptr;
    QTabWidget *m_sayTabs = nullptr;
    MessageDraftPanel *m_draft = nullptr;
    QAction *m_recordCounterAction = nullptr;
};
