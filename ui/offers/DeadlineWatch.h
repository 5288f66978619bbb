// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Deadlines.h"

#include <QDate>
#include <QObject>

class OffersModel;
class QTimer;

// Watches the offers' deadlines by the Clock: at start() and again at every local midnight while the window is
// open (a timer set to the next midnight), it counts the days left again and says which deadlines need a notice.
class DeadlineWatch final : public QObject
{
    Q_OBJECT

public:
    explicit DeadlineWatch(OffersModel *model, QObject *parent = nullptr);

    // Checks now, then at each new day.
    void start();
    // The deadlines within 48 hours (not passed), soonest first, by Clock::today().
    QList<DeadlineEntry> needingNotice() const;
    // The offers' ids, in the order of needingNotice()'s entries.
    QList<qint64> offerIds(const QList<DeadlineEntry> &entries) const;
    // The timer that fires at the next midnight (for tests).
    const QTimer *dayTimer() const { return m_timer; }

signals:
    // At start and at each new day: the deadlines that need a notice now (possibly none).
    void checked(const QList<DeadlineEntry> &entries, bool newDay);

private:
    void timerFired();
    void check(bool newDay);
    void arm();

    OffersModel *m_model;
    QTimer *m_timer;
    QDate m_day; // the day last checked
};
