// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferPreferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QString OfferPreferences::defaultRegion()
{
    return QSettings().value(u"offers/defaultRegion"_s).toString();
}

void OfferPreferences::setDefaultRegion(const QString &region)
{
    QSettings settings;
    settings.setValue(u"offers/defaultRegion"_s, region.trimmed());
    settings.sync();
}
