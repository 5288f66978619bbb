// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The offers JSON's history: revisions and counters_sent read, written and checked; an old file without them reads
// and writes exactly as before.
#include "offers/OffersJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestOffersJsonHistory : public QObject
{
    Q_OBJECT

private slots:
    void readsRevisionsAndCountersSent();
    void roundTrips();
    void oldFileReadsAndWritesWithoutTheKeys();
    void badHistory_data();
    void badHistory();
    void unknownFieldInARevisionIsAWarning();
    void validateNamesTheRevision();
};

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/"_s + name;
}

QByteArray offersWith(const QString &historyJson)
{
    return uR"({"offers": [{"company": "Acme", "region": "Springfield", "currency": "USD", "base": 150000, %1}]})"_s
        .arg(historyJson)
        .toUtf8();
}

} // namespace

void TestOffersJsonHistory::readsRevisionsAndCountersSent()
{
    const OffersReadResult read = OffersJson::readFile(dataPath(u"history-three-rounds.json"_s));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(read.diagnostics.size(), 0);
    const Offer &offer = read.offers.first();
    QCOMPARE(offer.revisions.size(), 2);
    const OfferRevision &first = offer.revisions.first();
    QCOMPARE(first.date, QDate(2026, 3, 2));
    QCOMPARE(first.note, u"first offer"_s);
    QCOMPARE(first.base, 190000.0);
    QCOMPARE(first.equityTotal, 200000.0);
    QCOMPARE(first.bonusPct, 10.0);
    QCOMPARE(first.signOn, 15000.0);
    QCOMPARE(first.signOnYear2, 0.0);
    QCOMPARE(first.vestingSchedule, VestingPresets::even());
    QCOMPARE(offer.countersSent.size(), 1);
    const CounterSent &sent = offer.countersSent.first();
    QCOMPARE(sent.date, QDate(2026, 3, 4));
    QCOMPARE(sent.asks.base, 215000.0);
    QCOMPARE(sent.asks.equityTotal, 260000.0);
    QCOMPARE(sent.asks.signOn, 30000.0);
    QVERIFY(sent.script.startsWith(u"Thank you for the offer."_s));
    QVERIFY(read.offers.at(1).revisions.isEmpty());
}

void TestOffersJsonHistory::roundTrips()
{
    const OffersReadResult read = OffersJson::readFile(dataPath(u"history-three-rounds.json"_s));
    QVERIFY(read.ok());
    Offer offer = read.offers.first();
    OfferRevision undated = offer.revision();
    undated.vestingSchedule = VestingPresets::backLoaded();
    undated.signOnYear2 = 5000;
    undated.relocation = 7000;
    undated.refresherYearly = 12000;
    offer.revisions.prepend(undated);
    offer.countersSent.append({QDate(), {1, 2, 3}, u"line one\nline two"_s});
    const QByteArray json = OffersJson::toJson({offer});
    const OffersReadResult again = OffersJson::parse(json, u"again.json"_s);
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(again.offers.size(), 1);
    QCOMPARE(again.offers.first(), offer);
    const QJsonObject object = QJsonDocument::fromJson(json).object()[u"offers"_s].toArray().at(0).toObject();
    QCOMPARE(object[u"revisions"_s].toArray().at(0).toObject()[u"date"_s].toString(), QString());
    QCOMPARE(object[u"revisions"_s].toArray().at(1).toObject()[u"date"_s].toString(), u"2026-03-02"_s);
    QCOMPARE(object[u"counters_sent"_s].toArray().at(0).toObject()[u"asks"_s].toObject()[u"sign_on"_s].toDouble(),
             30000.0);
}

void TestOffersJsonHistory::oldFileReadsAndWritesWithoutTheKeys()
{
    const OffersReadResult read = OffersJson::readFile(dataPath(u"good-all-fields.json"_s));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    for (const Offer &offer : read.offers) {
        QVERIFY(offer.revisions.isEmpty());
        QVERIFY(offer.countersSent.isEmpty());
    }
    const QByteArray json = OffersJson::toJson(read.offers);
    QVERIFY(!json.contains("revisions"));
    QVERIFY(!json.contains("counters_sent"));
}

void TestOffersJsonHistory::badHistory_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("message");
    QTest::newRow("revisions not a list") << uR"("revisions": {})"_s
                                          << u"offers[0].revisions: must be a list, not an object"_s;
    QTest::newRow("revision not an object") << uR"("revisions": [3])"_s
                                            << u"offers[0].revisions[0]: must be an object, not a number"_s;
    QTest::newRow("revision without base") << uR"("revisions": [{"date": "2026-03-02"}])"_s
                                           << u"offers[0].revisions[0].base: is required"_s;
    QTest::newRow("negative revision amount")
        << uR"("revisions": [{"base": 1}, {"base": 150000, "sign_on": -5}])"_s
        << u"offers[0].revisions[1].sign_on: must be a non-negative number"_s;
    QTest::newRow("revision base zero") << uR"("revisions": [{"base": 0}])"_s
                                        << u"offers[0].revisions[0].base: must be above 0"_s;
    QTest::newRow("revision schedule") << uR"("revisions": [{"base": 1, "vesting_schedule": [50, 40]}])"_s
                                       << u"offers[0].revisions[0].vesting_schedule: must sum to 100, not 90"_s;
    QTest::newRow("revision bad date") << uR"("revisions": [{"base": 1, "date": "March 2"}])"_s
                                       << u"offers[0].revisions[0].date: must be a date written YYYY-MM-DD"_s;
    QTest::newRow("revision note type") << uR"("revisions": [{"base": 1, "note": 7}])"_s
                                        << u"offers[0].revisions[0].note: must be a string, not a number"_s;
    QTest::newRow("counters not a list") << uR"("counters_sent": "yes")"_s
                                         << u"offers[0].counters_sent: must be a list, not a string"_s;
    QTest::newRow("asks not an object") << uR"("counters_sent": [{"asks": [1]}])"_s
                                        << u"offers[0].counters_sent[0].asks: must be an object"_s;
    QTest::newRow("negative ask") << uR"("counters_sent": [{"asks": {"base": -1}}])"_s
                                  << u"offers[0].counters_sent[0].asks.base: must be a non-negative number"_s;
    QTest::newRow("script type") << uR"("counters_sent": [{"script": false}])"_s
                                 << u"offers[0].counters_sent[0].script: must be a string, not a boolean"_s;
}

void TestOffersJsonHistory::badHistory()
{
    QFETCH(QString, history);
    QFETCH(QString, message);
    const OffersReadResult read = OffersJson::parse(offersWith(history), u"bad.json"_s);
    QVERIFY(!read.ok());
    QVERIFY(read.offers.isEmpty());
    QVERIFY2(read.errorText().contains(u"bad.json"_s), qPrintable(read.errorText()));
    QVERIFY2(read.errorText().contains(message), qPrintable(read.errorText()));
}

void TestOffersJsonHistory::unknownFieldInARevisionIsAWarning()
{
    const OffersReadResult read = OffersJson::parse(
        offersWith(uR"("revisions": [{"base": 1, "mood": "good"}], "counters_sent": [{"asks": {"stock": 1}}])"_s),
        u"warn.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(read.diagnostics.size(), 2);
    QVERIFY2(read.errorText().contains(u"offers[0].revisions[0].mood: unknown field, ignored"_s),
             qPrintable(read.errorText()));
    QVERIFY2(read.errorText().contains(u"offers[0].counters_sent[0].asks.stock: unknown field, ignored"_s),
             qPrintable(read.errorText()));
}

void TestOffersJsonHistory::validateNamesTheRevision()
{
    Offer offer;
    offer.company = u"Acme"_s;
    offer.region = u"Springfield"_s;
    offer.base = 150000;
    QVERIFY(OffersJson::validate(offer).isEmpty());
    OfferRevision round = offer.revision();
    round.vestingSchedule = {60, 60};
    offer.revisions = {offer.revision(), round};
    offer.countersSent = {{QDate(), {0, 0, std::nan("")}, QString()}};
    const QList<OffersJson::FieldProblem> problems = OffersJson::validate(offer);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, u"revisions[1].vesting_schedule"_s);
    QCOMPARE(problems.at(1).field, u"counters_sent[0].asks.sign_on"_s);
}

QTEST_GUILESS_MAIN(TestOffersJsonHistory)
#include "tst_offersjsonhistory.moc"
