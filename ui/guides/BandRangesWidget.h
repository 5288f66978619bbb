// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/OfferComparison.h"

#include <QColor>
#include <QWidget>

// One row per pay component (base, stock per year, bonus, total): the band's range from low to high, and a marker
// for each offer where it falls, so a glance shows who is below, within or above.
class BandRangesWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit BandRangesWidget(QWidget *parent = nullptr);

    // colors[i] is the color of comparison.rows[i].
    void setComparison(const OffersComparison &comparison, const QList<QColor> &colors);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Component
    {
        QString name;
        double low = 0;
        double high = 0;
        QList<double> values; // one per offer, in the band's currency
    };
    QList<Component> components() const;
    void updateDescription();

    OffersComparison m_comparison;
    QList<QColor> m_colors;
};
