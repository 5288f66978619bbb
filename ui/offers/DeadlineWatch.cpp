// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/DeadlineWatch.h"

#include "ui/common/Clock.h"
#include "ui/models/OffersModel.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace {
// Past midnight by a little, so a timer that fires a touch early still lands on the new day.
constexpr qint64 kMarginMs = 500;
} // namespace

DeadlineWatch::DeadlineWatch(OffersModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("deadlineDayTimer"));
    m_timer->setSingleShot(true);
    // A coarse timer may be 5% off: minutes, over a night.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DeadlineWatch::timerFired);
}

void DeadlineWatch::start()
{
    check(false);
}

QList<DeadlineEntry> DeadlineWatch::needingNotice() const
{
    return Deadlines::needingNotice(m_model->offers(), Clock::today());
}

QList<qint64> DeadlineWatch::offerIds(const QList<DeadlineEntry> &entries) const
{
    QList<qint64> ids;
    for (const DeadlineEntry &entry : entries)
        ids.append(m_model->offers().value(entry.offerIndex).id);
    return ids;
}

void DeadlineWatch::timerFired()
{
    if (Clock::today() != m_day)
        check(true);
    else
        arm(); // early, or the clock went back: wait for the real midnight
}

void DeadlineWatch::check(bool newDay)
{
    m_day = Clock::today();
    m_model->refreshDeadlines();
    emit checked(needingNotice(), newDay);
    arm();
}

void DeadlineWatch::arm()
{
    const qint64 wait = std::min<qint64>(Clock::msecsToNextDay() + kMarginMs, std::numeric_limits<int>::max());
    m_timer->start(int(wait));
}
