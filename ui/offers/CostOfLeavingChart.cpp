// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/CostOfLeavingChart.h"

#include "common/Money.h"
#include "ui/common/ChartSupport.h"
#include "ui/offers/CompactChartView.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

CostOfLeavingChart::CostOfLeavingChart(QWidget *parent) : QWidget(parent), m_view(new CompactChartView(this))
{
    setObjectName(u"costOfLeaving"_s);
    m_view->setObjectName(u"costOfLeavingChart"_s);
    m_view->setAccessibleName(tr("Cost of leaving"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(300, 220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

void CostOfLeavingChart::setAnalysis(const EquityAnalysis &analysis, const QList<QColor> &colors)
{
    m_analysis = analysis;
    m_colors = colors;
    rebuild();
}

QString CostOfLeavingChart::description() const
{
    if (m_analysis.offers.isEmpty())
        return tr("No offers to show.");
    QStringList lines;
    lines.append(tr("What leaving early costs, by the month you leave: the initial grant not yet vested, at today's "
                    "price, plus the sign-on to repay."));
    const QString currency = m_analysis.currency;
    for (const OfferScenarios &offer : m_analysis.offers) {
        if (offer.leaving.isEmpty())
            continue;
        const LeavingCost &first = offer.leaving.first();
        const LeavingCost &last = offer.leaving.last();
        lines.append(tr("%1: %2 at month %3, %4 at month %5.")
                         .arg(offer.label, Money::exact(first.total, currency, MoneyStyle::report()))
                         .arg(first.month)
                         .arg(Money::exact(last.total, currency, MoneyStyle::report()))
                         .arg(last.month));
    }
    return lines.join(u' ');
}

void CostOfLeavingChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the theme resets the series' colors: draw again
}

void CostOfLeavingChart::rebuild()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // a grab right after show() must see the lines
    chart->setTitle(tr("Cost of leaving"));
    const int months = 12 * m_analysis.assumptions.horizonYears;
    auto *monthAxis = new QValueAxis;
    monthAxis->setRange(0, months);
    monthAxis->setTickType(QValueAxis::TicksDynamic);
    monthAxis->setTickAnchor(0);
    monthAxis->setTickInterval(12); // a gridline at each year
    monthAxis->setMinorTickCount(3); // and at each quarter, where the points are
    monthAxis->setLabelFormat(u"%.0f"_s);
    monthAxis->setTitleText(tr("Month you leave"));
    auto *amountAxis = new QCategoryAxis;
    double highest = 0;
    QList<QLineSeries *> lines;
    for (const OfferScenarios &offer : std::as_const(m_analysis.offers)) {
        auto *series = new QLineSeries;
        series->setName(offer.label);
        series->setPointsVisible(true);
        for (const LeavingCost &cost : offer.leaving) {
            series->append(cost.month, cost.total);
            highest = std::max(highest, cost.total);
        }
        chart->addSeries(series);
        lines.append(series);
        connect(series, &QLineSeries::hovered, this, [this, name = offer.label](const QPointF &point, bool state) {
            if (!state)
                return;
            QToolTip::showText(QCursor::pos(), tr("%1, leaving at month %2: %3")
                                                   .arg(name)
                                                   .arg(qRound(point.x()))
                                                   .arg(Money::exact(point.y(), m_analysis.currency)));
        });
    }
    ChartSupport::setMoneyAxis(amountAxis, std::max(highest, 1.0), m_analysis.currency);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    chart->addAxis(amountAxis, Qt::AlignLeft);
    for (QLineSeries *series : std::as_const(lines)) {
        series->attachAxis(monthAxis);
        series->attachAxis(amountAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 16, 4));
    ChartSupport::applyPalette(chart, palette());
    // After the theme, which sets colors of its own.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QPen pen(m_colors.value(i, palette().color(QPalette::WindowText)), 2.5);
        lines.at(i)->setPen(pen);
        lines.at(i)->setColor(pen.color());
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_view->setAccessibleDescription(description());
}
