#include "offers/OfferStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        return u"the store is busy in another OfferDesk window or program; try again"_s;
    case kSqliteReadOnly:
        return u"the store is read-only"_s;
    case kSqliteFull:
        return u"the disk is full"_s;
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? u"unknown database error"_s : text;
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

OfferStore::OpenStatus OfferStore::open(const QString &path)
{
    close();
    m_path = path;
    m_recoveredPath.clear();
    m_error.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        fail(u"cannot open the offers store %1"_s.arg(path), u"its folder cannot be created"_s);
        return OpenStatus::Failed;
    }
    // A file the person made read-only is honoured even for root, who could write it anyway.
    m_readOnly = info.exists()
                 && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner));
    Attempt attempt = openConnection(m_readOnly);
    if (attempt == Attempt::Ok)
        attempt = checkAndMigrate();
    if (attempt == Attempt::Ok)
        return m_readOnly ? OpenStatus::OpenedReadOnly : OpenStatus::Opened;
    if (attempt == Attempt::Failed) {
        close();
        return OpenStatus::Failed;
    }
    const QString damage = m_error;
    close();
    if (!moveAside())
        return OpenStatus::Failed;
    m_readOnly = false;
    attempt = openConnection(false);
    if (attempt == Attempt::Ok)
        attempt = checkAndMigrate();
    if (attempt != Attempt::Ok) {
        close();
        return OpenStatus::Failed;
    }
    m_error = u"The offers store %1 was damaged (%2). It was kept as %3, and a new, empty store was started."_s
                  .arg(QDir::toNativeSeparators(path), damage, QDir::toNativeSeparators(m_recoveredPath));
    return OpenStatus::Recovered;
}

OfferStore::Attempt OfferStore::openConnection(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        m_error = describe(error);
        if (isDamage(error))
            return Attempt::Damaged;
        fail(u"cannot open the offers store %1"_s.arg(m_path), describe(error));
        return Attempt::Failed;
    }
    return Attempt::Ok;
}

OfferStore::Attempt OfferStore::checkAndMigrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // The rollback journal with a full sync on every commit: a commit that returned is on disk.
    if (!m_readOnly
        && (!query.exec(u"PRAGMA journal_mode=DELETE"_s) || !query.exec(u"PRAGMA synchronous=FULL"_s))) {
        m_error = describe(query.lastError());
        if (isDamage(query.lastError()))
            return Attempt::Damaged;
        fail(u"cannot open the offers store %1"_s.arg(m_path), describe(query.lastError()));
        return Attempt::Failed;
    }
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        m_error = describe(query.lastError());
        if (isDamage(query.lastError()))
            return Attempt::Damaged;
        fail(u"cannot open the offers store %1"_s.arg(m_path), describe(query.lastError()));
        return Attempt::Failed;
    }
    if (!query.next() || query.value(0).toString() != u"ok"_s) {
        m_error = u"integrity check: %1"_s.arg(query.value(0).toString().left(200));
        return Attempt::Damaged;
    }
    query.finish();

    if (!m_readOnly && !beginWrite())
        return Attempt::Failed;
    // Read the version inside the write transaction, so two instances starting at once migrate only once.
    QStringList tables;
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        rollback();
        m_error = describe(query.lastError());
        return isDamage(query.lastError()) ? Attempt::Damaged : Attempt::Failed;
    }
    while (query.next())
        tables.append(query.value(0).toString());
    tables.removeAll(u"sqlite_sequence"_s);
    int version = 0;
    if (tables.contains(u"schema_version"_s)) {
        if (!query.exec(u"SELECT version FROM schema_version"_s) || !query.next()) {
            rollback();
            m_error = u"its schema version is missing"_s;
            return Attempt::Damaged;
        }
        version = query.value(0).toInt();
    } else if (!tables.isEmpty()) {
        rollback();
        m_error = u"it is an SQLite file, but not an OfferDesk offers store"_s;
        return Attempt::Damaged;
    }
    query.finish();
    if (version > kSchemaVersion) {
        rollback();
        fail(u"cannot open the offers store %1"_s.arg(m_path),
             u"it was written by a newer OfferDesk (schema %1; this one knows up to %2). It was left untouched."_s
                 .arg(version)
                 .arg(kSchemaVersion));
        return Attempt::Failed;
    }
    if (version == kSchemaVersion) {
        if (!m_readOnly) {
            // A file that looks writable can still be on a read-only file system (or a read-only mount):
            // SQLite then quietly opens it read-only. A write that changes nothing finds out now, so the person
            // is told at once, not at their first edit.
            if (!query.exec(u"UPDATE schema_version SET version = version"_s)
                && primaryCode(query.lastError()) == kSqliteReadOnly) {
                m_readOnly = true;
            }
            query.finish();
            rollback();
        }
        return Attempt::Ok;
    }
    if (m_readOnly) {
        fail(u"cannot open the offers store %1"_s.arg(m_path),
             u"it is read-only and needs an upgrade (schema %1 to %2)"_s.arg(version).arg(kSchemaVersion));
        return Attempt::Failed;
    }
    for (int next = version; next < kSchemaVersion; ++next) {
        for (const QString &statement : migrations().at(next)) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                rollback();
                fail(u"cannot upgrade the offers store %1 to schema %2"_s.arg(m_path).arg(next + 1), describe(error));
                return Attempt::Failed;
            }
        }
    }
    if (!query.exec(u"DELETE FROM schema_version"_s)
        || !query.exec(u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(kSchemaVersion))) {
        const QSqlError error = query.lastError();
        rollback();
        fail(u"cannot upgrade the offers store %1"_s.arg(m_path), describe(error));
        return Attempt::Failed;
    }
    query.finish();
    return commit() ? Attempt::Ok : Attempt::Failed;
}

bool OfferStore::moveAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside = u"%1.damaged-%2"_s.arg(m_path, stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = u"%1.damaged-%2-%3"_s.arg(m_path, stamp).arg(n);
    if (!QFile::rename(m_path, aside)) {
        fail(u"the offers store %1 is damaged (%2)"_s.arg(m_path, m_error),
             u"it could not be moved aside, so it was left untouched; move it away and start OfferDesk again"_s);
        return false;
    }
    // A journal beside a damaged file belongs to it: left behind, SQLite would replay it into the new store.
    for (const QString &suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_recoveredPath = aside;
    return true;
}

bool OfferStore::fail(const QString &what, const QString &why)
{
    m_error = what + u": "_s + why;
    return false;
}

bool OfferStore::beginWrite()
{
    if (!isOpen())
        return fail(u"the change was not saved"_s, u"the offers store is not open"_s);
    if (m_readOnly)
        return fail(u"the change was not saved"_s, u"the offers store %1 is read-only"_s.arg(m_path));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // IMMEDIATE takes the write lock now, so a second instance waits here instead of failing at commit.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return fail(u"the change was not saved"_s, describe(query.lastError()));
    return true;
}

bool OfferStore::commit()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"COMMIT"_s)) {
        const QSqlError error = query.lastError();
        rollback();
        return fail(u"the change was not saved"_s, describe(error));
    }
    return true;
}

void OfferStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(u"ROLLBACK"_s);
}

std::optional<QList<Offer>> OfferStore::offers()
{
    if (!isOpen()) {
        fail(u"cannot read the offers"_s, u"the offers store is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT id, company, role, level, region, currency, base, equity_total, vesting_schedule,"
                    u" bonus_pct, sign_on, sign_on_year2, relocation, refresher_yearly, deadline, notes, target"
                    u" FROM offers ORDER BY id"_s)) {
        fail(u"cannot read the offers from %1"_s.arg(m_path), describe(query.lastError()));
        return std::nullopt;
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
    return result;
}

bool OfferStore::writeOffer(const Offer &offer, qint64 *id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (offer.target) {
        query.prepare(u"UPDATE offers SET target = 0 WHERE target = 1 AND id <> ?"_s);
        query.addBindValue(offer.id);
        if (!query.exec())
            return fail(u"the change was not saved"_s, describe(query.lastError()));
    }
    const QString columns = u"company = :company, role = :role, level = :level, region = :region,"
                            u" currency = :currency, base = :base, equity_total = :equity_total,"
                            u" vesting_schedule = :vesting_schedule, bonus_pct = :bonus_pct, sign_on = :sign_on,"
                            u" sign_on_year2 = :sign_on_year2, relocation = :relocation,"
                            u" refresher_yearly = :refresher_yearly, deadline = :deadline, notes = :notes,"
                            u" target = :target"_s;
    if (id) {
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
    query.bindValue(u":deadline"_s, offer.deadline.isValid() ? QVariant(offer.deadline.toString(Qt::ISODate))
                                                             : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(u":notes"_s, notNull(offer.notes));
    query.bindValue(u":target"_s, offer.target ? 1 : 0);
    if (!query.exec())
        return fail(u"the change to %1 was not saved"_s.arg(offer.label()), describe(query.lastError()));
    if (id) {
        *id = offer.id > 0 ? offer.id : query.lastInsertId().toLongLong();
    } else if (query.numRowsAffected() != 1) {
        return fail(u"the change to %1 was not saved"_s.arg(offer.label()),
                    u"it is no longer in the store (deleted in another window?)"_s);
    }
    return true;
}

std::optional<qint64> OfferStore::insert(const Offer &offer)
{
    const std::optional<QList<qint64>> ids = insertAll({offer});
    if (!ids)
        return std::nullopt;
    return ids->first();
}

std::optional<QList<qint64>> OfferStore::insertAll(const QList<Offer> &offers)
{
    if (!beginWrite())
        return std::nullopt;
    QList<qint64> ids;
    for (const Offer &offer : offers) {
        qint64 id = 0;
        if (!writeOffer(offer, &id)) {
            rollback();
            return std::nullopt;
        }
        ids.append(id);
    }
    if (!commit())
        return std::nullopt;
    return ids;
}

bool OfferStore::update(const Offer &offer)
{
    if (!beginWrite())
        return false;
    if (!writeOffer(offer, nullptr)) {
        rollback();
        return false;
    }
    return commit();
}

bool OfferStore::remove(qint64 id)
{
    return removeAll({id});
}

bool OfferStore::removeAll(const QList<qint64> &ids)
{
    if (!beginWrite())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    for (qint64 id : ids) {
        query.prepare(u"DELETE FROM offers WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            rollback();
            return fail(u"the offer was not deleted"_s, describe(error));
        }
    }
    return commit();
}

std::optional<ExchangeRates> OfferStore::exchangeRates()
{
    if (!isOpen()) {
        fail(u"cannot read the exchange rates"_s, u"the offers store is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT from_currency, to_currency, rate, entered FROM exchange_rates"
                    u" ORDER BY from_currency, to_currency"_s)) {
        fail(u"cannot read the exchange rates from %1"_s.arg(m_path), describe(query.lastError()));
        return std::nullopt;
    }
    ExchangeRates rates;
    while (query.next()) {
        rates.set({query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble(),
                   QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return rates;
}

bool OfferStore::setExchangeRate(const ExchangeRate &rate)
{
    std::optional<ExchangeRates> rates = exchangeRates();
    if (!rates)
        return false;
    rates->set(rate);
    return setExchangeRates(*rates);
}

bool OfferStore::removeExchangeRate(const QString &from, const QString &to)
{
    std::optional<ExchangeRates> rates = exchangeRates();
    if (!rates)
        return false;
    rates->remove(from, to);
    return setExchangeRates(*rates);
}

bool OfferStore::setExchangeRates(const ExchangeRates &rates)
{
    if (!beginWrite())
        return false;
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
        return fail(u"the exchange rates were not saved"_s, describe(error));
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
