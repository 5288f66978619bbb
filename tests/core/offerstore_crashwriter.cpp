// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// A helper for tst_offerstore_crashsafety, run as a child process that the test kills or starves of disk.
//   offerstore_crashwriter burst STORE TAG SEED  mixed edits until killed; prints what it is about to do before
//                                                 each commit ("adding BATCH SIZE", "removing NAME") and what it
//                                                 did after it ("batch BATCH SIZE", "removed NAME", "rates N")
//   offerstore_crashwriter fill STORE TAG        adds offers until one fails; prints "added NAME" for each, then
//                                                 "failed: ERROR" and exits 0
//   offerstore_crashwriter open STORE            prints "status N", "offers N", then tries one insert and prints
//                                                 "insert ok" or "insert failed: ERROR"
//   offerstore_crashwriter export PATH           writes two offers to PATH with OffersJson::writeFile; prints
//                                                 "export ok" or "export failed: ERROR"
#include "offers/OffersJson.h"
#include "offers/OfferStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

Offer makeOffer(const QString &company, double base, bool target)
{
    Offer offer;
    offer.company = company;
    offer.role = u"Software Engineer"_s;
    offer.region = u"Springfield"_s;
    offer.currency = u"USD"_s;
    offer.base = base;
    offer.equityTotal = 80000;
    offer.notes = QString(1500, u'n'); // rows that span pages, so commits write several
    offer.target = target;
    return offer;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int burst(const QString &path, const QString &tag, quint32 seed)
{
    OfferStore store;
    const Result<OfferStore::OpenStatus> status = store.open(path);
    if (status != OfferStore::OpenStatus::Opened) {
        std::fprintf(stderr, "open failed (%d): %s\n", status ? int(*status) : -1,
                     status ? "not opened read and write" : qPrintable(status.message()));
        return 1;
    }
    QRandomGenerator random(seed);
    QList<QPair<qint64, QString>> mine;
    for (int n = 0;; ++n) {
        // A breath between edits, as between a person's clicks, so a second instance gets the write lock too.
        QThread::usleep(500 + random.bounded(1500));
        const int choice = random.bounded(10);
        if (choice < 6 || mine.isEmpty()) {
            // A batch is one transaction: all of its offers are stored, or none.
            const int size = 1 + random.bounded(5);
            const QString batch = u"%1-b%2"_s.arg(tag).arg(n);
            QList<Offer> offers;
            for (int i = 0; i < size; ++i)
                offers.append(makeOffer(u"%1-%2"_s.arg(batch).arg(i), 100000 + n, random.bounded(4) == 0));
            say(u"adding %1 %2"_s.arg(batch).arg(size));
            const Result<QList<qint64>> ids = store.insertAll(offers);
            if (!ids) {
                std::fprintf(stderr, "insert failed: %s\n", qPrintable(ids.message()));
                return 1;
            }
            for (int i = 0; i < size; ++i)
                mine.append({ids->at(i), offers.at(i).company});
            say(u"batch %1 %2"_s.arg(batch).arg(size));
        } else if (choice < 8) {
            const auto victim = mine.takeAt(random.bounded(int(mine.size())));
            say(u"removing %1"_s.arg(victim.second));
            if (const Result<> removed = store.remove(victim.first); !removed) {
                std::fprintf(stderr, "remove failed: %s\n", qPrintable(removed.message()));
                return 1;
            }
            say(u"removed %1"_s.arg(victim.second));
        } else {
            // Every rate carries the generation: the table must always hold exactly one generation's set.
            ExchangeRates rates;
            const int generation = n;
            for (const QString &from : {u"EUR"_s, u"GBP"_s, u"JPY"_s})
                rates.set({from, u"USD"_s, 1.0 + generation / 1000.0, QDate(2026, 1, 1)});
            if (const Result<> saved = store.setExchangeRates(rates); !saved) {
                std::fprintf(stderr, "rates failed: %s\n", qPrintable(saved.message()));
                return 1;
            }
            say(u"rates %1"_s.arg(generation));
        }
    }
}

int fill(const QString &path, const QString &tag)
{
    OfferStore store;
    const Result<OfferStore::OpenStatus> status = store.open(path);
    if (status != OfferStore::OpenStatus::Opened) {
        say(u"failed: %1"_s.arg(status ? u"not opened read and write"_s : status.message()));
        return 0;
    }
    for (int n = 0; n < 100000; ++n) {
        const QString name = u"%1-%2"_s.arg(tag).arg(n);
        if (const Result<qint64> inserted = store.insert(makeOffer(name, 1000 + n, false)); !inserted) {
            say(u"failed: %1"_s.arg(inserted.message()));
            return 0;
        }
        say(u"added %1"_s.arg(name));
    }
    say(u"never filled"_s);
    return 1;
}

int openOnly(const QString &path)
{
    OfferStore store;
    const Result<OfferStore::OpenStatus> status = store.open(path);
    if (!status) {
        say(u"status failed"_s);
        say(u"error: %1"_s.arg(status.message()));
        return 0;
    }
    say(u"status %1"_s.arg(int(*status)));
    say(u"offers %1"_s.arg(store.offers().value_or(QList<Offer>()).size()));
    if (const Result<qint64> inserted = store.insert(makeOffer(u"Initech"_s, 1, false)))
        say(u"insert ok"_s);
    else
        say(u"insert failed: %1"_s.arg(inserted.message()));
    return 0;
}

int exportOffers(const QString &path)
{
    const Result<> written =
        OffersJson::writeFile(path, {makeOffer(u"Acme Robotics"_s, 1, false), makeOffer(u"Globex"_s, 2, true)});
    if (written)
        say(u"export ok"_s);
    else
        say(u"export failed: %1"_s.arg(written.message()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == u"burst"_s && args.size() == 5)
        return burst(args.at(2), args.at(3), args.at(4).toUInt());
    if (mode == u"fill"_s && args.size() == 4)
        return fill(args.at(2), args.at(3));
    if (mode == u"open"_s && args.size() == 3)
        return openOnly(args.at(2));
    if (mode == u"export"_s && args.size() == 3)
        return exportOffers(args.at(2));
    std::fprintf(stderr, "usage: offerstore_crashwriter burst STORE TAG SEED | fill STORE TAG | open STORE | "
                         "export PATH\n");
    return 2;
}
