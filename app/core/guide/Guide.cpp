// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/Guide.h"

using namespace Qt::StringLiterals;

QString Guide::id() const
{
    return company + u'/' + role;
}

QString Guide::companyName() const
{
    return companyDisplay.isEmpty() ? company : companyDisplay;
}

QString Guide::roleName() const
{
    return roleDisplay.isEmpty() ? role : roleDisplay;
}

QString Guide::title() const
{
    return u"%1 at %2"_s.arg(roleName(), companyName());
}

QStringList Guide::regionNames() const
{
    QStringList names;
    names.reserve(regions.size());
    for (const RegionBand &band : regions)
        names.append(band.region);
    return names;
}

const RegionBand *Guide::findRegion(const QString &name) const
{
    for (const RegionBand &band : regions) {
        if (band.region.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &band;
    }
    return nullptr;
}

bool Guide::isStale(const QDate &today) const
{
    return nextReviewDue.isValid() && nextReviewDue < today;
}
