// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/OptionsOutlook.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The negotiation summary's "Startup equity" section: for each options offer, the assumptions as entered (in the
// offer's own currency), the paper value, the cost to exercise, the exit table and the break-even sentence (in the
// band's currency, as every figure of the summary).

struct ReportExitRow
{
    double exitMultiple = 0;
    double exitPrice = 0;    // per share
    double optionsValue = 0; // the options vesting within the horizon
    double total = 0;        // the offer over the horizon
    double average = 0;      // a year
    bool expected = false;   // the offer's own expected exit
};

struct ReportStartupEquity
{
    QString label; // "Nimbus Labs Senior"
    bool target = false;
    int horizonYears = 4; // of the exit table's totals
    QStringList assumptions; // "20,000 options at a $2.00 strike", "Last round: $10.00 a share", …
    double paperValue = 0;
    double costToExercise = 0;
    std::optional<double> exerciseSpread;
    std::optional<double> ownershipPct;
    QList<ReportExitRow> exits;
    QString breakEven; // the sentence, or empty without another offer
    QStringList warnings;
};

namespace StartupEquitySection {
// One entry per options offer of the comparison, in its order, at the given exits plus each offer's expected one,
// with totals over horizonYears.
QList<ReportStartupEquity> build(const OffersComparison &comparison, const QList<double> &exitMultiples,
                                 int horizonYears);
// "over 4 years", "over 1 year"
QString overYears(int horizonYears);
// A price per share with its cents, always: "$2.00".
QString pricePerShare(double value, const QString &currency);
// The section's note: what the figures rest on, in words.
QString note();
// The section as plain text lines, as NegotiationReport::toPlainText() prints it.
QStringList plainText(const QList<ReportStartupEquity> &sections, const QString &currency);
} // namespace StartupEquitySection
