// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/Offer.h"

#include "offers/OfferMath.h"

using namespace Qt::StringLiterals;

QString Offer::label() const
{
    return level.isEmpty() ? company : company + u' ' + level;
}

int Offer::vestingPeriodYears() const
{
    return vestingYears() > 0 ? vestingYears() : OfferMath::kYears;
}

QList<double> VestingPresets::even()
{
    return {25, 25, 25, 25};
}

QList<double> VestingPresets::backLoaded()
{
    return {5, 15, 40, 40};
}

QList<double> VestingPresets::frontLoaded()
{
    return {33, 33, 22, 12};
}
