// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QPalette>
#include <QString>

class QCategoryAxis;
class QChart;
class QChartView;

// What the band and comparison charts share: money axes and colours that follow the palette.
namespace ChartSupport {
// A value axis from 0 past `maximum`, with gridlines at round steps labelled as money ("$220K").
// QValueAxis can only printf its labels, so the labels are categories placed on the values.
void setMoneyAxis(QCategoryAxis *axis, double maximum, const QString &currency);
// Light or dark chart theme from the palette, with the window's own background and text colours. A chart with
// colours of its own calls it first, before it adds its series and sets their colours (a theme set later would
// overwrite them), and again once its axes are there (their labels take the text colour). Theme::apply calls it
// on every chart on screen when the theme changes.
void applyPalette(QChart *chart, const QPalette &palette);

// Where a value sits in a band, in words for a screen reader: "18% up the band" (0 the low end, 1 the high end),
// "12% below the band's low end", "5% above the band's high end" (in widths of the band).
QString bandPositionWords(double position);
// A chart's accessible name and the description that says in words what it shows; call again when its data
// changes.
void describe(QChartView *view, const QString &name, const QString &description);
} // namespace ChartSupport
