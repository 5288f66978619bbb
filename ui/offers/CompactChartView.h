// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QChartView>

// A chart view that asks for no more than its minimum size. A plain QChartView asks for its scene's current size,
// and inside a scroll area that sizes its content by height-for-width, that request feeds on itself: the charts of
// the "What if the stock moves" page grew at each layout pass. The layout still stretches it into spare room.
class CompactChartView final : public QChartView
{
    Q_OBJECT

public:
    using QChartView::QChartView;
    QSize sizeHint() const override { return minimumSize(); }
};
