// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "offers/Offer.h"
#include "offers/OfferMath.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlQuery;

// The person's offers and exchange rates, in a local SQLite file. Every edit is one transaction, written with
// synchronous=FULL, so a crash loses nothing that was committed. Other processes (a second window, the CLI) share
// the file through SQLite's own locking; a busy file is waited for, never treated as damaged.
class OfferStore
{
    Q_DECLARE_TR_FUNCTIONS(OfferStore)

public:
    static constexpr int kSchemaVersion = 4;

    OfferStore();
    ~OfferStore();
    OfferStore(const OfferStore &) = delete;
    OfferStore &operator=(const OfferStore &) = delete;

    // AppDataLocation/offers.sqlite
    static QString defaultPath();

    enum class OpenStatus {
        Opened,        // ready, read and write
        OpenedReadOnly,// the file is not writable: offers show, edits fail with a clear error
        Recovered,     // the file was damaged: it was renamed aside (recoveredPath()) and a new store started
    };
    // The status, or why nothing usable could be opened.
    Result<OpenStatus> open(const QString &path = defaultPath());
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    // Where a damaged file was moved, after OpenStatus::Recovered.
    QString recoveredPath() const { return m_recoveredPath; }
    // After OpenStatus::Recovered, worded for a person: what was damaged, where it was kept, that a new store began.
    QString recoveryNotice() const { return m_recoveryNotice; }
    // After OpenStatus::OpenedReadOnly, worded for a person: why the store is read-only (a read-only file, or a
    // store written by a newer OfferDesk, which this one reads but never writes).
    QString readOnlyNotice() const { return m_readOnlyNotice; }
    // The schema version of a store written by a newer OfferDesk, opened read-only; 0 otherwise.
    int newerSchemaVersion() const { return m_newerSchema; }
    void close();

    // Each operation below returns its value, or an Error worded for a person: what failed and why.
    // Offers in the order they were added (by id).
    Result<QList<Offer>> offers();
    // Adds an offer. With id 0 it gets a new id; with an id it is put back under that id (undo of a delete).
    // When it is the target, any other target is cleared in the same transaction. Returns the id.
    Result<qint64> insert(const Offer &offer);
    // Adds several offers in one transaction; their ids, in order.
    Result<QList<qint64>> insertAll(const QList<Offer> &offers);
    // Replaces every field of the offer with that id; when it is the target, clears any other target.
    Result<> update(const Offer &offer);
    Result<> remove(qint64 id);
    Result<> removeAll(const QList<qint64> &ids);

    Result<ExchangeRates> exchangeRates();
    Result<> setExchangeRate(const ExchangeRate &rate);
    Result<> removeExchangeRate(const QString &from, const QString &to);
    // Replaces every rate at once (the Preferences dialog's OK).
    Result<> setExchangeRates(const ExchangeRates &rates);

    int schemaVersion();
    // True when another connection (a second window, another program) committed changes since offers() last read
    // the file; this store's own edits don't count.
    bool hasOutsideChanges();

private:
    // How one step of opening went. Damage sends the file aside and starts a new store; a failure stops.
    struct Attempt
    {
        enum class Outcome { Ok, Damaged, Failed } outcome = Outcome::Ok;
        QString message; // Damaged: what is wrong with the file. Failed: the whole error.
        bool ok() const { return outcome == Outcome::Ok; }
    };
    enum class WriteMode { Insert, Update };

    Attempt openConnection(bool readOnly);
    Attempt openAndMigrate(bool readOnly);
    Attempt reopenNewerReadOnly();
    Attempt checkAndMigrate();
    Attempt checkIntegrity(QSqlQuery &query);
    Attempt readSchemaVersion(QSqlQuery &query, int *version);
    Attempt migrateFrom(QSqlQuery &query, int version);
    void probeWritable(QSqlQuery &query);
    Attempt failedToOpen(const QString &why) const;
    Result<> moveAside(const QString &damage);
    Result<> beginWrite();
    Result<> commit();
    void rollback();
    Result<qint64> writeOffer(const Offer &offer, WriteMode mode);
    Result<> writeHistory(qint64 id, const Offer &offer);
    Result<> readHistory(QList<Offer> &offers);
    qint64 dataVersion();

    QString m_connection;
    QString m_path;
    QString m_recoveredPath;
    QString m_recoveryNotice;
    QString m_readOnlyNotice;
    int m_newerSchema = 0;
    bool m_readOnly = false;
    qint64 m_dataVersionRead = -1; // SQLite's data_version when offers() last read
};
