// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The store under issue 17: schema 2 keeps every round and counter sent of every offer; a store written by the
// release before it (tests/data/store/offers-schema1.sqlite, written by that release's own OfferStore from
// offers-schema1.json with three exchange rates) opens, migrates and keeps every offer and rate.
#include "offers/OfferHistory.h"
#include "offers/OfferStore.h"
#include "offers/OffersJson.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOfferStoreHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keepsRoundsAndCountersSent();
    void updateReplacesTheHistory();
    void deleteTakesTheHistoryWithIt();
    void undoOfADeleteBringsTheHistoryBack();
    void releaseStoreMigrates();
    void migratedStoreKeepsNewHistory();

private:
    QString storePath() const { return m_dir->filePath(u"offers.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString kStoreData = QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/store/"_s;

Offer withHistory()
{
    Offer offer;
    offer.company = u"Northwind Labs"_s;
    offer.level = u"L5"_s;
    offer.region = u"San Francisco"_s;
    offer.base = 190000;
    offer.equityTotal = 200000;
    offer.bonusPct = 10;
    offer.signOn = 15000;
    Offer revised = offer;
    revised.base = 200000;
    revised.vestingSchedule = VestingPresets::backLoaded();
    revised.relocation = 5000;
    offer = OfferHistory::withNewRound(offer, revised, QDate(2026, 3, 9), u"revised after my counter ✓"_s,
                                       QDate(2026, 3, 2));
    offer = OfferHistory::withCounterSent(offer, {QDate(2026, 3, 4), {215000, 260000, 30000}, u"Line one.\nLine two."_s});
    offer = OfferHistory::withCounterSent(offer, {QDate(), {0, 0, 1}, QString()});
    return offer;
}

int rowCount(const QString &path, const QString &table)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        if (db.open() && query.exec(u"SELECT count(*) FROM "_s + table) && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return count;
}

} // namespace

void TestOfferStoreHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOfferStoreHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOfferStoreHistory::keepsRoundsAndCountersSent()
{
    Offer offer = withHistory();
    QCOMPARE(offer.revisions.size(), 2);
    QCOMPARE(offer.countersSent.size(), 2);
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        offer.id = store.insert(offer).value_or(0);
        QVERIFY(offer.id > 0);
    }
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(store.offers().value(), QList<Offer>{offer});
    QCOMPARE(rowCount(storePath(), u"offer_revisions"_s), 2);
    QCOMPARE(rowCount(storePath(), u"counters_sent"_s), 2);
}

void TestOfferStoreHistory::updateReplacesTheHistory()
{
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    Offer offer = withHistory();
    offer.id = store.insert(offer).value_or(0);
    Offer other = withHistory();
    other.company = u"Fabrikam"_s;
    other.id = store.insert(other).value_or(0);

    Offer edited = offer;
    edited.signOn = 40000;
    edited = OfferHistory::withNewRound(offer, edited, QDate(2026, 3, 12), u"third"_s);
    edited.countersSent.removeFirst();
    QVERIFY(store.update(edited));
    QCOMPARE(store.offers().value(), (QList<Offer>{edited, other}));
    QCOMPARE(rowCount(storePath(), u"offer_revisions"_s), 5);
    QCOMPARE(rowCount(storePath(), u"counters_sent"_s), 3);

    // Rounds can be taken away too (undo of recording one).
    QVERIFY(store.update(offer));
    QCOMPARE(store.offers().value(), (QList<Offer>{offer, other}));
}

void TestOfferStoreHistory::deleteTakesTheHistoryWithIt()
{
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    Offer offer = withHistory();
    offer.id = store.insert(offer).value_or(0);
    Offer other = withHistory();
    other.id = store.insert(other).value_or(0);
    QVERIFY(store.remove(offer.id));
    QCOMPARE(store.offers().value(), QList<Offer>{other});
    QCOMPARE(rowCount(storePath(), u"offer_revisions"_s), 2);
    QCOMPARE(rowCount(storePath(), u"counters_sent"_s), 2);
}

void TestOfferStoreHistory::undoOfADeleteBringsTheHistoryBack()
{
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    Offer offer = withHistory();
    offer.id = store.insert(offer).value_or(0);
    QVERIFY(store.remove(offer.id));
    QCOMPARE(store.insert(offer).value_or(0), offer.id); // put back under its id, as Undo does
    QCOMPARE(store.offers().value(), QList<Offer>{offer});
}

void TestOfferStoreHistory::releaseStoreMigrates()
{
    QVERIFY(QFile::copy(kStoreData + u"offers-schema1.sqlite"_s, storePath()));
    QVERIFY(QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const OffersReadResult expected = OffersJson::readFile(kStoreData + u"offers-schema1.json"_s);
    QVERIFY2(expected.ok(), qPrintable(expected.errorText()));

    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(store.schemaVersion(), OfferStore::kSchemaVersion);
    const QList<Offer> offers = store.offers().value();
    QCOMPARE(offers.size(), 4);
    for (qsizetype i = 0; i < offers.size(); ++i) {
        Offer want = expected.offers.at(i);
        want.id = i + 1;
        QCOMPARE(offers.at(i), want);
    }
    QCOMPARE(offers.at(3).company, u"Zörn Präzision AG"_s);
    QCOMPARE(offers.at(3).notes, u"Umzug: zweite Runde am 5.\nMehrzeilig ✓"_s);
    const ExchangeRates rates = store.exchangeRates().value();
    QCOMPARE(rates.all().size(), 3);
    QCOMPARE(rates.find(u"EUR"_s, u"USD"_s)->rate, 1.08);
    QCOMPARE(rates.find(u"EUR"_s, u"USD"_s)->entered, QDate(2026, 2, 20));
    QCOMPARE(rates.find(u"GBP"_s, u"USD"_s)->rate, 1.27);
    QCOMPARE(rates.find(u"USD"_s, u"CHF"_s)->rate, 0.88);
    QCOMPARE(rates.find(u"USD"_s, u"CHF"_s)->entered, QDate(2026, 2, 22));
    QCOMPARE(rowCount(storePath(), u"offer_revisions"_s), 0);
    QCOMPARE(rowCount(storePath(), u"counters_sent"_s), 0);
    store.close();
    // Migrated once: the second open finds the newest schema and the same offers.
    OfferStore again;
    QCOMPARE(again.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(again.offers().value(), offers);
}

void TestOfferStoreHistory::migratedStoreKeepsNewHistory()
{
    QVERIFY(QFile::copy(kStoreData + u"offers-schema1.sqlite"_s, storePath()));
    QVERIFY(QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QList<Offer> offers;
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        offers = store.offers().value();
        Offer revised = offers.first();
        revised.base += 10000;
        offers.first() = OfferHistory::withNewRound(offers.first(), revised, QDate(2026, 12, 10), u"revised"_s);
        QVERIFY(store.update(offers.first()));
    }
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(store.offers().value(), offers);
    QCOMPARE(store.offers().value().first().revisions.size(), 2);
}

QTEST_GUILESS_MAIN(TestOfferStoreHistory)
#include "tst_offerstorehistory.moc"
