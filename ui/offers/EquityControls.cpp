// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/EquityControls.h"

#include "ui/models/ScenarioChartModel.h"
#include "ui/offers/EquityPreferences.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// The slider's range, in whole percent a year: wide enough for a crash and a boom, narrow enough to aim with.
constexpr int kSliderMin = -50;
constexpr int kSliderMax = 100;

// "-30, -15, 0, 10, 25": the set as the field shows it, with room after each comma.
QString scenariosText(const QList<double> &scenarios)
{
    return EquityAssumptions::scenariosText(scenarios).replace(u',', u", "_s);
}

QString scenariosHelp()
{
    return EquityControls::tr("Yearly stock growth rates in percent, separated by commas, for example -30, 0, 25. "
                              "Each applies to every offer's equity. Press Enter to apply.");
}

} // namespace

EquityControls::EquityControls(QWidget *parent)
    : QWidget(parent)
    , m_horizon(new QSpinBox(this))
    , m_scenarios(new QLineEdit(this))
    , m_resetScenarios(new QToolButton(this))
    , m_scenariosProblem(new QLabel(this))
    , m_shownCase(new QComboBox(this))
    , m_customSlider(new QSlider(Qt::Horizontal, this))
    , m_customValue(new QLabel(this))
{
    setObjectName(u"equityControls"_s);
    setAccessibleName(tr("Horizon and stock scenarios"));
    m_options.assumptions = EquityPreferences::assumptions();

    m_horizon->setObjectName(u"horizonSpin"_s);
    m_horizon->setRange(EquityProjection::kMinHorizonYears, EquityProjection::kMaxHorizonYears);
    m_horizon->setValue(m_options.assumptions.horizonYears);
    m_horizon->setSuffix(tr(" years"));
    m_horizon->setAccessibleName(tr("Horizon in years"));
    m_horizon->setAccessibleDescription(tr("How many years the year charts, totals and averages cover, 1 to 6"));
    m_horizon->setToolTip(tr("The years counted: totals, averages and the charts follow it. Equity vesting later "
                             "is not counted."));

    m_scenarios->setObjectName(u"scenariosEdit"_s);
    m_scenarios->setText(scenariosText(m_options.assumptions.scenarioGrowthPcts));
    m_scenarios->setAccessibleName(tr("Stock scenarios"));
    m_scenarios->setAccessibleDescription(tr("Yearly stock growth rates in percent, separated by commas; each one "
                                             "is applied to every offer's equity"));
    m_scenarios->setToolTip(scenariosHelp());
    m_scenarios->setMinimumWidth(fontMetrics().horizontalAdvance(u"-30, -15, 0, 10, 25"_s) + 16);
    m_resetScenarios->setObjectName(u"resetScenarios"_s);
    m_resetScenarios->setText(tr("Reset"));
    m_resetScenarios->setToolTip(tr("Back to −30, −15, 0, +10 and +25% a year"));
    m_resetScenarios->setAccessibleName(tr("Reset the scenarios"));
    m_scenariosProblem->setObjectName(u"scenariosProblem"_s);
    m_scenariosProblem->setStyleSheet(u"color: #c0392b;"_s);
    m_scenariosProblem->hide();

    m_shownCase->setObjectName(u"shownCaseCombo"_s);
    m_shownCase->setAccessibleName(tr("Growth the year charts show"));
    m_shownCase->setToolTip(tr("The year charts show each offer at its own expected growth, or every offer at one "
                               "rate: a scenario, or the custom rate on the slider."));
    m_customSlider->setObjectName(u"customGrowthSlider"_s);
    m_customSlider->setRange(kSliderMin, kSliderMax);
    m_customSlider->setValue(0);
    m_customSlider->setPageStep(5);
    m_customSlider->setMinimumWidth(80);
    m_customSlider->setMaximumWidth(260);
    m_customSlider->setAccessibleName(tr("Custom yearly growth"));
    m_customSlider->setAccessibleDescription(tr("One yearly stock growth rate for every offer, from −50% to +100%; "
                                                "moving it shows that rate in the year charts"));
    m_customValue->setObjectName(u"customGrowthValue"_s);
    m_customValue->setMinimumWidth(fontMetrics().horizontalAdvance(ScenarioChartModel::growthName(-50)) + 4);
    m_customValue->setText(ScenarioChartModel::growthName(0));
    fillShownCases();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [this, layout](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        layout->addWidget(label);
        layout->addWidget(buddy);
    };
    labelled(tr("Hori&zon:"), m_horizon);
    layout->addSpacing(8);
    labelled(tr("Sce&narios, % a year:"), m_scenarios);
    layout->addWidget(m_resetScenarios);
    layout->addWidget(m_scenariosProblem);
    layout->addSpacing(8);
    labelled(tr("Years sho&w:"), m_shownCase);
    layout->addWidget(m_customSlider, 1);
    layout->addWidget(m_customValue);
    layout->addStretch();

    connect(m_horizon, &QSpinBox::valueChanged, this, &EquityControls::horizonChanged);
    connect(m_scenarios, &QLineEdit::editingFinished, this, &EquityControls::scenariosEdited);
    connect(m_scenarios, &QLineEdit::textEdited, this, [this] { m_scenariosProblem->hide(); });
    connect(m_resetScenarios, &QToolButton::clicked, this, &EquityControls::resetScenarios);
    connect(m_shownCase, &QComboBox::activated, this, &EquityControls::shownCaseChosen);
    connect(m_customSlider, &QSlider::valueChanged, this, &EquityControls::sliderMoved);
}

double EquityControls::customGrowthPct() const
{
    return m_customSlider->value();
}

void EquityControls::horizonChanged(int years)
{
    if (years == m_options.assumptions.horizonYears)
        return;
    m_options.assumptions.horizonYears = years;
    EquityPreferences::setAssumptions(m_options.assumptions);
    publish();
}

void EquityControls::scenariosEdited()
{
    const Result<QList<double>> parsed = EquityAssumptions::parseScenarios(m_scenarios->text());
    if (!parsed) {
        // The last good set stays in use; the field keeps what was typed so it can be fixed.
        m_scenariosProblem->setText(parsed.message());
        m_scenariosProblem->show();
        m_scenarios->setStyleSheet(u"border: 1px solid #c0392b;"_s);
        m_scenarios->setToolTip(parsed.message());
        return;
    }
    m_scenariosProblem->hide();
    m_scenarios->setStyleSheet(QString());
    m_scenarios->setToolTip(scenariosHelp());
    m_scenarios->setText(scenariosText(*parsed));
    if (*parsed == m_options.assumptions.scenarioGrowthPcts)
        return;
    m_options.assumptions.scenarioGrowthPcts = *parsed;
    EquityPreferences::setAssumptions(m_options.assumptions);
    fillShownCases();
    publish();
}

void EquityControls::resetScenarios()
{
    m_scenarios->setText(scenariosText(EquityAssumptions::defaultScenarios()));
    scenariosEdited();
}

void EquityControls::fillShownCases()
{
    // The choice survives a new set when its rate is still in it (or is the expected case, or the custom rate).
    const std::optional<double> shown = m_options.shownGrowthPct;
    const bool wasCustom = m_shownCase->currentIndex() == m_shownCase->count() - 1 && m_shownCase->count() > 1;
    const QSignalBlocker blocker(m_shownCase);
    m_shownCase->clear();
    m_shownCase->addItem(tr("Each offer's own growth"));
    for (double pct : std::as_const(m_options.assumptions.scenarioGrowthPcts))
        m_shownCase->addItem(ScenarioChartModel::growthName(pct), pct);
    m_shownCase->addItem(tr("Custom rate"));
    int index = 0;
    if (wasCustom)
        index = m_shownCase->count() - 1;
    else if (shown)
        index = std::max(0, m_shownCase->findData(*shown));
    m_shownCase->setCurrentIndex(index);
    if (index == 0)
        m_options.shownGrowthPct.reset();
    else if (!wasCustom)
        m_options.shownGrowthPct = m_shownCase->currentData().toDouble();
}

void EquityControls::shownCaseChosen()
{
    const int index = m_shownCase->currentIndex();
    std::optional<double> shown;
    if (index == m_shownCase->count() - 1)
        shown = customGrowthPct();
    else if (index > 0)
        shown = m_shownCase->currentData().toDouble();
    if (shown == m_options.shownGrowthPct)
        return;
    m_options.shownGrowthPct = shown;
    publish();
}

void EquityControls::sliderMoved(int value)
{
    m_customValue->setText(ScenarioChartModel::growthName(value));
    // Moving the slider shows its rate: the custom case is chosen by it.
    m_shownCase->setCurrentIndex(m_shownCase->count() - 1);
    if (m_options.shownGrowthPct == double(value))
        return;
    m_options.shownGrowthPct = double(value);
    publish();
}

void EquityControls::publish()
{
    emit optionsChanged(m_options);
}
