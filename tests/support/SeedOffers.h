// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QList>

namespace SeedOffers {
// Two San Francisco Software Engineer offers against the bundled guide (made-up figures): Hugging Face Enterprise
// ($185,000 base, $180,000 equity, 5% bonus), the target, and a Google L4 ($210,000, $260,000, 15%).
QList<Offer> targetAndAlternative();
} // namespace SeedOffers
