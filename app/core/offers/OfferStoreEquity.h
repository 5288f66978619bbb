// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The offers store's columns for equity that moves (schema 2), kept apart from OfferStore's own statements: one
// UPDATE after an offer's row is written, one SELECT after the offers are read.
namespace OfferStoreEquity {
// Schema 2's statements: the columns, each with the default that gives today's figures.
QStringList migration();
// Writes the columns of `offer` into row `id`; false with `error` set when the statement fails.
bool write(QSqlDatabase db, const Offer &offer, qint64 id, QSqlError *error);
// Fills the columns into `offers` (matched by id); false with `error` set when the statement fails.
bool read(QSqlDatabase db, QList<Offer> &offers, QSqlError *error);
} // namespace OfferStoreEquity
