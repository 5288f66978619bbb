// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/Translations.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString kLanguageKey = u"interface/language"_s;

QString &installedLanguage()
{
    static QString language = u"en"_s;
    return language;
}

// Loads `prefix`_<language>.qm from `folder` and installs it; the translator lives as long as the application.
bool installTranslator(const QString &prefix, const QLocale &locale, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, prefix, u"_"_s, folder) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

// The translation that fits the locale's UI languages, as a code of shippedLanguages(), or "en".
QString languageOfLocale(const QLocale &locale)
{
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QString code = QLocale(uiLanguage).name().section(u'_', 0, 0);
        if (code == u"en"_s || Translations::shippedLanguages().contains(code))
            return code;
    }
    return u"en"_s;
}
} // namespace

QStringList Translations::shippedLanguages()
{
    return {u"fr"_s, u"de"_s};
}

QString Translations::preferredLanguage()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return language == u"en"_s || shippedLanguages().contains(language) ? language : QString();
}

void Translations::setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    settings.sync();
}

QString Translations::currentLanguage()
{
    return installedLanguage();
}

QString Translations::folder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/offerdesk/translations"_s);
}

QString Translations::install(const QString &language)
{
    const QString ofLocale = languageOfLocale(QLocale::system());
    const QString chosen = language.isEmpty() ? ofLocale : language;
    const bool english = chosen == u"en"_s;
    const QLocale chosenLocale = english ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(chosen);
    // English is the source language; its .qm file holds only the plural forms ("1 offer", "2 offers").
    if (!installTranslator(u"offerdesk"_s, chosenLocale, folder()) && !english)
        return install(u"en"_s); // a missing .qm file: English, with English numbers in the report
    if (!english)
        installTranslator(u"qtbase"_s, chosenLocale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Only an override that changes the language changes the screen's locale; else the system's own stays, down to
    // its territory.
    if (chosen != ofLocale)
        QLocale::setDefault(chosenLocale);
    MoneyStyle::setReportLocale(chosenLocale);
    installedLanguage() = chosen;
    return chosen;
}
