// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// OfferDesk's translations (English is the source language) and Qt's own, chosen from the locale or the
// person's override in Preferences. Both executables install them at start; tests don't, so they run in English.
namespace Translations {
// The languages OfferDesk ships besides English, as ISO 639 codes: "fr", "de".
QStringList shippedLanguages();

// The language chosen in Preferences: "" follows the system, else "en" or one of shippedLanguages().
QString preferredLanguage();
void setPreferredLanguage(const QString &language);

// Installs OfferDesk's and Qt's translators for `language` ("" for the locale's: LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) on the running application, and makes the report style follow that language (en_US when
// OfferDesk has no translation for it). An override in a language other than the system's also becomes the
// default locale, so the screen's numbers follow it.
// Returns the language in use: "en" or one of shippedLanguages(). Another call replaces what the last one installed.
QString install(const QString &language = QString());

// The language install() chose: "en" until it runs.
QString currentLanguage();

// The .qm files: ../share/offerdesk/translations from the executable, in the build tree as in an install.
QString folder();
} // namespace Translations
