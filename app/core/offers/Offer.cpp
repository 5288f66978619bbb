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

bool Offer::hasEquityTerms() const
{
    return equityShares != 0 || sharePrice != 0 || growthPct != 0 || refresherGrant != 0
        || refresherVestingYears != EquityDefaults::kRefresherVestingYears
        || vestingFrequency != VestingFrequency::Yearly || cliffMonths != EquityDefaults::kCliffMonths
        || signOnClawbackMonths != EquityDefaults::kSignOnClawbackMonths || signOnClawback != SignOnClawback::Prorated;
}

QString EquityTerms::frequencyName(VestingFrequency frequency)
{
    switch (frequency) {
    case VestingFrequency::Yearly:
        return u"yearly"_s;
    case VestingFrequency::Quarterly:
        return u"quarterly"_s;
    case VestingFrequency::Monthly:
        return u"monthly"_s;
    }
    return u"yearly"_s;
}

std::optional<VestingFrequency> EquityTerms::parseFrequency(const QString &name)
{
    for (VestingFrequency f : {VestingFrequency::Yearly, VestingFrequency::Quarterly, VestingFrequency::Monthly}) {
        if (name == frequencyName(f))
            return f;
    }
    return std::nullopt;
}

int EquityTerms::periodsPerYear(VestingFrequency frequency)
{
    switch (frequency) {
    case VestingFrequency::Yearly:
        return 1;
    case VestingFrequency::Quarterly:
        return 4;
    case VestingFrequency::Monthly:
        return 12;
    }
    return 1;
}

QString EquityTerms::clawbackName(SignOnClawback clawback)
{
    return clawback == SignOnClawback::Full ? u"full"_s : u"prorated"_s;
}

std::optional<SignOnClawback> EquityTerms::parseClawback(const QString &name)
{
    for (SignOnClawback c : {SignOnClawback::Prorated, SignOnClawback::Full}) {
        if (name == clawbackName(c))
            return c;
    }
    return std::nullopt;
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
