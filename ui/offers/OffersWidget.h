// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/GuideLibrary.h"
#include "offers/EquityScenarios.h"
#include "offers/OfferComparison.h"
#include "offers/OfferStore.h"

#include <QWidget>

#include <memory>

class BandRangesWidget;
class EmptyState;
class EquityControls;
class EquityScenariosPanel;
class OfferTimelineWidget;
class OfferComparisonModel;
class OptionsExitControl;
class OffersModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;
class QUndoStack;

// The Offers tab: the person's offers (kept in the store as they are edited, undoable), and how they compare with
// a guide's band in one region. It opens its own store; the guides are the main window's library.
class OffersWidget final : public QWidget
{
    Q_OBJECT

public:
    // Opens the store at storePath (OfferStore::defaultPath() for the person's own).
    explicit OffersWidget(const QString &storePath, QWidget *parent = nullptr);
    ~OffersWidget() override;

    // The guides to compare with: not owned, and it must outlive this widget or be replaced. Call again after each
    // load; the chosen guide and region stay when they still exist. The first library follows the target offer.
    void setLibrary(const GuideLibrary *library);

    // For the main window's Edit > Undo and Redo.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Every Offers action, in the order of the window's Offers menu (separators included); the toolbar shows the
    // same actions. A new action is one more entry in m_menuActions (buildToolbar).
    QList<QAction *> menuActions() const { return m_menuActions; }
    OffersModel *model() const { return m_model; }
    const OffersComparison &comparison() const { return m_comparison; }
    // The person's exchange rates, as entered in Preferences.
    const ExchangeRates &rates() const { return m_rates; }
    // The guide the comparison is against, or nullptr.
    const Guide *comparedGuide() const { return currentGuide(); }
    // The guide of the target offer's company, and in *region the region to use; nullptr when there is none.
    const Guide *targetGuide(QString *region) const;
    // The offers against any guide's band, with the person's rates.
    OffersComparison compareWith(const Guide &guide, const RegionBand &band) const;
    // The horizon and scenario set chosen above the comparison (kept in the settings), and every offer under them.
    EquityAssumptions equityAssumptions() const;
    const EquityAnalysis &equityAnalysis() const { return m_equity; }
    // The same when the person changed them from the defaults (like the CLI's --years and --scenarios), else
    // nothing: the PDF then decides by itself whether its "What if the stock moves" section says anything.
    std::optional<EquityAssumptions> chosenEquityAssumptions() const;
    // What the counter is tested against, as `suggest` does: the chosen assumptions, or the defaults when an offer
    // has equity terms of its own; nothing otherwise, so the warnings stay as they were.
    std::optional<EquityAssumptions> counterScenarios() const;
    // The rounds and counters sent of the selected offer (the target when none is selected).
    OfferTimelineWidget *timeline() const { return m_timeline; }
    // Offers > Record New Round…: edits the selected offer as a new round; for the window's menus too.
    QAction *recordRoundAction() const { return m_recordRoundAction; }
    // Records a counter sent on an offer, as an undoable edit (from the Counter tab).
    void recordCounterSent(qint64 offerId, const CounterSent &counter);
    // The exits stock options offers are shown at (kept in the settings), for the Counter tab and the summary.
    QList<double> exitMultiples() const;
    // The message shown above the table (a damaged store kept aside, a failed save); empty when none.
    QString notice() const;

public slots:
    // Compares with this guide's band in this region (or the default region, or the guide's first).
    void setGuide(const Guide *guide, const QString &region);
    void addOffer();
    void editSelectedOffer();
    // The same dialog, with "a new round" chosen.
    void recordNewRound();
    void duplicateSelectedOffer();
    void deleteSelectedOffers();
    // Makes the selected offer the one being negotiated (the store keeps one target), as one undoable edit.
    void markSelectedAsTarget();
    void importOffers();
    // Imports the offers in an offers JSON file, as one undoable step; problems are shown, never thrown.
    void importOffersFile(const QString &path);
    void exportOffers();
    void showPreferences();
    // Reads the offers and rates again, after another window or program changed the store.
    void reloadFromStore();

signals:
    // The target offer's company has a guide, and the comparison switched to it.
    void targetGuideFound(const QString &guideId, const QString &region);
    // The offers, the guide, the region, the rates, the horizon or the scenarios changed: comparison() and
    // equityAnalysis() hold the new numbers.
    void comparisonChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QToolBar *buildToolbar();
    void buildNoticeBar();
    void styleNoticeBar();
    void buildOffersTable();
    EmptyState *buildEmptyState();
    void updateEmptyState();
    QWidget *buildComparison();
    QHBoxLayout *buildComparisonChooser(QWidget *comparison);
    QWidget *buildBandPage();
    QWidget *buildYearsPage();
    QWidget *buildEquityPage();
    void editSelectedOfferAs(bool newRound);
    void updateTimeline();
    void openStore(const QString &path);
    void showNotice(const QString &message);
    void guideChosen();
    void updateRegions(const QString &preferred);
    void followTarget();
    void refreshComparison();
    void rebuildYearCharts(const QList<QColor> &colors);
    void updateActions();
    QList<Offer> selectedOffers() const;
    QStringList allRegions() const;
    const Guide *currentGuide() const;

    const QList<Guide> &guides() const;

    const GuideLibrary *m_library = nullptr;
    std::unique_ptr<OfferStore> m_store;
    ExchangeRates m_rates;
    OffersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QUndoStack *m_undoStack = nullptr;
    OffersComparison m_comparison;
    OfferComparisonModel *m_comparisonModel = nullptr;
    QString m_followedTarget; // the target (company and region) the guide choice last followed

    QLabel *m_notice = nullptr;
    QWidget *m_noticeBar = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_guideCombo = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLabel *m_comparisonStatus = nullptr;
    QTabWidget *m_comparisonTabs = nullptr;
    BandRangesWidget *m_bandRanges = nullptr;
    QTableView *m_comparisonTable = nullptr;
    QWidget *m_chartsHost = nullptr;
    QLabel *m_chartsCaption = nullptr;
    EquityControls *m_equityControls = nullptr;
    EquityScenariosPanel *m_equityPanel = nullptr;
    OptionsExitControl *m_optionsExit = nullptr; // shown while an offer grants options
    EquityAnalysis m_equity;
    QHBoxLayout *m_chartsLayout = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_targetAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QList<QAction *> m_menuActions;
    QStackedWidget *m_pages = nullptr; // the offers and their comparison, or the empty state
    EmptyState *m_empty = nullptr;
    QAction *m_recordRoundAction = nullptr;
    OfferTimelineWidget *m_timeline = nullptr;
};
