// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"
#include "common/Result.h"
#include "offers/Offer.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct OffersReadResult
{
    QList<Offer> offers; // empty when there is any error
    Diagnostics diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
    // Every diagnostic on its own line, "path: error: offers[2].base: ...".
    QString errorText() const;
};

// Limits that keep a broken or hostile offers file from eating memory.
namespace OffersLimits {
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
constexpr int kMaxOffers = 1000;
constexpr double kMaxAmount = kMaxOfferAmount;
constexpr double kMaxBonusPct = 200;
constexpr int kMaxVestingYears = 10;
constexpr qsizetype kMaxTextLength = 10000;
constexpr int kMaxCliffMonths = 12 * kMaxVestingYears; // a cliff past the whole schedule vests it all at once
constexpr int kMaxClawbackMonths = 60;
} // namespace OffersLimits

// The offers JSON format shared by import, export and offerdesk-cli:
// { "offers": [ { "company": ..., "region": ..., "currency": ..., "base": ..., ... } ] }
// Only company, region, currency and base are required. Errors name the file, the offer's index and the field;
// an unknown field is a warning.
namespace OffersJson {
OffersReadResult readFile(const QString &path);
OffersReadResult parse(const QByteArray &bytes, const QString &path);

QByteArray toJson(const QList<Offer> &offers);
// Atomic: the file is replaced only when the whole document is written.
Result<> writeFile(const QString &path, const QList<Offer> &offers);

// A problem with one field of an offer, named as in the JSON format ("base", "vesting_schedule").
struct FieldProblem
{
    QString field;
    QString message; // "must be a non-negative number"
    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

// The checks the entry form shares with the file format: required fields, no negatives, sane ranges, a known
// currency, and a schedule that sums to 100. Empty when the offer is fine.
QList<FieldProblem> validate(const Offer &offer);
// The part of validate() for the fields of equity that moves (shares, price, growth, refresher grant and years,
// cliff, clawback months).
QList<FieldProblem> validateEquityTerms(const Offer &offer);
} // namespace OffersJson
