// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "bands/BandStatistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BandStatistics)
};
} // namespace

namespace {

QString caseFolded(const QString &text)
{
    return text.toCaseFolded();
}

QString groupKey(const DataPoint &point)
{
    // A unit separator cannot appear in a point's text (the reader refuses control characters).
    return caseFolded(point.company) + u'\x1f' + caseFolded(point.role) + u'\x1f' + caseFolded(point.region) + u'\x1f'
           + point.currency;
}

QString companyRoleKey(const BandGroup &group)
{
    return caseFolded(group.company) + u'\x1f' + caseFolded(group.role);
}

BandSpread spread(QList<double> values, const BandPercentiles &percentiles)
{
    std::sort(values.begin(), values.end());
    return {BandStatistics::percentile(values, percentiles.low), BandStatistics::percentile(values, 50),
            BandStatistics::percentile(values, percentiles.high)};
}

BandGroup summarize(const QList<const DataPoint *> &points, const BandPercentiles &percentiles, const QDate &today)
{
    BandGroup group;
    const DataPoint &first = *points.first();
    group.company = first.company;
    group.role = first.role;
    group.region = first.region;
    group.currency = first.currency;
    group.count = int(points.size());
    QList<double> base, stock, total, bonus;
    QList<const DataPoint *> old;
    const QDate oldLimit = today.addYears(-BandStatistics::kMaxAgeYears);
    for (const DataPoint *point : points) {
        base.append(point->base);
        stock.append(point->stock4yr);
        total.append(point->totalComp());
        bonus.append(point->bonusPct);
        if (!group.oldest.isValid() || point->date < group.oldest)
            group.oldest = point->date;
        if (!group.newest.isValid() || point->date > group.newest)
            group.newest = point->date;
        group.pointsPerSource[point->source] += 1;
        if (!group.levels.contains(point->level))
            group.levels.append(point->level);
        if (point->date < oldLimit)
            old.append(point);
    }
    group.base = spread(base, percentiles);
    group.stock4yr = spread(stock, percentiles);
    group.totalComp = spread(total, percentiles);
    std::sort(bonus.begin(), bonus.end());
    group.bonusPct = BandStatistics::percentile(bonus, 50);

    if (group.count < BandStatistics::kFewPoints)
        group.warnings.append((group.count == 1 ? Tr::tr("only %1 point: fewer than %2, so the band is a rough guess")
                                                : Tr::tr("only %1 points: fewer than %2, so the band is a rough guess"))
                                  .arg(group.count)
                                  .arg(BandStatistics::kFewPoints));
    if (!old.isEmpty()) {
        QStringList lines;
        for (const DataPoint *point : old)
            lines.append(QString::number(point->line));
        group.warnings.append((old.size() == 1 ? Tr::tr("%1 point is older than %2 years (before %3): line %4")
                                               : Tr::tr("%1 points are older than %2 years (before %3): lines %4"))
                                  .arg(old.size())
                                  .arg(BandStatistics::kMaxAgeYears)
                                  .arg(oldLimit.toString(Qt::ISODate), lines.join(u", "_s)));
    }
    return group;
}

// The same company and role with points in more than one currency: every group of it says so.
void warnAboutCurrencies(QList<BandGroup> &groups)
{
    QHash<QString, QStringList> currencies;
    for (const BandGroup &group : groups) {
        QStringList &list = currencies[companyRoleKey(group)];
        if (!list.contains(group.currency))
            list.append(group.currency);
    }
    for (BandGroup &group : groups) {
        QStringList list = currencies.value(companyRoleKey(group));
        if (list.size() < 2)
            continue;
        list.sort();
        group.warnings.append(Tr::tr("%1, %2 has points in %3 currencies (%4): bands in different currencies can't be "
                                     "compared without an exchange rate")
                                  .arg(group.company, group.role, QString::number(list.size()), list.join(u", "_s)));
    }
}

} // namespace

std::optional<BandPercentiles> BandPercentiles::parse(const QString &text)
{
    static const QRegularExpression number(u"^\\s*[0-9]+(\\.[0-9]+)?\\s*$"_s);
    const QStringList parts = text.split(u',');
    if (parts.size() != 2 || !number.match(parts.at(0)).hasMatch() || !number.match(parts.at(1)).hasMatch())
        return std::nullopt;
    const BandPercentiles percentiles{parts.at(0).trimmed().toDouble(), parts.at(1).trimmed().toDouble()};
    if (!(0 < percentiles.low && percentiles.low < percentiles.high && percentiles.high < 100))
        return std::nullopt;
    return percentiles;
}

double BandStatistics::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double h = double(sorted.size() - 1) * p / 100;
    const qsizetype below = qsizetype(std::floor(h));
    const qsizetype above = std::min(qsizetype(std::ceil(h)), sorted.size() - 1);
    return sorted.at(below) + (h - double(below)) * (sorted.at(above) - sorted.at(below));
}

QList<BandGroup> BandStatistics::compute(const QList<DataPoint> &points, const BandPercentiles &percentiles,
                                         const QDate &today)
{
    QStringList order;
    QHash<QString, QList<const DataPoint *>> members;
    for (const DataPoint &point : points) {
        const QString key = groupKey(point);
        QList<const DataPoint *> &list = members[key];
        if (list.isEmpty())
            order.append(key);
        list.append(&point);
    }
    QList<BandGroup> groups;
    for (const QString &key : order)
        groups.append(summarize(members.value(key), percentiles, today));
    warnAboutCurrencies(groups);
    return groups;
}
