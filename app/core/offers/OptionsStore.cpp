// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OptionsStore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QStringList OptionsStore::migration()
{
    QStringList statements;
    const std::pair<const char16_t *, const char16_t *> columns[] = {
        {u"equity_type", u"TEXT NOT NULL DEFAULT 'rsu' CHECK (equity_type IN ('rsu', 'options'))"},
        {u"options", u"REAL NOT NULL DEFAULT 0"},
        {u"strike_price", u"REAL NOT NULL DEFAULT 0"},
        {u"preferred_price", u"REAL NOT NULL DEFAULT 0"},
        {u"fmv_price", u"REAL NOT NULL DEFAULT 0"},
        {u"fully_diluted_shares", u"REAL NOT NULL DEFAULT 0"},
        {u"preference_total", u"REAL NOT NULL DEFAULT 0"},
        {u"dilution_pct", u"REAL NOT NULL DEFAULT 0"},
        {u"rounds_to_exit", u"INTEGER NOT NULL DEFAULT 0"},
        {u"exercise_window_days", u"INTEGER NOT NULL DEFAULT 90"},
        {u"expected_exit_multiple", u"REAL NOT NULL DEFAULT 1"},
    };
    for (const auto &[name, type] : columns) {
        statements.append(u"ALTER TABLE offers ADD COLUMN %1 %2"_s.arg(QString::fromUtf16(name),
                                                                        QString::fromUtf16(type)));
    }
    return statements;
}

std::optional<QSqlError> OptionsStore::read(QSqlDatabase database, QList<Offer> &offers)
{
    QSqlQuery query(database);
    if (!query.exec(u"SELECT id, options, strike_price, preferred_price, fmv_price, fully_diluted_shares,"
                    u" preference_total, dilution_pct, rounds_to_exit, exercise_window_days, expected_exit_multiple"
                    u" FROM offers WHERE equity_type = 'options'"_s)) {
        return query.lastError();
    }
    QHash<qint64, StockOptions> options;
    while (query.next()) {
        StockOptions o;
        o.count = query.value(1).toDouble();
        o.strikePrice = query.value(2).toDouble();
        o.preferredPrice = query.value(3).toDouble();
        o.fmvPrice = query.value(4).toDouble();
        o.fullyDilutedShares = query.value(5).toDouble();
        o.preferenceTotal = query.value(6).toDouble();
        o.dilutionPct = query.value(7).toDouble();
        o.roundsToExit = query.value(8).toInt();
        o.exerciseWindowDays = query.value(9).toInt();
        o.expectedExitMultiple = query.value(10).toDouble();
        options.insert(query.value(0).toLongLong(), o);
    }
    for (Offer &offer : offers) {
        const auto found = options.constFind(offer.id);
        if (found == options.constEnd())
            continue;
        offer.equityType = EquityType::Options;
        offer.stockOptions = *found;
    }
    return std::nullopt;
}

std::optional<QSqlError> OptionsStore::write(QSqlDatabase database, qint64 id, const Offer &offer)
{
    const StockOptions o = offer.hasOptions() ? offer.stockOptions : StockOptions();
    QSqlQuery query(database);
    query.prepare(u"UPDATE offers SET equity_type = :equity_type, options = :options, strike_price = :strike_price,"
                  u" preferred_price = :preferred_price, fmv_price = :fmv_price,"
                  u" fully_diluted_shares = :fully_diluted_shares, preference_total = :preference_total,"
                  u" dilution_pct = :dilution_pct, rounds_to_exit = :rounds_to_exit,"
                  u" exercise_window_days = :exercise_window_days, expected_exit_multiple = :expected_exit_multiple"
                  u" WHERE id = :id"_s);
    query.bindValue(u":equity_type"_s, EquityTypes::name(offer.equityType));
    query.bindValue(u":options"_s, o.count);
    query.bindValue(u":strike_price"_s, o.strikePrice);
    query.bindValue(u":preferred_price"_s, o.preferredPrice);
    query.bindValue(u":fmv_price"_s, o.fmvPrice);
    query.bindValue(u":fully_diluted_shares"_s, o.fullyDilutedShares);
    query.bindValue(u":preference_total"_s, o.preferenceTotal);
    query.bindValue(u":dilution_pct"_s, o.dilutionPct);
    query.bindValue(u":rounds_to_exit"_s, o.roundsToExit);
    query.bindValue(u":exercise_window_days"_s, o.exerciseWindowDays);
    query.bindValue(u":expected_exit_multiple"_s, o.expectedExitMultiple);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}
