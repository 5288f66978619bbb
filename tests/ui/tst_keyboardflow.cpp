// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/counter/CounterWidget.h"
#include "ui/guides/GuidesPage.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OfferDialog.h"
#include "ui/offers/OffersWidget.h"

#include <QApplication>
#include <QScopeGuard>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Keys go where a person's keys go: to the widget with the focus.
QWidget *focused()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QVERIFY2(focused(), "no widget has the focus");
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY2(focused(), "no widget has the focus");
    QTest::keyClick(focused(), key, modifiers);
}

// Presses Tab until the focus reaches a widget named `name` (or one inside it); false after `limit` presses.
bool tabTo(const QString &name, int limit = 30)
{
    for (int i = 0; i < limit; ++i) {
        for (QWidget *w = focused(); w; w = w->parentWidget()) {
            if (w->objectName() == name)
                return true;
        }
        press(Qt::Key_Tab);
    }
    return false;
}

// The modal dialog of this type once it is on screen and has the focus, as a person would find it.
template<typename Dialog>
Dialog *waitForModal()
{
    Dialog *dialog = nullptr;
    QTest::qWaitFor(
        [&dialog] {
            dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            return dialog && focused() && dialog->isAncestorOf(focused());
        },
        20000);
    return dialog;
}

// A failed step leaves no dialog open behind it (its exec() would never return).
auto closeModalOnExit()
{
    return qScopeGuard([] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
}

// When a dialog closes, the window manager activates the window again and its focus comes back; the offscreen
// platform has no window manager, so the test does what it would. No key or click is involved.
void backToWindow(QWidget &window)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(focused() && window.isAncestorOf(focused()));
}

} // namespace

// Issue 19: the whole flow without a mouse, each step a key press on the widget with the focus: find a guide, add
// an offer, mark it as the target, read the counter, copy the script and export the PDF. The PDF is saved through
// the print preview's Save as PDF (Ctrl+S) and Qt's own file dialog, typed into like any other: no test hook.
class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeFlowWithKeysOnly();

private:
    TemporaryHome m_home;
};

void TestKeyboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(OfferStore::defaultPath());
    // The offer the person already holds, negotiating it until now.
    Offer google;
    google.company = u"Google"_s;
    google.level = u"L4"_s;
    google.role = u"Software Engineer"_s;
    google.region = u"San Francisco"_s;
    google.currency = u"USD"_s;
    google.base = 210000;
    google.equityTotal = 260000;
    google.bonusPct = 15;
    google.target = true;
    OfferStore store;
    QVERIFY(store.open().has_value());
    QVERIFY(store.insertAll({google}).has_value());
}

void TestKeyboardFlow::wholeFlowWithKeysOnly()
{
    MainWindow window({QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
                       QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(waitForLibrary(window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);

    // 1. Find a guide: Ctrl+F, type, Enter.
    QTest::keySequence(&window, QKeySequence::Find);
    QCOMPARE(focused()->objectName(), u"guideSearch"_s);
    type(u"hugging face"_s);
    press(Qt::Key_Return);
    QCOMPARE(window.guidesPage()->currentGuideId(), u"huggingface-enterprise/software-engineer"_s);

    // 2. Add an offer: Alt+O opens the Offers tab, Ctrl+N the offer form, filled field by field with Tab.
    press(Qt::Key_O, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    bool formFilled = false;
    QTimer::singleShot(0, this, [&formFilled] {
        const auto closer = closeModalOnExit();
        auto *dialog = waitForModal<OfferDialog>();
        QVERIFY(dialog);
        QCOMPARE(focused()->objectName(), u"companyEdit"_s);
        type(u"Hugging Face Enterprise"_s);
        press(Qt::Key_Tab);
        type(u"Software Engineer"_s);
        QVERIFY(tabTo(u"regionCombo"_s));
        type(u"San Francisco"_s);
        press(Qt::Key_Tab);
        QVERIFY(tabTo(u"currencyCombo"_s));
        press(Qt::Key_A, Qt::ControlModifier);
        type(u"USD"_s);
        QVERIFY(tabTo(u"baseSpin"_s));
        type(u"185000"_s);
        press(Qt::Key_Tab);
        type(u"5"_s);
        press(Qt::Key_Tab);
        type(u"180000"_s);
        press(Qt::Key_Return); // the form's default button: OK
        formFilled = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
    });
    QTest::keySequence(focused(), QKeySequence::New);
    QVERIFY(formFilled);
    backToWindow(window);
    OffersModel *model = window.offersWidget()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->targetOffer()->company, u"Google"_s); // Google is still the target

    // 3. Mark it as the target: Tab to the offers table, Down to the new offer, Ctrl+T.
    QVERIFY(tabTo(u"offersTable"_s));
    auto *table = window.offersWidget()->findChild<QTableView *>(u"offersTable"_s);
    for (int i = 0; i < 3 && table->currentIndex().data().toString() != u"Hugging Face Enterprise"_s; ++i)
        press(Qt::Key_Down);
    QTest::keySequence(focused(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(model->targetOffer()->company, u"Hugging Face Enterprise"_s);

    // 4. Read the counter: Alt+C opens the Counter tab; Tab reaches the floor and the reasons, as text.
    press(Qt::Key_C, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    CounterWidget *counter = window.counterWidget();
    QCOMPARE(counter->input().target.offer.company, u"Hugging Face Enterprise"_s);
    QVERIFY(tabTo(u"floorStatusLabel"_s));
    QVERIFY(qobject_cast<QLabel *>(focused())->text().contains(u"floor"_s, Qt::CaseInsensitive));
    QVERIFY(tabTo(u"rationaleLabel"_s));
    QVERIFY(!qobject_cast<QLabel *>(focused())->text().isEmpty());

    // 5. Copy the script: Alt+T is the Copy script button's key.
    QApplication::clipboard()->clear();
    press(Qt::Key_T, Qt::AltModifier);
    // A button's key clicks it as a person sees it: pressed, then released a moment later.
    QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
    const QString script = QApplication::clipboard()->text();
    QVERIFY(!script.isEmpty());
    QCOMPARE(script, counter->suggestion().scriptWithLevers());

    // 6. Export the PDF: Ctrl+E previews it, Ctrl+S asks where to save, the path is typed, Enter saves, Escape
    // closes the preview.
    QTemporaryDir out;
    const QString pdf = out.filePath(u"summary.pdf"_s);
    bool previewed = false;
    QTimer::singleShot(0, this, [&] {
        const auto closer = closeModalOnExit();
        auto *preview = waitForModal<QPrintPreviewDialog>();
        QVERIFY(preview);
        previewed = true;
        QTimer::singleShot(0, this, [&pdf] {
            const auto closer = closeModalOnExit();
            auto *files = waitForModal<QFileDialog>();
            QVERIFY(files);
            QVERIFY(qobject_cast<QLineEdit *>(focused()));
            press(Qt::Key_A, Qt::ControlModifier);
            type(pdf);
            press(Qt::Key_Return);
        });
        QTest::keySequence(focused() ? focused() : preview, QKeySequence::Save);
        QTRY_VERIFY(QFile::exists(pdf));
        QTest::keyClick(focused() ? focused() : preview, Qt::Key_Escape);
    });
    QTest::keySequence(focused(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(previewed);
    backToWindow(window);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
