// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The offers store: every edit survives a reopen, a damaged file is kept aside, a read-only file is never written,
// a second instance shares safely, and a SIGKILL in the middle of writes loses nothing committed.
#include "offers/OfferStore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOfferStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createsTheSchema();
    void defaultPathIsInAppData();
    void reopenAfterEveryKindOfEdit();
    void atMostOneTarget();
    void exchangeRatesKeepTheirDates();
    void damagedFileIsKeptAside();
    void foreignSqliteFileIsKeptAside();
    void newerSchemaIsLeftUntouched();
    void readOnlyFileIsNeverWritten();
    void secondInstanceShares();
    void busyStoreIsNotDamaged();
    void sigkillDuringWritesLosesNothing();

private:
    QString storePath() const { return m_dir->filePath(u"offers.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Offer makeOffer(const QString &company, double base, bool target = false)
{
    Offer o;
    o.company = company;
    o.role = u"Software Engineer"_s;
    o.level = u"L5"_s;
    o.region = u"San Francisco"_s;
    o.currency = u"USD"_s;
    o.base = base;
    o.equityTotal = 120000;
    o.vestingSchedule = VestingPresets::frontLoaded();
    o.bonusPct = 10;
    o.signOn = 20000;
    o.signOnYear2 = 5000;
    o.relocation = 7000;
    o.refresherYearly = 10000;
    o.deadline = QDate(2026, 12, 15);
    o.notes = u"line one\nline two ✓"_s;
    o.target = target;
    return o;
}

QList<Offer> reopened(const QString &path)
{
    OfferStore store;
    if (const Result<OfferStore::OpenStatus> status = store.open(path); status != OfferStore::OpenStatus::Opened)
        qFatal("reopen failed: %s", status ? "not opened read and write" : qPrintable(status.message()));
    return store.offers().value_or(QList<Offer>());
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on the file through a connection of its own, as another program would.
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

void TestOfferStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOfferStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOfferStore::createsTheSchema()
{
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(store.schemaVersion(), OfferStore::kSchemaVersion);
    QCOMPARE(store.offers(), QList<Offer>());
    QVERIFY(QFile::exists(storePath()));
}

void TestOfferStore::defaultPathIsInAppData()
{
    QVERIFY(OfferStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(OfferStore::defaultPath().endsWith(u"/offers.sqlite"_s));
}

void TestOfferStore::reopenAfterEveryKindOfEdit()
{
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);

    // Add
    Offer acme = makeOffer(u"Acme Robotics"_s, 190000);
    const Result<qint64> acmeId = store.insert(acme);
    QVERIFY2(acmeId, acmeId ? "" : qPrintable(acmeId.message()));
    acme.id = *acmeId;
    QCOMPARE(reopened(storePath()), QList<Offer>{acme});

    // Add several at once (import)
    Offer globex = makeOffer(u"Globex"_s, 150000);
    globex.currency = u"EUR"_s;
    globex.deadline = QDate();
    Offer initech = makeOffer(u"Initech"_s, 160000);
    const Result<QList<qint64>> ids = store.insertAll({globex, initech});
    QVERIFY(ids && ids->size() == 2);
    globex.id = ids->at(0);
    initech.id = ids->at(1);
    QCOMPARE(reopened(storePath()), (QList<Offer>{acme, globex, initech}));

    // Edit every field
    acme.company = u"Acme Robotics Inc."_s;
    acme.base = 195000.5;
    acme.vestingSchedule = {10, 20, 30, 40};
    acme.notes.clear();
    acme.deadline = QDate(2027, 1, 31);
    const Result<> updated = store.update(acme);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.message()));
    QCOMPARE(reopened(storePath()), (QList<Offer>{acme, globex, initech}));

    // Make one the target
    globex.target = true;
    QVERIFY(store.update(globex));
    QCOMPARE(reopened(storePath()), (QList<Offer>{acme, globex, initech}));

    // Delete
    QVERIFY(store.remove(initech.id));
    QCOMPARE(reopened(storePath()), (QList<Offer>{acme, globex}));

    // Put back under its id (undo of a delete)
    QVERIFY(store.insert(initech) == initech.id);
    QCOMPARE(reopened(storePath()), (QList<Offer>{acme, globex, initech}));

    // Delete several
    QVERIFY(store.removeAll({acme.id, initech.id}));
    QCOMPARE(reopened(storePath()), (QList<Offer>{globex}));

    // A new offer never takes a deleted offer's id, so undo can always put one back.
    const Result<qint64> fresh = store.insert(makeOffer(u"Hooli"_s, 1));
    QVERIFY(fresh && *fresh > initech.id);
}

void TestOfferStore::atMostOneTarget()
{
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    Offer a = makeOffer(u"Acme Robotics"_s, 1, true);
    a.id = store.insert(a).value_or(0);
    Offer b = makeOffer(u"Globex"_s, 2, true);
    b.id = store.insert(b).value_or(0);
    QVERIFY(a.id && b.id);
    QList<Offer> offers = store.offers().value();
    QCOMPARE(offers.at(0).target, false);
    QCOMPARE(offers.at(1).target, true);
    a.target = true;
    QVERIFY(store.update(a));
    offers = reopened(storePath());
    QCOMPARE(offers.at(0).target, true);
    QCOMPARE(offers.at(1).target, false);
    // The file itself refuses a second target, whoever writes it.
    QVERIFY(!rawExec(storePath(), {u"UPDATE offers SET target = 1"_s}));
    QCOMPARE(reopened(storePath()).at(1).target, false);
}

void TestOfferStore::exchangeRatesKeepTheirDates()
{
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        QVERIFY(store.setExchangeRate({u"EUR"_s, u"USD"_s, 1.08, QDate(2026, 3, 1)}));
        QVERIFY(store.setExchangeRate({u"GBP"_s, u"USD"_s, 1.27, QDate(2026, 3, 2)}));
        QVERIFY(store.setExchangeRate({u"EUR"_s, u"USD"_s, 1.10, QDate(2026, 4, 1)}));
        QVERIFY(store.removeExchangeRate(u"GBP"_s, u"USD"_s));
    }
    OfferStore again;
    QCOMPARE(again.open(storePath()), OfferStore::OpenStatus::Opened);
    const ExchangeRates rates = again.exchangeRates().value();
    QCOMPARE(rates.all().size(), 1);
    QCOMPARE(rates.all().first().rate, 1.10);
    QCOMPARE(rates.all().first().entered, QDate(2026, 4, 1));
    QVERIFY(!rates.rate(u"GBP"_s, u"USD"_s));
}

void TestOfferStore::damagedFileIsKeptAside()
{
    QByteArray garbage = "SQLite format 3";
    garbage.append(QByteArray(8192, '\xA5'));
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Recovered);
    QVERIFY(store.recoveredPath().startsWith(storePath() + u".damaged-"_s));
    QCOMPARE(contents(store.recoveredPath()), garbage); // kept byte for byte
    QVERIFY2(store.recoveryNotice().contains(store.recoveredPath()), qPrintable(store.recoveryNotice()));
    QVERIFY2(store.recoveryNotice().contains(u"damaged"_s), qPrintable(store.recoveryNotice()));
    // And the new store works.
    QVERIFY(store.insert(makeOffer(u"Acme Robotics"_s, 1)));
    QCOMPARE(reopened(storePath()).size(), 1);

    // A second damaged file in the same second does not overwrite the first one kept aside.
    store.close();
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a database at all, just text");
    }
    OfferStore second;
    QCOMPARE(second.open(storePath()), OfferStore::OpenStatus::Recovered);
    QVERIFY(second.recoveredPath() != store.recoveredPath());
    QCOMPARE(contents(store.recoveredPath()), garbage);
    QCOMPARE(contents(second.recoveredPath()), QByteArray("not a database at all, just text"));
}

void TestOfferStore::foreignSqliteFileIsKeptAside()
{
    QVERIFY(rawExec(storePath(), {u"CREATE TABLE photos (id INTEGER)"_s, u"INSERT INTO photos VALUES (1)"_s}));
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Recovered);
    QVERIFY2(store.recoveryNotice().contains(u"not an OfferDesk offers store"_s), qPrintable(store.recoveryNotice()));
    QVERIFY(QFile::exists(store.recoveredPath()));
}

void TestOfferStore::newerSchemaIsLeftUntouched()
{
    Offer acme = makeOffer(u"Acme Robotics"_s, 1);
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        acme.id = store.insert(acme).value_or(0);
    }
    QVERIFY(rawExec(storePath(), {u"UPDATE schema_version SET version = 99"_s}));
    const QByteArray before = contents(storePath());
    // Issue 17: a store from a newer OfferDesk opens read-only and says so, instead of not opening at all.
    OfferStore store;
    const Result<OfferStore::OpenStatus> status = store.open(storePath());
    QVERIFY2(status, status ? "" : qPrintable(status.message()));
    QCOMPARE(*status, OfferStore::OpenStatus::OpenedReadOnly);
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.newerSchemaVersion(), 99);
    QVERIFY2(store.readOnlyNotice().contains(u"newer OfferDesk"_s), qPrintable(store.readOnlyNotice()));
    QVERIFY2(store.readOnlyNotice().contains(u"read-only"_s), qPrintable(store.readOnlyNotice()));
    const Result<QList<Offer>> offers = store.offers();
    QVERIFY2(offers, offers ? "" : qPrintable(offers.message()));
    QCOMPARE(*offers, QList<Offer>{acme});
    const Result<qint64> inserted = store.insert(makeOffer(u"Globex"_s, 2));
    QVERIFY(!inserted);
    QVERIFY2(inserted.message().contains(u"read-only"_s), qPrintable(inserted.message()));
    QVERIFY(!store.setExchangeRate({u"EUR"_s, u"USD"_s, 1.1, QDate(2026, 1, 1)}));
    store.close();
    QCOMPARE(contents(storePath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"offers.sqlite"_s});
}

void TestOfferStore::readOnlyFileIsNeverWritten()
{
    Offer acme = makeOffer(u"Acme Robotics"_s, 1);
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        acme.id = store.insert(acme).value_or(0);
    }
    QVERIFY(QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = contents(storePath());
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::OpenedReadOnly);
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.offers().value(), QList<Offer>{acme});
    const Result<qint64> inserted = store.insert(makeOffer(u"Globex"_s, 2));
    QVERIFY(!inserted);
    QVERIFY2(inserted.message().contains(u"read-only"_s), qPrintable(inserted.message()));
    acme.base = 5;
    QVERIFY(!store.update(acme));
    QVERIFY(!store.remove(acme.id));
    QVERIFY(!store.setExchangeRate({u"EUR"_s, u"USD"_s, 1.1, QDate(2026, 1, 1)}));
    store.close();
    QCOMPARE(contents(storePath()), before);
    QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestOfferStore::secondInstanceShares()
{
    OfferStore first;
    OfferStore second;
    QCOMPARE(first.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(second.open(storePath()), OfferStore::OpenStatus::Opened);
    const Result<qint64> a = first.insert(makeOffer(u"Acme Robotics"_s, 1, true));
    const Result<qint64> b = second.insert(makeOffer(u"Globex"_s, 2, true));
    QVERIFY(a && b && *a != *b);
    QVERIFY(first.offers());
    QVERIFY(!first.hasOutsideChanges());
    QVERIFY(first.insert(makeOffer(u"Initech"_s, 9)));
    QVERIFY2(!first.hasOutsideChanges(), "its own edits are not outside changes");
    QVERIFY(second.hasOutsideChanges());
    QVERIFY(second.remove(second.offers().value().last().id));
    QVERIFY(first.hasOutsideChanges());
    const QList<Offer> seenByFirst = first.offers().value();
    QVERIFY(!first.hasOutsideChanges());
    QCOMPARE(seenByFirst.size(), 2);
    QCOMPARE(seenByFirst, second.offers().value());
    // Still one target, whichever instance set it last.
    QCOMPARE(seenByFirst.at(0).target, false);
    QCOMPARE(seenByFirst.at(1).target, true);
    // An edit of an offer the other instance deleted is refused, not silently lost.
    QVERIFY(second.remove(*a));
    Offer gone = seenByFirst.at(0);
    gone.base = 3;
    const Result<> updated = first.update(gone);
    QVERIFY(!updated);
    QVERIFY2(updated.message().contains(u"no longer in the store"_s), qPrintable(updated.message()));
}

void TestOfferStore::busyStoreIsNotDamaged()
{
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        QVERIFY(store.insert(makeOffer(u"Acme Robotics"_s, 1)));
    }
    // Another program holds the write lock for longer than the busy timeout.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    db.setDatabaseName(storePath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        OfferStore store;
        const Result<OfferStore::OpenStatus> status = store.open(storePath());
        QVERIFY(!status);
        QVERIFY2(status.message().contains(u"busy"_s), qPrintable(status.message()));
        QVERIFY(store.recoveredPath().isEmpty());
        QVERIFY(query.exec(u"ROLLBACK"_s));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"holder"_s);
    QCOMPARE(reopened(storePath()).size(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"offers.sqlite"_s});
}

void TestOfferStore::sigkillDuringWritesLosesNothing()
{
    const QString writer = QStringLiteral(OFFERDESK_BINARY_DIR) + u"/tests/offerstore_writer"_s;
    QVERIFY2(QFile::exists(writer), qPrintable(writer));
    QSet<QString> committed;
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.setProgram(writer);
        child.setArguments({storePath(), u"round%1"_s.arg(round)});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Let it commit a random number of offers, then kill it wherever it is.
        const int commitsBeforeKill = 1 + int(QRandomGenerator::global()->bounded(40));
        int seen = 0;
        QByteArray pending;
        while (seen < commitsBeforeKill) {
            if (!child.waitForReadyRead(30000))
                QFAIL(qPrintable(u"the writer stopped in round %1 (exit %2)"_s.arg(round).arg(child.exitCode())));
            pending += child.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                committed.insert(QString::fromUtf8(pending.left(end)));
                pending.remove(0, end + 1);
                ++seen;
            }
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Lines it printed before dying were committed too.
        pending += child.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (!line.isEmpty())
                committed.insert(QString::fromUtf8(line));
        }

        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        const QList<Offer> offers = store.offers().value();
        QSet<QString> stored;
        int targets = 0;
        for (const Offer &offer : offers) {
            stored.insert(offer.company);
            targets += offer.target ? 1 : 0;
        }
        for (const QString &company : std::as_const(committed))
            QVERIFY2(stored.contains(company), qPrintable(u"round %1 lost %2"_s.arg(round).arg(company)));
        QVERIFY(targets <= 1);
    }
    QVERIFY(QDir(m_dir->path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestOfferStore)
#include "tst_offerstore.moc"
