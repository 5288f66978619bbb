// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The negotiation summary's "So far" section: each offer's rounds and the counters sent for it, with what changed,
// worded once for the PDF, the print preview and the tests. Only offers with a history are in it.

// One step: a round of the offer, or a counter sent.
struct ReportSoFarEntry
{
    QString date;   // "2 March 2026", or "date not recorded"
    QString step;   // "Round 2: revised after my counter", "Counter sent"
    QString detail; // "base +10,000, equity +40,000", "first round", "asked base $215,000, equity …"
    std::optional<double> annualized; // a round's 4-year average, in the offer's currency
    bool counterSent = false;
};

struct ReportSoFarOffer
{
    QString label;    // "Northwind Labs L5"
    QString currency; // the offer's own: every amount here is in it
    bool target = false;
    QList<ReportSoFarEntry> entries;
};

namespace ReportSoFar {
QString title(); // "So far"
// The offers with revisions or counters sent, the target first, then in the order given.
QList<ReportSoFarOffer> from(const QList<Offer> &offers);
// The section as plain text, in the PDF's order; empty when there is no history.
QStringList plainTextLines(const QList<ReportSoFarOffer> &offers);
} // namespace ReportSoFar
