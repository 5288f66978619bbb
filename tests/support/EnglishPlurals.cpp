// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Linked into every test executable: the English plural forms ("1 offer", "2 offers") are loaded when the
// application object is made, as the executables load them, so in-process tests read the same English.

#include "common/Translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
void loadEnglish()
{
    Translations::install(u"en"_s);
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(loadEnglish)
