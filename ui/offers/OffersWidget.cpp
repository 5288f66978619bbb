// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/OffersWidget.h"

#include "common/Translations.h"
#include "offers/OfferPreferences.h"
#include "offers/OffersJson.h"
#include "common/Money.h"
#include "ui/common/ChartSupport.h"
#include "ui/common/EmptyState.h"
#include "offers/OptionsOutlook.h"
#include "ui/common/PreferencesDialog.h"
#include "ui/common/Theme.h"
#include "ui/guides/BandRangesWidget.h"
#include "ui/models/OfferCommands.h"
#include "ui/models/OfferComparisonModel.h"
#include "ui/models/ScenarioChartModel.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/EquityControls.h"
#include "ui/offers/OptionsExitControl.h"
#include "ui/offers/EquityScenariosPanel.h"
#include "ui/offers/OfferDialog.h"
#include "ui/offers/OfferTimelineWidget.h"
#include "ui/offers/RoundChoiceWidget.h"
#include "offers/OfferHistory.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QBarSet>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// One color per offer, the same in the band ranges and the year charts.
QColor offerColor(int index)
{
    static const QList<QColor> colors = {QColor(0xd9, 0x5f, 0x02), QColor(0x1b, 0x9e, 0x77), QColor(0x75, 0x70, 0xb3),
                                         QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e), QColor(0xa6, 0x76, 0x1d),
                                         QColor(0x66, 0x66, 0x66), QColor(0x1f, 0x78, 0xb4)};
    return colors.at(index % colors.size());
}

// The parts of a year's pay, stacked in the year charts.
struct PayPart
{
    QString name;
    QColor color;
};

QList<PayPart> payParts()
{
    return {{OffersWidget::tr("Base"), QColor(0x4e, 0x79, 0xa7)},
            {OffersWidget::tr("Bonus"), QColor(0xf2, 0x8e, 0x2b)},
            {OffersWidget::tr("Equity"), QColor(0x59, 0xa1, 0x4f)},
            {OffersWidget::tr("Sign-on"), QColor(0xb0, 0x7a, 0xa1)}};
}

// A year chart in words: "Acme L5: year 1 $245,000, year 2 …; 4-year average $239,250, 18% up the band." The band
// position is the expected 4-year average's, so it is said only when the chart shows that case over 4 years.
QString yearChartDescription(const BandComparison &row, const EquityProjection::Projection &projection,
                             bool oneRateForAll)
{
    const QString currency = row.offer.currency;
    QStringList years;
    for (qsizetype i = 0; i < projection.years.size(); ++i)
        years.append(OffersWidget::tr("year %1 %2").arg(i + 1).arg(Money::exact(projection.years.at(i), currency)));
    const QString growth = ScenarioChartModel::growthName(projection.growthPct);
    QString tail;
    if (oneRateForAll)
        tail = OffersWidget::tr("with every stock at %1").arg(growth);
    else if (projection.years.size() == OfferMath::kYears)
        tail = ChartSupport::bandPositionWords(row.totalPosition);
    else
        tail = OffersWidget::tr("with the stock at its expected %1").arg(growth);
    return OffersWidget::tr("%1: %2; %3-year average %4, %5.")
        .arg(row.offer.label(), years.join(u", "_s))
        .arg(projection.years.size())
        .arg(Money::exact(projection.average, currency), tail);
}

QString normalized(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            result += c;
    }
    return result;
}

} // namespace

OffersWidget::OffersWidget(const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_store(std::make_unique<OfferStore>())
    , m_undoStack(new QUndoStack(this))
    , m_comparisonModel(new OfferComparisonModel(this))
{
    setObjectName(u"offersWidget"_s);
    buildUi();
    openStore(storePath);
    refreshComparison();
    updateActions();
    updateEmptyState();
}

void OffersWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The year charts draw in the palette's chart theme, with colours of their own: they are drawn again.
    if (event->type() == QEvent::PaletteChange && m_model) {
        styleNoticeBar();
        m_comparisonStatus->setStyleSheet(u"color: %1;"_s.arg(Theme::warningColor(palette()).name()));
        refreshComparison();
    }
}

const QList<Guide> &OffersWidget::guides() const
{
    static const QList<Guide> none;
    return m_library ? m_library->guides() : none;
}

void OffersWidget::setLibrary(const GuideLibrary *library)
{
    const QString chosenId = m_guideCombo->currentData().toString();
    const QString chosenRegion = m_regionCombo->currentText();
    m_library = library;
    {
        const QSignalBlocker blocker(m_guideCombo);
        m_guideCombo->clear();
        for (const Guide &guide : guides())
            m_guideCombo->addItem(guide.title(), guide.id());
        m_guideCombo->setCurrentIndex(-1);
    }
    if (const Guide *chosen = chosenId.isEmpty() ? nullptr : m_library->find(chosenId)) {
        setGuide(chosen, chosenRegion);
        return;
    }
    // The first library, or the chosen guide is gone: the target's guide, else the first, in the default region.
    m_followedTarget.clear();
    followTarget();
    if (m_regionCombo->count() == 0 && !guides().isEmpty())
        setGuide(&guides().first(), QString());
    if (m_regionCombo->count() == 0)
        refreshComparison();
}

OffersWidget::~OffersWidget()
{
    // Commands refer to the model; the model to the store.
    m_undoStack->clear();
}

void OffersWidget::buildUi()
{
    QToolBar *toolbar = buildToolbar();
    buildNoticeBar();
    buildOffersTable();
    QWidget *comparison = buildComparison();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"offersSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_table->setMinimumHeight(100);
    splitter->addWidget(m_table);
    splitter->addWidget(comparison);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    // With no offer yet, the page says how to add or import one instead of showing empty tables and charts.
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"offersPages"_s);
    m_pages->addWidget(splitter);
    m_pages->addWidget(buildEmptyState());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_pages, 1);
}

EmptyState *OffersWidget::buildEmptyState()
{
    m_empty = new EmptyState(u"offersEmptyState"_s, this);
    m_empty->setTitle(tr("No offers yet"));
    m_empty->setText(tr("Add each offer you hold, or import them from an offers file. OfferDesk compares them with "
                        "a guide's pay band, and counters the one you mark as the target."));
    m_empty->addButton(tr("&Add an Offer…"), m_addAction, u"emptyAddOffer"_s);
    m_empty->addButton(tr("&Import Offers…"), m_importAction, u"emptyImportOffers"_s);
    return m_empty;
}

void OffersWidget::updateEmptyState()
{
    const bool empty = m_model && m_model->rowCount() == 0;
    QWidget *page = empty ? static_cast<QWidget *>(m_empty) : m_pages->widget(0);
    if (m_pages->currentWidget() == page)
        return;
    // The focus follows into the page that replaces the one it was in.
    const bool hadFocus = m_pages->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_pages->setCurrentWidget(page);
    if (hadFocus)
        page->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
}

QToolBar *OffersWidget::buildToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"offersToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setAccessibleName(tr("Offers actions"));
    m_addAction = toolbar->addAction(tr("&Add…"), this, &OffersWidget::addOffer);
    m_addAction->setObjectName(u"addOfferAction"_s);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setStatusTip(tr("Enter an offer you hold"));
    m_editAction = toolbar->addAction(tr("&Edit…"), this, &OffersWidget::editSelectedOffer);
    m_editAction->setObjectName(u"editOfferAction"_s);
    m_editAction->setStatusTip(tr("Change the selected offer"));
    // Enter on an offer in the table edits it, as a double-click does.
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_recordRoundAction = toolbar->addAction(tr("Ne&w Round…"), this, &OffersWidget::recordNewRound);
    m_recordRoundAction->setObjectName(u"recordRoundAction"_s);
    m_recordRoundAction->setStatusTip(tr("The company revised the selected offer: record its new numbers as a new "
                                         "round, keeping the old ones in its timeline"));
    m_recordRoundAction->setToolTip(m_recordRoundAction->statusTip());
    m_duplicateAction = toolbar->addAction(tr("D&uplicate…"), this, &OffersWidget::duplicateSelectedOffer);
    m_duplicateAction->setObjectName(u"duplicateOfferAction"_s);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setStatusTip(tr("Start a new offer from a copy of the selected one"));
    m_deleteAction = toolbar->addAction(tr("&Delete"), this, &OffersWidget::deleteSelectedOffers);
    m_deleteAction->setObjectName(u"deleteOfferAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setStatusTip(tr("Delete the selected offers (Undo brings them back)"));
    m_targetAction = toolbar->addAction(tr("Mark as &Target"), this, &OffersWidget::markSelectedAsTarget);
    m_targetAction->setObjectName(u"markTargetAction"_s);
    m_targetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_targetAction->setStatusTip(tr("Make the selected offer the one you are negotiating: the Counter tab counters it"));
    toolbar->addSeparator();
    // The window's Edit menu undoes on whichever tab is shown, with the standard keys; these are its buttons.
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"offersUndoAction"_s);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"offersRedoAction"_s);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    m_importAction = toolbar->addAction(tr("&Import…"), this, &OffersWidget::importOffers);
    m_importAction->setObjectName(u"importOffersAction"_s);
    m_importAction->setShortcut(QKeySequence::Open);
    m_importAction->setStatusTip(tr("Add the offers of an offers JSON file"));
    m_exportAction = toolbar->addAction(tr("E&xport…"), this, &OffersWidget::exportOffers);
    m_exportAction->setObjectName(u"exportOffersAction"_s);
    m_exportAction->setStatusTip(tr("Write your offers to an offers JSON file"));
    toolbar->addSeparator();
    m_preferencesAction = toolbar->addAction(tr("&Preferences…"), this, &OffersWidget::showPreferences);
    m_preferencesAction->setObjectName(u"offerPreferencesAction"_s);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Exchange rates and the default region"));
    addAction(m_deleteAction);

    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    // The window's Offers menu, in this order. Other features add their action here.
    m_menuActions = {m_addAction,    m_editAction,   m_recordRoundAction, m_duplicateAction, m_deleteAction, separator(),
                     m_targetAction, separator(),    m_importAction,    m_exportAction, separator(),
                     m_preferencesAction};
    return toolbar;
}

void OffersWidget::buildNoticeBar()
{
    m_noticeBar = new QWidget(this);
    m_noticeBar->setObjectName(u"noticeBar"_s);
    m_noticeBar->setAutoFillBackground(true);
    styleNoticeBar();
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(8, 4, 4, 4);
    m_notice = new QLabel(m_noticeBar);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_noticeBar);
    dismiss->setText(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, m_noticeBar, &QWidget::hide);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_noticeBar->hide();
}

void OffersWidget::styleNoticeBar()
{
    const Theme::BoxColors colors = Theme::boxColors(Theme::Tone::Notice, palette());
    QPalette noticePalette = m_noticeBar->palette();
    noticePalette.setColor(QPalette::Window, colors.background);
    noticePalette.setColor(QPalette::WindowText, colors.text);
    m_noticeBar->setPalette(noticePalette);
}

void OffersWidget::buildOffersTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"offersTable"_s);
    m_table->setAccessibleName(tr("Offers"));
    m_table->setAccessibleDescription(tr("The offers you hold, one per row, the target marked. Enter edits the "
                                         "selected offer, Delete deletes it, Ctrl+T makes it the target."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->addAction(m_editAction);
    connect(m_table, &QTableView::doubleClicked, this, &OffersWidget::editSelectedOffer);
}

// The guide and region to compare with, and the comparison itself in two tabs.
QWidget *OffersWidget::buildComparison()
{
    auto *comparison = new QWidget(this);
    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins(0, 4, 0, 0);
    comparisonLayout->addLayout(buildComparisonChooser(comparison));
    m_equityControls = new EquityControls(comparison);
    comparisonLayout->addWidget(m_equityControls);
    connect(m_equityControls, &EquityControls::optionsChanged, this, &OffersWidget::refreshComparison);
    m_optionsExit = new OptionsExitControl(comparison);
    m_optionsExit->hide();
    comparisonLayout->addWidget(m_optionsExit);
    connect(m_optionsExit, &OptionsExitControl::changed, this, &OffersWidget::refreshComparison);
    m_comparisonStatus = new QLabel(comparison);
    m_comparisonStatus->setObjectName(u"comparisonStatus"_s);
    m_comparisonStatus->setWordWrap(true);
    m_comparisonStatus->setStyleSheet(u"color: %1;"_s.arg(Theme::warningColor(palette()).name()));
    m_comparisonStatus->hide();
    comparisonLayout->addWidget(m_comparisonStatus);
    connect(m_guideCombo, &QComboBox::activated, this, &OffersWidget::guideChosen);
    connect(m_regionCombo, &QComboBox::currentTextChanged, this, &OffersWidget::refreshComparison);

    m_comparisonTabs = new QTabWidget(comparison);
    m_comparisonTabs->setObjectName(u"comparisonTabs"_s);
    m_comparisonTabs->setDocumentMode(true);
    m_comparisonTabs->addTab(buildBandPage(), tr("Against the &band"));
    m_comparisonTabs->addTab(buildYearsPage(), tr("&Year by year"));
    m_comparisonTabs->addTab(buildEquityPage(), tr("What if the stock &moves"));
    m_timeline = new OfferTimelineWidget(m_comparisonTabs);
    m_comparisonTabs->addTab(m_timeline, tr("&Timeline"));
    comparisonLayout->addWidget(m_comparisonTabs, 1);
    auto *legend = new QLabel(tr("Positions: 0 is the band's low end and 1 its high end; below 0 or above 1 is "
                                 "outside the band. Amounts are in the band's currency. ★ marks the target offer."),
                              comparison);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    comparisonLayout->addWidget(legend);
    return comparison;
}

QHBoxLayout *OffersWidget::buildComparisonChooser(QWidget *comparison)
{
    auto *chooser = new QHBoxLayout;
    m_guideCombo = new QComboBox(comparison);
    m_guideCombo->setObjectName(u"comparisonGuideCombo"_s);
    // Sized for a title, not for the longest of thousands of guides (measuring them all would be slow).
    m_guideCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_guideCombo->setMinimumContentsLength(36);
    m_regionCombo = new QComboBox(comparison);
    m_regionCombo->setObjectName(u"comparisonRegionCombo"_s);
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *guideLabel = new QLabel(tr("Compare with gui&de:"), comparison);
    guideLabel->setBuddy(m_guideCombo);
    auto *regionLabel = new QLabel(tr("&Region:"), comparison);
    regionLabel->setBuddy(m_regionCombo);
    chooser->addWidget(guideLabel);
    chooser->addWidget(m_guideCombo);
    chooser->addSpacing(12);
    chooser->addWidget(regionLabel);
    chooser->addWidget(m_regionCombo);
    chooser->addStretch();
    return chooser;
}

// Against the band: the ranges, and the table of numbers under them.
QWidget *OffersWidget::buildBandPage()
{
    auto *bandPage = new QSplitter(Qt::Vertical, m_comparisonTabs);
    bandPage->setChildrenCollapsible(false);
    auto *bandScroll = new QScrollArea(bandPage);
    bandScroll->setWidgetResizable(true);
    bandScroll->setFrameShape(QFrame::NoFrame);
    m_bandRanges = new BandRangesWidget(bandScroll);
    bandScroll->setWidget(m_bandRanges);
    bandScroll->setMinimumHeight(120);
    // No more than the ranges need, so the table below gets the rest rather than a blank gap.
    bandScroll->setMaximumHeight(m_bandRanges->sizeHint().height() + 2);
    m_comparisonTable = new QTableView(bandPage);
    m_comparisonTable->setObjectName(u"comparisonTable"_s);
    m_comparisonTable->setAccessibleName(tr("Comparison with the band"));
    m_comparisonTable->setAccessibleDescription(tr("Each offer's year 1 and 4-year average in the band's currency, "
                                                   "and where its base, stock, bonus and total sit in the band."));
    auto *comparisonProxy = new QSortFilterProxyModel(this);
    comparisonProxy->setSourceModel(m_comparisonModel);
    comparisonProxy->setSortRole(OfferComparisonModel::RawValueRole);
    m_comparisonTable->setModel(comparisonProxy);
    m_comparisonTable->setSortingEnabled(true);
    m_comparisonTable->sortByColumn(-1, Qt::AscendingOrder);
    m_comparisonTable->verticalHeader()->hide();
    m_comparisonTable->setAlternatingRowColors(true);
    m_comparisonTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(OfferComparisonModel::OfferColumn, QHeaderView::Stretch);
    m_comparisonTable->setMinimumHeight(90);
    bandPage->addWidget(bandScroll);
    bandPage->addWidget(m_comparisonTable);
    bandPage->setStretchFactor(0, 3);
    bandPage->setStretchFactor(1, 2);
    return bandPage;
}

// Year by year: one stacked chart per offer, all on the same scale.
QWidget *OffersWidget::buildYearsPage()
{
    auto *yearsScroll = new QScrollArea;
    yearsScroll->setWidgetResizable(true);
    yearsScroll->setFrameShape(QFrame::NoFrame);
    m_chartsHost = new QWidget(yearsScroll);
    m_chartsHost->setObjectName(u"yearCharts"_s);
    m_chartsLayout = new QHBoxLayout(m_chartsHost);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    yearsScroll->setWidget(m_chartsHost);
    auto *yearsPage = new QWidget(m_comparisonTabs);
    auto *yearsLayout = new QVBoxLayout(yearsPage);
    yearsLayout->setContentsMargins(0, 4, 0, 0);
    auto *legendRow = new QHBoxLayout;
    for (const PayPart &part : payParts()) {
        auto *swatch = new QLabel(yearsPage);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(u"background: %1; border: 1px solid %2;"_s.arg(part.color.name(), part.color.darker(130).name()));
        legendRow->addWidget(swatch);
        legendRow->addWidget(new QLabel(part.name, yearsPage));
        legendRow->addSpacing(10);
    }
    legendRow->addSpacing(10);
    m_chartsCaption = new QLabel(yearsPage);
    m_chartsCaption->setForegroundRole(QPalette::PlaceholderText);
    legendRow->addWidget(m_chartsCaption);
    legendRow->addStretch();
    yearsLayout->addLayout(legendRow);
    yearsLayout->addWidget(yearsScroll, 1);
    return yearsPage;
}

// What if the stock moves: the scenarios, the break-even sentences and the cost of leaving; scrolls when short.
QWidget *OffersWidget::buildEquityPage()
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"equityScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_equityPanel = new EquityScenariosPanel(scroll);
    scroll->setWidget(m_equityPanel);
    return scroll;
}

EquityAssumptions OffersWidget::equityAssumptions() const
{
    return m_equityControls->options().assumptions;
}

QList<double> OffersWidget::exitMultiples() const
{
    return m_optionsExit ? m_optionsExit->exitMultiples() : OptionsExitControl::storedExitMultiples();
}

std::optional<EquityAssumptions> OffersWidget::chosenEquityAssumptions() const
{
    const EquityAssumptions chosen = equityAssumptions();
    return chosen == EquityAssumptions() ? std::nullopt : std::optional(chosen);
}

std::optional<EquityAssumptions> OffersWidget::counterScenarios() const
{
    if (chosenEquityAssumptions() || EquityScenarios::anyEquityTerms(m_model->offers()))
        return equityAssumptions();
    return std::nullopt;
}

void OffersWidget::openStore(const QString &path)
{
    const Result<OfferStore::OpenStatus> status = m_store->open(path);
    if (!status) {
        showNotice(status.message());
    } else if (*status == OfferStore::OpenStatus::OpenedReadOnly) {
        showNotice(tr("Your offers file %1 is read-only: your offers are shown, but changes can't be saved.")
                       .arg(QDir::toNativeSeparators(path)));
    } else if (*status == OfferStore::OpenStatus::Recovered) {
        showNotice(m_store->recoveryNotice());
    }
    if (const Result<ExchangeRates> rates = m_store->exchangeRates())
        m_rates = *rates;

    m_model = new OffersModel(m_store.get(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OffersModel::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order they were added, until a header is clicked
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(50);
    m_table->horizontalHeader()->setMaximumSectionSize(220);
    m_table->resizeColumnsToContents();
    connect(m_model, &OffersModel::errorOccurred, this, &OffersWidget::showNotice);
    connect(m_model, &OffersModel::offersChanged, this, [this] {
        followTarget();
        refreshComparison();
        updateActions();
        updateEmptyState();
        updateTimeline();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, [this] { m_table->resizeColumnsToContents(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OffersWidget::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OffersWidget::updateTimeline);
    updateTimeline();
    // Another OfferDesk window may share the store: pick up what it saved when the person comes back to this one.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && m_store->hasOutsideChanges())
            reloadFromStore();
    });
}

void OffersWidget::reloadFromStore()
{
    if (const Result<ExchangeRates> rates = m_store->exchangeRates())
        m_rates = *rates;
    (void)m_model->reload(); // a failure is shown through errorOccurred
}

QString OffersWidget::notice() const
{
    return m_noticeBar->isHidden() ? QString() : m_notice->text();
}

void OffersWidget::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_noticeBar->setVisible(!message.isEmpty());
}

const Guide *OffersWidget::currentGuide() const
{
    return m_library ? m_library->find(m_guideCombo->currentData().toString()) : nullptr;
}

void OffersWidget::setGuide(const Guide *guide, const QString &region)
{
    const int index = guide ? m_guideCombo->findData(guide->id()) : -1;
    if (index < 0)
        return;
    m_guideCombo->setCurrentIndex(index);
    updateRegions(region);
    refreshComparison();
}

void OffersWidget::guideChosen()
{
    updateRegions(QString());
    refreshComparison();
}

void OffersWidget::updateRegions(const QString &preferred)
{
    const Guide *guide = currentGuide();
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    if (!guide)
        return;
    m_regionCombo->addItems(guide->regionNames());
    // The region asked for, else the person's default, else the target's, else the guide's first.
    QStringList candidates = {preferred, OfferPreferences::defaultRegion()};
    if (const std::optional<Offer> target = m_model ? m_model->targetOffer() : std::nullopt)
        candidates.append(target->region);
    for (const QString &candidate : std::as_const(candidates)) {
        if (const RegionBand *band = candidate.isEmpty() ? nullptr : guide->findRegion(candidate)) {
            m_regionCombo->setCurrentText(band->region);
            return;
        }
    }
}

const Guide *OffersWidget::targetGuide(QString *region) const
{
    const std::optional<Offer> target = m_model ? m_model->targetOffer() : std::nullopt;
    if (!target)
        return nullptr;
    const QString company = normalized(target->company);
    for (const Guide &guide : guides()) {
        if (normalized(guide.companyName()) == company || normalized(guide.company) == company) {
            if (region) {
                const RegionBand *band = guide.findRegion(target->region);
                *region = band ? band->region : guide.regions.value(0).region;
            }
            return &guide;
        }
    }
    return nullptr;
}

OffersComparison OffersWidget::compareWith(const Guide &guide, const RegionBand &band) const
{
    return OfferComparison::compare(guide, band, m_model->offers(), m_rates, equityAssumptions().horizonYears);
}

void OffersWidget::followTarget()
{
    const std::optional<Offer> target = m_model ? m_model->targetOffer() : std::nullopt;
    if (!target)
        return;
    // Only when the target itself changes, so a guide the person picked by hand stays picked.
    const QString key = target->company + u'\n' + target->region;
    if (key == m_followedTarget)
        return;
    m_followedTarget = key;
    QString region;
    if (const Guide *guide = targetGuide(&region)) {
        setGuide(guide, guide->findRegion(target->region) ? target->region : QString());
        emit targetGuideFound(guide->id(), m_regionCombo->currentText());
    }
}

void OffersWidget::refreshComparison()
{
    const Guide *guide = currentGuide();
    const RegionBand *band = guide ? guide->findRegion(m_regionCombo->currentText()) : nullptr;
    QList<QColor> colors;
    if (!guide || !band) {
        m_comparison = OffersComparison();
        m_comparisonStatus->setText(!m_library ? tr("The guides are loading…")
                                    : guides().isEmpty()
                                        ? tr("No guides are loaded, so there is no band to compare with.")
                                        : QString());
        m_comparisonStatus->setVisible(!m_comparisonStatus->text().isEmpty());
    } else {
        m_comparison = compareWith(*guide, *band);
        QStringList problems = m_comparison.problems;
        if (!problems.isEmpty())
            problems.append(tr("Those offers are left out until a rate is added in Preferences."));
        m_comparisonStatus->setText(problems.join(u'\n'));
        m_comparisonStatus->setVisible(!problems.isEmpty());
    }
    // Colors follow the offer's place in the list, so an offer keeps its color when another lacks a rate.
    for (const BandComparison &row : m_comparison.rows)
        colors.append(offerColor(std::max(0, m_model->rowOf(row.offer.id))));
    m_comparisonModel->setComparison(m_comparison);
    m_bandRanges->setComparison(m_comparison, colors);
    m_equity = EquityScenarios::analyse(m_comparison, equityAssumptions());
    m_equityPanel->setAnalysis(m_equity, colors);
    // Stock options: their exits beside the growth scenarios, and the row that chooses them.
    m_comparison.exitMultiples = m_optionsExit->exitMultiples();
    const QList<Offer> offers = m_model->offers();
    m_optionsExit->setVisible(std::any_of(offers.cbegin(), offers.cend(), [](const Offer &o) { return o.hasOptions(); }));
    m_equityPanel->setOptionsOutlooks(OptionsOutlooks::of(m_comparison, m_comparison.exitMultiples));
    rebuildYearCharts(colors);
    emit comparisonChanged();
}

void OffersWidget::rebuildYearCharts(const QList<QColor> &colors)
{
    while (QLayoutItem *item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const EquityViewOptions options = m_equityControls->options();
    const std::optional<double> shownGrowth = options.shownGrowthPct;
    const std::optional<double> shownExit = m_optionsExit->shownExit();
    m_chartsCaption->setText(
        m_comparison.band.currency.isEmpty()
            ? QString()
            : tr("Each year's pay, stacked, in thousands of %1 (the band's currency), %2.")
                  .arg(m_comparison.band.currency,
                       shownGrowth ? tr("with every stock at %1").arg(ScenarioChartModel::growthName(*shownGrowth))
                                   : tr("each stock at its offer's expected growth"))
                + (!m_optionsExit->isHidden() && shownExit
                       ? u' ' + tr("Options at an exit at %1× the last round.").arg(OptionsValuation::formatMultiple(*shownExit))
                       : QString()));
    if (m_comparison.rows.isEmpty()) {
        auto *empty = new QLabel(m_comparison.band.region.isEmpty() ? tr("Choose a guide and region to compare with.")
                                                                    : tr("Add an offer to see it year by year."),
                                 m_chartsHost);
        empty->setAlignment(Qt::AlignCenter);
        m_chartsLayout->addWidget(empty);
        return;
    }
    const QList<PayPart> parts = payParts();
    // The years of the case the controls show: each offer's own growth, or one rate for all.
    const int horizon = options.assumptions.horizonYears;
    QList<EquityProjection::Projection> projections;
    double highest = 1;
    for (const BandComparison &row : m_comparison.rows) {
        // An options offer at the exit chosen for the charts, or its own expected one.
        const Offer shown = shownExit ? OptionsValuation::valuedAt(row.offer, *shownExit) : row.offer;
        projections.append(shownGrowth ? EquityProjection::project(shown, horizon, *shownGrowth)
                                       : EquityProjection::expected(shown, horizon));
        for (double year : projections.last().years)
            highest = std::max(highest, year);
    }
    // One scale for every chart, in thousands, rounded up to a step people read easily.
    const double top = std::ceil(highest / 1000 / 50) * 50;
    const QString currency = m_comparison.band.currency;
    for (qsizetype i = 0; i < m_comparison.rows.size(); ++i) {
        const BandComparison &row = m_comparison.rows.at(i);
        const Offer &offer = row.offer;
        QList<QBarSet *> sets;
        for (const PayPart &part : parts) {
            auto *set = new QBarSet(part.name);
            set->setColor(part.color);
            set->setBorderColor(part.color.darker(115));
            sets.append(set);
        }
        const EquityProjection::Projection &projection = projections.at(i);
        QStringList yearNames;
        for (const EquityProjection::YearParts &year : projection.parts) {
            sets[0]->append(offer.base / 1000);
            sets[1]->append(offer.bonus() / 1000);
            sets[2]->append((year.grant + year.refreshers + year.flatRefresher) / 1000);
            sets[3]->append(year.signOn / 1000);
            yearNames.append(tr("Year %1").arg(yearNames.size() + 1));
        }
        auto *series = new QStackedBarSeries;
        series->append(sets);
        series->setBarWidth(0.6);
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation); // a grab right after show() must see the bars
        ChartSupport::applyPalette(chart, palette()); // the theme before the series, which keep their colours
        chart->addSeries(series);
        chart->setTitle(offer.label() + (offer.target ? tr(" ★ target") : QString()));
        QFont titleFont = chart->titleFont();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        const QColor offerColor = colors.value(i, palette().color(QPalette::WindowText));
        chart->setTitleBrush(Theme::isDark(palette()) ? offerColor.lighter(150) : offerColor.darker(120));
        auto *years = new QBarCategoryAxis;
        years->append(yearNames);
        auto *amounts = new QValueAxis;
        amounts->setRange(0, top);
        amounts->setLabelFormat(u"%.0fK"_s);
        amounts->setTickCount(6);
        chart->addAxis(years, Qt::AlignBottom);
        chart->addAxis(amounts, Qt::AlignLeft);
        series->attachAxis(years);
        series->attachAxis(amounts);
        chart->legend()->setVisible(false); // one legend above all the charts keeps their axes level
        chart->setMargins(QMargins(4, 4, 4, 4));
        const QBrush titleBrush = chart->titleBrush();
        ChartSupport::applyPalette(chart, palette()); // the axes' labels in the text colour
        chart->setTitleBrush(titleBrush);
        auto *view = new QChartView(chart, m_chartsHost);
        view->setObjectName(u"yearChart%1"_s.arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 220);
        view->setToolTip(tr("%1, in thousands of %2: year 1 %3K, %4-year average %5K")
                             .arg(offer.label(), currency)
                             .arg(std::round(projection.years.value(0) / 1000))
                             .arg(horizon)
                             .arg(std::round(projection.average / 1000)));
        ChartSupport::describe(view, tr("%1 year by year").arg(offer.label()),
                               yearChartDescription(row, projection, shownGrowth.has_value()));
        m_chartsLayout->addWidget(view, 1);
    }
}

void OffersWidget::updateActions()
{
    const bool writable = m_store->isOpen() && !m_store->isReadOnly();
    const int selected = m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
    m_addAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_editAction->setEnabled(writable && selected == 1);
    m_recordRoundAction->setEnabled(writable && selected == 1);
    m_duplicateAction->setEnabled(writable && selected == 1);
    m_deleteAction->setEnabled(writable && selected > 0);
    m_targetAction->setEnabled(writable && selected == 1 && !selectedOffers().value(0).target);
    m_exportAction->setEnabled(m_model && !m_model->offers().isEmpty());
}

QList<Offer> OffersWidget::selectedOffers() const
{
    QList<Offer> offers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = m_proxy->mapToSource(index).data(OffersModel::OfferIdRole).toLongLong();
        if (const std::optional<Offer> offer = m_model->offer(id))
            offers.append(*offer);
    }
    return offers;
}

QStringList OffersWidget::allRegions() const
{
    QStringList regions;
    for (const Guide &guide : guides()) {
        for (const QString &region : guide.regionNames()) {
            if (!regions.contains(region))
                regions.append(region);
        }
    }
    return regions;
}

void OffersWidget::addOffer()
{
    OfferDialog dialog(this);
    dialog.setRegionSuggestions(allRegions());
    Offer fresh;
    fresh.region = OfferPreferences::defaultRegion();
    fresh.target = !m_model->targetOffer(); // the first offer is usually the one being negotiated
    dialog.setOffer(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Offer offer = dialog.offer();
    m_undoStack->push(new AddOffersCommand(m_model, {offer}, tr("Add %1").arg(offer.label())));
}

void OffersWidget::editSelectedOffer()
{
    editSelectedOfferAs(false);
}

void OffersWidget::recordNewRound()
{
    editSelectedOfferAs(true);
}

void OffersWidget::editSelectedOfferAs(bool newRound)
{
    const QList<Offer> selected = selectedOffers();
    if (selected.size() != 1)
        return;
    OfferDialog dialog(this);
    dialog.setRegionSuggestions(allRegions());
    dialog.setOffer(selected.first());
    auto *rounds = new RoundChoiceWidget(&dialog);
    rounds->setNewRound(newRound);
    dialog.addSection(rounds);
    if (newRound)
        dialog.setWindowTitle(tr("New Round — %1").arg(selected.first().label()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QUndoCommand *command = rounds->commandFor(m_model, selected.first(), dialog.offer()))
        m_undoStack->push(command);
}

void OffersWidget::recordCounterSent(qint64 offerId, const CounterSent &counter)
{
    const std::optional<Offer> before = m_model->offer(offerId);
    if (!before)
        return;
    const Offer after = OfferHistory::withCounterSent(*before, counter);
    m_undoStack->push(new EditOfferCommand(m_model, *before, after, tr("Record counter sent to %1").arg(after.label())));
}

void OffersWidget::updateTimeline()
{
    const QList<Offer> selected = m_table->selectionModel() ? selectedOffers() : QList<Offer>();
    m_timeline->setOffer(selected.size() == 1 ? std::optional<Offer>(selected.first()) : m_model->targetOffer());
}

void OffersWidget::duplicateSelectedOffer()
{
    const QList<Offer> selected = selectedOffers();
    if (selected.size() != 1)
        return;
    Offer copy = selected.first();
    copy.id = 0;
    copy.target = false;
    copy.revisions.clear(); // the history belongs to the offer it happened to
    copy.countersSent.clear();
    OfferDialog dialog(this);
    dialog.setRegionSuggestions(allRegions());
    dialog.setOffer(copy);
    dialog.setWindowTitle(tr("Duplicate Offer — %1").arg(copy.label()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Offer offer = dialog.offer();
    m_undoStack->push(new AddOffersCommand(m_model, {offer}, tr("Duplicate %1").arg(offer.label())));
}

void OffersWidget::deleteSelectedOffers()
{
    const QList<Offer> selected = selectedOffers();
    if (selected.isEmpty())
        return;
    const QString text = selected.size() == 1 ? tr("Delete %1").arg(selected.first().label())
                                              : tr("Delete %n offer(s)", nullptr, int(selected.size()));
    m_undoStack->push(new RemoveOffersCommand(m_model, selected, text));
}

void OffersWidget::markSelectedAsTarget()
{
    const QList<Offer> selected = selectedOffers();
    if (selected.size() != 1 || selected.first().target)
        return;
    Offer after = selected.first();
    after.target = true;
    m_undoStack->push(new EditOfferCommand(m_model, selected.first(), after, tr("Mark %1 as the Target").arg(after.label())));
}

void OffersWidget::importOffers()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Offers"), QString(),
                                                      tr("Offers JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importOffersFile(path);
}

void OffersWidget::importOffersFile(const QString &path)
{
    const OffersReadResult result = OffersJson::readFile(path);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Import Offers"), tr("Nothing was imported:\n\n%1").arg(result.errorText()));
        return;
    }
    if (!result.diagnostics.isEmpty())
        showNotice(result.errorText());
    if (!result.offers.isEmpty()) {
        m_undoStack->push(new AddOffersCommand(m_model, result.offers,
                                               tr("Import %n offer(s)", nullptr, int(result.offers.size()))));
    }
}

void OffersWidget::exportOffers()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Offers"), u"offers.json"_s,
                                                      tr("Offers JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const Result<> written = OffersJson::writeFile(path, m_model->offers()); !written)
        QMessageBox::warning(this, tr("Export Offers"), written.message());
}

void OffersWidget::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setExchangeRates(m_rates);
    dialog.setRegions(allRegions(), OfferPreferences::defaultRegion());
    dialog.setLanguage(Translations::preferredLanguage());
    if (dialog.exec() != QDialog::Accepted)
        return;
    OfferPreferences::setDefaultRegion(dialog.defaultRegion());
    Translations::setPreferredLanguage(dialog.language());
    if (const Result<> saved = m_store->setExchangeRates(dialog.exchangeRates()); !saved) {
        showNotice(saved.message());
        return;
    }
    m_rates = dialog.exchangeRates();
    refreshComparison();
}
