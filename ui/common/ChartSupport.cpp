#include "ui/common/ChartSupport.h"

#include "ui/common/Money.h"

#include <QCategoryAxis>
#include <QChart>

#include <cmath>

double ChartSupport::niceStep(double maximum, int targetTicks)
{
    if (maximum <= 0 || targetTicks < 1)
        return 1;
    const double raw = maximum / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

void ChartSupport::setMoneyAxis(QCategoryAxis *axis, double maximum, const QString &currency)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const double step = niceStep(maximum);
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
