// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QPalette>
#include <QString>

class QCategoryAxis;
class QChart;

// What the band and comparison charts share: money axes and colours that follow the palette.
namespace ChartSupport {
// A value axis from 0 past `maximum`, with gridlines at round steps labelled as money ("$220K").
// QValueAxis can only printf its labels, so the labels are categories placed on the values.
void setMoneyAxis(QCategoryAxis *axis, double maximum, const QString &currency);
// Light or dark chart theme from the palette, with the window's own background and text colours.
void applyPalette(QChart *chart, const QPalette &palette);
} // namespace ChartSupport
