// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The window joins the tabs: a counter recorded on the Counter tab lands on its offer as an undoable edit of the
// Offers tab, and the Offers tab's timeline draws the Counter tab's walk-away floor.
#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/counter/CounterWidget.h"
#include "ui/counter/RecordCounterDialog.h"
#include "ui/models/OfferTimelineModel.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OfferTimelineWidget.h"
#include "ui/offers/OffersWidget.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void counterRecordedOnTheCounterTabIsUndoneOnTheOffersTab();
    void timelineDrawsTheCounterTabsFloor();

private:
    void seedStore();
    TemporaryHome m_home;
};

namespace {

Offer offer(const QString &company, const QString &level, double base, double equity, double bonusPct, bool target)
{
    Offer o;
    o.company = company;
    o.level = level;
    o.role = u"Software Engineer"_s;
    o.region = u"San Francisco"_s;
    o.currency = u"USD"_s;
    o.base = base;
    o.equityTotal = equity;
    o.bonusPct = bonusPct;
    o.target = target;
    return o;
}

QStringList folders()
{
    return {QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s};
}

} // namespace

void TestHistoryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryWindow::init()
{
    QFile::remove(OfferStore::defaultPath());
}

void TestHistoryWindow::seedStore()
{
    OfferStore store;
    QVERIFY(store.open().has_value());
    QVERIFY(store.insertAll({offer(u"Hugging Face Enterprise"_s, QString(), 185000, 180000, 5, true),
                             offer(u"Google"_s, u"L4"_s, 210000, 260000, 15, false)})
                .has_value());
}

void TestHistoryWindow::counterRecordedOnTheCounterTabIsUndoneOnTheOffersTab()
{
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    CounterWidget *counter = window.counterWidget();
    QVERIFY(counter->recordCounterAction()->isEnabled());
    const CounterAsks asks = counter->suggestion().asks;
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<RecordCounterDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    counter->recordCounterAction()->trigger();

    OffersWidget *offers = window.offersWidget();
    const Offer target = *offers->model()->targetOffer();
    QCOMPARE(target.countersSent.size(), 1);
    QCOMPARE(target.countersSent.first().asks.base, asks.base());
    QCOMPARE(target.countersSent.first().date, QDate::currentDate());
    // Kept in the store...
    {
        OfferStore store;
        QVERIFY(store.open().has_value());
        QCOMPARE(store.offers().value().first().countersSent, target.countersSent);
    }
    // ...and undone on the Offers tab, where the edits of the offers are.
    QCOMPARE(offers->undoStack()->undoText(), u"Record counter sent to Hugging Face Enterprise"_s);
    offers->undoStack()->undo();
    QVERIFY(offers->model()->targetOffer()->countersSent.isEmpty());
}

void TestHistoryWindow::timelineDrawsTheCounterTabsFloor()
{
    seedStore();
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    OfferTimelineWidget *timeline = window.offersWidget()->timeline();
    // No offer selected: the timeline is the target's, with the floor of the Counter tab (Google L4's 306,500).
    QCOMPARE(timeline->model()->offer().company, u"Hugging Face Enterprise"_s);
    QCOMPARE(window.counterWidget()->suggestion().floorAnnualized, 306500.0);
    QCOMPARE(timeline->shownFloor(), std::optional<double>(306500.0));
    // A walk-away of the person's own moves it.
    window.counterWidget()->findChild<QDoubleSpinBox *>(u"walkAway"_s)->setValue(320000);
    QCOMPARE(timeline->shownFloor(), std::optional<double>(320000.0));
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
