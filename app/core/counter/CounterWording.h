// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"

#include <QCoreApplication>

// The small words every stage of the counter writes with: amounts, percentages and lists, always spelled the same
// way (the report's money style), so the same input gives the same text on every machine.
namespace CounterWording {
// Every stage's words are in the "CounterEngine" context; lupdate reads the context from this struct.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CounterEngine)
};
QString money(double value, const QString &currency);  // "$185,000"
QString spoken(double value, const QString &currency); // "$215K"
QString percent(double fraction);  // 0.3 -> "30%"
QString percentValue(double pct);  // 7.5 -> "7.5%", 5 -> "5%"
QString decimal(double value);     // 1.08 -> "1.08" ("1,08" in French): an exchange rate, up to 6 digits
QString joinNames(const QStringList &names); // "Globex, Initech and Acme"
QString article(const QString &word);        // "a" or "an"
QString partName(CounterPart part);          // "base", "equity", "sign-on"
QString capitalized(QString text);
} // namespace CounterWording
