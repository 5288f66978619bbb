// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/ChartSupport.h"

#include "common/Money.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>

#include <cmath>

void ChartSupport::setMoneyAxis(QCategoryAxis *axis, double maximum, const QString &currency)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const double step = Money::niceStep(maximum);
    const double top = std::max(step, std::ceil(maximum * 1.04 / step) * step);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    axis->setRange(0, top);
    for (double value = 0; value <= top + step / 2; value += step)
        axis->append(Money::compact(value, currency), value);
}

void ChartSupport::applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(window);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(palette.color(QPalette::WindowText));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
}

QString ChartSupport::bandPositionWords(double position)
{
    if (position < 0)
        return QCoreApplication::translate("ChartSupport", "%1% below the band's low end").arg(std::round(-position * 100));
    if (position > 1) {
        return QCoreApplication::translate("ChartSupport", "%1% above the band's high end")
            .arg(std::round((position - 1) * 100));
    }
    return QCoreApplication::translate("ChartSupport", "%1% up the band").arg(std::round(position * 100));
}

void ChartSupport::describe(QChartView *view, const QString &name, const QString &description)
{
    view->setAccessibleName(name);
    view->setAccessibleDescription(description);
}
