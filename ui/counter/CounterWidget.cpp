// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/counter/CounterWidget.h"

#include "common/Currency.h"
#include "common/Money.h"
#include "counter/NegotiationReport.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

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
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    , m_copy(new QPushButton(tr("&Copy script"), this))
{
    setUpControls();
    layOut();
    connectActions();
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

    m_table->setObjectName(u"counterTable"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Asks"));
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
    m_script->setReadOnly(true);
    m_script->setAccessibleName(tr("Script"));
    m_chartView->setObjectName(u"counterChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(230);
    m_warnings->setStyleSheet(u"QLabel { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; "
                              u"padding: 6px; color: #4a3700; }"_s);
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
    auto *asksTitle = new QLabel(tr("<b>What to ask for</b> <span style=\"color:#666\">(double-click an ask to set "
                                    "it by hand; ✎ marks one you set)</span>"),
                                 left);
    leftLayout->addWidget(asksTitle);
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
    rightLayout->addWidget(new QLabel(tr("<b>Against the band</b> <span style=\"color:#666\">(the offer, the ask "
                                         "and the best alternative; the shaded box runs from the band's low to its "
                                         "high end)</span>"),
                                      right));
    rightLayout->itemAt(0)->widget()->setProperty("wordWrap", true);
    rightLayout->addWidget(m_chartView, 3);
    auto *scriptHeader = new QHBoxLayout;
    scriptHeader->addWidget(new QLabel(tr("<b>What to say</b>"), right));
    scriptHeader->addStretch();
    scriptHeader->addWidget(m_copy);
    rightLayout->addLayout(scriptHeader);
    rightLayout->addWidget(m_script, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(splitter, 1);
}

void CounterWidget::connectActions()
{
    auto *undo = m_undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    auto *redo = m_undoStack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    connect(m_targetChooser, &QComboBox::currentIndexChanged, this, &CounterWidget::selectTarget);
    connect(m_boldness, &QComboBox::currentIndexChanged, this, &CounterWidget::readSettings);
    connect(m_premium, &QDoubleSpinBox::valueChanged, this, &CounterWidget::readSettings);
    connect(m_walkAway, &QDoubleSpinBox::valueChanged, this, &CounterWidget::readSettings);
    connect(m_model, &CounterTableModel::askEdited, this,
            [this](CounterPart part, double value) { setOverride(part, value); });
    connect(m_clearOverrides, &QPushButton::clicked, this, &CounterWidget::clearOverrides);
    connect(m_copy, &QPushButton::clicked, this, &CounterWidget::copyScript);
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
    if (!ready) {
        m_floorStatus->hide();
        m_floor->setText(tr("Choose a guide, a region and the offer you are negotiating to see a counter-offer."));
        m_warnings->hide();
        m_rationale->clear();
        m_moves->clear();
        m_script->clear();
        m_chartView->chart()->removeAllSeries();
        return;
    }
    const CounterSuggestion &s = m_suggestion;
    showFloor();
    m_warnings->setText(bulletList(s.warnings));
    m_warnings->setVisible(!s.warnings.isEmpty());
    m_rationale->setText(bulletList(s.rationale));
    m_moves->setText(u"<i>"_s + s.mostLikelyToMoveReason.toHtmlEscaped() + u"</i>"_s);
    const QString script = s.scriptWithLevers();
    if (m_script->toPlainText() != script)
        m_script->setPlainText(script);
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
    m_floorStatus->setStyleSheet(status.meetsFloor
                                     ? u"QLabel { background: #e6f4ea; border: 1px solid #7cb98a; border-radius: 4px; "
                                       u"padding: 6px; color: #1e4620; }"_s
                                     : u"QLabel { background: #fbe9e7; border: 1px solid #d9826f; border-radius: 4px; "
                                       u"padding: 6px; color: #5d1a0f; }"_s);
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
    addSet(tr("Ask"), QColor(u"#2e7d32"_s), [&](int row) { return valueAt(row, CounterTableModel::AskColumn); });
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
    QColor bandColor(u"#5c6bc0"_s);
    bandColor.setAlphaF(0.18);
    band->setBrush(bandColor);
    band->setPen(QPen(QColor(u"#5c6bc0"_s), 1.5, Qt::DashLine));
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
    yAxis->setLabelFormat(Currency::symbol(s.currency) + u"%.0fK"_s);
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void CounterWidget::copyScript()
{
    QApplication::clipboard()->setText(m_suggestion.scriptWithLevers());
}
