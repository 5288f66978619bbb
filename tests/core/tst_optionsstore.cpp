// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Stock options in the offers store: written and read back, kept through an edit, and a store from before options
// upgraded with every offer still an RSU offer.
#include "offers/OfferStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOptionsStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void optionsRoundTrip();
    void switchingBackToRsuClearsTheOptions();
    void upgradesAStoreFromBeforeOptions();
};

namespace {

Offer startup()
{
    Offer o;
    o.company = u"Nimbus Labs"_s;
    o.level = u"Senior"_s;
    o.region = u"San Francisco"_s;
    o.base = 175000;
    o.equityType = EquityType::Options;
    o.stockOptions.count = 20000;
    o.stockOptions.strikePrice = 2;
    o.stockOptions.preferredPrice = 10;
    o.stockOptions.fmvPrice = 3.5;
    o.stockOptions.fullyDilutedShares = 10000000;
    o.stockOptions.preferenceTotal = 25000000;
    o.stockOptions.dilutionPct = 20;
    o.stockOptions.roundsToExit = 1;
    o.stockOptions.exerciseWindowDays = 3650;
    o.stockOptions.expectedExitMultiple = 2.5;
    return o;
}

Offer publicCompany()
{
    Offer o;
    o.company = u"Globex"_s;
    o.level = u"L5"_s;
    o.region = u"San Francisco"_s;
    o.base = 200000;
    o.equityTotal = 240000;
    return o;
}

} // namespace

void TestOptionsStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOptionsStore::optionsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"offers.sqlite"_s);
    QList<Offer> written{startup(), publicCompany()};
    {
        OfferStore store;
        QVERIFY(store.open(path));
        const Result<QList<qint64>> ids = store.insertAll(written);
        QVERIFY(ids);
        written[0].id = ids->at(0);
        written[1].id = ids->at(1);
    }
    OfferStore again;
    QVERIFY(again.open(path));
    const Result<QList<Offer>> read = again.offers();
    QVERIFY(read);
    QCOMPARE(*read, written);
    QCOMPARE(read->at(1).equityType, EquityType::Rsu);
}

void TestOptionsStore::switchingBackToRsuClearsTheOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OfferStore store;
    QVERIFY(store.open(dir.filePath(u"offers.sqlite"_s)));
    const Result<qint64> id = store.insert(startup());
    QVERIFY(id);
    Offer edited = startup();
    edited.id = *id;
    edited.stockOptions.expectedExitMultiple = 4;
    QVERIFY(store.update(edited));
    QCOMPARE(store.offers()->first().stockOptions.expectedExitMultiple, 4.0);
    edited.equityType = EquityType::Rsu;
    edited.equityTotal = 100000;
    QVERIFY(store.update(edited));
    const Offer back = store.offers()->first();
    QCOMPARE(back.equityType, EquityType::Rsu);
    QCOMPARE(back.stockOptions, StockOptions());
    QCOMPARE(back.equityTotal, 100000.0);
}

void TestOptionsStore::upgradesAStoreFromBeforeOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"offers.sqlite"_s);
    {
        // Schema 1 as the first release wrote it, with one offer.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : {
                 u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
                 u"INSERT INTO schema_version (version) VALUES (1)"_s,
                 u"CREATE TABLE offers (id INTEGER PRIMARY KEY AUTOINCREMENT, company TEXT NOT NULL, role TEXT NOT "
                 u"NULL DEFAULT '', level TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', currency TEXT "
                 u"NOT NULL, base REAL NOT NULL DEFAULT 0, equity_total REAL NOT NULL DEFAULT 0, vesting_schedule "
                 u"TEXT NOT NULL DEFAULT '[25,25,25,25]', bonus_pct REAL NOT NULL DEFAULT 0, sign_on REAL NOT NULL "
                 u"DEFAULT 0, sign_on_year2 REAL NOT NULL DEFAULT 0, relocation REAL NOT NULL DEFAULT 0, "
                 u"refresher_yearly REAL NOT NULL DEFAULT 0, deadline TEXT, notes TEXT NOT NULL DEFAULT '', target "
                 u"INTEGER NOT NULL DEFAULT 0 CHECK (target IN (0, 1)))"_s,
                 u"CREATE UNIQUE INDEX offers_one_target ON offers(target) WHERE target = 1"_s,
                 u"CREATE TABLE exchange_rates (from_currency TEXT NOT NULL, to_currency TEXT NOT NULL, rate REAL "
                 u"NOT NULL CHECK (rate > 0), entered TEXT NOT NULL, PRIMARY KEY (from_currency, to_currency))"_s,
                 u"INSERT INTO offers (company, level, region, currency, base, equity_total) VALUES ('Globex', 'L5', "
                 u"'San Francisco', 'USD', 200000, 240000)"_s,
             })
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    OfferStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.schemaVersion(), OfferStore::kSchemaVersion);
    const Result<QList<Offer>> offers = store.offers();
    QVERIFY(offers);
    QCOMPARE(offers->size(), 1);
    Offer expected = publicCompany();
    expected.id = offers->first().id;
    QCOMPARE(offers->first(), expected);
}

QTEST_GUILESS_MAIN(TestOptionsStore)
#include "tst_optionsstore.moc"
