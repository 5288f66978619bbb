// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// One pay data point a person collected (from Levels.fyi, Blind, a friend, a recruiter): one row of the CSV file.
struct DataPoint
{
    QString company;
    QString role;
    QString level;
    QString region;
    QString currency; // ISO 4217
    double base = 0;
    double stock4yr = 0; // the stock grant over four years (stock_per_year × 4 when the file gives that column)
    double bonusPct = 0;
    QDate date;
    QString source;
    int line = 0; // the file's physical line where the row starts

    // base + stock/4 + bonus% of base, as a guide computes a year's total.
    double totalComp() const { return base + stock4yr / 4 + base * bonusPct / 100; }
};

struct DataPointFile
{
    QList<DataPoint> points;
    Diagnostics diagnostics; // bad rows (errors, each skipped) and header warnings
    int badRows = 0;

    bool allRowsGood() const { return !hasErrors(diagnostics); }
};

// Limits that keep a hostile data file from eating memory or time. guides/README.md documents them.
namespace DataPointLimits {
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
constexpr int kMaxRows = 100000;
constexpr qsizetype kMaxFieldBytes = 4096;
} // namespace DataPointLimits

// Reads data points from CSV with a header row. Quoting follows RFC 4180, parsed by libcsv in strict mode. A bad
// row is reported as `path:line: error: …` and skipped; the good rows are always kept.
namespace CsvDataPoints {

DataPointFile readFile(const QString &path);
DataPointFile parse(const QByteArray &bytes, const QString &path);

// The columns every file needs, besides one of stock_4yr and stock_per_year.
QStringList requiredColumns();

} // namespace CsvDataPoints
