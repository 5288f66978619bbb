// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QString>
#include <QStringList>

namespace Currency {
// True for an active ISO 4217 alphabetic code such as "USD" or "EUR".
bool isIsoCode(const QString &code);
// Every active ISO 4217 alphabetic code, sorted: what a currency picker offers.
QStringList isoCodes();
// The symbol people read for a code ("$", "€", "£"); the code itself when it has none we know.
QString symbol(const QString &code);
} // namespace Currency
