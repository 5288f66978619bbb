#pragma once

#include "offers/Offer.h"
#include "offers/OfferMath.h"

#include <QList>
#include <QString>

#include <optional>

// The person's offers and exchange rates, in a local SQLite file. Every edit is one transaction, written with
// synchronous=FULL, so a crash loses nothing that was committed. Other processes (a second window, the CLI) share
// the file through SQLite's own locking; a busy file is waited for, never treated as damaged.
class OfferStore
{
public:
    static constexpr int kSchemaVersion = 1;

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
        Failed,        // nothing usable: see errorString()
    };
    OpenStatus open(const QString &path = defaultPath());
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    // Where a damaged file was moved, after OpenStatus::Recovered.
    QString recoveredPath() const { return m_recoveredPath; }
    // The last error, worded for a person: what failed and why.
    QString errorString() const { return m_error; }
    void close();

    // Offers in the order they were added (by id).
    std::optional<QList<Offer>> offers();
    // Adds an offer. With id 0 it gets a new id; with an id it is put back under that id (undo of a delete).
    // When it is the target, any other target is cleared in the same transaction. Returns the id.
    std::optional<qint64> insert(const Offer &offer);
    // Adds several offers in one transaction; their ids, in order.
    std::optional<QList<qint64>> insertAll(const QList<Offer> &offers);
    // Replaces every field of the offer with that id; when it is the target, clears any other target.
    bool update(const Offer &offer);
    bool remove(qint64 id);
    bool removeAll(const QList<qint64> &ids);

    std::optional<ExchangeRates> exchangeRates();
    bool setExchangeRate(const ExchangeRate &rate);
    bool removeExchangeRate(const QString &from, const QString &to);
    // Replaces every rate at once (the Preferences dialog's OK).
    bool setExchangeRates(const ExchangeRates &rates);

    int schemaVersion();
    // True when another connection (a second window, another program) committed changes since offers() last read
    // the file; this store's own edits don't count.
    bool hasOutsideChanges();

private:
    enum class Attempt { Ok, Damaged, Failed };
    Attempt openConnection(bool readOnly);
    Attempt checkAndMigrate();
    bool moveAside();
    bool beginWrite();
    bool commit();
    void rollback();
    bool fail(const QString &what, const QString &why);
    bool writeOffer(const Offer &offer, qint64 *id);
    qint64 dataVersion();

    QString m_connection;
    QString m_path;
    QString m_recoveredPath;
    QString m_error;
    bool m_readOnly = false;
    qint64 m_dataVersionRead = -1; // SQLite's data_version when offers() last read
};
