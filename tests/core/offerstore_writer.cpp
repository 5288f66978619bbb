// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// A helper for tst_offerstore: writes offers to a store as fast as it can and reports each commit on stdout, until
// the test kills it with SIGKILL. Usage: offerstore_writer STORE PREFIX
#include "offers/OfferStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: offerstore_writer STORE PREFIX\n");
        return 2;
    }
    OfferStore store;
    const Result<OfferStore::OpenStatus> status = store.open(args.at(1));
    if (status != OfferStore::OpenStatus::Opened) {
        std::fprintf(stderr, "open failed: %s\n", status ? "not opened read and write" : qPrintable(status.message()));
        return 1;
    }
    for (int n = 0;; ++n) {
        Offer offer;
        offer.company = u"%1-%2"_s.arg(args.at(2)).arg(n);
        offer.region = u"San Francisco"_s;
        offer.currency = u"USD"_s;
        offer.base = 100000 + n;
        offer.notes = QString(2000, u'x'); // bigger rows touch more pages per commit
        offer.target = n % 3 == 0;
        const Result<qint64> id = store.insert(offer);
        if (!id) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(id.message()));
            return 1;
        }
        // Churn: rewrite the row just added, so kills also land inside updates.
        offer.id = *id;
        offer.equityTotal = n;
        if (const Result<> updated = store.update(offer); !updated) {
            std::fprintf(stderr, "update failed: %s\n", qPrintable(updated.message()));
            return 1;
        }
        std::printf("%s\n", qPrintable(offer.company));
        std::fflush(stdout);
    }
}
