// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "bands/CsvDataPoints.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The percentiles a band's low and high ends sit at, in percent.
struct BandPercentiles
{
    double low = 25;
    double high = 75;

    // "LOW,HIGH" with 0 < LOW < HIGH < 100, such as "25,75"; nothing when the text is not that.
    static std::optional<BandPercentiles> parse(const QString &text);
};

struct BandSpread
{
    double low = 0;
    double median = 0;
    double high = 0;
};

// The band of one company, role, region and currency, built from its data points.
struct BandGroup
{
    QString company; // as the first point of the group writes it
    QString role;
    QString region;
    QString currency;
    int count = 0;
    BandSpread base;
    BandSpread stock4yr;
    BandSpread totalComp; // of each point's base + stock/4 + bonus% of base
    double bonusPct = 0;  // the median
    QStringList warnings;

    // Where the numbers come from, for a guide drafted from the band.
    QDate oldest;
    QDate newest;
    QMap<QString, int> pointsPerSource;
    QStringList levels; // in the order first seen
};

namespace BandStatistics {

constexpr int kFewPoints = 5;   // a group with fewer points gets a warning
constexpr int kMaxAgeYears = 2; // a point older than this (before today) gets a warning

// The p-th percentile (0–100) of values sorted ascending, by the "linear" method (Hyndman & Fan type 7, the default
// of NumPy and R): h = (n − 1)·p/100, interpolated between the values at floor(h) and ceil(h). 0 for no values.
double percentile(const QList<double> &sorted, double p);

// Groups points by company, role, region (each ignoring case) and currency, in the order the groups first appear.
// today decides which points are old, so the result never depends on the clock.
QList<BandGroup> compute(const QList<DataPoint> &points, const BandPercentiles &percentiles, const QDate &today);

} // namespace BandStatistics
