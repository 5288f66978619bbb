// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Deadlines.h"

#include <QObject>
#include <QSet>

class DeadlineWatch;
class NoticeBanner;
class OffersModel;
class SystemNotifier;

// The window's notice of a deadline within 48 hours: at start and at each new day (DeadlineWatch), a banner in the
// window and, where the desktop has a tray, a system notification. A dismissed notice stays away for the day; a
// deadline that becomes close meanwhile (an edit) shows in the banner at once. When the offer being negotiated is
// among them, the banner offers the message asking for more time.
class DeadlineNotices final : public QObject
{
    Q_OBJECT

public:
    DeadlineNotices(NoticeBanner *banner, OffersModel *model, QObject *parent = nullptr);

    // Checks now and from then on at each midnight.
    void start();
    DeadlineWatch *watch() const { return m_watch; }

signals:
    // The person chose "Ask for more time" for the target offer.
    void moreTimeRequested();
    // The person clicked the system notification.
    void notificationClicked();

private:
    void checked(const QList<DeadlineEntry> &entries, bool newDay, bool notify);
    void offersChanged();
    QString keyOf(qint64 offerId, const DeadlineEntry &entry) const;

    NoticeBanner *m_banner;
    OffersModel *m_model;
    DeadlineWatch *m_watch;
    SystemNotifier *m_notifier;
    QSet<QString> m_shown;     // the deadlines the banner tells of (offer id and date)
    QSet<QString> m_dismissed; // the ones dismissed today
};
