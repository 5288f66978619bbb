// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QSizeF>

class QChart;
class QPainter;
struct NegotiationReport;

// The chart of the offers against the band: each offer's 4-year average as a bar split into its parts, over the
// band's total comp range. Needs a QApplication (Qt Charts are graphics widgets).
namespace ReportChart {

// A new chart, sized in points, with animations off and fonts in points, so it draws the same into any device.
QChart *create(const NegotiationReport &report, const QSizeF &sizeInPoints);

// Draws the chart into the painter's `target` rectangle as vectors (text stays text).
void paint(QPainter *painter, const QRectF &target, const NegotiationReport &report);

// The height, in points, that fits the report's offers.
double preferredHeight(const NegotiationReport &report);

// The chart's legend, drawn by the report as text under the chart, so it wraps and reads like the caption.
struct LegendEntry
{
    QString name;
    QColor color;
    bool lineBreakBefore = false; // starts the legend's second line: what is drawn over the bars
};
QList<LegendEntry> legend(const NegotiationReport &report);

} // namespace ReportChart
