// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/OfferTimelineWidget.h"

#include "ui/common/ChartSupport.h"

#include "common/Currency.h"
#include "common/Money.h"
#include "ui/models/OfferTimelineModel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QColor kAverageColor(0x1f, 0x5f, 0xa8);
const QColor kAskColor(0x2e, 0x7d, 0x32);
const QColor kFloorColor(0xc6, 0x28, 0x28);

// A level line across the whole x range, in thousands.
QLineSeries *levelLine(const QString &name, double value, double from, double to, const QColor &color)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(from, value / 1000.0);
    line->append(to, value / 1000.0);
    line->setPen(QPen(color, 2, Qt::DashLine));
    return line;
}

} // namespace

OfferTimelineWidget::OfferTimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new OfferTimelineModel(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
{
    setObjectName(u"offerTimeline"_s);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("The selected offer's rounds and the counters you sent, with a chart of its 4-year "
                                "average across the rounds."));
    m_title->setObjectName(u"timelineTitle"_s);
    m_title->setAccessibleName(tr("Timeline of"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setObjectName(u"timelineHint"_s);
    m_hint->setAccessibleName(tr("Timeline hint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(u"timelineTable"_s);
    m_table->setAccessibleName(tr("Rounds and counters sent"));
    m_table->setAccessibleDescription(tr("One row per round or counter sent, oldest first: what changed per part "
                                         "and the 4-year average."));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OfferTimelineModel::ChangesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chart->setObjectName(u"timelineChart"_s);
    m_chart->setAccessibleName(tr("4-year average across rounds"));
    m_chart->setAccessibleDescription(tr("A line of the offer's 4-year average at each round, with the latest "
                                         "counter's ask and your walk-away floor as dashed lines."));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(260, 180);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_hint);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"timelineSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter);
    setOffer(std::nullopt);
}

void OfferTimelineWidget::setOffer(const std::optional<Offer> &offer)
{
    m_model->setOffer(offer.value_or(Offer()));
    if (!offer) {
        m_title->setText(tr("No offer selected"));
        m_hint->setText(tr("Select an offer above to see its rounds and the counters you sent."));
    } else {
        const int rounds = int(m_model->rounds().size());
        const int counters = int(offer->countersSent.size());
        m_title->setText(tr("%1: %2, %3")
                             .arg(offer->label(), rounds == 1 ? tr("1 round") : tr("%1 rounds").arg(rounds),
                                  counters == 1 ? tr("1 counter sent") : tr("%1 counters sent").arg(counters)));
        m_hint->setText(m_model->rounds().size() < 2
                            ? tr("When the company revises the offer, choose New Round… so the old numbers stay "
                                 "here. Record the counters you send from the Counter tab.")
                            : QString());
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_table->resizeRowsToContents();
    rebuildChart();
}

void OfferTimelineWidget::setFloor(qint64 offerId, std::optional<double> floor)
{
    if (offerId == m_floorOfferId && floor == m_floor)
        return;
    m_floorOfferId = offerId;
    m_floor = floor;
    rebuildChart();
}

std::optional<double> OfferTimelineWidget::shownFloor() const
{
    const qint64 shown = m_model->offer().id;
    return shown != 0 && shown == m_floorOfferId ? m_floor : std::nullopt;
}

void OfferTimelineWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // a theme switch: draw the chart in the new colours
        rebuildChart();
}

void OfferTimelineWidget::rebuildChart()
{
    auto *chart = new QChart;
    ChartSupport::applyPalette(chart, palette()); // the theme before the series, which keep their colours
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<OfferRound> &rounds = m_model->rounds();
    if (!rounds.isEmpty()) {
        const Offer &offer = m_model->offer();
        const auto thousands = [&offer](double value) {
            return Currency::symbol(offer.currency) + QLocale().toString(std::round(value / 100.0) / 10.0) + u'K';
        };
        const double from = 0.75;
        const double to = double(rounds.size()) + 0.25;
        auto *averages = new QLineSeries;
        averages->setName(tr("4-year avg"));
        averages->setPen(QPen(kAverageColor, 2.5));
        averages->setPointsVisible(true);
        averages->setPointLabelsVisible(true);
        averages->setPointLabelsFormat(Currency::symbol(offer.currency) + u"@yPointK"_s);
        averages->setPointLabelsClipping(false);
        QList<double> values;
        for (const OfferRound &round : rounds) {
            averages->append(round.number, std::round(round.annualized / 100.0) / 10.0);
            values.append(round.annualized);
        }
        chart->addSeries(averages);
        // The latest counter sent, as the 4-year average its asks would give.
        const QList<OfferTimelineModel::Entry> &entries = m_model->entries();
        const auto latest = std::find_if(entries.crbegin(), entries.crend(), [](const OfferTimelineModel::Entry &e) {
            return e.kind == OfferTimelineModel::Kind::Counter;
        });
        if (latest != entries.crend()) {
            const QString when = latest->date.isValid() ? QLocale().toString(latest->date, u"d MMM"_s) : tr("undated");
            chart->addSeries(levelLine(tr("Asked %1: %2").arg(when, thousands(latest->annualized)),
                                       latest->annualized, from, to, kAskColor));
            values.append(latest->annualized);
        }
        if (const std::optional<double> floor = shownFloor()) {
            chart->addSeries(levelLine(tr("Floor: %1").arg(thousands(*floor)), *floor, from, to, kFloorColor));
            values.append(*floor);
        }
        auto *roundsAxis = new QCategoryAxis;
        roundsAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (const OfferRound &round : rounds) {
            const QString date = round.date.isValid() ? QLocale().toString(round.date, u"d MMM"_s) : QString();
            roundsAxis->append(date.isEmpty() ? tr("Round %1").arg(round.number)
                                              : tr("Round %1<br>%2").arg(round.number).arg(date),
                               round.number);
        }
        roundsAxis->setRange(from, to);
        roundsAxis->setGridLineVisible(false);
        auto *amounts = new QValueAxis;
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        const double span = std::max(*high - *low, *high * 0.05);
        amounts->setRange(std::max(0.0, (*low - span * 0.3) / 1000.0), (*high + span * 0.3) / 1000.0);
        amounts->applyNiceNumbers();
        amounts->setLabelFormat(Currency::symbol(offer.currency) + u"%.0fK"_s);
        chart->addAxis(roundsAxis, Qt::AlignBottom);
        chart->addAxis(amounts, Qt::AlignLeft);
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(roundsAxis);
            series->attachAxis(amounts);
        }
    }
    chart->legend()->setVisible(!rounds.isEmpty());
    ChartSupport::applyPalette(chart, palette()); // the axes' labels in the text colour
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}
