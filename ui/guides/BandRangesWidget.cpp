// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/BandRangesWidget.h"

#include "common/Money.h"
#include "ui/common/ChartSupport.h"
#include "ui/common/Theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRowHeight = 54;
constexpr int kLegendHeight = 26;
constexpr int kLabelWidth = 120;
constexpr int kMargin = 16;

// 170000 -> "170K", 1250000 -> "1.25M": short enough to sit under a bar.
QString shortAmount(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        return QString::number(value / 1e6, 'g', 3) + u'M';
    if (magnitude >= 1e3)
        return QString::number(value / 1e3, 'g', 3) + u'K';
    return QString::number(value, 'f', 0);
}

} // namespace

BandRangesWidget::BandRangesWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"bandRanges"_s);
    setAccessibleName(tr("Offers against the band"));
    updateDescription();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BandRangesWidget::setComparison(const OffersComparison &comparison, const QList<QColor> &colors)
{
    m_comparison = comparison;
    m_colors = colors;
    updateDescription();
    updateGeometry();
    update();
}

// The chart in words, for a screen reader: the band, then each offer's 4-year average and where it sits in it.
void BandRangesWidget::updateDescription()
{
    const RegionBand &band = m_comparison.band;
    if (band.region.isEmpty()) {
        setAccessibleDescription(tr("No band to compare with: choose a guide and a region."));
        return;
    }
    QString text = tr("%1, %2: total comp band %3.")
                       .arg(m_comparison.guideTitle, band.region,
                            Money::exactRange(band.totalCompLow, band.totalCompHigh, band.currency));
    QStringList offers;
    for (const BandComparison &row : m_comparison.rows) {
        offers.append(tr("%1: 4-year average %2, %3")
                          .arg(row.offer.label(), Money::exact(row.annualized, band.currency),
                               ChartSupport::bandPositionWords(row.totalPosition)));
    }
    text += u' ' + (offers.isEmpty() ? tr("No offer to compare yet.") : offers.join(u"; "_s) + u'.');
    setAccessibleDescription(text);
}

QSize BandRangesWidget::sizeHint() const
{
    return {640, kLegendHeight + 4 * kRowHeight + 8};
}

QSize BandRangesWidget::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

QList<BandRangesWidget::Component> BandRangesWidget::components() const
{
    const RegionBand &band = m_comparison.band;
    Component base{tr("Base"), band.baseLow, band.baseHigh, {}};
    Component stock{tr("Stock / year"), band.stockPerYearLow(), band.stockPerYearHigh(), {}};
    Component bonus{tr("Bonus"), band.bonusLow(), band.bonusHigh(), {}};
    Component total{tr("Total (4-yr avg)"), band.totalCompLow, band.totalCompHigh, {}};
    for (const BandComparison &row : m_comparison.rows) {
        const Offer &offer = row.offer;
        const int vestingYears = offer.vestingPeriodYears();
        base.values.append(offer.base);
        stock.values.append(offer.equityTotal / vestingYears);
        bonus.values.append(offer.bonus());
        total.values.append(row.annualized);
    }
    return {base, stock, bonus, total};
}

void BandRangesWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = Theme::isDark(pal);
    painter.fillRect(rect(), pal.base());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetrics fm(font());
    const QFontMetrics smallFm(small);

    if (m_comparison.band.region.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose a guide and region to compare with."));
        return;
    }

    // Legend: one swatch per offer.
    int x = kMargin;
    for (qsizetype i = 0; i < m_comparison.rows.size(); ++i) {
        const QString name = m_comparison.rows.at(i).offer.label() + (m_comparison.rows.at(i).offer.target ? u" ★"_s : QString());
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_colors.value(i, Qt::gray));
        painter.drawEllipse(QPointF(x + 6, kLegendHeight / 2.0), 6, 6);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QPoint(x + 16, kLegendHeight / 2 + fm.ascent() / 2 - 1), name);
        x += 16 + fm.horizontalAdvance(name) + 20;
    }
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QString bandNote = tr("Band: %1, %2").arg(m_comparison.band.region, m_comparison.band.currency);
    if (x + fm.horizontalAdvance(bandNote) < width() - kMargin)
        painter.drawText(QRect(0, 0, width() - kMargin, kLegendHeight), Qt::AlignRight | Qt::AlignVCenter, bandNote);

    const QList<Component> rows = components();
    const int trackLeft = kLabelWidth + kMargin;
    const int trackRight = width() - kMargin - 8;
    if (trackRight - trackLeft < 40)
        return;
    for (int r = 0; r < rows.size(); ++r) {
        const Component &component = rows.at(r);
        const int top = kLegendHeight + r * kRowHeight;
        const int mid = top + kRowHeight / 2 + 1;
        if (r % 2 == 1)
            painter.fillRect(QRect(0, top, width(), kRowHeight), pal.alternateBase());
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(kMargin, top, kLabelWidth - 8, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         component.name);

        double lo = component.low;
        double hi = component.high;
        for (double v : component.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        const double span = hi > lo ? hi - lo : std::max(1.0, std::abs(hi));
        lo -= span * 0.08;
        hi += span * 0.08;
        const auto xOf = [&](double v) { return trackLeft + (v - lo) / (hi - lo) * (trackRight - trackLeft); };

        // The axis, and the band on it.
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
        painter.drawLine(QPointF(trackLeft, mid), QPointF(trackRight, mid));
        const QRectF bandRect(QPointF(xOf(component.low), mid - 7), QPointF(xOf(component.high), mid + 7));
        const QColor bandColor = dark ? QColor(0x7f, 0xb2, 0xe5) : QColor(0x2e, 0x6d, 0xa4);
        painter.setPen(QPen(bandColor, 1));
        painter.setBrush(QColor(bandColor.red(), bandColor.green(), bandColor.blue(), dark ? 80 : 60));
        painter.drawRoundedRect(bandRect.adjusted(0, 0, std::max(0.0, 2 - bandRect.width()), 0), 3, 3);
        painter.setFont(small);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString lowText = shortAmount(component.low);
        const QString highText = shortAmount(component.high);
        painter.drawText(QPointF(bandRect.left() - smallFm.horizontalAdvance(lowText) / 2.0, mid + 10 + smallFm.ascent()),
                         lowText);
        if (bandRect.width() > smallFm.horizontalAdvance(lowText + highText) / 2.0 + 6)
            painter.drawText(QPointF(bandRect.right() - smallFm.horizontalAdvance(highText) / 2.0,
                                     mid + 10 + smallFm.ascent()),
                             highText);

        // Markers, with their value above; labels that would overlap move up a level.
        QList<QPair<double, double>> placed[2];
        for (qsizetype i = 0; i < component.values.size(); ++i) {
            const double v = component.values.at(i);
            const double px = xOf(v);
            const QColor color = m_colors.value(i, Qt::gray);
            painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
            painter.setBrush(color);
            if (m_comparison.rows.at(i).offer.target) {
                QPainterPath diamond;
                diamond.moveTo(px, mid - 8);
                diamond.lineTo(px + 8, mid);
                diamond.lineTo(px, mid + 8);
                diamond.lineTo(px - 8, mid);
                diamond.closeSubpath();
                painter.drawPath(diamond);
            } else {
                painter.drawEllipse(QPointF(px, mid), 6, 6);
            }
            const QString label = shortAmount(v);
            const double w = smallFm.horizontalAdvance(label);
            const double left = std::clamp(px - w / 2, double(trackLeft - 10), double(width() - kMargin) - w);
            int level = 0;
            for (; level < 2; ++level) {
                const bool clash = std::any_of(placed[level].cbegin(), placed[level].cend(), [&](const auto &taken) {
                    return left < taken.second + 4 && left + w > taken.first - 4;
                });
                if (!clash)
                    break;
            }
            level = std::min(level, 1);
            placed[level].append({left, left + w});
            painter.setPen(dark ? color.lighter(150) : color.darker(130));
            painter.drawText(QPointF(left, mid - 11 - level * (smallFm.height() - 2)), label);
        }
        painter.setFont(font());
    }
}
