// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Rounds on the Offers tab, offscreen: the company revises an offer and the person records the new numbers as a new
// round (the old ones stay, in the store and the timeline); Undo and Redo cover it, as they cover a correction that
// overwrites the latest round and a counter sent recorded on the offer.
#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "ui/common/Clock.h"
#include "ui/models/OfferTimelineModel.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OfferDialog.h"
#include "ui/offers/OfferTimelineWidget.h"
#include "ui/offers/OffersWidget.h"
#include "ui/offers/RoundChoiceWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

class TestOfferRounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordANewRoundAndUndoIt();
    void correctionOverwritesTheLatestRound();
    void counterSentIsRecordedAndUndone();

private:
    QString storePath() const { return m_dir->filePath(u"offers.sqlite"_s); }
    // An offers tab on its own store, holding one offer, selected.
    void openWith(const Offer &offer);
    void withDialog(const std::function<void(OfferDialog *)> &fill, const std::function<void()> &open);
    Offer stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OffersWidget> m_widget;
    TemporaryHome m_home;
};

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

Offer acme()
{
    Offer offer;
    offer.company = u"Acme Robotics"_s;
    offer.level = u"L5"_s;
    offer.region = u"San Francisco"_s;
    offer.currency = u"USD"_s;
    offer.base = 180000;
    offer.equityTotal = 200000;
    offer.bonusPct = 10;
    offer.target = true;
    return offer;
}

void retype(QDoubleSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

void TestOfferRounds::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setSource([] { return QDateTime(QDate(2026, 3, 9), QTime(10, 0)); });
}

void TestOfferRounds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOfferRounds::cleanup()
{
    m_widget.reset();
}

void TestOfferRounds::openWith(const Offer &offer)
{
    {
        OfferStore store;
        QVERIFY(store.open(storePath()).has_value());
        QVERIFY(store.insert(offer).has_value());
    }
    m_widget = std::make_unique<OffersWidget>(storePath());
    m_widget->resize(1200, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    auto *table = child<QTableView>(m_widget.get(), u"offersTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    QVERIFY(m_widget->recordRoundAction()->isEnabled());
}

Offer TestOfferRounds::stored() const
{
    OfferStore store;
    if (!store.open(storePath()).has_value())
        return Offer();
    return store.offers().value_or(QList<Offer>()).value(0);
}

void TestOfferRounds::withDialog(const std::function<void(OfferDialog *)> &fill, const std::function<void()> &open)
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OfferDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        ran = true;
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        fill(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY2(ran, "the offer dialog did not open");
}

void TestOfferRounds::recordANewRoundAndUndoIt()
{
    openWith(acme());
    QAbstractItemModelTester tester(m_widget->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(m_widget->timeline()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_widget->timeline()->model()->rowCount(), 1);

    // Offers > New Round…: the offer dialog with "a new round" chosen, dated today by the clock.
    withDialog(
        [](OfferDialog *dialog) {
            auto *rounds = child<RoundChoiceWidget>(dialog, u"roundChoice"_s);
            QVERIFY(child<QRadioButton>(rounds, u"newRound"_s)->isChecked());
            QCOMPARE(child<QDateEdit>(rounds, u"roundDate"_s)->date(), QDate(2026, 3, 9));
            retype(child<QDoubleSpinBox>(dialog, u"baseSpin"_s), u"190000"_s);
            retype(child<QDoubleSpinBox>(dialog, u"signOnSpin"_s), u"20000"_s);
            QTest::keyClicks(child<QLineEdit>(rounds, u"roundNote"_s), u"revised after my counter"_s);
            QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        },
        [&] { m_widget->recordRoundAction()->trigger(); });

    // The old numbers are round 1 (undated), the new ones round 2, and they are the offer's own; saved at once.
    const Offer after = m_widget->model()->offers().first();
    QCOMPARE(after.base, 190000.0);
    QCOMPARE(after.signOn, 20000.0);
    QCOMPARE(after.revisions.size(), 2);
    QCOMPARE(after.revisions.at(0).base, 180000.0);
    QCOMPARE(after.revisions.at(0).date, QDate());
    QCOMPARE(after.revisions.at(1).base, 190000.0);
    QCOMPARE(after.revisions.at(1).date, QDate(2026, 3, 9));
    QCOMPARE(after.revisions.at(1).note, u"revised after my counter"_s);
    QCOMPARE(stored().revisions, after.revisions);
    QCOMPARE(m_widget->undoStack()->undoText(), u"Record a new round of Acme Robotics L5"_s);
    // The timeline shows both rounds: 248,000, then 190,000 + 19,000 + 50,000 + 5,000 = 264,000.
    const OfferTimelineModel *timeline = m_widget->timeline()->model();
    QCOMPARE(timeline->rowCount(), 2);
    QCOMPARE(timeline->index(1, OfferTimelineModel::ChangesColumn).data().toString(),
             u"base +10,000, sign-on +20,000"_s);
    QCOMPARE(timeline->index(1, OfferTimelineModel::AnnualizedColumn).data(OfferTimelineModel::RawValueRole).toDouble(),
             264000.0);

    // Undo takes the round back, in the store too; Redo records it again.
    m_widget->undoStack()->undo();
    QCOMPARE(m_widget->model()->offers().first().base, 180000.0);
    QVERIFY(m_widget->model()->offers().first().revisions.isEmpty());
    QVERIFY(stored().revisions.isEmpty());
    QCOMPARE(timeline->rowCount(), 1);
    m_widget->undoStack()->redo();
    QCOMPARE(m_widget->model()->offers().first().revisions.size(), 2);
    QCOMPARE(stored().base, 190000.0);
    QCOMPARE(timeline->rowCount(), 2);
}

void TestOfferRounds::correctionOverwritesTheLatestRound()
{
    Offer offer = acme();
    offer.revisions = {offer.revision(QDate(2026, 3, 2), u"first offer"_s)};
    offer.base = 190000;
    offer.revisions.append(offer.revision(QDate(2026, 3, 9), u"revised"_s));
    openWith(offer);
    QCOMPARE(m_widget->timeline()->model()->rowCount(), 2);

    // Edit… keeps "correct the current numbers": a typo fixed in round 2, not a round 3.
    withDialog(
        [](OfferDialog *dialog) {
            QVERIFY(child<QRadioButton>(dialog, u"overwriteRound"_s)->isChecked());
            retype(child<QDoubleSpinBox>(dialog, u"baseSpin"_s), u"191000"_s);
            QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        },
        [&] { m_widget->editSelectedOffer(); });
    const Offer after = m_widget->model()->offers().first();
    QCOMPARE(after.base, 191000.0);
    QCOMPARE(after.revisions.size(), 2);
    QCOMPARE(after.revisions.at(1).base, 191000.0);
    QCOMPARE(after.revisions.at(1).note, u"revised"_s);
    QCOMPARE(m_widget->timeline()->model()->rowCount(), 2);
    m_widget->undoStack()->undo();
    QCOMPARE(m_widget->model()->offers().first().revisions.at(1).base, 190000.0);
    QCOMPARE(stored().revisions.at(1).base, 190000.0);
}

void TestOfferRounds::counterSentIsRecordedAndUndone()
{
    openWith(acme());
    const qint64 id = m_widget->model()->offers().first().id;
    CounterSent counter;
    counter.date = QDate(2026, 3, 5);
    counter.asks.base = 200000;
    counter.asks.equityTotal = 240000;
    counter.asks.signOn = 30000;
    counter.script = u"I'd need $200K base to sign."_s;
    m_widget->recordCounterSent(id, counter);
    QCOMPARE(m_widget->model()->offers().first().countersSent, QList<CounterSent>{counter});
    QCOMPARE(stored().countersSent, QList<CounterSent>{counter});
    QCOMPARE(m_widget->undoStack()->undoText(), u"Record counter sent to Acme Robotics L5"_s);
    QCOMPARE(m_widget->timeline()->model()->rowCount(), 2);
    m_widget->undoStack()->undo();
    QVERIFY(m_widget->model()->offers().first().countersSent.isEmpty());
    QVERIFY(stored().countersSent.isEmpty());
    QCOMPARE(m_widget->timeline()->model()->rowCount(), 1);
}

QTEST_MAIN(TestOfferRounds)
#include "tst_offerrounds.moc"
