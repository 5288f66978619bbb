// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QWidget>

#include <optional>

class OfferTimelineModel;
class QChartView;
class QLabel;
class QTableView;

// The Offers tab's timeline for one offer: its rounds and the counters sent, as a table (what changed per part,
// the 4-year average), and a chart of the 4-year average across the rounds with the latest counter's ask and the
// walk-away floor as lines.
class OfferTimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit OfferTimelineWidget(QWidget *parent = nullptr);

    // The offer to show, or none (the empty state).
    void setOffer(const std::optional<Offer> &offer);
    // The walk-away floor of offer `offerId`, as a 4-year average in that offer's currency; nullopt: none known.
    // It is drawn while that offer is shown.
    void setFloor(qint64 offerId, std::optional<double> floor);

    OfferTimelineModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chart; }
    // The floor line's value while it is drawn.
    std::optional<double> shownFloor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();

    OfferTimelineModel *m_model;
    QLabel *m_title;
    QLabel *m_hint;
    QTableView *m_table;
    QChartView *m_chart;
    qint64 m_floorOfferId = 0;
    std::optional<double> m_floor;
};
