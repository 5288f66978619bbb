// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"
#include "offers/OffersJson.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

// The stock options fields of the offers JSON (equity_type, options, strike_price, …): read, checked and written
// here, so OffersJson only calls in.
namespace OptionsJson {

// The fields this file reads, for OffersJson's list of known fields.
const QStringList &fieldNames();

// Reports one problem with a field: an error stops the file from loading, a warning does not.
using ProblemSink = std::function<void(const QString &field, const QString &message, bool isError)>;
// Reads equity_type and, for an options offer, its fields into `offer`. Options fields on an RSU offer are
// ignored with a warning.
void read(const QJsonObject &object, Offer &offer, const ProblemSink &problem);
// Adds an options offer's fields to its JSON object; an RSU offer's object is left as it was.
void write(const Offer &offer, QJsonObject &object);

// The checks the file and the offer dialog share: the required fields and their ranges. Empty when fine.
QList<OffersJson::FieldProblem> validate(const Offer &offer);
// What is allowed but worth a second look: a strike above the last round's price.
QList<OffersJson::FieldProblem> warnings(const Offer &offer);

} // namespace OptionsJson
