// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// An offer's rounds: what changed per part, each round's 4-year average, and the edits that add a round, overwrite
// the latest one or record a counter sent.
#include "offers/OfferHistory.h"
#include "offers/OffersJson.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOfferHistory : public QObject
{
    Q_OBJECT

private slots:
    void offerWithoutRevisionsIsOneRound();
    void threeRoundExample();
    void changesListOnlyWhatMoved();
    void changesText();
    void editedSinceLastRevisionAddsTheCurrentNumbers();
    void newRoundKeepsTheOldNumbers();
    void newRoundOnTopOfHistory();
    void overwriteChangesOnlyTheLatestRound();
    void countersSentStayInDateOrder();
};

namespace {

Offer northwind()
{
    Offer offer;
    offer.company = u"Northwind Labs"_s;
    offer.level = u"L5"_s;
    offer.region = u"San Francisco"_s;
    offer.base = 190000;
    offer.equityTotal = 200000;
    offer.bonusPct = 10;
    offer.signOn = 15000;
    return offer;
}

} // namespace

void TestOfferHistory::offerWithoutRevisionsIsOneRound()
{
    const QList<OfferRound> rounds = OfferHistory::rounds(northwind());
    QCOMPARE(rounds.size(), 1);
    QCOMPARE(rounds.first().number, 1);
    QVERIFY(!rounds.first().date.isValid());
    QVERIFY(rounds.first().changes.isEmpty());
    QVERIFY(!rounds.first().editedSinceLastRevision);
    // 190,000 + 10% bonus 19,000 + 200,000 ÷ 4 + 15,000 ÷ 4 = 262,750
    QCOMPARE(rounds.first().annualized, 262750.0);
}

void TestOfferHistory::threeRoundExample()
{
    const OffersReadResult read =
        OffersJson::readFile(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/history-three-rounds.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    const QList<OfferRound> rounds = OfferHistory::rounds(read.offers.first());
    QCOMPARE(rounds.size(), 2);
    QCOMPARE(rounds.at(0).date, QDate(2026, 3, 2));
    QCOMPARE(rounds.at(0).note, u"first offer"_s);
    QCOMPARE(rounds.at(0).annualized, 262750.0);
    QCOMPARE(rounds.at(1).date, QDate(2026, 3, 9));
    // 200,000 + 20,000 + 240,000 ÷ 4 + 30,000 ÷ 4 = 287,500
    QCOMPARE(rounds.at(1).annualized, 287500.0);
    QCOMPARE(OfferHistory::changesText(rounds.at(1).changes), u"base +10,000, equity +40,000, sign-on +15,000"_s);
    QVERIFY(!rounds.at(1).editedSinceLastRevision);
    QCOMPARE(read.offers.first().countersSent.size(), 1);
    QCOMPARE(read.offers.first().countersSent.first().asks.base, 215000.0);
}

void TestOfferHistory::changesListOnlyWhatMoved()
{
    OfferRevision before = northwind().revision();
    OfferRevision after = before;
    after.signOn = 10000;
    after.bonusPct = 12.5;
    after.refresherYearly = 20000;
    after.relocation = before.relocation + 0.2; // rounding, not a change
    const QList<OfferChange> changes = OfferHistory::changes(before, after);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).key, u"bonus_pct"_s);
    QCOMPARE(changes.at(0).delta, 2.5);
    QVERIFY(changes.at(0).isPercentPoints);
    QCOMPARE(changes.at(1).key, u"sign_on"_s);
    QCOMPARE(changes.at(1).delta, -5000.0);
    QCOMPARE(changes.at(2).key, u"refresher_yearly"_s);
    QCOMPARE(changes.at(2).delta, 20000.0);
}

void TestOfferHistory::changesText()
{
    QCOMPARE(OfferHistory::changesText({}), u"no change"_s);
    QCOMPARE(OfferHistory::changesText({{u"base"_s, u"base"_s, 10000, false}, {u"sign_on"_s, u"sign-on"_s, 15000, false}}),
             u"base +10,000, sign-on +15,000"_s);
    QCOMPARE(OfferHistory::deltaText({u"sign_on"_s, u"sign-on"_s, -5000, false}), u"\u22125,000"_s);
    QCOMPARE(OfferHistory::deltaText({u"bonus_pct"_s, u"bonus"_s, 2.5, true}), u"+2.5 points"_s);
    QCOMPARE(OfferHistory::deltaText({u"bonus_pct"_s, u"bonus"_s, 1, true}), u"+1 point"_s);
    QCOMPARE(OfferHistory::deltaText({u"bonus_pct"_s, u"bonus"_s, -5, true}), u"\u22125 points"_s);
}

void TestOfferHistory::editedSinceLastRevisionAddsTheCurrentNumbers()
{
    Offer offer = northwind();
    offer.revisions = {offer.revision(QDate(2026, 3, 2), u"first offer"_s)};
    offer.base = 195000; // edited in place, not recorded as a round
    const QList<OfferRound> rounds = OfferHistory::rounds(offer);
    QCOMPARE(rounds.size(), 2);
    QVERIFY(rounds.last().editedSinceLastRevision);
    QVERIFY(!rounds.last().date.isValid());
    QCOMPARE(OfferHistory::changesText(rounds.last().changes), u"base +5,000"_s);
    QCOMPARE(rounds.last().offer.base, 195000.0);
}

void TestOfferHistory::newRoundKeepsTheOldNumbers()
{
    const Offer before = northwind();
    Offer edited = before;
    edited.base = 200000;
    edited.notes = u"call went well"_s;
    const Offer after = OfferHistory::withNewRound(before, edited, QDate(2026, 3, 9), u"revised after my counter"_s,
                                                   QDate(2026, 3, 2));
    QCOMPARE(after.base, 200000.0);
    QCOMPARE(after.notes, u"call went well"_s);
    QCOMPARE(after.revisions.size(), 2);
    QCOMPARE(after.revisions.at(0).base, 190000.0);
    QCOMPARE(after.revisions.at(0).date, QDate(2026, 3, 2));
    QCOMPARE(after.revisions.at(1).base, 200000.0);
    QCOMPARE(after.revisions.at(1).note, u"revised after my counter"_s);
    const QList<OfferRound> rounds = OfferHistory::rounds(after);
    QCOMPARE(rounds.size(), 2);
    QCOMPARE(OfferHistory::changesText(rounds.last().changes), u"base +10,000"_s);
}

void TestOfferHistory::newRoundOnTopOfHistory()
{
    Offer before = northwind();
    before.revisions = {before.revision(QDate(2026, 3, 2), u"first offer"_s)};
    Offer edited = before;
    edited.signOn = 30000;
    const Offer after = OfferHistory::withNewRound(before, edited, QDate(2026, 3, 9), u"second"_s);
    // The current numbers already are the last round: not recorded twice.
    QCOMPARE(after.revisions.size(), 2);
    QCOMPARE(after.revisions.at(0).date, QDate(2026, 3, 2));
    QCOMPARE(after.revisions.at(1).signOn, 30000.0);
}

void TestOfferHistory::overwriteChangesOnlyTheLatestRound()
{
    Offer offer = northwind();
    offer.revisions = {offer.revision(QDate(2026, 3, 2), u"first"_s)};
    Offer edited = OfferHistory::withNewRound(offer, [&] {
        Offer o = offer;
        o.base = 200000;
        return o;
    }(), QDate(2026, 3, 9), u"second"_s);
    edited.base = 201000; // a typing slip fixed in place
    const Offer fixed = OfferHistory::withLatestRoundOverwritten(edited);
    QCOMPARE(fixed.revisions.size(), 2);
    QCOMPARE(fixed.revisions.at(0).base, 190000.0);
    QCOMPARE(fixed.revisions.at(1).base, 201000.0);
    QCOMPARE(fixed.revisions.at(1).date, QDate(2026, 3, 9));
    QCOMPARE(fixed.revisions.at(1).note, u"second"_s);
    QCOMPARE(OfferHistory::rounds(fixed).size(), 2);
    // Without a history there is nothing to overwrite.
    QCOMPARE(OfferHistory::withLatestRoundOverwritten(northwind()).revisions.size(), 0);
}

void TestOfferHistory::countersSentStayInDateOrder()
{
    Offer offer = northwind();
    CounterSent first{QDate(2026, 3, 4), {215000, 260000, 30000}, u"first"_s};
    CounterSent later{QDate(2026, 3, 10), {210000, 250000, 30000}, u"later"_s};
    CounterSent between{QDate(2026, 3, 6), {212000, 250000, 30000}, u"between"_s};
    offer = OfferHistory::withCounterSent(offer, first);
    offer = OfferHistory::withCounterSent(offer, later);
    offer = OfferHistory::withCounterSent(offer, between);
    QCOMPARE(offer.countersSent.size(), 3);
    QCOMPARE(offer.countersSent.at(0).script, u"first"_s);
    QCOMPARE(offer.countersSent.at(1).script, u"between"_s);
    QCOMPARE(offer.countersSent.at(2).script, u"later"_s);
}

QTEST_GUILESS_MAIN(TestOfferHistory)
#include "tst_offerhistory.moc"
