// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// An offer's rounds, oldest first, with what changed from one round to the next and each round's 4-year average.
// Pure: no I/O, no state.

// A change in one part of an offer from the round before: "base +10,000".
struct OfferChange
{
    QString key;  // the part's field in the offers JSON: "base", "equity_total", "bonus_pct", "sign_on", …
    QString name; // the part in words: "base", "equity", "bonus", "sign-on", …
    double delta = 0; // in the offer's currency; in percentage points for bonus_pct
    bool isPercentPoints = false; // bonus_pct

    friend bool operator==(const OfferChange &, const OfferChange &) = default;
};

struct OfferRound
{
    int number = 1; // 1-based
    QDate date;     // invalid when unknown
    QString note;
    Offer offer;    // the offer with this round's numbers
    double annualized = 0; // the 4-year average (OfferMath::annualized), in the offer's currency
    QList<OfferChange> changes; // against the round before; empty for the first
    // The offer's own numbers differ from its last recorded revision (edited in place since): this round is them.
    bool editedSinceLastRevision = false;
};

// One step of a negotiation: a round of the offer, or a counter sent.
struct OfferEvent
{
    QDate date; // invalid when unknown
    std::optional<OfferRound> round;
    std::optional<CounterSent> counter;
};

namespace OfferHistory {
// The parts compared between rounds, in the order changes are listed: their JSON keys.
QStringList partKeys();
// The part's name in words: "base", "equity", "bonus", "sign-on", "year-2 sign-on", "relocation", "refresher".
QString partName(const QString &key);

// The offer's rounds: its revisions, oldest first, then its own numbers when they differ from the last revision
// (or when it has none), so the last round is always the offer as it stands.
QList<OfferRound> rounds(const Offer &offer);
// What changed from `before` to `after`, per part, the parts that did not change left out.
QList<OfferChange> changes(const OfferRevision &before, const OfferRevision &after);
// "base +10,000, sign-on +15,000, bonus +2 points", or "no change".
QString changesText(const QList<OfferChange> &changes);
// "+10,000", "−5,000", "+2 points".
QString deltaText(const OfferChange &change);

// The rounds with the counters sent between them, by date: a counter goes before the first dated round after its
// day; a counter without a date, or after every round, comes last.
QList<OfferEvent> events(const Offer &offer);

// The offer with its current numbers recorded as a round (when not already the last one), then `edited`'s numbers
// as a new round dated `date` with `note`, and those numbers as its own. Everything but the numbers comes from
// `edited`. The first round keeps an unknown date unless `firstDate` is given.
Offer withNewRound(const Offer &before, const Offer &edited, const QDate &date, const QString &note,
                   const QDate &firstDate = QDate());
// The offer with its last revision's numbers set to its own: an edit that overwrites the latest round.
Offer withLatestRoundOverwritten(const Offer &offer);
// The offer with a counter sent recorded (kept in date order; same-day counters in the order recorded).
Offer withCounterSent(const Offer &offer, const CounterSent &counter);
} // namespace OfferHistory
