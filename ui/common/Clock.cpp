// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/Clock.h"

#include <algorithm>

namespace {

std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> function;
    return function;
}

} // namespace

QDateTime Clock::now()
{
    return source() ? source()() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setSource(std::function<QDateTime()> function)
{
    source() = std::move(function);
}

qint64 Clock::msecsToNextDay()
{
    const QDateTime current = now();
    const QDateTime midnight(current.date().addDays(1), QTime(0, 0));
    return std::max<qint64>(1, current.msecsTo(midnight));
}
