// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

// The time the window goes by, for deadlines: the system's, unless a test sets another, so "tomorrow" and midnight
// come without waiting for them.
namespace Clock {
QDateTime now();
QDate today();
// A source of the current local time; an empty function gives the system clock back.
void setSource(std::function<QDateTime()> source);
// Milliseconds from now until the next local midnight (at least 1).
qint64 msecsToNextDay();
} // namespace Clock
