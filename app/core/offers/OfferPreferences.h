// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QString>

// The person's preferences that are not data: kept in QSettings. Exchange rates live in the offers store, beside
// the offers they convert.
namespace OfferPreferences {
QString defaultRegion();
void setDefaultRegion(const QString &region);
} // namespace OfferPreferences
