// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/AppInfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

void AppInfo::initialize()
{
    QCoreApplication::setOrganizationName(u"OfferDesk"_s);
    QCoreApplication::setOrganizationDomain(u"offerdesk.org"_s);
    QCoreApplication::setApplicationName(u"OfferDesk"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::version()
{
    return QStringLiteral(OFFERDESK_VERSION);
}
