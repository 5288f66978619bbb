// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QDate>
#include <QList>
#include <QString>

// How close each offer's deadline is. Pure: `today` is an input, so tests and the UI's midnight timer decide it.

struct DeadlineStatus
{
    enum class Urgency { None, Open, Urgent, Passed };

    Urgency urgency = Urgency::None; // None: the offer has no deadline
    int daysLeft = 0;                // deadline − today, in days; negative once passed

    bool hasDeadline() const { return urgency != Urgency::None; }
    bool isUrgent() const { return urgency == Urgency::Urgent; }
    bool isPassed() const { return urgency == Urgency::Passed; }
    friend bool operator==(const DeadlineStatus &, const DeadlineStatus &) = default;
};

// One offer with a deadline, as `deadlines` lists it.
struct DeadlineEntry
{
    int offerIndex = -1; // in the list given
    QString label;       // "Initech L5"
    QDate deadline;
    DeadlineStatus status;
};

namespace Deadlines {
// Two days or fewer left (today, tomorrow, the day after) is urgent.
constexpr int kUrgentDays = 2;

DeadlineStatus status(const QDate &deadline, const QDate &today);
// "5 days left", "2 days left — urgent", "due today — urgent", "passed 3 days ago"; empty without a deadline.
QString words(const DeadlineStatus &status);
// The offers with a deadline, soonest first (ties in the order given).
QList<DeadlineEntry> list(const QList<Offer> &offers, const QDate &today);
// The deadlines that need a notice: not passed, and within 48 hours of `today`'s start (today or tomorrow… up to
// kUrgentDays), soonest first.
QList<DeadlineEntry> needingNotice(const QList<Offer> &offers, const QDate &today);
// "Initech L5's deadline is tomorrow (2026-03-14)." for a notice; one sentence per entry.
QString noticeText(const QList<DeadlineEntry> &entries);
} // namespace Deadlines
