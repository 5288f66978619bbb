// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/counter/CounterWidget.h"

#include "common/Currency.h"
#include "common/Money.h"
#include "counter/NegotiationReport.h"
#include "ui/common/ChartSupport.h"
#include "ui/common/Theme.h"
#include "ui/common/Clock.h"
#include "ui/counter/MessageDraftPanel.h"
#include "ui/counter/RecordCounterDialog.h"
#include "ui/counter/TextCheck.h"
#include "counter/ScriptLint.h"
#include "ui/models/CounterTableModel.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

// One change to the hand-set asks, so Undo brings the previous asks back.
class SetAskOverrideCommand final : public QUndoCommand
{
public:
    SetAskOverrideCommand(CounterWidget *widget, const CounterOverrides &before, const CounterOverrides &after,
                          const QString &text)
        : QUndoCommand(text)
        , m_widget(widget)
        , m_before(before)
        , m_after(after)
    {
    }

    void redo() override { m_widget->applyOverrides(m_after); }
    void undo() override { m_widget->applyOverrides(m_before); }

private:
    CounterWidget *m_widget;
    CounterOverrides m_before;
    CounterOverrides m_after;
};

namespace {

QString bulletList(const QStringList &lines)
{
    QString html = u"<ul style=\"margin-left:-20px\">"_s;
    for (const QString &line : lines)
        html += u"<li style=\"margin-bottom:4px\">"_s + line.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    // Selectable by keyboard too, so Tab reaches each part of the counter and a screen reader reads it.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // keyboard-selectable alone gives only click focus
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

CounterWidget::CounterWidget(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_targetChooser(new QComboBox(this))
    , m_boldness(new QComboBox(this))
    , m_premium(new QDoubleSpinBox(this))
    , m_walkAway(new QDoubleSpinBox(this))
    , m_model(new CounterTableModel(this))
    , m_table(new QTableView(this))
    , m_clearOverrides(new QPushButton(tr("&Reset hand-set asks"), this))
    , m_floorStatus(wrappingLabel(this, u"floorStatusLabel"_s))
    , m_floor(wrappingLabel(this, u"floorLabel"_s))
    , m_warnings(wrappingLabel(this, u"warningsLabel"_s))
    , m_rationale(wrappingLabel(this, u"rationaleLabel"_s))
    , m_moves(wrappingLabel(this, u"movesLabel"_s))
    , m_chartView(new QChartView(this))
    , m_script(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy scrip&t"), this))
{
    setUpControls();
    layOut();
    connectActions();
    setTabOrderAsRead();
    m_targetChooser->setEnabled(false);
    showSuggestion();
}

void CounterWidget::setUpControls()
{
    m_targetChooser->setObjectName(u"targetChooser"_s);
    m_targetChooser->setAccessibleName(tr("Offer being negotiated"));
    m_boldness->setObjectName(u"boldness"_s);
    m_boldness->addItem(tr("Conservative"), int(Boldness::Conservative));
    m_boldness->addItem(tr("Balanced"), int(Boldness::Balanced));
    m_boldness->addItem(tr("Bold"), int(Boldness::Bold));
    m_boldness->setCurrentIndex(1);
    m_boldness->setToolTip(tr("With no competing offer ahead, conservative asks for the middle of the band, balanced "
                              "for 75% of it and bold for the top."));
    m_premium->setObjectName(u"premium"_s);
    m_premium->setRange(0, 100);
    m_premium->setDecimals(1);
    m_premium->setSuffix(u" %"_s);
    m_premium->setToolTip(tr("How much of your best alternative's value you would give up to join this company."));
    m_premium->setAccessibleName(tr("Premium to join"));
    m_walkAway->setObjectName(u"walkAway"_s);
    m_walkAway->setAccessibleName(tr("Walk-away figure"));
    m_walkAway->setRange(0, 1e9);
    m_walkAway->setDecimals(0);
    m_walkAway->setSingleStep(5000);
    m_walkAway->setGroupSeparatorShown(true);
    m_walkAway->setSpecialValueText(tr("None"));
    // One recomputation when the figure is entered, not one per digit typed.
    m_walkAway->setKeyboardTracking(false);
    m_walkAway->setToolTip(tr("A walk-away figure of your own, as a 4-year average in the band's currency: for "
                              "example your current job's value, or a minimum you set. The floor never goes below "
                              "it. None: the floor comes from your best alternative."));
    m_floorStatus->setAccessibleName(tr("Whether the counter meets your floor"));
    m_floor->setAccessibleName(tr("Walk-away floor and your counter"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_rationale->setAccessibleName(tr("Why these asks"));
    m_moves->setAccessibleName(tr("What is most likely to move"));
    m_boldness->setAccessibleName(tr("Boldness"));

    m_table->setObjectName(u"counterTable"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Asks"));
    m_table->setAccessibleDescription(tr("Base, equity and sign-on: the offer, what to ask for, your best alternative "
                                         "and the band. Press F2 on an ask to set it by hand."));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CounterTableModel::PartColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_clearOverrides->setObjectName(u"clearOverrides"_s);
    m_copy->setObjectName(u"copyScript"_s);
    m_script->setObjectName(u"script"_s);
    m_script->setAccessibleName(tr("Script"));
    m_script->setAccessibleDescription(tr("The words to say on a call, yours to edit. Words to reconsider are "
                                          "underlined; the list below says why."));
    m_script->setTabChangesFocus(true);
    m_scriptCheck = new TextCheck(m_script, lintChecker(std::nullopt), this);
    m_draft = new MessageDraftPanel(this);
    m_recordCounterAction = new QAction(tr("Recor&d Counter Sent…"), this);
    m_recordCounterAction->setObjectName(u"recordCounterSentAction"_s);
    m_recordCounterAction->setStatusTip(tr("Keep the counter you sent (its asks, your words and the day) with the "
                                           "offer, for its timeline"));
    m_recordCounterAction->setEnabled(false);
    m_copy->setToolTip(tr("Copy the script to the clipboard"));
    m_chartView->setObjectName(u"counterChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(230);
    ChartSupport::applyPalette(m_chartView->chart(), palette()); // the empty chart before the first counter
}

void CounterWidget::layOut()
{
    // Settings row.
    auto *settings = new QHBoxLayout;
    // Each setting keeps its label beside it; the target chooser gets twice the room.
    const struct
    {
        QString label;
        QWidget *field;
        int stretch;
    } fields[] = {{tr("&Negotiating:"), m_targetChooser, 2},
                  {tr("&Boldness:"), m_boldness, 1},
                  {tr("&Premium to join:"), m_premium, 1},
                  {tr("&Walk-away:"), m_walkAway, 1}};
    for (const auto &[label, field, stretch] : fields) {
        auto *form = new QFormLayout;
        form->addRow(label, field);
        settings->addLayout(form, stretch);
    }

    // Left: the numbers and why.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    m_asksTitle = new QLabel(left);
    m_asksTitle->setObjectName(u"asksTitle"_s);
    m_asksTitle->setWordWrap(true);
    leftLayout->addWidget(m_asksTitle);
    leftLayout->addWidget(m_table);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addStretch();
    tableButtons->addWidget(m_clearOverrides);
    leftLayout->addLayout(tableButtons);
    leftLayout->addWidget(m_floorStatus);
    leftLayout->addWidget(m_floor);
    leftLayout->addWidget(m_warnings);
    leftLayout->addWidget(new QLabel(tr("<b>Why</b>"), left));
    leftLayout->addWidget(m_rationale);
    leftLayout->addWidget(m_moves);
    leftLayout->addStretch();
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);

    // Right: the chart and the script.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_chartTitle = new QLabel(right);
    m_chartTitle->setObjectName(u"chartTitle"_s);
    m_chartTitle->setWordWrap(true);
    rightLayout->addWidget(m_chartTitle);
    rightLayout->addWidget(m_chartView, 2);
    rightLayout->addWidget(buildSayTabs(right), 3);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(splitter, 1);
    applyPaletteColours();
}

// Tab goes through the tab as it reads: the settings row, the asks and their notes, then the chart and the script.
void CounterWidget::setTabOrderAsRead()
{
    const QList<QWidget *> order = {m_targetChooser, m_boldness, m_premium,   m_walkAway, m_table, m_clearOverrides,
                                    m_floorStatus,   m_floor,    m_warnings,  m_rationale, m_moves, m_sayTabs,
                                    m_script,        m_copy,     m_writeScriptAgain};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void CounterWidget::applyPaletteColours()
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    m_asksTitle->setText(tr("<b>What to ask for</b> <span style=\"color:%1\">(double-click an ask, or press F2, to "
                            "set it by hand; ✎ marks one you set)</span>")
                             .arg(muted));
    m_chartTitle->setText(tr("<b>Against the band</b> <span style=\"color:%1\">(the offer, the ask and the best "
                             "alternative; the shaded box runs from the band's low to its high end)</span>")
                              .arg(muted));
    m_warnings->setStyleSheet(Theme::boxStyleSheet(Theme::Tone::Notice, palette()));
}

void CounterWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The boxes and the chart take their colours from the palette when they are drawn: draw them again.
    if (event->type() == QEvent::PaletteChange && m_copyAction) {
        applyPaletteColours();
        showSuggestion();
    }
}

QWidget *CounterWidget::buildSayTabs(QWidget *parent)
{
    m_sayTabs = new QTabWidget(parent);
    m_sayTabs->setObjectName(u"sayTabs"_s);
    m_sayTabs->setAccessibleName(tr("What to say"));
    m_sayTabs->setDocumentMode(true);
    auto *scriptPage = new QWidget(m_sayTabs);
    auto *scriptLayout = new QVBoxLayout(scriptPage);
    scriptLayout->setContentsMargins(0, 4, 0, 0);
    scriptLayout->addWidget(m_script, 1);
    scriptLayout->addWidget(m_scriptCheck->problemList());
    auto *scriptButtons = new QHBoxLayout;
    m_writeScriptAgain = new QPushButton(tr("Wr&ite again"), scriptPage);
    m_writeScriptAgain->setObjectName(u"writeScriptAgain"_s);
    m_writeScriptAgain->setToolTip(tr("Throws away your edits and writes the script again from the counter"));
    m_writeScriptAgain->setAccessibleDescription(m_writeScriptAgain->toolTip());
    scriptButtons->addWidget(m_copy);
    scriptButtons->addStretch();
    scriptButtons->addWidget(m_writeScriptAgain);
    scriptLayout->addLayout(scriptButtons);
    m_sayTabs->addTab(scriptPage, tr("Ca&ll script"));
    m_sayTabs->addTab(m_draft, tr("E&mail draft"));
    auto *record = new QToolButton(m_sayTabs);
    record->setObjectName(u"recordCounterSentButton"_s);
    record->setDefaultAction(m_recordCounterAction);
    record->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sayTabs->setCornerWidget(record, Qt::TopRightCorner);
    return m_sayTabs;
}

void CounterWidget::connectActions()
{
    // Undo and Redo are the window's Edit menu's, which acts on this tab's stack while it is shown.
    m_copyAction = new QAction(tr("&Copy Script"), this);
    m_copyAction->setObjectName(u"copyScriptAction"_s);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setStatusTip(tr("Copy the Counter tab's script to the clipboard"));
    connect(m_copyAction, &QAction::triggered, this, &CounterWidget::copyScript);
    // The window's Offers menu shows these after the Offers tab's own. Other features add their action here.
    m_menuActions = {m_copyAction, m_recordCounterAction};

    connect(m_targetChooser, &QComboBox::currentIndexChanged, this, &CounterWidget::selectTarget);
    connect(m_boldness, &QComboBox::currentIndexChanged, this, &CounterWidget::readSettings);
    connect(m_premium, &QDoubleSpinBox::valueChanged, this, &CounterWidget::readSettings);
    connect(m_walkAway, &QDoubleSpinBox::valueChanged, this, &CounterWidget::readSettings);
    connect(m_model, &CounterTableModel::askEdited, this,
            [this](CounterPart part, double value) { setOverride(part, value); });
    connect(m_clearOverrides, &QPushButton::clicked, this, &CounterWidget::clearOverrides);
    connect(m_copy, &QPushButton::clicked, this, &CounterWidget::copyScript);
    connect(m_writeScriptAgain, &QPushButton::clicked, this, [this] { showScript(m_suggestion.scriptWithLevers()); });
    connect(m_script, &QPlainTextEdit::textChanged, this, [this] {
        m_writeScriptAgain->setEnabled(!m_shownScript.isEmpty() && m_script->toPlainText() != m_shownScript);
    });
    connect(m_recordCounterAction, &QAction::triggered, this, &CounterWidget::recordCounterSent);
    connect(m_draft, &MessageDraftPanel::problem, this, [this](const QString &message) {
        QMessageBox::information(this, tr("Open in Mail App"), message);
    });
}

void CounterWidget::setInput(const CounterInput &input)
{
    m_input = input;
    m_offers.clear();
    m_undoStack->clear();
    {
        const QSignalBlocker blockTarget(m_targetChooser);
        const QSignalBlocker blockBoldness(m_boldness);
        const QSignalBlocker blockPremium(m_premium);
        const QSignalBlocker blockWalkAway(m_walkAway);
        m_targetChooser->clear();
        m_targetChooser->addItem(m_input.target.offer.label());
        m_targetChooser->setEnabled(false);
        m_boldness->setCurrentIndex(m_boldness->findData(int(m_input.settings.boldness)));
        m_premium->setValue(m_input.settings.premiumPct);
        m_walkAway->setValue(m_input.settings.walkAway.value_or(0));
    }
    recompute();
}

void CounterWidget::setOffers(const Guide &guide, const RegionBand &band, const QList<BandComparison> &offers,
                              int targetIndex)
{
    m_input.guide = guide;
    m_input.band = band;
    m_offers = offers;
    if (offers.isEmpty()) {
        // Nothing to counter: show the empty state rather than the last suggestion.
        m_input.band = RegionBand();
        m_input.overrides = CounterOverrides();
        m_undoStack->clear();
        const QSignalBlocker block(m_targetChooser);
        m_targetChooser->clear();
        m_targetChooser->setEnabled(false);
        recompute();
        return;
    }
    {
        const QSignalBlocker block(m_targetChooser);
        m_targetChooser->clear();
        for (const BandComparison &offer : offers)
            m_targetChooser->addItem(offer.offer.label());
        m_targetChooser->setEnabled(offers.size() > 1);
        m_targetChooser->setCurrentIndex(std::clamp(targetIndex, 0, int(offers.size()) - 1));
    }
    selectTarget(m_targetChooser->currentIndex());
}

void CounterWidget::selectTarget(int index)
{
    if (m_offers.isEmpty() || index < 0 || index >= m_offers.size())
        return;
    // Hand-set asks belong to one target: an edit elsewhere keeps them, another target starts afresh.
    const bool sameTarget = m_input.target.offer.id != 0 && m_input.target.offer.id == m_offers.at(index).offer.id;
    m_input.target = m_offers.at(index);
    m_input.competing.clear();
    for (int i = 0; i < m_offers.size(); ++i) {
        if (i != index)
            m_input.competing.append(m_offers.at(i));
    }
    if (!sameTarget) {
        m_input.overrides = CounterOverrides();
        m_undoStack->clear();
    }
    recompute();
}

void CounterWidget::setEquityAssumptions(const std::optional<EquityAssumptions> &assumptions)
{
    if (assumptions == m_input.scenarios)
        return;
    m_input.scenarios = assumptions;
    recompute();
}

void CounterWidget::setExitMultiples(const QList<double> &multiples)
{
    if (multiples == m_input.settings.exitMultiples)
        return;
    m_input.settings.exitMultiples = multiples;
    recompute();
}

void CounterWidget::readSettings()
{
    m_input.settings.boldness = Boldness(m_boldness->currentData().toInt());
    m_input.settings.premiumPct = m_premium->value();
    // The spin box's lowest value reads "None": no figure of the person's own.
    m_input.settings.walkAway = m_walkAway->value() > 0 ? std::optional<double>(m_walkAway->value()) : std::nullopt;
    recompute();
}

void CounterWidget::setOverride(CounterPart part, std::optional<double> value)
{
    CounterOverrides after = m_input.overrides;
    after.setValue(part, value);
    const QString part_ = part == CounterPart::Base ? tr("base") : part == CounterPart::Equity ? tr("equity")
                                                                                               : tr("sign-on");
    m_undoStack->push(new SetAskOverrideCommand(this, m_input.overrides, after,
                                                value ? tr("Set the %1 ask").arg(part_)
                                                      : tr("Reset the %1 ask").arg(part_)));
}

void CounterWidget::clearOverrides()
{
    if (m_input.overrides.isEmpty())
        return;
    m_undoStack->push(new SetAskOverrideCommand(this, m_input.overrides, CounterOverrides(),
                                                tr("Reset hand-set asks")));
}

void CounterWidget::applyOverrides(const CounterOverrides &overrides)
{
    m_input.overrides = overrides;
    recompute();
}

void CounterWidget::recompute()
{
    if (m_input.band.currency.isEmpty()) {
        m_suggestion = CounterSuggestion();
        showSuggestion();
        return;
    }
    m_suggestion = CounterEngine::suggest(m_input);
    showSuggestion();
    emit suggestionChanged(m_suggestion);
}

void CounterWidget::showSuggestion()
{
    const bool ready = !m_input.band.currency.isEmpty();
    showWalkAwayCurrency();
    m_model->setSuggestion(m_input, m_suggestion);
    // The table shows its three rows and no empty space below them.
    int tableHeight = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        tableHeight += m_table->verticalHeader()->sectionSize(row);
    m_table->setFixedHeight(tableHeight);
    m_clearOverrides->setEnabled(!m_input.overrides.isEmpty());
    m_copy->setEnabled(ready && !m_suggestion.script.isEmpty());
    m_copyAction->setEnabled(m_copy->isEnabled());
    m_recordCounterAction->setEnabled(ready && m_input.target.offer.id != 0);
    m_draft->setCounter(m_input, m_suggestion);
    if (!ready) {
        m_floorStatus->hide();
        m_floor->setText(tr("Choose a guide, a region and the offer you are negotiating to see a counter-offer."));
        m_warnings->hide();
        m_rationale->clear();
        m_moves->clear();
        showScript(QString());
        m_chartView->chart()->removeAllSeries();
        describeChart();
        return;
    }
    const CounterSuggestion &s = m_suggestion;
    showFloor();
    m_warnings->setText(bulletList(s.warnings));
    m_warnings->setVisible(!s.warnings.isEmpty());
    m_rationale->setText(bulletList(s.rationale));
    m_moves->setText(u"<i>"_s + s.mostLikelyToMoveReason.toHtmlEscaped() + u"</i>"_s);
    m_scriptCheck->setChecker(lintChecker(ScriptLint::scenarioFrom(m_input, s)));
    // The person's own words stay; an untouched script follows the counter.
    if (m_script->toPlainText() == m_shownScript)
        showScript(s.scriptWithLevers());
    updateChart();
}

// Whether the counter meets the floor, where the floor comes from, and the counter's totals.
void CounterWidget::showFloor()
{
    const CounterSuggestion &s = m_suggestion;
    const QString &currency = s.currency;
    const auto money = [&currency](double value) { return Money::exact(value, currency); };
    const FloorStatus status = floorStatusOf(m_input, s, money);
    m_floorStatus->setText(u"<b>%1.</b> %2"_s.arg(status.headline.toHtmlEscaped(), status.sentence.toHtmlEscaped()));
    m_floorStatus->setStyleSheet(
        Theme::boxStyleSheet(status.meetsFloor ? Theme::Tone::Good : Theme::Tone::Bad, palette()));
    m_floorStatus->show();

    QString floor = tr("<b>Walk-away floor:</b> %1 a year over 4 years, from %2; or %3 base with the offer's other "
                       "parts unchanged.")
                        .arg(money(s.floorAnnualized).toHtmlEscaped(), status.source.toHtmlEscaped(),
                             money(s.floorBase).toHtmlEscaped());
    floor += u"<br>"_s
        + tr("<b>Your counter:</b> %1 in year 1, %2 a year over 4 years.")
              .arg(money(s.counterFirstYear).toHtmlEscaped(), money(s.counterAnnualized).toHtmlEscaped());
    if (!s.writtenOffersNeeded.isEmpty()) {
        floor += u"<br>"_s
            + tr("<b>Have in writing before you ask:</b> %1.").arg(s.writtenOffersNeeded.join(u", "_s).toHtmlEscaped());
    }
    m_floor->setText(floor);
}

// The walk-away figure is in the band's currency: its symbol leads the field.
void CounterWidget::showWalkAwayCurrency()
{
    const QString currency = m_input.band.currency;
    const QString symbol = currency.isEmpty() ? QString() : Currency::symbol(currency);
    const QString prefix = symbol.size() == 1 ? symbol : symbol.isEmpty() ? QString() : symbol + u' ';
    if (m_walkAway->prefix() != prefix)
        m_walkAway->setPrefix(prefix);
    m_walkAway->setEnabled(!currency.isEmpty());
}

void CounterWidget::updateChart()
{
    const CounterSuggestion &s = m_suggestion;
    auto *chart = new QChart;
    // The theme first: set later, it would replace the series' own colours.
    ChartSupport::applyPalette(chart, palette());
    const bool dark = Theme::isDark(palette());
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);

    const QStringList categories{tr("Base"), tr("Equity"), tr("Sign-on")};
    auto *bars = new QBarSeries;
    const auto addSet = [&](const QString &name, const QColor &color, auto value) {
        auto *set = new QBarSet(name);
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        for (int row = 0; row < m_model->rowCount(); ++row)
            *set << value(row);
        bars->append(set);
    };
    // In thousands, so the axis reads "250K" rather than "250000".
    const auto valueAt = [this](int row, int column) {
        return m_model->data(m_model->index(row, column), CounterTableModel::RawValueRole).toDouble() / 1000.0;
    };
    addSet(tr("Offer"), QColor(u"#8da0b6"_s), [&](int row) { return valueAt(row, CounterTableModel::CurrentColumn); });
    addSet(tr("Ask"), QColor(dark ? u"#4caf50"_s : u"#2e7d32"_s),
           [&](int row) { return valueAt(row, CounterTableModel::AskColumn); });
    if (s.bestAlternative) {
        addSet(s.bestAlternative->label, QColor(u"#c77c02"_s),
               [&](int row) { return valueAt(row, CounterTableModel::BestAlternativeColumn); });
    }
    bars->setBarWidth(0.75);
    chart->addSeries(bars);

    // The band as a box from its low to its high end, behind the bars' categories.
    auto *band = new QBoxPlotSeries;
    band->setName(tr("Band"));
    band->setBoxWidth(0.9);
    const QColor bandEdge(dark ? u"#9fa8da"_s : u"#5c6bc0"_s);
    QColor bandColor = bandEdge;
    bandColor.setAlphaF(dark ? 0.25 : 0.18);
    band->setBrush(bandColor);
    band->setPen(QPen(bandEdge, 1.5, Qt::DashLine));
    double top = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double low = valueAt(row, CounterTableModel::BandLowColumn);
        const double high = valueAt(row, CounterTableModel::BandHighColumn);
        for (int c = CounterTableModel::CurrentColumn; c < CounterTableModel::ColumnCount; ++c)
            top = std::max(top, valueAt(row, c));
        // Sign-on has no band: an empty box keeps the categories aligned.
        // The median sits on the low edge: the box is a range, not a distribution.
        band->append(new QBoxSet(low, low, low, high, high));
    }
    chart->addSeries(band);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, top * 1.1 > 0 ? top * 1.1 : 1);
    // Localized numbers let the label carry any symbol, where the locale puts it ("€250K", "250 k€"); printf alone
    // would turn "€" into "?".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    yAxis->setLabelFormat(Money::thousands(1, s.currency, MoneyStyle()).replace(u'1', u"%.0f"_s));
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    ChartSupport::applyPalette(chart, palette()); // the axes' labels in the text colour
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    describeChart();
}

// The chart in words, for a screen reader: the target against the band, then each part's offer, ask and band.
void CounterWidget::describeChart()
{
    if (m_input.band.currency.isEmpty()) {
        ChartSupport::describe(m_chartView, tr("Counter against the band"),
                               tr("No counter yet: choose a guide, a region and the offer you are negotiating."));
        return;
    }
    const CounterSuggestion &s = m_suggestion;
    const auto money = [&s](double value) { return Money::exact(value, s.currency); };
    QStringList parts;
    parts.append(tr("%1: 4-year average %2, %3; your counter %4 a year over 4 years")
                     .arg(m_input.target.offer.label(), money(m_input.target.annualized),
                          ChartSupport::bandPositionWords(m_input.target.totalPosition), money(s.counterAnnualized)));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto value = [this, row](int column) {
            return m_model->data(m_model->index(row, column), CounterTableModel::RawValueRole).toDouble();
        };
        QString part = tr("%1: offer %2, ask %3")
                           .arg(m_model->data(m_model->index(row, CounterTableModel::PartColumn)).toString(),
                                money(value(CounterTableModel::CurrentColumn)), money(value(CounterTableModel::AskColumn)));
        if (s.bestAlternative)
            part += tr(", %1 %2").arg(s.bestAlternative->label, money(value(CounterTableModel::BestAlternativeColumn)));
        if (value(CounterTableModel::BandHighColumn) > 0) {
            part += tr(", band %1")
                        .arg(Money::exactRange(value(CounterTableModel::BandLowColumn),
                                               value(CounterTableModel::BandHighColumn), s.currency));
        }
        parts.append(part);
    }
    ChartSupport::describe(m_chartView, tr("Counter against the band"), parts.join(u"; "_s) + u'.');
}

void CounterWidget::copyScript()
{
    QApplication::clipboard()->setText(m_script->toPlainText());
}

void CounterWidget::showScript(const QString &script)
{
    m_shownScript = script;
    if (m_script->toPlainText() != script)
        m_script->setPlainText(script);
    m_scriptCheck->checkNow();
    m_writeScriptAgain->setEnabled(false);
}

void CounterWidget::recordCounterSent()
{
    const BandComparison &target = m_input.target;
    if (m_input.band.currency.isEmpty() || target.offer.id == 0)
        return;
    // The asks are in the band's currency; the record keeps them in the offer's own, as its letter states it.
    const double toOwn = target.offer.base > 0 ? target.original.base / target.offer.base : 1.0;
    CounterSent proposed;
    proposed.date = Clock::today();
    proposed.asks.base = std::round(m_suggestion.asks.base() * toOwn);
    proposed.asks.equityTotal = std::round(m_suggestion.asks.equityTotal() * toOwn);
    proposed.asks.signOn = std::round(m_suggestion.asks.signOn() * toOwn);
    const MessageDraft draft = m_draft->draft();
    const QString email = draft.body.trimmed().isEmpty() ? QString() : draft.subject + u"\n\n"_s + draft.body;
    RecordCounterDialog dialog(target.original.label(), target.original.currency, this);
    // The words come from the tab on show: the email draft, or the call script.
    dialog.setCounter(proposed, email, m_script->toPlainText(), m_sayTabs->currentWidget() == m_draft);
    if (dialog.exec() == QDialog::Accepted)
        emit counterSentRecorded(target.offer.id, dialog.counter());
}
