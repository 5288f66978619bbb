// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/Translations.h"
#include "offers/OfferStore.h"
#include "support/SeedOffers.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/common/PreferencesDialog.h"
#include "ui/counter/CounterWidget.h"
#include "ui/guides/BandRangesWidget.h"
#include "ui/guides/GuideBrowserPane.h"
#include "ui/guides/GuideEditorDialog.h"
#include "ui/guides/GuidesPage.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OfferDialog.h"
#include "ui/offers/OffersWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {

// A widget that is a part of a control that names itself (a combo box's line edit and list, a spin box's line
// edit, a line edit's clear button), or one of Qt's own (qt_…: scroll area viewports, tool bar extension and dock
// title buttons; a table's select-all corner).
bool isPartOfAnother(const QWidget *widget)
{
    if (widget->objectName().startsWith(u"qt_"_s) || widget->inherits("QTableCornerButton"))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent))
            return true;
    }
    return false;
}

bool isChart(const QWidget *widget)
{
    return qobject_cast<const QChartView *>(widget) || qobject_cast<const BandRangesWidget *>(widget);
}

// What a person operates, or reads as one piece: buttons, inputs, views, text areas, sliders and charts.
bool isInteractive(const QWidget *widget)
{
    if (isPartOfAnother(widget) || qobject_cast<const QScrollBar *>(widget)
        || qobject_cast<const QHeaderView *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
           || isChart(widget);
}

QString accessibleText(QWidget *widget, QAccessible::Text kind)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(kind).trimmed() : QString();
}

// "QPushButton 'addRateButton' in preferencesDialog": enough to find the widget in the code.
QString describe(const QWidget *widget)
{
    QString where;
    for (const QWidget *parent = widget->parentWidget(); parent && where.isEmpty(); parent = parent->parentWidget())
        where = parent->objectName();
    return u"%1 '%2' in %3"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                  where.isEmpty() ? u"(unnamed)"_s : where);
}

// Every interactive widget under `root` that a screen reader would announce without a name.
QStringList unnamedWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (isInteractive(widget) && accessibleText(widget, QAccessible::Name).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

// Every chart and table under `root` without a description that says what it shows.
QStringList undescribedViews(QWidget *root)
{
    QStringList undescribed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        const bool view = qobject_cast<QAbstractItemView *>(widget) && isInteractive(widget);
        if ((view || isChart(widget)) && !isPartOfAnother(widget)
            && accessibleText(widget, QAccessible::Description).isEmpty())
            undescribed.append(describe(widget));
    }
    return undescribed;
}

// The Alt+letter keys of the visible buttons, labels with a buddy, tabs and menus: each must do one thing.
QStringList mnemonicClashes(QWidget *window)
{
    QMultiHash<QKeySequence, QString> owners;
    const auto add = [&owners](const QString &text, const QString &owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key, owner + u" \""_s + text + u'"');
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), describe(button));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), describe(label));
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), describe(tabs));
        } else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            add(group->title(), describe(group));
    }
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : mainWindow->menuBar()->actions())
            add(menu->text(), u"menu"_s);
    }
    QStringList clashes;
    for (const QKeySequence &key : owners.uniqueKeys()) {
        const QStringList who = owners.values(key);
        if (who.size() > 1)
            clashes.append(key.toString() + u": "_s + who.join(u", "_s));
    }
    return clashes;
}

} // namespace

// Issue 19: every control, table and chart has an accessible name, views and charts a description in words
// (updated with their data), each Alt+letter does one thing, and Tab goes through a tab as it reads.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyInteractiveWidgetHasAName();
    void dialogsNameEveryControl();
    void chartsAndTablesSayWhatTheyShow();
    void chartDescriptionReadsTheNumbersAndFollowsThem();
    void mnemonicsAreUniqueOnEachTab();
    void counterTabOrderFollowsReadingOrder();
    void mnemonicsAreUniqueInEveryLanguage_data();
    void mnemonicsAreUniqueInEveryLanguage(); // last: it switches the language of the whole process

private:
    void seedStore();
    static void visitEveryTab(MainWindow &window);
    static QStringList folders();

    TemporaryHome m_home;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessibility::init()
{
    QFile::remove(OfferStore::defaultPath());
}

QStringList TestAccessibility::folders()
{
    return {QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
            QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-broken"_s,
            QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s};
}

void TestAccessibility::seedStore()
{
    OfferStore store;
    QVERIFY(store.open().has_value());
    QVERIFY(store.insertAll(SeedOffers::targetAndAlternative()).has_value());
}

void TestAccessibility::visitEveryTab(MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    for (int i = tabs->count() - 1; i >= 0; --i)
        tabs->setCurrentIndex(i);
    // Each of the guide's own tabs too: the charts are built when a guide is shown.
    QTabWidget *details = window.guidesPage()->detailTabs();
    for (int i = details->count() - 1; i >= 0; --i)
        details->setCurrentIndex(i);
}

void TestAccessibility::everyInteractiveWidgetHasAName()
{
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    visitEveryTab(window);
    const QStringList unnamed = unnamedWidgets(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"Interactive widgets without an accessible name:\n"_s
                                           + unnamed.join(u'\n')));
    // And so is the window with no offer, where the empty pages show their buttons.
    QFile::remove(OfferStore::defaultPath());
    MainWindow empty(folders());
    empty.show();
    QVERIFY(waitForLibrary(empty));
    visitEveryTab(empty);
    const QStringList emptyUnnamed = unnamedWidgets(&empty);
    QVERIFY2(emptyUnnamed.isEmpty(), qPrintable(emptyUnnamed.join(u'\n')));
}

void TestAccessibility::dialogsNameEveryControl()
{
    OfferDialog offer;
    PreferencesDialog preferences;
    GuideEditorDialog editor;
    editor.startNew();
    for (QDialog *dialog : std::initializer_list<QDialog *>{&offer, &preferences, &editor}) {
        dialog->show();
        const QStringList unnamed = unnamedWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"In %1, without an accessible name:\n"_s.arg(dialog->objectName())
                                               + unnamed.join(u'\n')));
        const QStringList clashes = mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        dialog->hide();
    }
}

void TestAccessibility::chartsAndTablesSayWhatTheyShow()
{
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(waitForLibrary(window));
    visitEveryTab(window);
    QVERIFY(window.findChildren<QChartView *>().size() >= 3);
    const QStringList undescribed = undescribedViews(&window);
    QVERIFY2(undescribed.isEmpty(), qPrintable(u"Charts and tables without an accessible description:\n"_s
                                               + undescribed.join(u'\n')));
}

void TestAccessibility::chartDescriptionReadsTheNumbersAndFollowsThem()
{
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(waitForLibrary(window));
    // Hugging Face Enterprise: 185,000 base + 9,250 bonus (5%) + 180,000 / 4 = 239,250 a year over 4 years; the
    // San Francisco band's total comp runs from 223,000 to 315,000, so it sits (239,250 − 223,000) / 92,000 = 18%
    // up the band.
    auto *ranges = window.offersWidget()->findChild<BandRangesWidget *>();
    QVERIFY(ranges);
    QCOMPARE(accessibleText(ranges, QAccessible::Name), u"Offers against the band"_s);
    const QString described = accessibleText(ranges, QAccessible::Description);
    QVERIFY2(described.contains(u"Hugging Face Enterprise: 4-year average $239,250, 18% up the band"_s),
             qPrintable(described));
    QVERIFY2(described.contains(u"San Francisco: total comp band $223,000 – $315,000"_s), qPrintable(described));
    // Google L4: 210,000 + 31,500 + 65,000 = 306,500; (306,500 − 223,000) / 92,000 = 91%.
    QVERIFY2(described.contains(u"Google L4: 4-year average $306,500, 91% up the band"_s), qPrintable(described));
    auto *counterChart = window.counterWidget()->findChild<QChartView *>(u"counterChart"_s);
    const QString counterWords = accessibleText(counterChart, QAccessible::Description);
    QVERIFY2(counterWords.startsWith(u"Hugging Face Enterprise: 4-year average $239,250, 18% up the band"_s),
             qPrintable(counterWords));
    QVERIFY2(counterWords.contains(u"Base: offer $185,000, ask $"_s), qPrintable(counterWords));
    auto *yearChart = window.offersWidget()->findChild<QChartView *>(u"yearChart0"_s);
    QVERIFY(yearChart);
    QVERIFY2(accessibleText(yearChart, QAccessible::Description)
                 .startsWith(u"Hugging Face Enterprise: year 1 $239,250, year 2 $239,250"_s),
             qPrintable(accessibleText(yearChart, QAccessible::Description)));

    // A raise to 195,000 base: 195,000 + 9,750 + 45,000 = 249,750, (249,750 − 223,000) / 92,000 = 29%.
    OffersModel *model = window.offersWidget()->model();
    Offer raised = *model->targetOffer();
    raised.base = 195000;
    QVERIFY(model->updateOffer(raised).has_value());
    QTRY_VERIFY2(accessibleText(ranges, QAccessible::Description)
                     .contains(u"Hugging Face Enterprise: 4-year average $249,750, 29% up the band"_s),
                 qPrintable(accessibleText(ranges, QAccessible::Description)));
    counterChart = window.counterWidget()->findChild<QChartView *>(u"counterChart"_s);
    QVERIFY(accessibleText(counterChart, QAccessible::Description)
                .startsWith(u"Hugging Face Enterprise: 4-year average $249,750, 29% up the band"_s));
}

void TestAccessibility::mnemonicsAreUniqueOnEachTab()
{
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QStringList clashes = mnemonicClashes(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(u"On the %1 tab:\n"_s.arg(tabs->tabText(i)) + clashes.join(u'\n')));
    }
}

void TestAccessibility::counterTabOrderFollowsReadingOrder()
{
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(waitForLibrary(window));
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentIndex(2);
    CounterWidget *counter = window.counterWidget();
    // The settings row, the asks and what they say, then the script and its Copy button's row.
    const QStringList reading = {u"targetChooser"_s, u"boldness"_s,      u"premium"_s,       u"walkAway"_s,
                                 u"counterTable"_s,  u"clearOverrides"_s, u"floorStatusLabel"_s, u"floorLabel"_s,
                                 u"warningsLabel"_s, u"rationaleLabel"_s, u"movesLabel"_s,  u"sayTabs"_s,
                                 u"recordCounterSentButton"_s, u"script"_s,        u"copyScript"_s,     u"writeScriptAgain"_s};
    QStringList expected;
    for (const QString &name : reading) {
        auto *widget = counter->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        if (widget->isVisible() && widget->isEnabled())
            expected.append(name);
    }
    QWidget *first = counter->findChild<QWidget *>(expected.first());
    first->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        // A combo box's or spin box's own line edit stands for it.
        while (focus && !reading.contains(focus->objectName()) && focus != counter)
            focus = focus->parentWidget();
        visited.append(focus ? focus->objectName() : u"(none)"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited, expected);
}

// The translations choose their own Alt keys: in French and German too, each does one thing on each tab and in the
// dialogs.
void TestAccessibility::mnemonicsAreUniqueInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestAccessibility::mnemonicsAreUniqueInEveryLanguage()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    QStringList clashes;
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (const QString &clash : mnemonicClashes(&window))
            clashes.append(u"%1 tab: %2"_s.arg(tabs->tabText(i), clash));
    }
    OfferDialog offer;
    PreferencesDialog preferences;
    GuideEditorDialog editor;
    editor.startNew();
    for (QDialog *dialog : std::initializer_list<QDialog *>{&offer, &preferences, &editor}) {
        dialog->show();
        for (const QString &clash : mnemonicClashes(dialog))
            clashes.append(u"%1: %2"_s.arg(dialog->objectName(), clash));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
