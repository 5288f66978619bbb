// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/OptionsOutlook.h"

#include <QList>
#include <QPalette>

class QChart;
class QLineSeries;
class QObject;
class QScatterSeries;

// The scenarios chart's marks for stock options offers (EquityScenariosPanel): an options offer's row spans its
// exits instead of the growth scenarios (growth doesn't move an options grant), with a mark at each exit, a star at
// the paper value (what its total would be if the options paid their paper value: never counted as pay) and a tick
// at the break-even exit, where its total reaches the best other offer's.
namespace OptionsChart {

struct Marks
{
    QScatterSeries *exits = nullptr;
    QScatterSeries *paperValues = nullptr;
    QList<QLineSeries *> breakEvens;
};

// Widens [lowest, highest] to every exit's total, paper-value total and break-even of the outlooks.
void widen(const QList<OptionsOutlook> &outlooks, double &lowest, double &highest);
// Adds the marks to `chart`, whose offers run top-down over `rows` rows (row r at y = rows − 1 − r), and stretches
// ranges[row] of each options offer over its exits. Tooltips name each mark; `context` owns their connections.
Marks addMarks(QChart *chart, const QList<OptionsOutlook> &outlooks, const QList<QLineSeries *> &ranges, int rows,
               const QString &currency, QObject *context);
// After the chart's theme, which sets colors of its own.
void colorMarks(const Marks &marks, const QPalette &palette);
// One options offer's row in words, for the chart's accessible description.
QString describe(const OptionsOutlook &outlook, const QString &currency);

} // namespace OptionsChart
