// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/Translations.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
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

// The translators install() put in place, so that another call replaces them rather than adding to them.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeTranslators()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

// Loads `prefix`_<language>.qm from `folder` and installs it; the translator lives as long as the application.
bool installTranslator(const QString &prefix, const QLocale &locale, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, prefix, u"_"_s, folder) || translator->isEmpty()
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installedTranslators().append(translator);
    return true;
}

// The locale whose numbers go with a language: en_US for English, fr_FR for French, de_DE for German.
QLocale localeOf(const QString &language)
{
    return language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language);
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
    removeTranslators();
    const QLocale system = QLocale::system();
    const QString ofLocale = languageOfLocale(system);
    const bool override = !language.isEmpty() && language != ofLocale;
    QString chosen = language.isEmpty() ? ofLocale : language;
    // English is the source language; its .qm file holds only the plural forms ("1 offer", "2 offers").
    if (!installTranslator(u"offerdesk"_s, localeOf(chosen), folder()) && chosen != u"en"_s) {
        // No translation (or an empty one) for the language: English, with English numbers in the report.
        chosen = u"en"_s;
        installTranslator(u"offerdesk"_s, localeOf(chosen), folder());
    }
    const QLocale chosenLocale = localeOf(chosen);
    if (chosen != u"en"_s)
        installTranslator(u"qtbase"_s, chosenLocale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Only an override in Preferences changes the screen's locale; else the system's own stays, down to its territory.
    QLocale::setDefault(override ? chosenLocale : system);
    MoneyStyle::setReportLocale(chosenLocale);
    installedLanguage() = chosen;
    return chosen;
}
