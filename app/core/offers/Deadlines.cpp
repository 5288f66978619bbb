// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/Deadlines.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};

} // namespace

DeadlineStatus Deadlines::status(const QDate &deadline, const QDate &today)
{
    DeadlineStatus result;
    if (!deadline.isValid() || !today.isValid())
        return result;
    result.daysLeft = int(today.daysTo(deadline));
    if (result.daysLeft < 0)
        result.urgency = DeadlineStatus::Urgency::Passed;
    else if (result.daysLeft <= kUrgentDays)
        result.urgency = DeadlineStatus::Urgency::Urgent;
    else
        result.urgency = DeadlineStatus::Urgency::Open;
    return result;
}

QString Deadlines::words(const DeadlineStatus &status)
{
    switch (status.urgency) {
    case DeadlineStatus::Urgency::None:
        return QString();
    case DeadlineStatus::Urgency::Passed:
        return status.daysLeft == -1 ? Tr::tr("passed 1 day ago") : Tr::tr("passed %1 days ago").arg(-status.daysLeft);
    case DeadlineStatus::Urgency::Urgent:
        if (status.daysLeft == 0)
            return Tr::tr("due today \u2014 urgent");
        return status.daysLeft == 1 ? Tr::tr("1 day left \u2014 urgent")
                                    : Tr::tr("%1 days left \u2014 urgent").arg(status.daysLeft);
    case DeadlineStatus::Urgency::Open:
        break;
    }
    return Tr::tr("%1 days left").arg(status.daysLeft);
}

QList<DeadlineEntry> Deadlines::list(const QList<Offer> &offers, const QDate &today)
{
    QList<DeadlineEntry> entries;
    for (qsizetype i = 0; i < offers.size(); ++i) {
        const Offer &offer = offers.at(i);
        if (!offer.deadline.isValid())
            continue;
        entries.append({int(i), offer.label(), offer.deadline, status(offer.deadline, today)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const DeadlineEntry &a, const DeadlineEntry &b) { return a.deadline < b.deadline; });
    return entries;
}

QList<DeadlineEntry> Deadlines::needingNotice(const QList<Offer> &offers, const QDate &today)
{
    QList<DeadlineEntry> entries = list(offers, today);
    entries.removeIf([](const DeadlineEntry &entry) { return !entry.status.isUrgent(); });
    return entries;
}

QString Deadlines::noticeText(const QList<DeadlineEntry> &entries)
{
    QStringList sentences;
    for (const DeadlineEntry &entry : entries) {
        // Written as the offers table writes it, in the screen's locale.
        const QString date = QLocale().toString(entry.deadline, QLocale::ShortFormat);
        switch (entry.status.daysLeft) {
        case 0:
            sentences.append(Tr::tr("%1's deadline is today (%2).").arg(entry.label, date));
            break;
        case 1:
            sentences.append(Tr::tr("%1's deadline is tomorrow (%2).").arg(entry.label, date));
            break;
        default:
            sentences.append(Tr::tr("%1's deadline is in %2 days (%3).").arg(entry.label)
                                 .arg(entry.status.daysLeft).arg(date));
            break;
        }
    }
    return sentences.join(u' ');
}
