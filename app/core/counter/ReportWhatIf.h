// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/EquityScenarios.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct OffersComparison;

// The summary's "What if the stock moves" section: every offer's total over the horizon in the expected case and
// in each scenario, the break-even sentences, the scenarios that flip which offer is best, and the assumptions as
// entered. Worded once, for the PDF, the print preview and the plain text.
struct ReportWhatIfRow
{
    QString label;
    bool target = false;
    double expectedGrowthPct = 0;
    double expectedTotal = 0;
    QList<double> scenarioTotals; // one per scenario, in the set's order
};

struct ReportWhatIf
{
    QString heading;      // "What if the stock moves"
    QString intro;        // what the table shows, with the horizon and the currency
    int horizonYears = 4;
    QList<double> growthPcts; // the scenario set
    QList<ReportWhatIfRow> rows;
    QStringList breakEvens;   // the break-even sentences
    QStringList flips;        // the scenarios that change which offer is best
    QStringList assumptions;  // one line per offer, as entered: shares and price, growth, vesting, refreshers, dates
    QString note;             // how the figures are worked out

    // "−30%", "+10%", "0%": a scenario's column heading.
    static QString growthHeading(double pct);
    // The section as plain text, amounts in `currency` (the report's).
    QStringList toPlainLines(const QString &currency) const;
};

namespace ReportWhatIfBuilder {
// Whether the section says something: scenarios were asked for, an offer has growth or share fields, or more than
// one offer carries equity.
bool wanted(const QList<Offer> &offers, const std::optional<EquityAssumptions> &asked);
// The section over the comparison's rows (in the band's currency); `originals` are the offers as entered, in the
// same order, for the assumptions.
ReportWhatIf build(const OffersComparison &comparison, const QList<Offer> &originals,
                   const EquityAssumptions &assumptions);
} // namespace ReportWhatIfBuilder
