// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Crash safety of the offers store, with real child processes: SIGKILL at random moments (50 times), a full disk,
// a read-only file system, and two instances writing at once. The store must always reopen as it was after its
// last commit: never damaged, never half a transaction, never two targets. A full or read-only disk is reported
// as such, and the old data stays intact.
#include "offers/OfferStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QString kWriter = QStringLiteral(OFFERDESK_BINARY_DIR) + u"/tests/offerstore_crashwriter"_s;
const QString kFaultyFs = QStringLiteral(OFFERDESK_FAULTYFS_PATH);

// What the writers said, accumulated over every round on one store.
struct Ledger
{
    QHash<QString, int> announcedBatches; // "adding": may or may not be stored, but never in part
    QSet<QString> committedBatches;       // "batch": must be stored
    QSet<QString> removing;               // "removing": may be gone
    QSet<QString> removed;                // "removed": must be gone

    void read(const QByteArray &output)
    {
        for (const QByteArray &raw : output.split('\n')) {
            const QStringList words = QString::fromUtf8(raw).split(u' ');
            if (words.size() == 3 && words.at(0) == u"adding"_s)
                announcedBatches.insert(words.at(1), words.at(2).toInt());
            else if (words.size() == 3 && words.at(0) == u"batch"_s)
                committedBatches.insert(words.at(1));
            else if (words.size() == 2 && words.at(0) == u"removing"_s)
                removing.insert(words.at(1));
            else if (words.size() == 2 && words.at(0) == u"removed"_s)
                removed.insert(words.at(1));
        }
    }
};

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery query(db);
            result = query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString()
                                                                             : query.lastError().text();
        } else {
            result = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return result;
}

// Reopens the store and checks it against everything the writers reported. Empty when all is well.
QString verify(const QString &path, const Ledger &ledger, int *offerCount = nullptr)
{
    OfferStore store;
    const Result<OfferStore::OpenStatus> status = store.open(path); // rolls back what a killed writer left half done
    if (!status)
        return u"reopen failed: %1"_s.arg(status.message());
    if (*status != OfferStore::OpenStatus::Opened)
        return u"reopen gave status %1"_s.arg(int(*status));
    if (const QString integrity = integrityCheck(path); integrity != u"ok"_s)
        return u"integrity check: "_s + integrity;
    const QList<Offer> offers = store.offers().value_or(QList<Offer>());
    QSet<QString> stored;
    int targets = 0;
    for (const Offer &offer : offers) {
        stored.insert(offer.company);
        targets += offer.target ? 1 : 0;
    }
    if (offerCount)
        *offerCount = int(offers.size());
    if (targets > 1)
        return u"%1 targets"_s.arg(targets);
    for (auto it = ledger.announcedBatches.cbegin(); it != ledger.announcedBatches.cend(); ++it) {
        int present = 0;
        int mayBeGone = 0;
        for (int i = 0; i < it.value(); ++i) {
            const QString name = u"%1-%2"_s.arg(it.key()).arg(i);
            if (stored.contains(name))
                ++present;
            else if (ledger.removing.contains(name))
                ++mayBeGone;
            if (ledger.removed.contains(name) && stored.contains(name))
                return u"%1 was deleted, but is back"_s.arg(name);
        }
        const bool committed = ledger.committedBatches.contains(it.key());
        if (committed && present + mayBeGone != it.value())
            return u"batch %1 was committed, but only %2 of %3 offers are stored"_s.arg(it.key()).arg(present).arg(
                it.value());
        if (!committed && present != 0 && present + mayBeGone != it.value())
            return u"batch %1 is stored in part: %2 of %3 offers"_s.arg(it.key()).arg(present).arg(it.value());
    }
    const Result<ExchangeRates> rates = store.exchangeRates();
    if (!rates)
        return rates.message();
    QSet<double> generations;
    for (const ExchangeRate &rate : rates->all())
        generations.insert(rate.rate);
    if (!(rates->all().isEmpty() || (rates->all().size() == 3 && generations.size() == 1)))
        return u"the exchange rates mix two saves: %1 rates"_s.arg(rates->all().size());
    return QString();
}

QProcessEnvironment faultyEnvironment(const QString &folder, const QString &variable, const QString &value)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LD_PRELOAD"_s, kFaultyFs);
    environment.insert(u"OFFERDESK_FAULT_DIR"_s, folder + u'/');
    environment.insert(variable, value);
    // Under AddressSanitizer the preloaded library comes before the ASan runtime; that is fine here.
    const QString asan = environment.value(u"ASAN_OPTIONS"_s);
    environment.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
    return environment;
}

// Runs the writer to completion and returns what it printed.
QByteArray runWriter(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(kWriter, arguments);
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        qWarning("writer %s: exit %d", qPrintable(arguments.join(u' ')), child.exitCode());
    return child.readAllStandardOutput();
}

// Starts a burst writer and kills it with SIGKILL at a random moment: before it opened the store, or after a random
// number of commits plus a random few milliseconds, so kills land inside transactions and fsyncs too.
QByteArray burstAndKill(const QString &store, const QString &tag, QRandomGenerator &random)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(kWriter, {u"burst"_s, store, tag, QString::number(random.generate())});
    if (!child.waitForStarted(30000))
        return {};
    QByteArray output;
    if (random.bounded(5) == 0) {
        QThread::msleep(random.bounded(150)); // maybe still starting, opening or creating the schema
    } else {
        const int commits = random.bounded(30);
        while (output.count('\n') < commits && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            output += child.readAllStandardOutput();
        }
        QThread::usleep(random.bounded(20000));
    }
    child.kill();
    child.waitForFinished(30000);
    return output + child.readAllStandardOutput();
}

} // namespace

class TestOfferStoreCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigkillAtRandomMoments();
    void twoInstancesWritingAtOnce();
    void fullDiskKeepsTheOldOffers();
    void fullDiskKeepsTheOldExport();
    void readOnlyFileSystemShowsTheOffers();
};

void TestOfferStoreCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(kWriter), qPrintable(kWriter));
    QVERIFY2(QFile::exists(kFaultyFs), qPrintable(kFaultyFs));
}

void TestOfferStoreCrashSafety::sigkillAtRandomMoments()
{
    QTemporaryDir dir;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    QString store;
    Ledger ledger;
    for (int round = 0; round < 50; ++round) {
        if (round % 10 == 0) { // a new file now and then, so kills also land while the schema is created
            store = dir.filePath(u"offers-%1.sqlite"_s.arg(round));
            ledger = Ledger();
        }
        ledger.read(burstAndKill(store, u"r%1"_s.arg(round), random));
        const QString problem = verify(store, ledger);
        QVERIFY2(problem.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(problem)));
    }
    QVERIFY2(QDir(dir.path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty(), "a store was set aside as damaged");
    QVERIFY(!ledger.committedBatches.isEmpty());
}

void TestOfferStoreCrashSafety::twoInstancesWritingAtOnce()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"offers.sqlite"_s);
    QRandomGenerator random(QRandomGenerator::global()->generate());
    Ledger ledger;
    for (int round = 0; round < 5; ++round) {
        QProcess first;
        QProcess second;
        for (QProcess *child : {&first, &second})
            child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(kWriter, {u"burst"_s, store, u"a%1"_s.arg(round), QString::number(random.generate())});
        second.start(kWriter, {u"burst"_s, store, u"b%1"_s.arg(round), QString::number(random.generate())});
        QVERIFY(first.waitForStarted(30000) && second.waitForStarted(30000));
        QByteArray outputs[2];
        // Both write until each has committed a few times; then one dies mid-write while the other goes on.
        QDeadlineTimer deadline(60000);
        while ((outputs[0].count('\n') < 6 || outputs[1].count('\n') < 6) && first.state() == QProcess::Running &&
               second.state() == QProcess::Running && !deadline.hasExpired()) {
            first.waitForReadyRead(50);
            second.waitForReadyRead(50);
            outputs[0] += first.readAllStandardOutput();
            outputs[1] += second.readAllStandardOutput();
        }
        QVERIFY2(outputs[0].count('\n') >= 6 && outputs[1].count('\n') >= 6, "both instances must get to write");
        first.kill();
        first.waitForFinished(30000);
        const qsizetype before = outputs[1].count('\n');
        while (outputs[1].count('\n') < before + 5 && second.state() == QProcess::Running && !deadline.hasExpired()) {
            second.waitForReadyRead(1000);
            outputs[1] += second.readAllStandardOutput();
        }
        QCOMPARE(second.state(), QProcess::Running); // the survivor was never stopped by the other's death
        second.kill();
        second.waitForFinished(30000);
        ledger.read(outputs[0] + first.readAllStandardOutput());
        ledger.read(outputs[1] + second.readAllStandardOutput());
        const QString problem = verify(store, ledger);
        QVERIFY2(problem.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(problem)));
    }
}

void TestOfferStoreCrashSafety::fullDiskKeepsTheOldOffers()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"offers.sqlite"_s);
    Ledger ledger;
    ledger.read(runWriter({u"fill"_s, store, u"warmup"_s},
                          faultyEnvironment(dir.path(), u"OFFERDESK_FAULT_BYTES"_s, u"300000"_s)));
    int before = 0;
    QCOMPARE(verify(store, ledger, &before), QString());
    QVERIFY(before > 0);

    // The disk fills at many different points: in the journal, in the database, in the middle of a page.
    for (const int budget : {0, 1, 512, 1000, 4096, 5000, 9000, 12289, 20000, 33000}) {
        const QByteArray output = runWriter({u"fill"_s, store, u"full%1"_s.arg(budget)},
                                            faultyEnvironment(dir.path(), u"OFFERDESK_FAULT_BYTES"_s,
                                                              QString::number(budget)));
        const QString text = QString::fromUtf8(output);
        QVERIFY2(text.contains(u"failed: "_s), qPrintable(text.right(500)));
        QVERIFY2(text.contains(u"the disk is full"_s), qPrintable(text.right(500)));
        int after = 0;
        const QString problem = verify(store, ledger, &after);
        QVERIFY2(problem.isEmpty(), qPrintable(u"budget %1: %2"_s.arg(budget).arg(problem)));
        QCOMPARE(after, before + int(output.count("added ")));
        before = after;
    }
    QVERIFY(QDir(dir.path()).entryList({u"*.damaged-*"_s}, QDir::Files).isEmpty());
}

void TestOfferStoreCrashSafety::fullDiskKeepsTheOldExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"offers.json"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    const QByteArray oldContents = "{\"offers\": []}\n";
    old.write(oldContents);
    old.close();
    const QByteArray output =
        runWriter({u"export"_s, path}, faultyEnvironment(dir.path(), u"OFFERDESK_FAULT_BYTES"_s, u"100"_s));
    QVERIFY2(output.startsWith("export failed: "), output.constData());
    QVERIFY(QFile::exists(path));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), oldContents);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"offers.json"_s});
}

void TestOfferStoreCrashSafety::readOnlyFileSystemShowsTheOffers()
{
    // Permission bits do not stop root; a read-only mount does. The file's own bits still say it is writable.
    QTemporaryDir dir;
    const QString store = dir.filePath(u"offers.sqlite"_s);
    Ledger ledger;
    ledger.read(runWriter({u"fill"_s, store, u"ro"_s},
                          faultyEnvironment(dir.path(), u"OFFERDESK_FAULT_BYTES"_s, u"100000"_s)));
    int count = 0;
    QCOMPARE(verify(store, ledger, &count), QString());
    QFile file(store);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const QString output = QString::fromUtf8(
        runWriter({u"open"_s, store}, faultyEnvironment(dir.path(), u"OFFERDESK_FAULT_READONLY"_s, u"1"_s)));
    // SQLite falls back to reading; the store finds out when it opens, and says so.
    QVERIFY2(output.contains(u"status %1"_s.arg(int(OfferStore::OpenStatus::OpenedReadOnly))), qPrintable(output));
    QVERIFY2(output.contains(u"offers %1"_s.arg(count)), qPrintable(output));
    QVERIFY2(output.contains(u"insert failed: "_s) && output.contains(u"read-only"_s), qPrintable(output));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(verify(store, ledger), QString());
}

QTEST_GUILESS_MAIN(TestOfferStoreCrashSafety)
#include "tst_offerstore_crashsafety.moc"
