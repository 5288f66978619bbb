// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferStore.h"

#include "offers/OfferStoreEquity.h"
#include "offers/OptionsStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// SQLite's primary result codes that matter here (sqlite3.h).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADatabase;
}

QString describe(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return OfferStore::tr("the store is busy in another OfferDesk window or program; try again");
    case kSqliteReadOnly:
        return OfferStore::tr("the store is read-only");
    case kSqliteFull:
        return OfferStore::tr("the disk is full");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? OfferStore::tr("unknown database error") : text;
}

// What failed and why, as one message.
Error failure(const QString &what, const QString &why)
{
    return Error{what + u": "_s + why};
}

// Each schema version's statements, applied in order from the file's version to the newest.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        // 1: offers, exchange rates, and at most one target (also enforced by the unique partial index).
        {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"CREATE TABLE offers ("
            u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
            u" company TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', level TEXT NOT NULL DEFAULT '',"
            u" region TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL,"
            u" base REAL NOT NULL DEFAULT 0, equity_total REAL NOT NULL DEFAULT 0,"
            u" vesting_schedule TEXT NOT NULL DEFAULT '[25,25,25,25]', bonus_pct REAL NOT NULL DEFAULT 0,"
            u" sign_on REAL NOT NULL DEFAULT 0, sign_on_year2 REAL NOT NULL DEFAULT 0,"
            u" relocation REAL NOT NULL DEFAULT 0, refresher_yearly REAL NOT NULL DEFAULT 0,"
            u" deadline TEXT, notes TEXT NOT NULL DEFAULT '',"
            u" target INTEGER NOT NULL DEFAULT 0 CHECK (target IN (0, 1)))"_s,
            u"CREATE UNIQUE INDEX offers_one_target ON offers(target) WHERE target = 1"_s,
            u"CREATE TABLE exchange_rates ("
            u" from_currency TEXT NOT NULL, to_currency TEXT NOT NULL, rate REAL NOT NULL CHECK (rate > 0),"
            u" entered TEXT NOT NULL, PRIMARY KEY (from_currency, to_currency))"_s,
        },
        // 2: equity that moves (shares and price, growth, refresher grants, frequency, cliff, clawback).
        OfferStoreEquity::migration(),
        // 3: each offer's rounds and the counters sent for it, in order (issue 17). Rows go with their offer: the
        // store deletes them itself, as SQLite's foreign keys are off unless each connection turns them on.
        {
            u"CREATE TABLE offer_revisions ("
            u" offer_id INTEGER NOT NULL REFERENCES offers(id), position INTEGER NOT NULL,"
            u" date TEXT, note TEXT NOT NULL DEFAULT '',"
            u" base REAL NOT NULL DEFAULT 0, equity_total REAL NOT NULL DEFAULT 0,"
            u" vesting_schedule TEXT NOT NULL DEFAULT '[25,25,25,25]', bonus_pct REAL NOT NULL DEFAULT 0,"
            u" sign_on REAL NOT NULL DEFAULT 0, sign_on_year2 REAL NOT NULL DEFAULT 0,"
            u" relocation REAL NOT NULL DEFAULT 0, refresher_yearly REAL NOT NULL DEFAULT 0,"
            u" PRIMARY KEY (offer_id, position))"_s,
            u"CREATE TABLE counters_sent ("
            u" offer_id INTEGER NOT NULL REFERENCES offers(id), position INTEGER NOT NULL, date TEXT,"
            u" ask_base REAL NOT NULL DEFAULT 0, ask_equity_total REAL NOT NULL DEFAULT 0,"
            u" ask_sign_on REAL NOT NULL DEFAULT 0, script TEXT NOT NULL DEFAULT '',"
            u" PRIMARY KEY (offer_id, position))"_s,
        },
        // 4: stock options (equity_type and the grant's fields).
        OptionsStore::migration(),
    };
    return list;
}

QString scheduleText(const QList<double> &schedule)
{
    QJsonArray array;
    for (double share : schedule)
        array.append(share);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<double> scheduleFromText(const QString &text)
{
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    QList<double> schedule;
    for (const QJsonValue &value : array)
        schedule.append(value.toDouble());
    return schedule.isEmpty() ? VestingPresets::even() : schedule;
}

// An empty QString may be null, which SQLite stores as NULL; text columns hold "" instead.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

// A date as the store keeps it: "2026-12-15", or NULL when there is none.
QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"offerdesk-store-%1"_s.arg(counter.fetch_add(1));
}

} // namespace

OfferStore::OfferStore() : m_connection(nextConnectionName()) {}

OfferStore::~OfferStore()
{
    close();
}

QString OfferStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/offers.sqlite"_s;
}

bool OfferStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void OfferStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<OfferStore::OpenStatus> OfferStore::open(const QString &path)
{
    close();
    m_path = path;
    m_recoveredPath.clear();
    m_recoveryNotice.clear();
    m_readOnlyNotice.clear();
    m_newerSchema = 0;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return failure(tr("cannot open the offers store %1").arg(path), tr("its folder cannot be created"));
    // A file the person made read-only is honoured even for root, who could write it anyway.
    m_readOnly = info.exists()
                 && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner));
    Attempt attempt = openAndMigrate(m_readOnly);
    if (attempt.ok() && m_newerSchema > 0)
        attempt = reopenNewerReadOnly();
    if (attempt.ok()) {
        if (m_readOnly && m_readOnlyNotice.isEmpty())
            m_readOnlyNotice = tr("The offers store %1 is read-only: your offers are shown, but changes can't be saved.")
                                   .arg(QDir::toNativeSeparators(path));
        return m_readOnly ? OpenStatus::OpenedReadOnly : OpenStatus::Opened;
    }
    if (attempt.outcome == Attempt::Outcome::Failed)
        return Error{attempt.message};
    const QString damage = attempt.message;
    if (const Result<> moved = moveAside(damage); !moved)
        return moved.error();
    m_readOnly = false;
    attempt = openAndMigrate(false);
    if (!attempt.ok())
        return Error{attempt.message};
    m_recoveryNotice =
        tr("The offers store %1 was damaged (%2). It was kept as %3, and a new, empty store was started.")
            .arg(QDir::toNativeSeparators(path), damage, QDir::toNativeSeparators(m_recoveredPath));
    return OpenStatus::Recovered;
}

OfferStore::Attempt OfferStore::reopenNewerReadOnly()
{
    // Through a read-only connection, so nothing this OfferDesk does can change a file it doesn't fully know.
    close();
    m_readOnly = true;
    Attempt attempt = openConnection(true);
    if (!attempt.ok()) {
        close();
        return attempt;
    }
    m_readOnlyNotice = tr("The offers store %1 was written by a newer OfferDesk (schema %2; this one knows up to %3). "
                          "It is open read-only: your offers are shown, but changes can't be saved until you use "
                          "the newer OfferDesk again.")
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(m_newerSchema)
                           .arg(kSchemaVersion);
    return {};
}

OfferStore::Attempt OfferStore::openAndMigrate(bool readOnly)
{
    Attempt attempt = openConnection(readOnly);
    if (attempt.ok())
        attempt = checkAndMigrate();
    if (!attempt.ok())
        close();
    return attempt;
}

OfferStore::Attempt OfferStore::failedToOpen(const QString &why) const
{
    return {Attempt::Outcome::Failed, failure(tr("cannot open the offers store %1").arg(m_path), why).message};
}

OfferStore::Attempt OfferStore::openConnection(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        if (isDamage(error))
            return {Attempt::Outcome::Damaged, describe(error)};
        return failedToOpen(describe(error));
    }
    return {};
}

OfferStore::Attempt OfferStore::checkAndMigrate()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (const Attempt checked = checkIntegrity(query); !checked.ok())
        return checked;
    if (!m_readOnly) {
        if (const Result<> begun = beginWrite(); !begun)
            return {Attempt::Outcome::Failed, begun.message()};
    }
    // Read the version inside the write transaction, so two instances starting at once migrate only once.
    int version = 0;
    if (const Attempt read = readSchemaVersion(query, &version); !read.ok()) {
        rollback();
        return read;
    }
    if (version > kSchemaVersion) {
        // A newer OfferDesk only adds tables and columns (see migrations()), so this one can still read it; open()
        // reopens it read-only.
        rollback();
        m_newerSchema = version;
        return {};
    }
    if (version == kSchemaVersion) {
        if (!m_readOnly) {
            probeWritable(query);
            rollback();
        }
        return {};
    }
    if (m_readOnly)
        return failedToOpen(tr("it is read-only and needs an upgrade (schema %1 to %2)").arg(version)
            .arg(kSchemaVersion));
    return migrateFrom(query, version);
}

OfferStore::Attempt OfferStore::checkIntegrity(QSqlQuery &query)
{
    const auto failedWith = [this](const QSqlError &error) -> Attempt {
        if (isDamage(error))
            return {Attempt::Outcome::Damaged, describe(error)};
        return failedToOpen(describe(error));
    };
    // The rollback journal with a full sync on every commit: a commit that returned is on disk.
    if (!m_readOnly
        && (!query.exec(u"PRAGMA journal_mode=DELETE"_s) || !query.exec(u"PRAGMA synchronous=FULL"_s))) {
        return failedWith(query.lastError());
    }
    if (!query.exec(u"PRAGMA quick_check"_s))
        return failedWith(query.lastError());
    if (!query.next() || query.value(0).toString() != u"ok"_s)
        return {Attempt::Outcome::Damaged, tr("integrity check: %1").arg(query.value(0).toString().left(200))};
    query.finish();
    return {};
}

OfferStore::Attempt OfferStore::readSchemaVersion(QSqlQuery &query, int *version)
{
    QStringList tables;
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        const QSqlError error = query.lastError();
        return {isDamage(error) ? Attempt::Outcome::Damaged : Attempt::Outcome::Failed, describe(error)};
    }
    while (query.next())
        tables.append(query.value(0).toString());
    tables.removeAll(u"sqlite_sequence"_s);
    *version = 0;
    if (tables.contains(u"schema_version"_s)) {
        if (!query.exec(u"SELECT version FROM schema_version"_s) || !query.next())
            return {Attempt::Outcome::Damaged, tr("its schema version is missing")};
        *version = query.value(0).toInt();
    } else if (!tables.isEmpty()) {
        return {Attempt::Outcome::Damaged, tr("it is an SQLite file, but not an OfferDesk offers store")};
    }
    query.finish();
    return {};
}

void OfferStore::probeWritable(QSqlQuery &query)
{
    // A file that looks writable can still be on a read-only file system (or a read-only mount): SQLite then
    // quietly opens it read-only. A write that changes nothing finds out now, so the person is told at once, not
    // at their first edit.
    if (!query.exec(u"UPDATE schema_version SET version = version"_s)
        && primaryCode(query.lastError()) == kSqliteReadOnly) {
        m_readOnly = true;
    }
    query.finish();
}

OfferStore::Attempt OfferStore::migrateFrom(QSqlQuery &query, int version)
{
    for (int next = version; next < kSchemaVersion; ++next) {
        for (const QString &statement : migrations().at(next)) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                rollback();
                return {Attempt::Outcome::Failed,
                        failure(tr("cannot upgrade the offers store %1 to schema %2").arg(m_path).arg(next + 1),
                                describe(error))
                            .message};
            }
        }
    }
    if (!query.exec(u"DELETE FROM schema_version"_s)
        || !query.exec(u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(kSchemaVersion))) {
        const QSqlError error = query.lastError();
        rollback();
        return {Attempt::Outcome::Failed,
                failure(tr("cannot upgrade the offers store %1").arg(m_path), describe(error)).message};
    }
    query.finish();
    if (const Result<> committed = commit(); !committed)
        return {Attempt::Outcome::Failed, committed.message()};
    return {};
}

Result<> OfferStore::moveAside(const QString &damage)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside = u"%1.damaged-%2"_s.arg(m_path, stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = u"%1.damaged-%2-%3"_s.arg(m_path, stamp).arg(n);
    if (!QFile::rename(m_path, aside)) {
        return failure(
            tr("the offers store %1 is damaged (%2)").arg(m_path, damage),
            tr("it could not be moved aside, so it was left untouched; move it away and start OfferDesk again"));
    }
    // A journal beside a damaged file belongs to it: left behind, SQLite would replay it into the new store.
    for (const QString &suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_recoveredPath = aside;
    return {};
}

Result<> OfferStore::beginWrite()
{
    if (!isOpen())
        return failure(tr("the change was not saved"), tr("the offers store is not open"));
    if (m_readOnly)
        return failure(tr("the change was not saved"), tr("the offers store %1 is read-only").arg(m_path));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // IMMEDIATE takes the write lock now, so a second instance waits here instead of failing at commit.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return failure(tr("the change was not saved"), describe(query.lastError()));
    return {};
}

Result<> OfferStore::commit()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"COMMIT"_s)) {
        const QSqlError error = query.lastError();
        rollback();
        return failure(tr("the change was not saved"), describe(error));
    }
    return {};
}

void OfferStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(u"ROLLBACK"_s);
}

Result<QList<Offer>> OfferStore::offers()
{
    if (!isOpen())
        return failure(tr("cannot read the offers"), tr("the offers store is not open"));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT id, company, role, level, region, currency, base, equity_total, vesting_schedule,"
                    u" bonus_pct, sign_on, sign_on_year2, relocation, refresher_yearly, deadline, notes, target"
                    u" FROM offers ORDER BY id"_s)) {
        return failure(tr("cannot read the offers from %1").arg(m_path), describe(query.lastError()));
    }
    m_dataVersionRead = dataVersion();
    QList<Offer> result;
    while (query.next()) {
        Offer offer;
        offer.id = query.value(0).toLongLong();
        offer.company = query.value(1).toString();
        offer.role = query.value(2).toString();
        offer.level = query.value(3).toString();
        offer.region = query.value(4).toString();
        offer.currency = query.value(5).toString();
        offer.base = query.value(6).toDouble();
        offer.equityTotal = query.value(7).toDouble();
        offer.vestingSchedule = scheduleFromText(query.value(8).toString());
        offer.bonusPct = query.value(9).toDouble();
        offer.signOn = query.value(10).toDouble();
        offer.signOnYear2 = query.value(11).toDouble();
        offer.relocation = query.value(12).toDouble();
        offer.refresherYearly = query.value(13).toDouble();
        offer.deadline = QDate::fromString(query.value(14).toString(), Qt::ISODate);
        offer.notes = query.value(15).toString();
        offer.target = query.value(16).toInt() != 0;
        result.append(offer);
    }
    query.finish();
    if (QSqlError error; !OfferStoreEquity::read(QSqlDatabase::database(m_connection, false), result, &error))
        return failure(tr("cannot read the offers from %1").arg(m_path), describe(error));
    if (const Result<> history = readHistory(result); !history)
        return history.error();
    if (const std::optional<QSqlError> error = OptionsStore::read(QSqlDatabase::database(m_connection, false), result))
        return failure(tr("cannot read the offers from %1").arg(m_path), describe(*error));
    return result;
}

Result<> OfferStore::readHistory(QList<Offer> &offers)
{
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < offers.size(); ++i)
        indexOf.insert(offers.at(i).id, i);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT offer_id, date, note, base, equity_total, vesting_schedule, bonus_pct, sign_on,"
                    u" sign_on_year2, relocation, refresher_yearly FROM offer_revisions ORDER BY offer_id, position"_s))
        return failure(tr("cannot read the offers' rounds from %1").arg(m_path), describe(query.lastError()));
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        if (it == indexOf.cend())
            continue; // the round of an offer deleted by an older OfferDesk, which knew nothing of rounds
        OfferRevision round;
        round.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        round.note = query.value(2).toString();
        round.base = query.value(3).toDouble();
        round.equityTotal = query.value(4).toDouble();
        round.vestingSchedule = scheduleFromText(query.value(5).toString());
        round.bonusPct = query.value(6).toDouble();
        round.signOn = query.value(7).toDouble();
        round.signOnYear2 = query.value(8).toDouble();
        round.relocation = query.value(9).toDouble();
        round.refresherYearly = query.value(10).toDouble();
        offers[*it].revisions.append(round);
    }
    if (!query.exec(u"SELECT offer_id, date, ask_base, ask_equity_total, ask_sign_on, script FROM counters_sent"
                    u" ORDER BY offer_id, position"_s))
        return failure(tr("cannot read the counters sent from %1").arg(m_path), describe(query.lastError()));
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        CounterSent counter;
        counter.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        counter.asks = {query.value(2).toDouble(), query.value(3).toDouble(), query.value(4).toDouble()};
        counter.script = query.value(5).toString();
        offers[*it].countersSent.append(counter);
    }
    return {};
}

Result<> OfferStore::writeHistory(qint64 id, const Offer &offer)
{
    const auto failed = [&](const QSqlQuery &query) {
        return failure(tr("the change to %1 was not saved").arg(offer.label()), describe(query.lastError()));
    };
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    for (const QString &table : {u"offer_revisions"_s, u"counters_sent"_s}) {
        query.prepare(u"DELETE FROM %1 WHERE offer_id = ?"_s.arg(table));
        query.addBindValue(id);
        if (!query.exec())
            return failed(query);
    }
    for (qsizetype i = 0; i < offer.revisions.size(); ++i) {
        const OfferRevision &round = offer.revisions.at(i);
        query.prepare(u"INSERT INTO offer_revisions (offer_id, position, date, note, base, equity_total,"
                      u" vesting_schedule, bonus_pct, sign_on, sign_on_year2, relocation, refresher_yearly)"
                      u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(id);
        query.addBindValue(qint64(i));
        query.addBindValue(dateValue(round.date));
        query.addBindValue(notNull(round.note));
        query.addBindValue(round.base);
        query.addBindValue(round.equityTotal);
        query.addBindValue(scheduleText(round.vestingSchedule));
        query.addBindValue(round.bonusPct);
        query.addBindValue(round.signOn);
        query.addBindValue(round.signOnYear2);
        query.addBindValue(round.relocation);
        query.addBindValue(round.refresherYearly);
        if (!query.exec())
            return failed(query);
    }
    for (qsizetype i = 0; i < offer.countersSent.size(); ++i) {
        const CounterSent &counter = offer.countersSent.at(i);
        query.prepare(u"INSERT INTO counters_sent (offer_id, position, date, ask_base, ask_equity_total,"
                      u" ask_sign_on, script) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(id);
        query.addBindValue(qint64(i));
        query.addBindValue(dateValue(counter.date));
        query.addBindValue(counter.asks.base);
        query.addBindValue(counter.asks.equityTotal);
        query.addBindValue(counter.asks.signOn);
        query.addBindValue(notNull(counter.script));
        if (!query.exec())
            return failed(query);
    }
    return {};
}

Result<qint64> OfferStore::writeOffer(const Offer &offer, WriteMode mode)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (offer.target) {
        query.prepare(u"UPDATE offers SET target = 0 WHERE target = 1 AND id <> ?"_s);
        query.addBindValue(offer.id);
        if (!query.exec())
            return failure(tr("the change was not saved"), describe(query.lastError()));
    }
    const QString columns = u"company = :company, role = :role, level = :level, region = :region,"
                            u" currency = :currency, base = :base, equity_total = :equity_total,"
                            u" vesting_schedule = :vesting_schedule, bonus_pct = :bonus_pct, sign_on = :sign_on,"
                            u" sign_on_year2 = :sign_on_year2, relocation = :relocation,"
                            u" refresher_yearly = :refresher_yearly, deadline = :deadline, notes = :notes,"
                            u" target = :target"_s;
    if (mode == WriteMode::Insert) {
        query.prepare(offer.id > 0
                          ? u"INSERT INTO offers (id, company, role, level, region, currency, base, equity_total,"
                            u" vesting_schedule, bonus_pct, sign_on, sign_on_year2, relocation, refresher_yearly,"
                            u" deadline, notes, target) VALUES (:id, :company, :role, :level, :region, :currency,"
                            u" :base, :equity_total, :vesting_schedule, :bonus_pct, :sign_on, :sign_on_year2,"
                            u" :relocation, :refresher_yearly, :deadline, :notes, :target)"_s
                          : u"INSERT INTO offers (company, role, level, region, currency, base, equity_total,"
                            u" vesting_schedule, bonus_pct, sign_on, sign_on_year2, relocation, refresher_yearly,"
                            u" deadline, notes, target) VALUES (:company, :role, :level, :region, :currency,"
                            u" :base, :equity_total, :vesting_schedule, :bonus_pct, :sign_on, :sign_on_year2,"
                            u" :relocation, :refresher_yearly, :deadline, :notes, :target)"_s);
    } else {
        query.prepare(u"UPDATE offers SET "_s + columns + u" WHERE id = :id"_s);
    }
    if (offer.id > 0)
        query.bindValue(u":id"_s, offer.id);
    query.bindValue(u":company"_s, notNull(offer.company));
    query.bindValue(u":role"_s, notNull(offer.role));
    query.bindValue(u":level"_s, notNull(offer.level));
    query.bindValue(u":region"_s, notNull(offer.region));
    query.bindValue(u":currency"_s, notNull(offer.currency));
    query.bindValue(u":base"_s, offer.base);
    query.bindValue(u":equity_total"_s, offer.equityTotal);
    query.bindValue(u":vesting_schedule"_s, scheduleText(offer.vestingSchedule));
    query.bindValue(u":bonus_pct"_s, offer.bonusPct);
    query.bindValue(u":sign_on"_s, offer.signOn);
    query.bindValue(u":sign_on_year2"_s, offer.signOnYear2);
    query.bindValue(u":relocation"_s, offer.relocation);
    query.bindValue(u":refresher_yearly"_s, offer.refresherYearly);
    query.bindValue(u":deadline"_s, dateValue(offer.deadline));
    query.bindValue(u":notes"_s, notNull(offer.notes));
    query.bindValue(u":target"_s, offer.target ? 1 : 0);
    if (!query.exec())
        return failure(tr("the change to %1 was not saved").arg(offer.label()), describe(query.lastError()));
    qint64 id = offer.id;
    if (mode == WriteMode::Insert) {
        if (id <= 0)
            id = query.lastInsertId().toLongLong();
    } else if (query.numRowsAffected() != 1) {
        return failure(tr("the change to %1 was not saved").arg(offer.label()),
                       tr("it is no longer in the store (deleted in another window?)"));
    }
    if (QSqlError error; !OfferStoreEquity::write(QSqlDatabase::database(m_connection, false), offer, id, &error))
        return failure(tr("the change to %1 was not saved").arg(offer.label()), describe(error));
    if (const Result<> history = writeHistory(id, offer); !history)
        return history.error();
    if (const std::optional<QSqlError> error = OptionsStore::write(QSqlDatabase::database(m_connection, false), id, offer))
        return failure(tr("the change to %1 was not saved").arg(offer.label()), describe(*error));
    return id;
}

Result<qint64> OfferStore::insert(const Offer &offer)
{
    const Result<QList<qint64>> ids = insertAll({offer});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> OfferStore::insertAll(const QList<Offer> &offers)
{
    if (const Result<> begun = beginWrite(); !begun)
        return begun.error();
    QList<qint64> ids;
    for (const Offer &offer : offers) {
        const Result<qint64> id = writeOffer(offer, WriteMode::Insert);
        if (!id) {
            rollback();
            return id.error();
        }
        ids.append(*id);
    }
    if (const Result<> committed = commit(); !committed)
        return committed.error();
    return ids;
}

Result<> OfferStore::update(const Offer &offer)
{
    if (const Result<> begun = beginWrite(); !begun)
        return begun;
    if (const Result<qint64> written = writeOffer(offer, WriteMode::Update); !written) {
        rollback();
        return written.error();
    }
    return commit();
}

Result<> OfferStore::remove(qint64 id)
{
    return removeAll({id});
}

Result<> OfferStore::removeAll(const QList<qint64> &ids)
{
    if (const Result<> begun = beginWrite(); !begun)
        return begun;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    for (qint64 id : ids) {
        for (const QString &table : {u"offer_revisions"_s, u"counters_sent"_s}) {
            query.prepare(u"DELETE FROM %1 WHERE offer_id = ?"_s.arg(table));
            query.addBindValue(id);
            if (!query.exec()) {
                const QSqlError error = query.lastError();
                rollback();
                return failure(tr("the offer was not deleted"), describe(error));
            }
        }
        query.prepare(u"DELETE FROM offers WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            rollback();
            return failure(tr("the offer was not deleted"), describe(error));
        }
    }
    return commit();
}

Result<ExchangeRates> OfferStore::exchangeRates()
{
    if (!isOpen())
        return failure(tr("cannot read the exchange rates"), tr("the offers store is not open"));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT from_currency, to_currency, rate, entered FROM exchange_rates"
                    u" ORDER BY from_currency, to_currency"_s)) {
        return failure(tr("cannot read the exchange rates from %1").arg(m_path), describe(query.lastError()));
    }
    ExchangeRates rates;
    while (query.next()) {
        rates.set({query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble(),
                   QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return rates;
}

Result<> OfferStore::setExchangeRate(const ExchangeRate &rate)
{
    Result<ExchangeRates> rates = exchangeRates();
    if (!rates)
        return rates.error();
    rates->set(rate);
    return setExchangeRates(*rates);
}

Result<> OfferStore::removeExchangeRate(const QString &from, const QString &to)
{
    Result<ExchangeRates> rates = exchangeRates();
    if (!rates)
        return rates.error();
    rates->remove(from, to);
    return setExchangeRates(*rates);
}

Result<> OfferStore::setExchangeRates(const ExchangeRates &rates)
{
    if (const Result<> begun = beginWrite(); !begun)
        return begun;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    bool ok = query.exec(u"DELETE FROM exchange_rates"_s);
    for (const ExchangeRate &rate : rates.all()) {
        if (!ok)
            break;
        query.prepare(u"INSERT INTO exchange_rates (from_currency, to_currency, rate, entered) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(rate.from);
        query.addBindValue(rate.to);
        query.addBindValue(rate.rate);
        query.addBindValue((rate.entered.isValid() ? rate.entered : QDate::currentDate()).toString(Qt::ISODate));
        ok = query.exec();
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        rollback();
        return failure(tr("the exchange rates were not saved"), describe(error));
    }
    return commit();
}

int OfferStore::schemaVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT version FROM schema_version"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

qint64 OfferStore::dataVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool OfferStore::hasOutsideChanges()
{
    if (!isOpen())
        return false;
    const qint64 now = dataVersion();
    return now >= 0 && now != m_dataVersionRead;
}
