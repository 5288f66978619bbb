// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// OfferDesk as a person in France starts it (LANG=fr_FR.UTF-8, LC_ALL and LANGUAGE alike): the window and the CLI
// load the French translation from the locale, and numbers and money take the French format ("215 000 €"). JSON
// stays English. The window is built in this process, started as GuiApplication starts it; the CLI runs as a child.

#include "common/AppInfo.h"
#include "common/Money.h"
#include "common/Translations.h"
#include "counter/NegotiationReport.h"
#include "support/RunProcess.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/common/PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// French writes 215 000 with a no-break space between the thousands (U+00A0 rather than the locale's narrow U+202F,
// which Qt's rich text would break a line at), and a no-break space before "€".
const QString kGroup = u"\u00a0"_s;
const QString kSpace = u"\u00a0"_s;

QString dataPath(const QString &relative)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u'/' + relative;
}
} // namespace

class TestFrench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void translationFollowsTheLocale();
    void windowMenusAndTabsAreFrench();
    void moneyAndDatesTakeTheFrenchFormat();
    void cliSpeaksFrench();
    void cliSuggestsInFrench();
    void cliJsonStaysEnglish();
    void preferencesOfferEveryLanguage();
    // Last: it leaves the application in English.
    void englishOverrideWinsOverTheLocale();

private:
    Run cli(const QStringList &arguments, const QString &language) const;
    QStringList scenario() const;

    TemporaryHome m_home;
};

void TestFrench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Run TestFrench::cli(const QStringList &arguments, const QString &language) const
{
    QProcessEnvironment env = isolatedEnvironment(m_home.path());
    const QString locale = language == u"fr"_s ? u"fr_FR.UTF-8"_s : u"C.UTF-8"_s;
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANGUAGE"_s, language == u"fr"_s ? u"fr"_s : QString());
    return runProcess(QStringLiteral(OFFERDESK_CLI_PATH), arguments, env, 60000);
}

QStringList TestFrench::scenario() const
{
    return {u"--guide"_s, u"huggingface-enterprise/software-engineer"_s, u"--region"_s, u"Paris"_s, u"--offers"_s,
            dataPath(u"counter-scenarios/paris-base-to-band-top/offers.json"_s)};
}

void TestFrench::translationFollowsTheLocale()
{
    QCOMPARE(Translations::currentLanguage(), u"fr"_s);
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Fichier"_s);
    // Qt's own strings come from qtbase_fr (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
    // Plurals take their French forms: 0 and 1 are singular.
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln error(s)", nullptr, 0), u"0 erreur"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln error(s)", nullptr, 2), u"2 erreurs"_s);
}

void TestFrench::windowMenusAndTabsAreFrench()
{
    MainWindow window({QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));

    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(u"&Fichier"_s) && menus.contains(u"É&dition"_s) && menus.contains(u"&Aide"_s),
             qPrintable(menus.join(u", "_s)));

    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), u"&Guides"_s);
    QCOMPARE(tabs->tabText(1), u"&Offres"_s);
    QCOMPARE(tabs->tabText(2), u"Contre-&proposition"_s); // Alt+C is the Counter tab's Concession
    // The status bar counts the guides and their problems in French, with French plurals.
    static const QRegularExpression status(u"^\\d+ guides?  ·  (aucun problème|\\d+ (erreur|avertissement)s?)"_s);
    QVERIFY2(status.match(window.statusText()).hasMatch(), qPrintable(window.statusText()));
}

void TestFrench::moneyAndDatesTakeTheFrenchFormat()
{
    QCOMPARE(Money::exact(215000, u"EUR"_s), u"215"_s + kGroup + u"000"_s + kSpace + u"€"_s);
    QCOMPARE(Money::exact(-5000, u"USD"_s), u"-5"_s + kGroup + u"000"_s + kSpace + u"$"_s);
    QCOMPARE(Money::exact(120000, u"CHF"_s), u"120"_s + kGroup + u"000"_s + kSpace + u"CHF"_s);
    QCOMPARE(Money::compact(188000, u"EUR"_s), u"188"_s + kSpace + u"k€"_s);
    QCOMPARE(Money::compact(1250000, u"EUR"_s), u"1,25"_s + kSpace + u"M€"_s);
    // The report style (the PDF, the CLI, the counter's text) follows the language: French, with its minus sign.
    QCOMPARE(Money::exact(-215000.5, u"EUR"_s, MoneyStyle::report()), u"−215"_s + kGroup + u"001"_s + kSpace + u"€"_s);
    QCOMPARE(Money::spoken(215000, u"EUR"_s), u"215"_s + kGroup + u"000"_s + kSpace + u"€"_s);
    QCOMPARE(Money::percent(7.5), u"7,5"_s + kSpace + u"%"_s);
    QCOMPARE(Money::thousands(250, u"EUR"_s), u"250"_s + kSpace + u"k€"_s);
    QCOMPARE(NegotiationReport::longDate(QDate(2026, 11, 26)), u"26 novembre 2026"_s);
}

void TestFrench::cliSpeaksFrench()
{
    const Run check = cli({u"check"_s, QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s}, u"fr"_s);
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    static const QRegularExpression summary(u"^Vérification de \\d+ fichiers?\u00a0: \\d+ guides? chargés?, 0 erreur, "
                                            u"\\d+ avertissements?$"_s,
                                            QRegularExpression::MultilineOption);
    QVERIFY2(summary.match(check.out).hasMatch(), qPrintable(check.out));

    const Run unknown = cli({u"frobnicate"_s}, u"fr"_s);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"offerdesk-cli"_s + kSpace + u": commande inconnue «"_s + kSpace + u"frobnicate"_s
                                  + kSpace + u"»"_s),
             qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(u"Utilisation"_s + kSpace + u": offerdesk-cli <commande> [options]"_s),
             qPrintable(unknown.err));
}

void TestFrench::cliSuggestsInFrench()
{
    const Run suggest = cli(QStringList{u"suggest"_s} + scenario(), u"fr"_s);
    QVERIFY2(suggest.exitCode == 0, qPrintable(suggest.describe()));
    const QString &out = suggest.out;
    QVERIFY2(out.contains(u"Contre-proposition pour "_s) && out.contains(u"Pourquoi"_s + kSpace + u':'),
             qPrintable(out));
    // The target's base, 160,000 in the offers file, in the table with French grouping.
    QVERIFY2(out.contains(u"160"_s + kGroup + u"000"_s), qPrintable(out));
    // The script names the competing offer as a French professional says it, in its own currency.
    QVERIFY2(out.contains(u"J'ai par ailleurs reçu une offre Globex L4 à 175"_s + kGroup + u"000"_s + kSpace
                          + u"€ de salaire de base"_s),
             qPrintable(out));
    QVERIFY2(!out.contains(u"I'm "_s), qPrintable(out));
}

void TestFrench::cliJsonStaysEnglish()
{
    const QStringList arguments = QStringList{u"suggest"_s, u"--json"_s} + scenario();
    const Run french = cli(arguments, u"fr"_s);
    const Run english = cli(arguments, u"en"_s);
    QVERIFY2(french.exitCode == 0, qPrintable(french.describe()));
    QCOMPARE(french.out, english.out);
    QVERIFY2(french.out.contains(u"\"script\": \""_s) && !french.out.contains(u"J'ai"_s), qPrintable(french.out));
}

void TestFrench::preferencesOfferEveryLanguage()
{
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    // The first in French; each language named in itself.
    QCOMPARE(items, (QStringList{u"Langue du système"_s, u"English"_s, u"Français"_s, u"Deutsch"_s}));
    dialog.setLanguage(u"de"_s);
    QCOMPARE(dialog.language(), u"de"_s);
    dialog.setLanguage(QString());
    QCOMPARE(dialog.language(), QString());

    // Saved in the settings; anything else there reads as the system's language.
    QCOMPARE(Translations::preferredLanguage(), QString());
    Translations::setPreferredLanguage(u"en"_s);
    QCOMPARE(Translations::preferredLanguage(), u"en"_s);
    QSettings().setValue(u"interface/language"_s, u"xx"_s);
    QCOMPARE(Translations::preferredLanguage(), QString());
    Translations::setPreferredLanguage(QString());
}

void TestFrench::englishOverrideWinsOverTheLocale()
{
    // What GuiApplication does with "English" chosen in Preferences under a French locale.
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln error(s)", nullptr, 2), u"2 errors"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    // The screen and the report take English numbers with it.
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(Money::exact(215000, u"EUR"_s), u"€215,000"_s);
    QCOMPARE(Money::exact(215000, u"EUR"_s, MoneyStyle::report()), u"€215,000"_s);
}

int main(int argc, char *argv[])
{
    // As GuiApplication starts: the locale from the environment, then the application, then its translations.
    qputenv("LANG", "fr_FR.UTF-8");
    qputenv("LC_ALL", "fr_FR.UTF-8");
    qputenv("LANGUAGE", "fr");
    QApplication app(argc, argv);
    AppInfo::initialize();
    Translations::install();
    TestFrench test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_french.moc"
