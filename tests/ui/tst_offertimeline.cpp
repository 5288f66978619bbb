// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The Offers tab's timeline: an offer's rounds and the counters sent as rows (what changed per part, the 4-year
// average), each counter after the round it answered, and the chart of the 4-year average across rounds with the
// counter asked and the floor as lines. Figures worked out by hand in the comments.
#include "ui/models/OfferTimelineModel.h"
#include "ui/offers/OfferTimelineWidget.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOfferTimeline : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowRoundsAndCounters();
    void oneRoundWithoutHistory();
    void chartDrawsAveragesAskAndFloor();
    void emptyStateAndAccessibleNames();
};

namespace {

OfferRevision revision(const QDate &date, const QString &note, double base, double signOn)
{
    OfferRevision r;
    r.date = date;
    r.note = note;
    r.base = base;
    r.equityTotal = 200000;
    r.bonusPct = 10;
    r.signOn = signOn;
    return r;
}

// Round 1 (2 March): base 180,000, equity 200,000 over 4 years, bonus 10%: 180,000 + 18,000 + 50,000 = 248,000.
// A counter (5 March) asks base 200,000, equity 240,000, sign-on 30,000 of round 1's offer:
//   200,000 + 20,000 + 60,000 + 30,000 / 4 = 287,500.
// Round 2 (9 March): base 190,000, sign-on 20,000: 190,000 + 19,000 + 50,000 + 5,000 = 264,000.
// The offer as it stands, edited since: base 195,000: 195,000 + 19,500 + 50,000 + 5,000 = 269,500.
Offer threeRounds()
{
    Offer offer;
    offer.id = 7;
    offer.company = u"Acme Robotics"_s;
    offer.level = u"L5"_s;
    offer.region = u"San Francisco"_s;
    offer.currency = u"USD"_s;
    offer.base = 195000;
    offer.equityTotal = 200000;
    offer.bonusPct = 10;
    offer.signOn = 20000;
    offer.revisions = {revision(QDate(2026, 3, 2), u"first offer"_s, 180000, 0),
                       revision(QDate(2026, 3, 9), u"revised after my counter"_s, 190000, 20000)};
    CounterSent counter;
    counter.date = QDate(2026, 3, 5);
    counter.asks.base = 200000;
    counter.asks.equityTotal = 240000;
    counter.asks.signOn = 30000;
    counter.script = u"I'd need $200K base to sign."_s;
    offer.countersSent = {counter};
    return offer;
}

QLineSeries *seriesNamed(QChart *chart, const QString &prefix)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name().startsWith(prefix))
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace

void TestOfferTimeline::rowsShowRoundsAndCounters()
{
    OfferTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffer(threeRounds());
    QCOMPARE(model.rowCount(), 4);
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    const auto raw = [&](int row, int column) {
        return model.index(row, column).data(OfferTimelineModel::RawValueRole);
    };
    // Round 1, then the counter that answered it, then rounds 2 and 3.
    QCOMPARE(text(0, OfferTimelineModel::EventColumn), u"Round 1 — first offer"_s);
    QCOMPARE(text(0, OfferTimelineModel::ChangesColumn), u"first numbers"_s);
    QCOMPARE(raw(0, OfferTimelineModel::AnnualizedColumn).toDouble(), 248000.0);
    QCOMPARE(raw(0, OfferTimelineModel::DateColumn).toDate(), QDate(2026, 3, 2));

    QCOMPARE(text(1, OfferTimelineModel::EventColumn), u"Counter sent"_s);
    QCOMPARE(raw(1, OfferTimelineModel::DateColumn).toDate(), QDate(2026, 3, 5));
    QCOMPARE(raw(1, OfferTimelineModel::AnnualizedColumn).toDouble(), 287500.0);
    QVERIFY2(text(1, OfferTimelineModel::ChangesColumn).contains(u"200,000"_s), qPrintable(text(1, 2)));
    QVERIFY(model.index(1, OfferTimelineModel::EventColumn).data(Qt::ToolTipRole).toString().contains(u"$200K base"_s));
    QCOMPARE(model.index(1, 0).data(OfferTimelineModel::KindRole).toInt(), int(OfferTimelineModel::Kind::Counter));

    QCOMPARE(text(2, OfferTimelineModel::EventColumn), u"Round 2 — revised after my counter"_s);
    QCOMPARE(text(2, OfferTimelineModel::ChangesColumn), u"base +10,000, sign-on +20,000"_s);
    QCOMPARE(raw(2, OfferTimelineModel::AnnualizedColumn).toDouble(), 264000.0);

    QCOMPARE(text(3, OfferTimelineModel::EventColumn), u"Round 3 — the numbers as they stand"_s);
    QCOMPARE(text(3, OfferTimelineModel::ChangesColumn), u"base +5,000"_s);
    QCOMPARE(raw(3, OfferTimelineModel::AnnualizedColumn).toDouble(), 269500.0);
    QCOMPARE(text(3, OfferTimelineModel::DateColumn), u"(no date)"_s);
}

void TestOfferTimeline::oneRoundWithoutHistory()
{
    Offer offer = threeRounds();
    offer.revisions.clear();
    offer.countersSent.clear();
    OfferTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffer(offer);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OfferTimelineModel::EventColumn).data().toString(), u"Round 1"_s);
    QCOMPARE(model.index(0, OfferTimelineModel::AnnualizedColumn).data(OfferTimelineModel::RawValueRole).toDouble(),
             269500.0);
    model.setOffer(Offer()); // id 0: nothing to show
    QCOMPARE(model.rowCount(), 0);
}

void TestOfferTimeline::chartDrawsAveragesAskAndFloor()
{
    OfferTimelineWidget widget;
    widget.resize(900, 400);
    widget.setOffer(threeRounds());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QChart *chart = widget.chartView()->chart();
    QLineSeries *averages = seriesNamed(chart, u"4-year avg"_s);
    QVERIFY(averages);
    // In thousands, one point per round.
    QCOMPARE(averages->points(), (QList<QPointF>{{1, 248.0}, {2, 264.0}, {3, 269.5}}));
    QLineSeries *asked = seriesNamed(chart, u"Asked "_s);
    QVERIFY(asked);
    QCOMPARE(asked->at(0).y(), 287.5);
    QCOMPARE(asked->at(1).y(), 287.5);
    QVERIFY(!seriesNamed(chart, u"Floor"_s));

    // The floor of another offer is not drawn; this offer's is.
    widget.setFloor(8, 255000);
    QVERIFY(!seriesNamed(widget.chartView()->chart(), u"Floor"_s));
    widget.setFloor(7, 255000);
    QLineSeries *floor = seriesNamed(widget.chartView()->chart(), u"Floor"_s);
    QVERIFY(floor);
    QCOMPARE(floor->at(0).y(), 255.0);
    QCOMPARE(widget.shownFloor(), std::optional<double>(255000));
    QCOMPARE(widget.findChild<QTableView *>(u"timelineTable"_s)->model()->rowCount(), 4);
    QVERIFY(widget.findChild<QLabel *>(u"timelineTitle"_s)->text().startsWith(u"Acme Robotics L5: 3 rounds"_s));
}

void TestOfferTimeline::emptyStateAndAccessibleNames()
{
    OfferTimelineWidget widget;
    widget.setOffer(std::nullopt);
    QCOMPARE(widget.model()->rowCount(), 0);
    QVERIFY(widget.chartView()->chart()->series().isEmpty());
    QVERIFY(!widget.findChild<QLabel *>(u"timelineHint"_s)->text().isEmpty());
    for (QWidget *child : {static_cast<QWidget *>(&widget), widget.findChild<QWidget *>(u"timelineTable"_s),
                           widget.findChild<QWidget *>(u"timelineChart"_s)}) {
        QVERIFY(child);
        QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName()));
        QVERIFY2(!child->accessibleDescription().isEmpty(), qPrintable(child->objectName()));
    }
}

QTEST_MAIN(TestOfferTimeline)
#include "tst_offertimeline.moc"
