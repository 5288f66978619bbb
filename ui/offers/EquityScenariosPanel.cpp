// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/EquityScenariosPanel.h"

#include "common/Money.h"
#include "ui/common/ChartSupport.h"
#include "ui/common/Theme.h"
#include "ui/offers/CompactChartView.h"
#include "ui/models/ScenarioChartModel.h"
#include "ui/offers/CostOfLeavingChart.h"
#include "ui/offers/OptionsChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The height each offer's row takes in the scenarios chart, and what the title, axis and legend take.
constexpr int kRowHeight = 46;
constexpr int kChartChrome = 130;

// A scenario chart's axis labels must differ (QCategoryAxis refuses a repeated one): two offers with one label
// get invisible differences.
QString uniqueLabel(const QString &label, int index)
{
    return label + QString(index, QChar(0x200B));
}

// A money axis over the totals only, not from 0: the ranges are what is compared, and from 0 they would share a
// sliver at the right. Gridlines at round steps, labelled as money ("$1.25M").
void setTotalsAxis(QCategoryAxis *axis, double lowest, double highest, const QString &currency)
{
    const double spread = std::max(highest - lowest, highest * 0.05);
    const double step = Money::niceStep(std::max(spread, 1.0), 4); // few labels: amounts like "$1.25M" are wide
    const double start = std::max(0.0, std::floor((lowest - spread * 0.04) / step) * step);
    const double top = std::max(start + step, std::ceil((highest + spread * 0.04) / step) * step);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(start);
    axis->setRange(start, top);
    for (double value = start; value <= top + step / 2; value += step)
        axis->append(Money::compact(value, currency), value);
}

} // namespace

EquityScenariosPanel::EquityScenariosPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScenarioChartModel(this))
    , m_scenarioView(new CompactChartView(this))
    , m_flips(new QLabel(this))
    , m_breakEvens(new QLabel(this))
    , m_leaving(new CostOfLeavingChart(this))
{
    setObjectName(u"equityScenarios"_s);
    setAccessibleName(tr("What if the stock moves"));
    m_scenarioView->setObjectName(u"scenarioChart"_s);
    m_scenarioView->setAccessibleName(tr("Scenarios: each offer from its worst to its best case"));
    m_scenarioView->setRenderHint(QPainter::Antialiasing);
    m_scenarioView->setMinimumSize(320, kChartChrome + 2 * kRowHeight);
    m_flips->setObjectName(u"rankingFlips"_s);
    m_flips->setAccessibleName(tr("Scenarios that change which offer is ahead"));
    m_flips->setWordWrap(true);
    m_flips->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flips->setStyleSheet(Theme::boxStyleSheet(Theme::Tone::Notice, palette()));
    m_breakEvens->setObjectName(u"breakEvens"_s);
    m_breakEvens->setAccessibleName(tr("Break-even growth rates"));
    m_breakEvens->setWordWrap(true);
    m_breakEvens->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakEvens->setTextFormat(Qt::RichText);

    // Plain layouts, not a splitter: the sentences wrap, and only layouts pass their height for a width on to the
    // scroll area around this panel, so a narrow window scrolls instead of squeezing the chart.
    auto *left = new QVBoxLayout;
    left->addWidget(m_scenarioView, 1);
    left->addWidget(m_flips);
    left->addWidget(m_breakEvens);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(m_leaving, 1);
    setAnalysis(EquityAnalysis(), {});
}

void EquityScenariosPanel::setAnalysis(const EquityAnalysis &analysis, const QList<QColor> &colors)
{
    m_outlooks.clear();
    m_model->setAnalysis(analysis);
    m_colors = colors;
    rebuildChart();
    showSentences();
    m_leaving->setAnalysis(analysis, colors);
}

void EquityScenariosPanel::setOptionsOutlooks(const QList<OptionsOutlook> &outlooks)
{
    m_outlooks = outlooks;
    rebuildChart();
    showSentences();
}

const OptionsOutlook *EquityScenariosPanel::outlookOf(int row) const
{
    for (const OptionsOutlook &outlook : m_outlooks) {
        if (outlook.row == row)
            return &outlook;
    }
    return nullptr;
}

QString EquityScenariosPanel::description() const
{
    const EquityAnalysis &analysis = m_model->analysis();
    if (analysis.offers.isEmpty())
        return tr("No offers to show.");
    const QString currency = analysis.currency;
    const MoneyStyle style; // the screen's: the person's locale
    QStringList lines;
    const int years = analysis.assumptions.horizonYears;
    lines.append(years == 1 ? tr("Each offer's pay over 1 year under the stock scenarios, from its worst to its "
                                 "best, with its expected case marked.")
                            : tr("Each offer's total pay over %1 years under the stock scenarios, from its worst to "
                                 "its best, with its expected case marked.")
                                  .arg(years));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OfferScenarios &offer = analysis.offers.at(row);
        if (const OptionsOutlook *outlook = outlookOf(row)) {
            lines.append(OptionsChart::describe(*outlook, currency));
            continue;
        }
        const ScenarioResult *worst = m_model->worst(row);
        const ScenarioResult *best = m_model->best(row);
        if (!worst || !best)
            continue;
        lines.append(tr("%1: from %2 (stock %3) to %4 (stock %5); expected %6 (stock %7).")
                         .arg(offer.label, Money::exact(worst->total, currency, style),
                              ScenarioChartModel::growthName(worst->growthPct),
                              Money::exact(best->total, currency, style),
                              ScenarioChartModel::growthName(best->growthPct),
                              Money::exact(offer.expected.total, currency, style),
                              ScenarioChartModel::growthName(offer.offer.growthPct)));
    }
    return lines.join(u' ');
}

void EquityScenariosPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuildChart(); // the theme resets the series' colors: draw again
        m_flips->setStyleSheet(Theme::boxStyleSheet(Theme::Tone::Notice, palette()));
    }
}

void EquityScenariosPanel::rebuildChart()
{
    QChart *old = m_scenarioView->chart();
    m_scenarioView->setChart(buildChart());
    delete old;
    m_scenarioView->setMinimumHeight(kChartChrome + kRowHeight * std::max(2, m_model->rowCount()));
    m_scenarioView->setAccessibleDescription(description());
}

// Offers run top-down (the first at the top), money left to right. Per offer: a thick line from its worst to its
// best scenario, a small dot per scenario, and a diamond at its expected case.
QChart *EquityScenariosPanel::buildChart()
{
    const EquityAnalysis &analysis = m_model->analysis();
    const int rows = m_model->rowCount();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // a grab right after show() must see the ranges
    const int years = analysis.assumptions.horizonYears;
    chart->setTitle(years == 1 ? tr("Pay in year 1, by stock scenario")
                               : tr("Total over %1 years, by stock scenario").arg(years));
    auto *offerAxis = new QCategoryAxis;
    offerAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    offerAxis->setStartValue(-0.5);
    offerAxis->setRange(-0.5, std::max(rows, 1) - 0.5);
    offerAxis->setGridLineVisible(false);
    // A category axis takes its labels bottom-up: the last offer (at 0) first.
    for (int row = rows - 1; row >= 0; --row) {
        const QString label = m_model->index(row, ScenarioChartModel::OfferColumn).data().toString();
        offerAxis->append(uniqueLabel(label, row), rows - 1 - row);
    }
    auto *amountAxis = new QCategoryAxis;
    double lowest = rows > 0 ? m_model->lowestTotal() : 0;
    double highest = std::max(m_model->highestTotal(), 1.0);
    OptionsChart::widen(m_outlooks, lowest, highest);
    setTotalsAxis(amountAxis, lowest, highest, analysis.currency);
    chart->addAxis(amountAxis, Qt::AlignBottom);
    chart->addAxis(offerAxis, Qt::AlignLeft);

    auto *scenarioPoints = new QScatterSeries;
    scenarioPoints->setName(tr("A scenario"));
    scenarioPoints->setMarkerSize(8);
    auto *expectedPoints = new QScatterSeries;
    expectedPoints->setName(tr("Expected case"));
    expectedPoints->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    expectedPoints->setMarkerSize(15);
    QList<QLineSeries *> ranges;
    QStringList scenarioTips;
    QStringList expectedTips;
    const QString currency = analysis.currency;
    for (int row = 0; row < rows; ++row) {
        const OfferScenarios &offer = analysis.offers.at(row);
        const double y = rows - 1 - row;
        auto *range = new QLineSeries;
        range->setName(offer.label);
        if (const ScenarioResult *worst = m_model->worst(row)) {
            range->append(worst->total, y);
            range->append(m_model->best(row)->total, y);
        }
        chart->addSeries(range);
        ranges.append(range);
        // An options offer's row shows its exits instead (OptionsChart), as growth doesn't move its grant.
        for (const ScenarioResult &scenario : outlookOf(row) ? QList<ScenarioResult>() : offer.scenarios) {
            scenarioPoints->append(scenario.total, y);
            scenarioTips.append(tr("%1, stock %2: %3")
                                    .arg(offer.label, ScenarioChartModel::growthName(scenario.growthPct),
                                         Money::exact(scenario.total, currency)));
        }
        expectedPoints->append(offer.expected.total, y);
        expectedTips.append(tr("%1, expected (stock %2): %3")
                                .arg(offer.label, ScenarioChartModel::growthName(offer.offer.growthPct),
                                     Money::exact(offer.expected.total, currency)));
    }
    chart->addSeries(scenarioPoints);
    chart->addSeries(expectedPoints);
    const OptionsChart::Marks optionsMarks = OptionsChart::addMarks(chart, m_outlooks, ranges, rows, currency, this);
    if (!m_outlooks.isEmpty())
        chart->setTitle(chart->title() + tr("; options by exit"));
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(amountAxis);
        series->attachAxis(offerAxis);
    }
    const auto tipsFor = [this](QScatterSeries *series, const QStringList &tips) {
        connect(series, &QScatterSeries::hovered, this, [series, tips](const QPointF &point, bool state) {
            if (!state)
                return;
            const QList<QPointF> points = series->points();
            const qsizetype index = points.indexOf(point);
            if (index >= 0 && index < tips.size())
                QToolTip::showText(QCursor::pos(), tips.at(index));
        });
    };
    tipsFor(scenarioPoints, scenarioTips);
    tipsFor(expectedPoints, expectedTips);

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 24, 4)); // room for the last amount's label, centred on the right edge
    ChartSupport::applyPalette(chart, palette());
    // After the theme, which sets colors of its own. The ranges carry the offers' colors; the axis names them, so
    // the legend keeps only the two marks.
    const QColor text = palette().color(QPalette::WindowText);
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        QColor color = m_colors.value(i, text);
        color.setAlpha(150);
        QPen pen(color, 12);
        pen.setCapStyle(Qt::RoundCap); // a range of one point (no equity) still shows as a dot
        ranges.at(i)->setPen(pen);
        for (QLegendMarker *marker : chart->legend()->markers(ranges.at(i)))
            marker->setVisible(false);
    }
    scenarioPoints->setColor(palette().color(QPalette::Base));
    scenarioPoints->setBorderColor(text);
    expectedPoints->setColor(text);
    expectedPoints->setBorderColor(palette().color(QPalette::Base));
    OptionsChart::colorMarks(optionsMarks, palette());
    return chart;
}

void EquityScenariosPanel::showSentences()
{
    const EquityAnalysis &analysis = m_model->analysis();
    QStringList flips;
    for (const RankingFlip &flip : analysis.flips)
        flips.append(flip.sentence.toHtmlEscaped());
    m_flips->setText(flips.isEmpty() ? QString()
                                     : u"<b>%1</b><br>%2"_s.arg(tr("The winner flips:"), flips.join(u"<br>"_s)));
    m_flips->setVisible(!flips.isEmpty());
    m_flips->setAccessibleDescription(flips.isEmpty() ? QString() : analysis.flips.first().sentence);

    QStringList statements;
    for (const QString &statement : EquityScenarios::breakEvenSentences(analysis))
        statements.append(u"<li>%1</li>"_s.arg(statement.toHtmlEscaped()));
    for (const OptionsOutlook &outlook : m_outlooks) {
        if (!outlook.breakEvenStatement.isEmpty()) {
            statements.append(u"<li><b>%1</b> %2</li>"_s.arg(outlook.label.toHtmlEscaped() + u':',
                                                             outlook.breakEvenStatement.toHtmlEscaped()));
        }
    }
    QString text;
    if (analysis.offers.size() < 2) {
        text = analysis.offers.isEmpty() ? tr("Add an offer, and choose a guide and region to compare with, to see "
                                              "your offers under the stock scenarios.")
                                         : tr("Add another offer to see the growth at which they break even.");
    } else {
        text = u"<b>%1</b><ul style=\"margin-left: -20px\">%2</ul>"_s.arg(tr("Break-even"), statements.join(QString()));
        if (flips.isEmpty())
            text += tr("No scenario in the set changes which offer comes out ahead.").toHtmlEscaped();
    }
    m_breakEvens->setText(text);
    m_breakEvens->setVisible(!text.isEmpty());
}
