// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/OptionsChart.h"

#include "common/Money.h"
#include "offers/OptionsValuation.h"

#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OptionsChart)
};

QString multiple(double value)
{
    return OptionsValuation::formatMultiple(value) + u"×"_s;
}

// Shows tips[i] when point i of `series` is hovered.
void addTips(QXYSeries *series, const QStringList &tips, QObject *context)
{
    QObject::connect(series, &QXYSeries::hovered, context, [series, tips](const QPointF &point, bool state) {
        if (!state)
            return;
        const QList<QPointF> points = series->points();
        qsizetype index = points.indexOf(point);
        // A line is hovered anywhere along it: its one tip.
        if (index < 0 && !tips.isEmpty())
            index = 0;
        if (index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
    });
}

std::pair<double, double> exitRange(const OptionsOutlook &outlook)
{
    double low = outlook.expectedTotal;
    double high = outlook.expectedTotal;
    for (const ExitScenario &scenario : outlook.scenarios) {
        low = std::min(low, scenario.total);
        high = std::max(high, scenario.total);
    }
    return {low, high};
}

} // namespace

void OptionsChart::widen(const QList<OptionsOutlook> &outlooks, double &lowest, double &highest)
{
    for (const OptionsOutlook &outlook : outlooks) {
        const auto [low, high] = exitRange(outlook);
        lowest = std::min({lowest, low, outlook.paperTotal});
        highest = std::max({highest, high, outlook.paperTotal});
        if (outlook.breakEvenMultiple) {
            lowest = std::min(lowest, outlook.bestOtherTotal);
            highest = std::max(highest, outlook.bestOtherTotal);
        }
    }
}

OptionsChart::Marks OptionsChart::addMarks(QChart *chart, const QList<OptionsOutlook> &outlooks,
                                           const QList<QLineSeries *> &ranges, int rows, const QString &currency,
                                           QObject *context)
{
    Marks marks;
    if (outlooks.isEmpty())
        return marks;
    marks.exits = new QScatterSeries;
    marks.exits->setName(Tr::tr("Exit"));
    marks.exits->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marks.exits->setMarkerSize(9);
    marks.paperValues = new QScatterSeries;
    marks.paperValues->setName(Tr::tr("Paper value"));
    marks.paperValues->setMarkerShape(QScatterSeries::MarkerShapeStar);
    marks.paperValues->setMarkerSize(17);
    QStringList exitTips;
    QStringList paperTips;
    for (const OptionsOutlook &outlook : outlooks) {
        if (outlook.row < 0 || outlook.row >= rows)
            continue;
        const double y = rows - 1 - outlook.row;
        const auto [low, high] = exitRange(outlook);
        if (outlook.row < ranges.size())
            ranges.at(outlook.row)->replace(QList<QPointF>{{low, y}, {high, y}});
        for (const ExitScenario &scenario : outlook.scenarios) {
            // The expected exit has the expected case's diamond; a square on it would hide it.
            if (scenario.exitMultiple == outlook.expectedExitMultiple)
                continue;
            marks.exits->append(scenario.total, y);
            exitTips.append(Tr::tr("%1, an exit at %2 the last round's price: %3")
                                .arg(outlook.label, multiple(scenario.exitMultiple), Money::exact(scenario.total, currency)));
        }
        marks.paperValues->append(outlook.paperTotal, y);
        paperTips.append(Tr::tr("%1 if its options paid their paper value (%2): %3. Never counted as pay.")
                             .arg(outlook.label, Money::exact(outlook.paperValue, currency),
                                  Money::exact(outlook.paperTotal, currency)));
        if (outlook.breakEvenMultiple && *outlook.breakEvenMultiple > 0) {
            auto *tick = new QLineSeries;
            tick->setName(Tr::tr("Break-even"));
            tick->append(outlook.bestOtherTotal, y - 0.32);
            tick->append(outlook.bestOtherTotal, y + 0.32);
            addTips(tick, {outlook.breakEvenStatement}, context);
            marks.breakEvens.append(tick);
        }
    }
    chart->addSeries(marks.exits);
    chart->addSeries(marks.paperValues);
    for (QLineSeries *tick : std::as_const(marks.breakEvens))
        chart->addSeries(tick);
    addTips(marks.exits, exitTips, context);
    addTips(marks.paperValues, paperTips, context);
    return marks;
}

void OptionsChart::colorMarks(const Marks &marks, const QPalette &palette)
{
    if (!marks.exits)
        return;
    const QColor text = palette.color(QPalette::WindowText);
    marks.exits->setColor(palette.color(QPalette::Base));
    marks.exits->setBorderColor(text);
    marks.paperValues->setColor(QColor(0xd9, 0x8a, 0x3d));
    marks.paperValues->setBorderColor(text);
    for (qsizetype i = 0; i < marks.breakEvens.size(); ++i) {
        QPen pen(QColor(0xc0, 0x39, 0x2b), 3);
        pen.setStyle(Qt::DashLine);
        marks.breakEvens.at(i)->setPen(pen);
        // One legend entry for every tick.
        if (i > 0 && marks.breakEvens.at(i)->chart()) {
            for (QLegendMarker *marker : marks.breakEvens.at(i)->chart()->legend()->markers(marks.breakEvens.at(i)))
                marker->setVisible(false);
        }
    }
}

QString OptionsChart::describe(const OptionsOutlook &outlook, const QString &currency)
{
    const MoneyStyle style = MoneyStyle::report();
    QStringList exits;
    for (const ExitScenario &scenario : outlook.scenarios)
        exits.append(Tr::tr("%1 at %2").arg(Money::exact(scenario.total, currency, style), multiple(scenario.exitMultiple)));
    QString text = Tr::tr("%1 grants stock options, shown at exits of its last round's price: %2; expected %3 (at %4); "
                      "%5 if the options paid their paper value, which is never counted as pay.")
                       .arg(outlook.label, exits.join(u", "_s), Money::exact(outlook.expectedTotal, currency, style),
                            multiple(outlook.expectedExitMultiple), Money::exact(outlook.paperTotal, currency, style));
    if (!outlook.breakEvenStatement.isEmpty())
        text += u' ' + outlook.breakEvenStatement;
    return text;
}
