// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "report/ReportChart.h"

#include "common/Money.h"
#include "counter/NegotiationReport.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The chart is laid out in scene units of a quarter point: fonts get whole pixel sizes fine enough to keep their
// metrics true when the scene is scaled into the page.
constexpr double kUnitsPerPoint = 4.0;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)
};

QFont chartFont(double points, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    // Pixel sizes, not point sizes: the scene is scaled into the page, and a point size would be scaled twice.
    font.setPixelSize(int(std::lround(points * kUnitsPerPoint)));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Letter spacing turns ligatures off, so "fi" in a company's name copies as two letters (see ReportRenderer).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

struct Bar
{
    QString label;
    double base = 0;
    double bonus = 0;
    double stockPerYear = 0;
    double signOnPerYear = 0;
    double total() const { return base + bonus + stockPerYear + signOnPerYear; }
};

// Top to bottom as the reader sees them: the target, the counter right under it, then the competing offers.
QList<Bar> barsOf(const NegotiationReport &report)
{
    QList<Bar> bars;
    for (const ReportOfferRow &row : report.offerRows) {
        bars.append({row.target ? Tr::tr("%1 (target)").arg(row.label) : row.label, row.base, row.bonus,
                     row.stockPerYear, row.signOnPerYear});
        if (row.target && report.counter) {
            const ReportCounter &counter = *report.counter;
            bars.append({Tr::tr("Your counter"), counter.base, counter.bonus, counter.stockPerYear,
                         counter.signOnPerYear});
        }
    }
    return bars;
}

namespace Colors {
const QColor base(0x25, 0x4e, 0x8a);
const QColor bonus(0x5f, 0x8f, 0xcf);
const QColor stock(0x4f, 0x9a, 0x8a);
const QColor signOn(0x8a, 0x6f, 0xb0); // not orange: the band's swatch is gold
const QColor bandFill(0xf5, 0xe6, 0xbb);
const QColor bandLine(0xc9, 0xa2, 0x3a);
const QColor floor(0xb0, 0x3a, 0x2e);
const QColor text(0x1f, 0x29, 0x33);
const QColor muted(0x4a, 0x55, 0x63);
} // namespace Colors

struct Part
{
    QString name;
    QColor color;
    double Bar::*member;
};

QList<Part> partsOf(const QList<Bar> &bars)
{
    const QList<Part> all = {
        {Tr::tr("Base"), Colors::base, &Bar::base},
        {Tr::tr("Bonus"), Colors::bonus, &Bar::bonus},
        {Tr::tr("Stock per year"), Colors::stock, &Bar::stockPerYear},
        {Tr::tr("Sign-on per year"), Colors::signOn, &Bar::signOnPerYear},
    };
    QList<Part> used;
    for (const Part &part : all) {
        if (std::any_of(bars.cbegin(), bars.cend(), [&](const Bar &bar) { return bar.*part.member > 0; }))
            used.append(part);
    }
    return used;
}

QString bandName(const NegotiationReport &report)
{
    return Tr::tr("Band, total comp %1 – %2")
        .arg(report.money(report.band.totalCompLow), report.money(report.band.totalCompHigh));
}

QString floorName(const NegotiationReport &report)
{
    return Tr::tr("Walk-away floor %1").arg(report.money(report.counter->floorAnnualized));
}


} // namespace

QList<ReportChart::LegendEntry> ReportChart::legend(const NegotiationReport &report)
{
    QList<LegendEntry> entries;
    for (const Part &part : partsOf(barsOf(report)))
        entries.append({part.name, part.color, false});
    entries.append({bandName(report), Colors::bandLine, true});
    if (report.counter)
        entries.append({floorName(report), Colors::floor, false});
    return entries;
}

double ReportChart::preferredHeight(const NegotiationReport &report)
{
    // Rows narrow as offers are added, down to what a label needs; past that the chart grows, up to most of a page.
    const double bars = double(std::max<qsizetype>(1, barsOf(report).size()));
    const double row = std::max(14.0, 28.0 - (bars - 4.0));
    return std::clamp(36.0 + row * bars, 110.0, 560.0);
}

QChart *ReportChart::create(const NegotiationReport &report, const QSizeF &sizeInPoints)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    // Room on the right for the last axis label and the value at the end of the longest bar.
    chart->setMargins(QMargins(0, 0, int(14 * kUnitsPerPoint), 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->resize(sizeInPoints * kUnitsPerPoint);

    const QList<Bar> bars = barsOf(report);
    // Amounts in thousands, so the axis reads "$250K".
    const double k = 1000.0;

    double top = report.band.totalCompHigh;
    for (const Bar &bar : bars)
        top = std::max(top, bar.total());
    if (report.counter)
        top = std::max(top, report.counter->floorAnnualized);
    const double step = Money::niceStep(top / k);
    const double axisMax = std::ceil(top / k * 1.04 / step) * step;

    // A category axis placed on values, so the labels read "$0", "$100K" rather than "$0K".
    auto *axisX = new QCategoryAxis;
    axisX->setRange(0, axisMax);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setStartValue(0);
    for (double value = 0; value <= axisMax + step / 100; value += step)
        axisX->append(Money::thousands(value, report.currency), value);
    axisX->setLabelsFont(chartFont(7.5));
    axisX->setLabelsColor(Colors::muted);
    axisX->setGridLineColor(QColor(0xdd, 0xe2, 0xe8));
    axisX->setLinePenColor(QColor(0xb8, 0xc2, 0xcc));
    chart->addAxis(axisX, Qt::AlignBottom);

    QStringList categories;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it)
        categories.append(it->label);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(chartFont(8));
    axisY->setLabelsColor(Colors::text);
    axisY->setGridLineVisible(false);
    axisY->setLinePenColor(QColor(0xb8, 0xc2, 0xcc));
    chart->addAxis(axisY, Qt::AlignLeft);

    // The band first, so the bars draw over it. A hidden axis spans the same rows as the category axis.
    auto *bandAxis = new QValueAxis;
    bandAxis->setRange(-0.5, double(bars.size()) - 0.5);
    bandAxis->setVisible(false);
    chart->addAxis(bandAxis, Qt::AlignRight);
    // QAreaSeries does not own its boundary lines: the chart does.
    auto *bandUpper = new QLineSeries(chart);
    auto *bandLower = new QLineSeries(chart);
    bandUpper->append(report.band.totalCompLow / k, double(bars.size()) - 0.5);
    bandUpper->append(report.band.totalCompHigh / k, double(bars.size()) - 0.5);
    bandLower->append(report.band.totalCompLow / k, -0.5);
    bandLower->append(report.band.totalCompHigh / k, -0.5);
    auto *band = new QAreaSeries(bandUpper, bandLower);
    band->setName(bandName(report));
    band->setColor(Colors::bandFill);
    QPen bandPen(Colors::bandLine);
    bandPen.setWidthF(0.75 * kUnitsPerPoint);
    bandPen.setStyle(Qt::DashLine);
    band->setPen(bandPen);
    chart->addSeries(band);
    band->attachAxis(axisX);
    band->attachAxis(bandAxis);

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.58);
    for (const Part &part : partsOf(bars)) {
        auto *set = new QBarSet(part.name);
        set->setColor(part.color);
        set->setBorderColor(Qt::white);
        QPen border(Qt::white);
        border.setWidthF(0.5 * kUnitsPerPoint);
        set->setPen(border);
        for (auto it = bars.crbegin(); it != bars.crend(); ++it)
            set->append((*it).*part.member / k);
        series->append(set);
    }
    chart->addSeries(series);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    if (report.counter) {
        auto *floor = new QLineSeries;
        floor->setName(floorName(report));
        floor->append(report.counter->floorAnnualized / k, -0.5);
        floor->append(report.counter->floorAnnualized / k, double(bars.size()) - 0.5);
        QPen floorPen(Colors::floor);
        floorPen.setWidthF(1.25 * kUnitsPerPoint);
        floorPen.setStyle(Qt::DashLine);
        floor->setPen(floorPen);
        chart->addSeries(floor);
        floor->attachAxis(axisX);
        floor->attachAxis(bandAxis);
    }

    // The report writes the legend as text under the chart: Qt Charts' own is cramped at print sizes.
    chart->legend()->setVisible(false);
    return chart;
}

void ReportChart::paint(QPainter *painter, const QRectF &target, const NegotiationReport &report)
{
    const QSizeF sizeInPoints(target.width() * 72.0 / painter->device()->logicalDpiX(),
                              target.height() * 72.0 / painter->device()->logicalDpiY());
    QGraphicsScene scene;
    QChart *chart = create(report, sizeInPoints);
    scene.addItem(chart);
    const QRectF sceneRect(QPointF(0, 0), sizeInPoints * kUnitsPerPoint);
    chart->setGeometry(sceneRect);
    scene.setSceneRect(sceneRect);
    // Lay out now: with no view and no event loop turn, the chart would otherwise paint before its layout runs.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    chart->layout()->activate();

    // The 4-year average at the end of each bar.
    const QList<Bar> bars = barsOf(report);
    const auto barSeries = chart->series();
    QAbstractSeries *stacked = nullptr;
    for (QAbstractSeries *series : barSeries) {
        if (series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar)
            stacked = series;
    }
    if (stacked) {
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const double row = double(bars.size() - 1 - i);
            const QPointF end = chart->mapToPosition(QPointF(bars.at(i).total() / 1000.0, row), stacked);
            auto *label = new QGraphicsSimpleTextItem(report.money(bars.at(i).total()), chart);
            label->setFont(chartFont(7.5, true));
            label->setBrush(Colors::text);
            label->setZValue(1000); // above the series, which Qt Charts stacks above the chart's children
            const QRectF box = label->boundingRect();
            label->setPos(end.x() + 3 * kUnitsPerPoint, end.y() - box.height() / 2);
            // A light backing, so the band's edge or the floor line never runs through the figure.
            const QRectF backing = label->mapRectToParent(box).adjusted(-1.5 * kUnitsPerPoint, 0, 1.5 * kUnitsPerPoint, 0);
            auto *plate = new QGraphicsRectItem(backing, chart);
            plate->setPen(Qt::NoPen);
            plate->setBrush(QColor(255, 255, 255, 215));
            plate->setZValue(999);
        }
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    scene.render(painter, target, sceneRect, Qt::IgnoreAspectRatio);
    painter->restore();
}
