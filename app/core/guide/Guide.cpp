// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/Guide.h"

#include <QCoreApplication>

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
    //: A guide's title: "Software Engineer at Hugging Face Enterprise".
    return QCoreApplication::translate("Guide", "%1 at %2").arg(roleName(), companyName());
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
