// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/CompanyCompareView.h"

#include "common/Currency.h"
#include "ui/common/ChartSupport.h"
#include "common/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

CompanyCompareView::CompanyCompareView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_chartView(new QChartView(this))
{
    setAccessibleName(tr("Compare companies"));
    m_heading->setObjectName(u"compareHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_explanation->setObjectName(u"compareExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartView->setObjectName(u"compareChart"_s);
    m_chartView->setAccessibleName(tr("Total comp by company"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->chart()->setAnimationOptions(QChart::NoAnimation);
    ChartSupport::applyPalette(m_chartView->chart(), palette());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_chartView);
    layout->addStretch(1);
    clear();
}

void CompanyCompareView::clear()
{
    m_entries.clear();
    m_heading->setText(tr("Compare companies"));
    m_explanation->setText(tr("Select a guide and a region to compare its pay with other companies."));
    m_chartView->setAccessibleDescription(m_explanation->text());
    m_chartView->hide();
}

QString CompanyCompareView::explanation() const
{
    return m_explanation->text();
}

void CompanyCompareView::setComparison(const QList<Guide> &library, const QString &currentGuideId,
                                       const QString &region)
{
    m_entries.clear();
    const auto current = std::find_if(library.cbegin(), library.cend(),
                                      [&](const Guide &guide) { return guide.id() == currentGuideId; });
    const RegionBand *currentBand = current == library.cend() ? nullptr : current->findRegion(region);
    if (!currentBand) {
        clear();
        return;
    }
    const QString currency = currentBand->currency;
    QStringList otherCurrency; // companies with this role and region, but paid in another currency
    for (const Guide &guide : library) {
        if (guide.role != current->role)
            continue;
        const RegionBand *band = guide.findRegion(region);
        if (!band)
            continue;
        if (band->currency != currency) {
            otherCurrency.append(guide.companyName());
            continue;
        }
        m_entries.append({guide.id(), guide.companyName(), band->totalCompLow, band->totalCompHigh});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.totalHigh > b.totalHigh; });

    m_heading->setText(tr("%1 in %2: total comp by company").arg(current->roleName(), currentBand->region));
    QString note;
    if (m_entries.size() < 2) {
        note = tr("Only %1 has a %2 guide for %3, so there is nothing to compare yet. Import guides for other "
                  "companies (File > Import Guide…) to see who pays more.")
                   .arg(current->companyName(), current->roleName(), currentBand->region);
    } else {
        note = tr("Total comp per year as each guide states it, at the low and the high end of the band, "
                  "highest first. Hover a bar for its exact value. Pick another region in the Pay bands table.");
    }
    if (!otherCurrency.isEmpty())
        note += u' ' + tr("Not shown, because they pay in another currency: %1.")
                           .arg(QLocale().createSeparatedList(otherCurrency));
    m_explanation->setText(note);
    if (m_entries.size() < 2) {
        m_chartView->hide();
        return;
    }
    rebuildChart(currentGuideId, currency);
    m_chartView->show();
}

void CompanyCompareView::rebuildChart(const QString &currentGuideId, const QString &currency)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->setTitle(tr("Total comp per year in %1 (%2)").arg(currency, Currency::symbol(currency).trimmed()));

    auto *low = new QBarSet(tr("Low end"), chart);
    auto *high = new QBarSet(tr("High end"), chart);
    QStringList companies;
    double maximum = 0;
    // A horizontal bar chart draws its first category at the bottom: add the lowest first, so the highest is on top.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        const Entry &entry = *it;
        low->append(entry.totalLow);
        high->append(entry.totalHigh);
        maximum = std::max(maximum, entry.totalHigh);
        companies.append(entry.guideId == currentGuideId ? tr("%1 (this guide)").arg(entry.company) : entry.company);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(low);
    series->append(high);
    series->setBarWidth(0.75);
    chart->addSeries(series);

    auto *axis = new QBarCategoryAxis(chart);
    axis->append(companies);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *money = new QCategoryAxis(chart);
    ChartSupport::setMoneyAxis(money, maximum, currency);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(money);
    ChartSupport::applyPalette(chart, palette());

    connect(series, &QAbstractBarSeries::hovered, this,
            [companies, currency](bool status, int index, QBarSet *set) {
                if (!status) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3")
                                                       .arg(companies.value(index), set->label(),
                                                            Money::exact(set->at(index), currency)));
            });

    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart); // the view does not delete the chart it showed before
    delete old;
    QStringList words;
    for (const Entry &entry : std::as_const(m_entries))
        words.append(tr("%1 %2").arg(entry.company, Money::exactRange(entry.totalLow, entry.totalHigh, currency)));
    ChartSupport::describe(m_chartView, tr("Total comp by company"),
                           tr("Total comp per year at the low and high end of each band, highest first: %1.")
                               .arg(words.join(u"; "_s)));
    // Bars of a readable thickness, however few companies there are; a long list grows the view instead.
    const int height = 130 + 56 * int(m_entries.size());
    m_chartView->setMinimumHeight(std::min(height, 360));
    m_chartView->setMaximumHeight(height);
}

void CompanyCompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chartView->chart())
        ChartSupport::applyPalette(m_chartView->chart(), palette());
}
