// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/EquityScenarios.h"

// The horizon and the scenario set the person chose on the Offers tab, kept in QSettings like the default region
// (OfferPreferences), so the screen, the Counter tab and the PDF use the same ones from one start to the next.
namespace EquityPreferences {
// The stored horizon and set; the defaults (4 years; −30, −15, 0, +10, +25) for anything missing or out of range.
EquityAssumptions assumptions();
void setAssumptions(const EquityAssumptions &assumptions);
} // namespace EquityPreferences
