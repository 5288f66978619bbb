#pragma once

#include <QString>

namespace Currency {
// True for an active ISO 4217 alphabetic code such as "USD" or "EUR".
bool isIsoCode(const QString &code);
// The symbol people read for a code ("$", "€", "£"); the code itself when it has none we know.
QString symbol(const QString &code);
} // namespace Currency
