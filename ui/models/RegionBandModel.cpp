// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/models/RegionBandModel.h"

#include "common/Currency.h"
#include "common/Money.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
double relativeGap(double stated, double computed)
{
    if (computed == 0)
        return stated == 0 ? 0 : 1;
    return (stated - computed) / computed;
}

QString signedPercent(double share)
{
    const QLocale locale;
    return (share < 0 ? QString(locale.negativeSign()) : QString(locale.positiveSign()))
        + Money::percent(std::abs(share) * 100, 'f', 1, MoneyStyle(locale));
}
} // namespace

double RegionBandModel::TotalsGap::largest() const
{
    return std::max(std::abs(low), std::abs(high));
}

RegionBandModel::TotalsGap RegionBandModel::totalsGap(const RegionBand &band)
{
    return {relativeGap(band.totalCompLow, band.computedTotalLow()),
            relativeGap(band.totalCompHigh, band.computedTotalHigh())};
}

RegionBandModel::RegionBandModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegionBandModel::setGuide(const Guide &guide)
{
    beginResetModel();
    m_bands = guide.regions;
    endResetModel();
}

void RegionBandModel::clear()
{
    beginResetModel();
    m_bands.clear();
    endResetModel();
}

const RegionBand *RegionBandModel::bandAt(int row) const
{
    if (row < 0 || row >= m_bands.size())
        return nullptr;
    return &m_bands.at(row);
}

int RegionBandModel::rowOfRegion(const QString &region) const
{
    for (qsizetype row = 0; row < m_bands.size(); ++row) {
        if (m_bands.at(row).region.compare(region, Qt::CaseInsensitive) == 0)
            return int(row);
    }
    return -1;
}

QStringList RegionBandModel::currencies() const
{
    QStringList codes;
    for (const RegionBand &band : m_bands) {
        if (!codes.contains(band.currency))
            codes.append(band.currency);
    }
    return codes;
}

int RegionBandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bands.size());
}

int RegionBandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionBandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionBand &band = m_bands.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(band, index.column());
    case RawValueRole:
        return rawValue(band, index.column());
    case LowValueRole:
        return lowValue(band, index.column());
    case HighValueRole:
        return highValue(band, index.column());
    case CurrencyRole:
        return band.currency;
    case TotalsDisagreeRole:
        return totalsGap(band).exceedsTolerance();
    case Qt::ToolTipRole:
        return toolTip(band, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Region || index.column() == Currency || index.column() == TotalCheck)
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RegionBandModel::displayValue(const RegionBand &band, int column) const
{
    const QLocale locale;
    switch (column) {
    case Region:
        return band.region;
    case Currency:
        return band.currency;
    case Base:
        return Money::compactRange(band.baseLow, band.baseHigh, band.currency, locale);
    case StockFourYears:
        return Money::compactRange(band.stockLow, band.stockHigh, band.currency, locale);
    case StockPerYear:
        return Money::compactRange(band.stockPerYearLow(), band.stockPerYearHigh(), band.currency, locale);
    case BonusPercent:
        return Money::percent(band.bonusPct, 'g', 4, MoneyStyle(locale));
    case StatedTotal:
        return Money::compactRange(band.totalCompLow, band.totalCompHigh, band.currency, locale);
    case ComputedTotal:
        return Money::compactRange(band.computedTotalLow(), band.computedTotalHigh(), band.currency, locale);
    case TotalCheck: {
        const TotalsGap gap = totalsGap(band);
        if (!gap.exceedsTolerance())
            return tr("✓");
        const double shown = std::abs(gap.low) >= std::abs(gap.high) ? gap.low : gap.high;
        return tr("⚠ %1").arg(signedPercent(shown));
    }
    default:
        return {};
    }
}

QVariant RegionBandModel::rawValue(const RegionBand &band, int column) const
{
    switch (column) {
    case Region:
        return band.region;
    case Currency:
        return band.currency;
    case TotalCheck:
        return totalsGap(band).largest();
    default:
        return lowValue(band, column);
    }
}

QVariant RegionBandModel::lowValue(const RegionBand &band, int column) const
{
    switch (column) {
    case Base:
        return band.baseLow;
    case StockFourYears:
        return band.stockLow;
    case StockPerYear:
        return band.stockPerYearLow();
    case BonusPercent:
        return band.bonusPct;
    case StatedTotal:
        return band.totalCompLow;
    case ComputedTotal:
        return band.computedTotalLow();
    case TotalCheck:
        return totalsGap(band).low;
    default:
        return {};
    }
}

QVariant RegionBandModel::highValue(const RegionBand &band, int column) const
{
    switch (column) {
    case Base:
        return band.baseHigh;
    case StockFourYears:
        return band.stockHigh;
    case StockPerYear:
        return band.stockPerYearHigh();
    case BonusPercent:
        return band.bonusPct;
    case StatedTotal:
        return band.totalCompHigh;
    case ComputedTotal:
        return band.computedTotalHigh();
    case TotalCheck:
        return totalsGap(band).high;
    default:
        return {};
    }
}

QString RegionBandModel::toolTip(const RegionBand &band, int column) const
{
    const QString code = band.currency;
    switch (column) {
    case Region:
        return tr("%1, paid in %2").arg(band.region, code);
    case Currency:
        return tr("%1 (%2)").arg(code, Currency::symbol(code).trimmed());
    case Base:
        return tr("Base salary per year: %1").arg(Money::exactRange(band.baseLow, band.baseHigh, code));
    case StockFourYears:
        return tr("Stock granted over %1 years: %2")
            .arg(RegionBand::kVestingYears)
            .arg(Money::exactRange(band.stockLow, band.stockHigh, code));
    case StockPerYear:
        return tr("Stock vesting per year (the grant over %1 years): %2")
            .arg(RegionBand::kVestingYears)
            .arg(Money::exactRange(band.stockPerYearLow(), band.stockPerYearHigh(), code));
    case BonusPercent:
        return tr("Target bonus, as a share of base: %1").arg(Money::exactRange(band.bonusLow(), band.bonusHigh(), code));
    case StatedTotal:
        return tr("Total comp per year, as the guide states it: %1")
            .arg(Money::exactRange(band.totalCompLow, band.totalCompHigh, code));
    case ComputedTotal:
        return tr("Base + stock per year + bonus: %1")
            .arg(Money::exactRange(band.computedTotalLow(), band.computedTotalHigh(), code));
    case TotalCheck: {
        const TotalsGap gap = totalsGap(band);
        const QString detail
            = tr("Low end: stated %1, parts add up to %2 (%3).\nHigh end: stated %4, parts add up to %5 (%6).")
                  .arg(Money::exact(band.totalCompLow, code), Money::exact(band.computedTotalLow(), code),
                       signedPercent(gap.low), Money::exact(band.totalCompHigh, code),
                       Money::exact(band.computedTotalHigh(), code), signedPercent(gap.high));
        if (!gap.exceedsTolerance())
            return tr("The stated total comp matches its parts within %1%.").arg(int(kTotalTolerance * 100)) + u'\n'
                   + detail;
        return tr("The stated total comp differs from base + stock per year + bonus by up to %1, more than %2%.")
                   .arg(signedPercent(std::abs(gap.low) >= std::abs(gap.high) ? gap.low : gap.high))
                   .arg(int(kTotalTolerance * 100))
               + u'\n' + detail;
    }
    default:
        return {};
    }
}

QVariant RegionBandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == TotalCheck)
        return tr("Does the stated total comp match base + stock per year + bonus? Flagged beyond %1%.")
            .arg(int(kTotalTolerance * 100));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case Currency:
        return tr("Currency");
    case Base:
        return tr("Base");
    case StockFourYears:
        return tr("Stock\n(4 years)");
    case StockPerYear:
        return tr("Stock\nper year");
    case BonusPercent:
        return tr("Bonus");
    case StatedTotal:
        return tr("Total comp\n(stated)");
    case ComputedTotal:
        return tr("Sum of\nparts");
    case TotalCheck:
        return tr("Check");
    default:
        return {};
    }
}
