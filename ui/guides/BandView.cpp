// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/BandView.h"

#include "common/Currency.h"
#include "guide/Guide.h"
#include "ui/common/ChartSupport.h"
#include "common/Money.h"
#include "ui/models/BandChartModel.h"
#include "ui/models/RegionBandModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kBarRowHeight = 26;   // pixels per bar, so every category label has room
constexpr int kChartChrome = 104;  // title, legend and the value axis
} // namespace

BandView::BandView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RegionBandModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chartArea(new QWidget(this))
    , m_chartLayout(new QVBoxLayout(m_chartArea))
    , m_chartNote(new QLabel(m_chartArea))
    , m_fitTimer(new QTimer(this))
{
    setAccessibleName(tr("Pay bands"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RegionBandModel::RawValueRole);

    m_table->setObjectName(u"bandTable"_s);
    m_table->setAccessibleName(tr("Pay bands by region"));
    m_table->setAccessibleDescription(tr("Each region's band: base, stock over 4 years, bonus and total comp, from "
                                         "the low to the high end. Choosing a region shows its comparison."));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the guide's own order until the person sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->setTabKeyNavigation(false);

    m_chartNote->setObjectName(u"bandChartNote"_s);
    m_chartNote->setWordWrap(true);
    m_chartNote->setText(tr("One year of pay at the low and the high end of each band: base, stock vesting per "
                            "year and target bonus. Hover a bar for its exact value."));
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->addWidget(m_chartNote);
    m_chartLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"bandChartScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chartArea);
    scroll->setAccessibleName(tr("Pay band charts"));

    // The table takes the height of its rows; the charts scroll in the rest.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_table);
    layout->addWidget(scroll, 1);

    // Sections sized to their contents settle after the data arrives: fit again once they have.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, [this] {
        fitColumnsToWidth();
        fitTableToRows();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit currentRegionChanged(current.siblingAtColumn(RegionBandModel::Region).data().toString());
            });
}

void BandView::setGuide(const Guide &guide)
{
    const QString region = currentRegion();
    m_model->setGuide(guide);
    rebuildCharts();
    if (!selectRegion(region) && m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(0, 0));
    fitColumnsToWidth();
    fitTableToRows();
}

void BandView::fitTableToRows()
{
    // The table takes the height of its rows (up to a limit, then it scrolls), and the charts get the rest.
    constexpr int kMostRowsShown = 8;
    const int rows = std::clamp(m_model->rowCount(), 1, kMostRowsShown);
    m_table->setVerticalScrollBarPolicy(m_model->rowCount() > kMostRowsShown ? Qt::ScrollBarAsNeeded
                                                                               : Qt::ScrollBarAlwaysOff);
    const int height = m_table->horizontalHeader()->sizeHint().height()
                       + m_table->verticalHeader()->defaultSectionSize() * rows + 2 * m_table->frameWidth()
                       + (m_tableScrolls ? m_table->horizontalScrollBar()->sizeHint().height() : 0)
                       + 2; // slack, so rounding never brings up a vertical scroll bar for the last pixel
    m_table->setMaximumHeight(height);
    m_table->setMinimumHeight(std::min(height, m_table->horizontalHeader()->sizeHint().height()
                                                   + m_table->verticalHeader()->defaultSectionSize() * 2));
}

void BandView::fitColumnsToWidth()
{
    // Every amount carries its currency's symbol, so the Currency column is the one to drop when the table
    // would not fit the width otherwise. Hidden sections report no size, so the Currency column is measured
    // from its texts: measuring it as shown or hidden would make the decision flip back and forth.
    QHeaderView *header = m_table->horizontalHeader();
    auto *view = static_cast<QAbstractItemView *>(m_table); // QTableView hides sizeHintForColumn
    int others = 2 * m_table->frameWidth();
    for (int column = 0; column < RegionBandModel::ColumnCount; ++column) {
        if (column != RegionBandModel::Currency)
            others += std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    }
    const QFontMetrics metrics(header->font());
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    int currency = metrics.horizontalAdvance(
                       m_model->headerData(RegionBandModel::Currency, Qt::Horizontal).toString())
                   + margin;
    for (const QString &code : m_model->currencies())
        currency = std::max(currency, m_table->fontMetrics().horizontalAdvance(code) + margin);
    const int available = width(); // the table spans the view; its own width may not be laid out yet
    m_table->setColumnHidden(RegionBandModel::Currency, others + currency > available);
    m_tableScrolls = others > available;
}

void BandView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_fitTimer->start(); // once the layout has settled: the horizontal scroll bar comes and goes with the width
}

void BandView::clear()
{
    m_model->clear();
    rebuildCharts();
}

QString BandView::currentRegion() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(RegionBandModel::Region).data().toString() : QString();
}

bool BandView::selectRegion(const QString &region)
{
    const int sourceRow = m_model->rowOfRegion(region);
    if (region.isEmpty() || sourceRow < 0)
        return false;
    m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(sourceRow, 0)));
    return true;
}

void BandView::rebuildCharts()
{
    for (QChartView *view : std::as_const(m_chartViews))
        delete view;
    m_chartViews.clear();
    qDeleteAll(m_chartModels);
    m_chartModels.clear();
    const QStringList currencies = m_model->currencies();
    for (const QString &currency : currencies) {
        auto *chartModel = new BandChartModel(m_model, currency, this);
        m_chartModels.append(chartModel);
        QChartView *view = makeChart(chartModel);
        m_chartViews.append(view);
        m_chartLayout->insertWidget(m_chartLayout->count() - 1, view);
    }
    m_chartNote->setVisible(!currencies.isEmpty());
}

QChartView *BandView::makeChart(BandChartModel *chartModel)
{
    const QString currency = chartModel->currency();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Yearly pay in %1 (%2)").arg(currency, Currency::symbol(currency).trimmed()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 12, 4));

    auto *series = new QHorizontalStackedBarSeries(chart);
    series->setBarWidth(0.7);
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(BandChartModel::Base);
    mapper->setLastBarSetColumn(BandChartModel::Bonus);
    mapper->setFirstRow(0);
    mapper->setRowCount(chartModel->rowCount());
    mapper->setSeries(series);
    mapper->setModel(chartModel);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis(chart);
    categories->append(chartModel->categoryLabels());
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    double maximum = 0;
    for (int row = 0; row < chartModel->rowCount(); ++row)
        maximum = std::max(maximum, chartModel->barTotal(row));
    auto *money = new QCategoryAxis(chart);
    ChartSupport::setMoneyAxis(money, maximum, currency);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(money);
    ChartSupport::applyPalette(chart, palette());

    connect(series, &QAbstractBarSeries::hovered, this, [chartModel](bool status, int index, QBarSet *set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1\n%2: %3\nWhole bar: %4")
                               .arg(chartModel->categoryLabel(index), set->label(),
                                    Money::exact(set->at(index), chartModel->currency()),
                                    Money::exact(chartModel->barTotal(index), chartModel->currency())));
    });

    auto *view = new QChartView(chart, m_chartArea);
    view->setObjectName(u"bandChart_%1"_s.arg(currency));
    QStringList bars;
    for (int row = 0; row < chartModel->rowCount(); ++row)
        bars.append(tr("%1 %2").arg(chartModel->categoryLabel(row), Money::exact(chartModel->barTotal(row), currency)));
    ChartSupport::describe(view, tr("Pay band chart in %1").arg(currency),
                           tr("One year of pay (base, stock per year and bonus) at the low and high end of each band "
                              "in %1: %2.")
                               .arg(currency, bars.join(u"; "_s)));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartChrome + kBarRowHeight * chartModel->rowCount());
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

void BandView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : std::as_const(m_chartViews))
            ChartSupport::applyPalette(view->chart(), palette());
    }
}
