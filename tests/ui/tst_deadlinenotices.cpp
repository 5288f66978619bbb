// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Deadlines in the window, by a clock the test sets: the offers table's days left (words, colour, a raw value to
// sort by), the notice at start for a deadline tomorrow (a banner and a system notification), dismissing it, the
// midnight timer that counts again when the day changes while the window is open, and the way to the message
// asking for more time.
#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/Clock.h"
#include "ui/common/MainWindow.h"
#include "ui/common/NoticeBanner.h"
#include "ui/common/SystemNotifier.h"
#include "ui/counter/CounterWidget.h"
#include "ui/counter/MessageDraftPanel.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/DeadlineWatch.h"
#include "ui/offers/OffersWidget.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestDeadlineNotices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableShowsDaysLeftInWordsAndColour();
    void noticeAtStartForADeadlineTomorrow();
    void dismissedNoticeStaysAwayForTheDay();
    void dayChangeWhileOpenCountsAgain();
    void noNoticeWithoutACloseDeadline();

private:
    static Offer offer(const QString &company, const QDate &deadline, bool target = false);
    void seedStore(const QList<Offer> &offers);
    static void setToday(const QDateTime &now);

    QList<QPair<QString, QString>> m_notifications;
    TemporaryHome m_home;
};

namespace {
const QDate kToday(2026, 3, 10);

QStringList folders()
{
    return {QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s};
}
} // namespace

Offer TestDeadlineNotices::offer(const QString &company, const QDate &deadline, bool target)
{
    Offer o;
    o.company = company;
    o.role = u"Software Engineer"_s;
    o.region = u"San Francisco"_s;
    o.currency = u"USD"_s;
    o.base = 185000;
    o.equityTotal = 180000;
    o.bonusPct = 5;
    o.deadline = deadline;
    o.target = target;
    return o;
}

void TestDeadlineNotices::seedStore(const QList<Offer> &offers)
{
    OfferStore store;
    QVERIFY(store.open().has_value());
    QVERIFY(store.insertAll(offers).has_value());
}

void TestDeadlineNotices::setToday(const QDateTime &now)
{
    Clock::setSource([now] { return now; });
}

void TestDeadlineNotices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    SystemNotifier::setSenderForTesting(
        [this](const QString &title, const QString &message) { m_notifications.append({title, message}); });
}

void TestDeadlineNotices::init()
{
    QFile::remove(OfferStore::defaultPath());
    m_notifications.clear();
    setToday(QDateTime(kToday, QTime(9, 0)));
}

void TestDeadlineNotices::cleanup()
{
    Clock::setSource({});
}

void TestDeadlineNotices::tableShowsDaysLeftInWordsAndColour()
{
    QTemporaryDir dir;
    {
        OfferStore store;
        QVERIFY(store.open(dir.filePath(u"offers.sqlite"_s)).has_value());
        QVERIFY(store.insertAll({offer(u"Open"_s, kToday.addDays(3)), offer(u"Urgent"_s, kToday.addDays(2)),
                                 offer(u"Passed"_s, kToday.addDays(-1)), offer(u"None"_s, QDate())})
                    .has_value());
    }
    OfferStore store;
    QVERIFY(store.open(dir.filePath(u"offers.sqlite"_s)).has_value());
    OffersModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto at = [&](int row, int role) { return model.index(row, OffersModel::DaysLeftColumn).data(role); };
    QCOMPARE(model.headerData(OffersModel::DaysLeftColumn, Qt::Horizontal).toString(), u"Days left"_s);
    QCOMPARE(at(0, Qt::DisplayRole).toString(), u"3 days left"_s);
    QCOMPARE(at(1, Qt::DisplayRole).toString(), u"2 days left — urgent"_s);
    QVERIFY2(at(2, Qt::DisplayRole).toString().startsWith(u"passed"_s), qPrintable(at(2, Qt::DisplayRole).toString()));
    QCOMPARE(at(3, Qt::DisplayRole).toString(), QString());
    // The raw value sorts by days left; no deadline has none.
    QCOMPARE(at(0, OffersModel::RawValueRole).toInt(), 3);
    QCOMPARE(at(1, OffersModel::RawValueRole).toInt(), 2);
    QCOMPARE(at(2, OffersModel::RawValueRole).toInt(), -1);
    QVERIFY(!at(3, OffersModel::RawValueRole).isValid());
    // The colour says it too: urgent red on pale red, passed grey, the rest as any cell.
    QCOMPARE(at(1, Qt::ForegroundRole).value<QColor>(), QColor(0x9c, 0x1c, 0x12));
    QVERIFY(at(1, Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(at(2, Qt::ForegroundRole).value<QColor>(), QColor(0x75, 0x75, 0x75));
    QVERIFY(!at(0, Qt::ForegroundRole).isValid());
    QVERIFY(!at(3, Qt::ToolTipRole).isValid());
    QVERIFY(at(1, Qt::ToolTipRole).toString().contains(u"urgent"_s));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OffersModel::RawValueRole);
    proxy.sort(OffersModel::DaysLeftColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, OffersModel::CompanyColumn).data().toString());
    QCOMPARE(order, (QStringList{u"Passed"_s, u"Urgent"_s, u"Open"_s, u"None"_s}));

    // The next day the words follow.
    setToday(QDateTime(kToday.addDays(1), QTime(0, 0, 1)));
    model.refreshDeadlines();
    QCOMPARE(at(0, Qt::DisplayRole).toString(), u"2 days left — urgent"_s);
}

void TestDeadlineNotices::noticeAtStartForADeadlineTomorrow()
{
    seedStore({offer(u"Hugging Face Enterprise"_s, kToday.addDays(1), true), offer(u"Globex"_s, kToday.addDays(9))});
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    NoticeBanner *banner = window.deadlineBanner();
    QTRY_VERIFY(banner->isVisible());
    const QString text = banner->findChild<QLabel *>(u"noticeBannerText"_s)->text();
    QVERIFY2(text.contains(u"Hugging Face Enterprise"_s) && text.contains(u"tomorrow"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Globex"_s), qPrintable(text));
    QVERIFY(!banner->accessibleName().isEmpty());
    // Where the desktop has a tray, a system notification too (here the test's sender).
    QCOMPARE(m_notifications.size(), 1);
    QVERIFY(m_notifications.first().second.contains(u"Hugging Face Enterprise"_s));
    // The offers table says it in words.
    const OffersModel *model = window.offersWidget()->model();
    QCOMPARE(model->index(0, OffersModel::DaysLeftColumn).data().toString(), u"1 day left — urgent"_s);

    // The target is the one: the banner leads to the message asking for more time, on the Counter tab.
    auto *action = banner->findChild<QPushButton *>(u"noticeBannerAction"_s);
    QVERIFY(action->isVisible());
    QTest::mouseClick(action, Qt::LeftButton);
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs->currentWidget()->isAncestorOf(window.counterWidget()));
    MessageDraftPanel *draft = window.counterWidget()->draftPanel();
    QVERIFY(draft->isVisible());
    QVERIFY(draft->isMoreTimeMessage());
    QVERIFY(!draft->draft().subject.isEmpty());
    QCOMPARE(draft->findChild<QLineEdit *>(u"draftSubject"_s)->text(), draft->draft().subject);
}

void TestDeadlineNotices::dismissedNoticeStaysAwayForTheDay()
{
    seedStore({offer(u"Initech"_s, kToday, true)});
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NoticeBanner *banner = window.deadlineBanner();
    window.offersWidget(); // the pages, and with them the check at start
    QTRY_VERIFY(banner->isVisible());
    QTest::mouseClick(banner->findChild<QToolButton *>(u"noticeBannerDismiss"_s), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    // An edit of the offers doesn't bring the same deadline back...
    OffersModel *model = window.offersWidget()->model();
    Offer edited = model->offers().first();
    edited.notes = u"called the recruiter"_s;
    QVERIFY(model->updateOffer(edited).has_value());
    QVERIFY(!banner->isVisible());
    // ...but another deadline that became close shows at once, without a second system notification.
    QVERIFY(model->insertOffers({offer(u"Globex"_s, kToday.addDays(1))}).has_value());
    QTRY_VERIFY(banner->isVisible());
    const QString text = banner->text();
    QVERIFY2(text.contains(u"Globex"_s) && !text.contains(u"Initech"_s), qPrintable(text));
    QCOMPARE(m_notifications.size(), 1);
}

void TestDeadlineNotices::dayChangeWhileOpenCountsAgain()
{
    seedStore({offer(u"Initech"_s, kToday.addDays(3), true)});
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const OffersModel *model = window.offersWidget()->model();
    auto *watch = window.findChild<DeadlineWatch *>();
    QVERIFY(watch);
    // Two seconds before midnight on the 10th, by a clock that runs: the deadline on the 13th is three days off.
    const qint64 offset = QDateTime::currentDateTime().msecsTo(QDateTime(kToday, QTime(23, 59, 58)));
    Clock::setSource([offset] { return QDateTime::currentDateTime().addMSecs(offset); });
    watch->start();
    QCOMPARE(model->index(0, OffersModel::DaysLeftColumn).data().toString(), u"3 days left"_s);
    QVERIFY(!window.deadlineBanner()->isVisible());
    QVERIFY(m_notifications.isEmpty());
    // The timer is set for midnight (plus a margin), not polled.
    const QTimer *timer = watch->dayTimer();
    QVERIFY(timer->isActive());
    QVERIFY2(timer->remainingTime() > 1000 && timer->remainingTime() <= 2600,
             qPrintable(QString::number(timer->remainingTime())));

    // Midnight passes while the window is open: two days left is urgent, and the notice comes.
    QTRY_VERIFY_WITH_TIMEOUT(window.deadlineBanner()->isVisible(), 10000);
    QCOMPARE(model->index(0, OffersModel::DaysLeftColumn).data().toString(), u"2 days left — urgent"_s);
    QCOMPARE(m_notifications.size(), 1);
    // And the timer waits for the next midnight.
    QVERIFY(timer->isActive());
    QVERIFY(timer->remainingTime() > 23 * 3600 * 1000);
}

void TestDeadlineNotices::noNoticeWithoutACloseDeadline()
{
    seedStore({offer(u"Initech"_s, kToday.addDays(5), true), offer(u"Globex"_s, kToday.addDays(-2)),
               offer(u"Acme"_s, QDate())});
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.offersWidget();
    QTest::qWait(50);
    QVERIFY(!window.deadlineBanner()->isVisible());
    QVERIFY(m_notifications.isEmpty());
}

QTEST_MAIN(TestDeadlineNotices)
#include "tst_deadlinenotices.moc"
