// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"

#include <QDate>
#include <QString>
#include <QUrl>

// An email the person can send: a subject and a body, made from the same counter as the script, in their voice,
// short, polite and specific. It never says the floor and never quotes a weaker offer's figures (ScriptLint
// passes it). Pure: the same input gives the same text.

struct MessageDraft
{
    QString subject;
    QString body; // lines separated by "\n"

    // A mailto: URL with the subject and body percent-encoded as RFC 6068 asks (UTF-8; line breaks as %0D%0A;
    // "&", "#", "%" and spaces encoded), to `to` when given.
    QUrl mailtoUrl(const QString &to = QString()) const;

    friend bool operator==(const MessageDraft &, const MessageDraft &) = default;
};

struct MessageDraftOptions
{
    QString recipientName; // "Jane"; "Hi Jane," — or "Hi," when empty
    QString senderName;    // signs the message; left out when empty
};

namespace MessageDrafts {
// The counter as an email: thanks for the offer, the stronger offers the script names (as written on their
// letters), the asks, the script's closing, and a request for a reply.
MessageDraft counter(const CounterInput &input, const CounterSuggestion &suggestion,
                     const MessageDraftOptions &options = {});
// A short request for more time before the target's deadline: `extraDays` past the deadline (or past today when
// the deadline has passed or is unknown), named as a date.
MessageDraft moreTime(const Offer &target, const QDate &today, const MessageDraftOptions &options = {},
                      int extraDays = 7);
// When to offer moreTime(): the target has a deadline that is urgent (Deadlines, 2 days or fewer) and not passed.
bool shouldOfferMoreTime(const Offer &target, const QDate &today);
} // namespace MessageDrafts
