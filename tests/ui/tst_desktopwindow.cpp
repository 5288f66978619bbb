// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MainWindow.h"
#include "ui/counter/CounterWidget.h"
#include "ui/guides/GuideEditorDialog.h"
#include "ui/guides/GuidesPage.h"
#include "ui/guides/ProblemsPanel.h"
#include "ui/models/OfferCommands.h"
#include "ui/models/OffersModel.h"
#include "ui/models/ProblemsModel.h"
#include "ui/offers/OffersWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Issue 19's window: the Offers menu, Edit > Undo and Redo on the tab on show, the empty pages, the Problems dock
// and guide files opened from the command line.
class TestDesktopWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offersMenuHoldsEveryOffersAction();
    void noTwoActionsShareAShortcut();
    void undoFollowsTheTabAndNamesTheEdit();
    void markTargetIsOneUndoableEdit();
    void emptyPagesSayWhatToDo();
    void libraryWithoutGuidesOffersImportAndNewGuide();
    void problemsDockIsATableShownWithTheGuidesTab();
    void problemOpensItsGuideAtThatLine();
    void guideFilesAreShownOrImported();

private:
    static Offer offer(const QString &company, const QString &level, double base, bool target);
    void seedStore(const QList<Offer> &offers);
    static QStringList folders();
    static QAction *action(QWidget *window, const QString &name);
    static QMenu *menu(QMainWindow *window, const QString &objectName);

    TemporaryHome m_home;
};

void TestDesktopWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesktopWindow::init()
{
    QFile::remove(OfferStore::defaultPath());
}

Offer TestDesktopWindow::offer(const QString &company, const QString &level, double base, bool target)
{
    Offer o;
    o.company = company;
    o.level = level;
    o.role = u"Software Engineer"_s;
    o.region = u"San Francisco"_s;
    o.currency = u"USD"_s;
    o.base = base;
    o.equityTotal = 180000;
    o.bonusPct = 5;
    o.target = target;
    return o;
}

void TestDesktopWindow::seedStore(const QList<Offer> &offers)
{
    OfferStore store;
    QVERIFY(store.open().has_value());
    QVERIFY(store.insertAll(offers).has_value());
}

QStringList TestDesktopWindow::folders()
{
    return {QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
            QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s};
}

QAction *TestDesktopWindow::action(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

QMenu *TestDesktopWindow::menu(QMainWindow *window, const QString &objectName)
{
    return window->menuBar()->findChild<QMenu *>(objectName);
}

void TestDesktopWindow::offersMenuHoldsEveryOffersAction()
{
    MainWindow window(folders());
    window.show();
    QVERIFY(waitForLibrary(window));
    QMenu *offers = menu(&window, u"offersMenu"_s);
    QVERIFY(offers);
    QCOMPARE(offers->title(), u"Offer&s"_s);
    QStringList names;
    for (QAction *item : offers->actions()) {
        if (!item->isSeparator())
            names.append(item->objectName());
    }
    QCOMPARE(names, (QStringList{u"addOfferAction"_s, u"editOfferAction"_s, u"recordRoundAction"_s,
                                 u"duplicateOfferAction"_s, u"deleteOfferAction"_s, u"markTargetAction"_s,
                                 u"importOffersAction"_s, u"exportOffersAction"_s, u"offerPreferencesAction"_s,
                                 u"copyScriptAction"_s, u"recordCounterSentAction"_s}));
    // The same actions as the Offers tab's toolbar: one object each.
    QCOMPARE(window.offersWidget()->menuActions().first(), offers->actions().first());
    // The platform's standard keys where it has one.
    QCOMPARE(action(&window, u"addOfferAction"_s)->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action(&window, u"deleteOfferAction"_s)->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action(&window, u"importOffersAction"_s)->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action(&window, u"undoAction"_s)->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
    QCOMPARE(action(&window, u"redoAction"_s)->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    QCOMPARE(action(&window, u"editOfferAction"_s)->shortcut(), QKeySequence(Qt::Key_Return));
    QCOMPARE(action(&window, u"markTargetAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(action(&window, u"duplicateOfferAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));

    // View > Theme and View > Problems.
    QMenu *view = menu(&window, u"viewMenu"_s);
    QVERIFY(view);
    QVERIFY(view->findChild<QMenu *>(u"themeMenu"_s));
    QVERIFY(view->actions().contains(action(&window, u"showProblemsAction"_s)));
}

void TestDesktopWindow::noTwoActionsShareAShortcut()
{
    // Two actions with one key in the same window would make the key do nothing (an ambiguous shortcut).
    MainWindow window(folders());
    window.show();
    QVERIFY(waitForLibrary(window));
    QHash<QKeySequence, QString> owners;
    QStringList clashes;
    for (QAction *item : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : item->shortcuts()) {
            const QString owner = item->objectName().isEmpty() ? item->text() : item->objectName();
            if (owners.contains(key) && owners.value(key) != owner)
                clashes.append(u"%1: %2 and %3"_s.arg(key.toString(), owners.value(key), owner));
            owners.insert(key, owner);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestDesktopWindow::undoFollowsTheTabAndNamesTheEdit()
{
    seedStore({offer(u"Hugging Face Enterprise"_s, QString(), 185000, true)});
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(waitForLibrary(window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    QAction *undo = action(&window, u"undoAction"_s);
    QAction *redo = action(&window, u"redoAction"_s);

    // An import of three offers on the Offers tab: Edit > Undo names it.
    tabs->setCurrentIndex(1);
    OffersWidget *offers = window.offersWidget();
    const QList<Offer> imported = {offer(u"Google"_s, u"L4"_s, 210000, false), offer(u"Globex"_s, u"L5"_s, 200000, false),
                                   offer(u"Initech"_s, QString(), 190000, false)};
    offers->undoStack()->push(new AddOffersCommand(offers->model(), imported, u"Import 3 Offers"_s));
    QCOMPARE(offers->model()->rowCount(), 4);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Import 3 Offers"_s);

    // The standard Undo key undoes it, wherever the focus is in the tab.
    offers->findChild<QTableView *>(u"offersTable"_s)->setFocus();
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(offers->model()->rowCount(), 1);
    QCOMPARE(redo->text(), u"&Redo Import 3 Offers"_s);
    QTest::keySequence(&window, QKeySequence::Redo);
    QCOMPARE(offers->model()->rowCount(), 4);

    // On the Counter tab, Undo is the counter's: nothing yet, then a hand-set ask.
    tabs->setCurrentIndex(2);
    QCOMPARE(window.undoGroup()->activeStack(), window.counterWidget()->undoStack());
    QVERIFY(!undo->isEnabled());
    window.counterWidget()->setOverride(CounterPart::SignOn, 40000);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Set the sign-on ask"_s);
    undo->trigger();
    QVERIFY(!window.counterWidget()->suggestion().isOverridden(CounterPart::SignOn));
    QCOMPARE(offers->model()->rowCount(), 4); // the Offers tab's import is not undone from here

    // The Guides tab has nothing to undo.
    tabs->setCurrentIndex(0);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
}

void TestDesktopWindow::markTargetIsOneUndoableEdit()
{
    seedStore({offer(u"Hugging Face Enterprise"_s, QString(), 185000, true), offer(u"Google"_s, u"L4"_s, 210000, false)});
    MainWindow window(folders());
    window.show();
    QVERIFY(waitForLibrary(window));
    OffersWidget *offers = window.offersWidget();
    auto *table = offers->findChild<QTableView *>(u"offersTable"_s);
    QAction *markTarget = action(&window, u"markTargetAction"_s);
    const auto selectOnly = [table](int row) {
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    selectOnly(0);
    QVERIFY(!markTarget->isEnabled()); // already the target
    selectOnly(1);
    QVERIFY(markTarget->isEnabled());
    markTarget->trigger();
    QCOMPARE(offers->model()->targetOffer()->company, u"Google"_s);
    QCOMPARE(offers->undoStack()->undoText(), u"Mark Google L4 as the Target"_s);
    offers->undoStack()->undo();
    QCOMPARE(offers->model()->targetOffer()->company, u"Hugging Face Enterprise"_s);
}

void TestDesktopWindow::emptyPagesSayWhatToDo()
{
    MainWindow window(folders());
    window.show();
    QVERIFY(waitForLibrary(window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);

    // No offer: the Offers tab explains, with Add and Import.
    auto *offersPages = window.offersWidget()->findChild<QStackedWidget *>(u"offersPages"_s);
    auto *offersEmpty = window.offersWidget()->findChild<EmptyState *>(u"offersEmptyState"_s);
    QVERIFY(offersPages && offersEmpty);
    QCOMPARE(offersPages->currentWidget(), offersEmpty);
    auto *add = offersEmpty->findChild<QPushButton *>(u"emptyAddOffer"_s);
    auto *import = offersEmpty->findChild<QPushButton *>(u"emptyImportOffers"_s);
    QVERIFY(add && import && add->isEnabled() && import->isEnabled());
    QCOMPARE(add->text(), u"&Add an Offer…"_s);

    // No target: the Counter tab says how to mark one, and its button goes to the Offers tab.
    auto *counterStack = window.findChild<QStackedWidget *>(u"counterStack"_s);
    auto *counterEmpty = window.findChild<EmptyState *>(u"counterEmptyState"_s);
    QVERIFY(counterStack && counterEmpty);
    QCOMPARE(counterStack->currentWidget(), counterEmpty);
    QCOMPARE(counterEmpty->title(), u"No offer to counter yet"_s);

    OffersModel *model = window.offersWidget()->model();
    QVERIFY(model->insertOffers({offer(u"Google"_s, u"L4"_s, 210000, false)}).has_value());
    QCOMPARE(offersPages->currentIndex(), 0); // the table and the comparison
    QCOMPARE(counterStack->currentWidget(), counterEmpty);
    QCOMPARE(counterEmpty->title(), u"Which offer are you negotiating?"_s);
    QVERIFY(counterEmpty->text().contains(u"Mark as Target"_s));
    tabs->setCurrentIndex(2);
    QTest::mouseClick(counterEmpty->findChild<QPushButton *>(u"emptyShowOffers"_s), Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 1);

    Offer target = model->offers().first();
    target.target = true;
    QVERIFY(model->updateOffer(target).has_value());
    QTRY_COMPARE(counterStack->currentWidget(), window.counterWidget());

    QVERIFY(model->removeOffers({target.id}).has_value());
    QCOMPARE(offersPages->currentWidget(), offersEmpty);
    QCOMPARE(counterStack->currentWidget(), counterEmpty);
}

void TestDesktopWindow::libraryWithoutGuidesOffersImportAndNewGuide()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    MainWindow window({empty.path()});
    window.show();
    QVERIFY(waitForLibrary(window));
    QVERIFY(window.library().guides().isEmpty());
    auto *stack = window.findChild<QStackedWidget *>(u"guidesStack"_s);
    auto *guidesEmpty = window.findChild<EmptyState *>(u"guidesEmptyState"_s);
    QVERIFY(stack && guidesEmpty);
    QCOMPARE(stack->currentWidget(), guidesEmpty);
    QVERIFY(guidesEmpty->text().contains(u"Import guide files"_s));
    QCOMPARE(guidesEmpty->findChild<QPushButton *>(u"emptyImportGuides"_s)->text(), u"&Import Guides…"_s);
    QCOMPARE(guidesEmpty->findChild<QPushButton *>(u"emptyNewGuide"_s)->text(), u"&New Guide…"_s);
}

void TestDesktopWindow::problemsDockIsATableShownWithTheGuidesTab()
{
    MainWindow window({QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
                       QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-broken"_s});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    QDockWidget *dock = window.problemsDock();
    QVERIFY(dock);
    QCOMPARE(dock->widget(), window.guidesPage()->problemsPanel());
    QVERIFY(dock->features() & QDockWidget::DockWidgetMovable);
    QVERIFY(dock->features() & QDockWidget::DockWidgetFloatable);
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QTableView *table = window.guidesPage()->problemsPanel()->view();
    QVERIFY(table->model()->rowCount() >= 2);
    QVERIFY(!table->wordWrap());

    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    tabs->setCurrentIndex(0);
    QVERIFY(dock->isVisible());
    tabs->setCurrentIndex(1);
    QVERIFY(!dock->isVisible());
    tabs->setCurrentIndex(0);
    QVERIFY(dock->isVisible());
    // View > Problems hides it, and brings it back on the Guides tab.
    QAction *shown = action(&window, u"showProblemsAction"_s);
    shown->trigger();
    QVERIFY(!dock->isVisible());
    tabs->setCurrentIndex(2);
    shown->trigger();
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(dock->isVisible());
}

void TestDesktopWindow::problemOpensItsGuideAtThatLine()
{
    MainWindow window({QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s});
    window.show();
    QVERIFY(waitForLibrary(window));
    QTableView *table = window.guidesPage()->problemsPanel()->view();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, ProblemsModel::Text).data().toString().contains(u"office_snacks"_s))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, ProblemsModel::Text);
    QCOMPARE(index.data(ProblemsModel::LineRole).toInt(), 11);
    table->setCurrentIndex(index);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto *editor = window.findChild<GuideEditorDialog *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->windowTitle().contains(u"Initech"_s), qPrintable(editor->windowTitle()));
    // Line 11 is a front-matter key the form has no field for: the editor shows the line itself.
    auto *where = editor->findChild<QLabel *>(u"problemsLabel"_s);
    QVERIFY(where);
    QVERIFY2(where->text().startsWith(u"Line 11: office_snacks"_s), qPrintable(where->text()));
    editor->close();
}

void TestDesktopWindow::guideFilesAreShownOrImported()
{
    MainWindow window(folders());
    window.show();
    QVERIFY(waitForLibrary(window));
    // A guide of the library is shown.
    const QString globex = QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample/globex--software-engineer.md"_s;
    window.openGuideFiles({globex});
    QCOMPARE(window.guidesPage()->currentGuideId(), u"globex/software-engineer"_s);
    QCOMPARE(window.findChild<QTabWidget *>(u"mainTabs"_s)->currentIndex(), 0);

    // Any other file is imported into the person's guides folder, and shown once loaded.
    QTemporaryDir downloads;
    const QString fresh = downloads.filePath(u"acme-robotics--software-engineer.md"_s);
    QFile source(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample/acme-robotics--software-engineer.md"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.replace("company: acme-robotics", "company: acme-labs");
    QFile copy(fresh);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(text);
    copy.close();
    window.openGuideFiles({fresh});
    QCOMPARE(window.lastImportResult().imported.size(), 1);
    QVERIFY(waitForLibrary(window));
    QTRY_COMPARE(window.guidesPage()->currentGuideId(), u"acme-labs/software-engineer"_s);
}

QTEST_MAIN(TestDesktopWindow)
#include "tst_desktopwindow.moc"
