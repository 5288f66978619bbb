// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferStoreEquity.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QStringList OfferStoreEquity::migration()
{
    return {
        u"ALTER TABLE offers ADD COLUMN equity_shares REAL NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE offers ADD COLUMN share_price REAL NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE offers ADD COLUMN growth_pct REAL NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE offers ADD COLUMN refresher_grant REAL NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE offers ADD COLUMN refresher_vesting_years INTEGER NOT NULL DEFAULT 4"_s,
        u"ALTER TABLE offers ADD COLUMN vesting_frequency TEXT NOT NULL DEFAULT 'yearly'"_s,
        u"ALTER TABLE offers ADD COLUMN cliff_months INTEGER NOT NULL DEFAULT 12"_s,
        u"ALTER TABLE offers ADD COLUMN sign_on_clawback_months INTEGER NOT NULL DEFAULT 12"_s,
        u"ALTER TABLE offers ADD COLUMN sign_on_clawback TEXT NOT NULL DEFAULT 'prorated'"_s,
    };
}

bool OfferStoreEquity::write(QSqlDatabase db, const Offer &offer, qint64 id, QSqlError *error)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE offers SET equity_shares = ?, share_price = ?, growth_pct = ?, refresher_grant = ?,"
                  u" refresher_vesting_years = ?, vesting_frequency = ?, cliff_months = ?,"
                  u" sign_on_clawback_months = ?, sign_on_clawback = ? WHERE id = ?"_s);
    query.addBindValue(offer.equityShares);
    query.addBindValue(offer.sharePrice);
    query.addBindValue(offer.growthPct);
    query.addBindValue(offer.refresherGrant);
    query.addBindValue(offer.refresherVestingYears);
    query.addBindValue(EquityTerms::frequencyName(offer.vestingFrequency));
    query.addBindValue(offer.cliffMonths);
    query.addBindValue(offer.signOnClawbackMonths);
    query.addBindValue(EquityTerms::clawbackName(offer.signOnClawback));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

bool OfferStoreEquity::read(QSqlDatabase db, QList<Offer> &offers, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id, equity_shares, share_price, growth_pct, refresher_grant, refresher_vesting_years,"
                    u" vesting_frequency, cliff_months, sign_on_clawback_months, sign_on_clawback FROM offers"_s)) {
        *error = query.lastError();
        return false;
    }
    QHash<qint64, Offer *> byId;
    for (Offer &offer : offers)
        byId.insert(offer.id, &offer);
    while (query.next()) {
        Offer *offer = byId.value(query.value(0).toLongLong());
        if (!offer)
            continue;
        offer->equityShares = query.value(1).toDouble();
        offer->sharePrice = query.value(2).toDouble();
        offer->growthPct = query.value(3).toDouble();
        offer->refresherGrant = query.value(4).toDouble();
        offer->refresherVestingYears = query.value(5).toInt();
        offer->vestingFrequency =
            EquityTerms::parseFrequency(query.value(6).toString()).value_or(VestingFrequency::Yearly);
        offer->cliffMonths = query.value(7).toInt();
        offer->signOnClawbackMonths = query.value(8).toInt();
        offer->signOnClawback = EquityTerms::parseClawback(query.value(9).toString()).value_or(SignOnClawback::Prorated);
    }
    return true;
}
