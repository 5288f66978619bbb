// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "support/SeedOffers.h"

using namespace Qt::StringLiterals;

QList<Offer> SeedOffers::targetAndAlternative()
{
    Offer target;
    target.company = u"Hugging Face Enterprise"_s;
    target.role = u"Software Engineer"_s;
    target.region = u"San Francisco"_s;
    target.currency = u"USD"_s;
    target.base = 185000;
    target.equityTotal = 180000;
    target.bonusPct = 5;
    target.target = true;
    Offer google = target;
    google.company = u"Google"_s;
    google.level = u"L4"_s;
    google.base = 210000;
    google.equityTotal = 260000;
    google.bonusPct = 15;
    google.target = false;
    return {target, google};
}
