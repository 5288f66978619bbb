// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QList>
#include <QSqlError>
#include <QStringList>

#include <optional>

class QSqlDatabase;

// The stock options columns of the offers store, kept apart from OfferStore's own statements: the migration that
// adds them, and the read and write of an offer's options. OfferStore calls these inside its own transaction and
// turns an error into its message.
namespace OptionsStore {

// The statements of the schema version that adds the columns (every existing offer stays an RSU offer).
QStringList migration();
// Fills in the equity type and options of each offer in `offers`, by id. An error when the query fails.
std::optional<QSqlError> read(QSqlDatabase database, QList<Offer> &offers);
// Writes the offer's equity type and options into its row `id` (an RSU offer's options are written as defaults).
std::optional<QSqlError> write(QSqlDatabase database, qint64 id, const Offer &offer);

} // namespace OptionsStore
