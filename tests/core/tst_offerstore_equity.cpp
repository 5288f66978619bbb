// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The store's columns for equity that moves: a schema-1 file is upgraded with the defaults that keep its figures,
// and every new field survives an insert, an update and a reopen.
#include "offers/OfferStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOfferStoreEquity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradesSchemaOneWithDefaults();
    void newFieldsRoundTrip();
};

namespace {

bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

} // namespace

void TestOfferStoreEquity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOfferStoreEquity::upgradesSchemaOneWithDefaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"offers.sqlite"_s);
    // Schema 1 as OfferDesk wrote it before issue 15, with one offer in it.
    QVERIFY(rawExec(path, {
        u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
        u"INSERT INTO schema_version (version) VALUES (1)"_s,
        u"CREATE TABLE offers (id INTEGER PRIMARY KEY AUTOINCREMENT, company TEXT NOT NULL, role TEXT NOT NULL "
        u"DEFAULT '', level TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL, base "
        u"REAL NOT NULL DEFAULT 0, equity_total REAL NOT NULL DEFAULT 0, vesting_schedule TEXT NOT NULL DEFAULT "
        u"'[25,25,25,25]', bonus_pct REAL NOT NULL DEFAULT 0, sign_on REAL NOT NULL DEFAULT 0, sign_on_year2 REAL "
        u"NOT NULL DEFAULT 0, relocation REAL NOT NULL DEFAULT 0, refresher_yearly REAL NOT NULL DEFAULT 0, deadline "
        u"TEXT, notes TEXT NOT NULL DEFAULT '', target INTEGER NOT NULL DEFAULT 0 CHECK (target IN (0, 1)))"_s,
        u"CREATE UNIQUE INDEX offers_one_target ON offers(target) WHERE target = 1"_s,
        u"CREATE TABLE exchange_rates (from_currency TEXT NOT NULL, to_currency TEXT NOT NULL, rate REAL NOT NULL "
        u"CHECK (rate > 0), entered TEXT NOT NULL, PRIMARY KEY (from_currency, to_currency))"_s,
        u"INSERT INTO offers (company, region, currency, base, equity_total) VALUES ('Acme', 'Paris', 'EUR', "
        u"90000, 40000)"_s,
    }));
    OfferStore store;
    QCOMPARE(store.open(path), OfferStore::OpenStatus::Opened);
    QCOMPARE(store.schemaVersion(), OfferStore::kSchemaVersion); // 2, or later once more columns came
    const QList<Offer> offers = store.offers().value_or(QList<Offer>());
    QCOMPARE(offers.size(), 1);
    const Offer &acme = offers.first();
    QCOMPARE(acme.base, 90000.0);
    QCOMPARE(acme.equityTotal, 40000.0);
    QVERIFY(!acme.hasEquityTerms());
    QCOMPARE(acme.cliffMonths, 12);
    QCOMPARE(acme.refresherVestingYears, 4);
    QCOMPARE(acme.vestingFrequency, VestingFrequency::Yearly);
    QCOMPARE(acme.signOnClawback, SignOnClawback::Prorated);
}

void TestOfferStoreEquity::newFieldsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"offers.sqlite"_s);
    Offer globex;
    globex.company = u"Globex"_s;
    globex.region = u"San Francisco"_s;
    globex.base = 205000;
    globex.equityShares = 1000;
    globex.sharePrice = 180.25;
    globex.equityTotal = 180250;
    globex.growthPct = -12.5;
    globex.refresherGrant = 60000;
    globex.refresherVestingYears = 3;
    globex.vestingFrequency = VestingFrequency::Monthly;
    globex.cliffMonths = 6;
    globex.signOnClawbackMonths = 24;
    globex.signOnClawback = SignOnClawback::Full;
    {
        OfferStore store;
        QCOMPARE(store.open(path), OfferStore::OpenStatus::Opened);
        const Result<qint64> id = store.insert(globex);
        QVERIFY(id);
        globex.id = *id;
        QCOMPARE(store.offers().value_or(QList<Offer>()), QList<Offer>{globex});
        globex.vestingFrequency = VestingFrequency::Quarterly;
        globex.growthPct = 25;
        QVERIFY(store.update(globex));
        // An insert that keeps its id (undo of a delete) keeps the fields too.
        Offer again = globex;
        again.id = globex.id + 10;
        again.company = u"Initech"_s;
        QVERIFY(store.insertAll({again}));
    }
    OfferStore reopened;
    QCOMPARE(reopened.open(path), OfferStore::OpenStatus::Opened);
    const QList<Offer> offers = reopened.offers().value_or(QList<Offer>());
    QCOMPARE(offers.size(), 2);
    QCOMPARE(offers.first(), globex);
    QCOMPARE(offers.at(1).vestingFrequency, VestingFrequency::Quarterly);
    QCOMPARE(offers.at(1).sharePrice, 180.25);
    QCOMPARE(offers.at(1).company, u"Initech"_s);
}

QTEST_GUILESS_MAIN(TestOfferStoreEquity)
#include "tst_offerstore_equity.moc"
