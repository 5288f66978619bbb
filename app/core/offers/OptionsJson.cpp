// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OptionsJson.h"

#include "offers/OptionsValuation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OffersJson)
};

namespace Limits = StockOptionsLimits;

const QString kEquityType = u"equity_type"_s;

// Every options field but equity_type, in the order the JSON writes them.
const QStringList &optionsFields()
{
    static const QStringList fields = {
        u"options"_s,          u"strike_price"_s,         u"preferred_price"_s,     u"fmv_price"_s,
        u"fully_diluted_shares"_s, u"preference_total"_s, u"dilution_pct"_s,        u"rounds_to_exit"_s,
        u"exercise_window_days"_s, u"expected_exit_multiple"_s,
    };
    return fields;
}

// 20000 -> "20,000", 2.5 -> "2.5": the way every limit and figure is written in a message.
QString number(double value)
{
    if (value != std::floor(value) || std::abs(value) >= 1e15)
        return QString::number(value, 'g', 12);
    QString digits = QString::number(qint64(std::abs(value)));
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return value < 0 ? u"-"_s + digits : digits;
}

// One rule per field: its range and whether it must be whole. Written so that NaN fails every check.
struct FieldRule
{
    double minimum = 0;
    double maximum = 0;
    bool minimumExcluded = false; // above the minimum, not at it
    bool whole = false;

    bool accepts(double value) const
    {
        if (!std::isfinite(value) || value > maximum)
            return false;
        if (minimumExcluded ? !(value > minimum) : !(value >= minimum))
            return false;
        return !whole || value == std::floor(value);
    }
    QString message() const
    {
        const QString what = whole ? Tr::tr("a whole number") : Tr::tr("a number");
        if (minimumExcluded)
            return Tr::tr("must be %1 above %2 and at most %3").arg(what, number(minimum), number(maximum));
        return Tr::tr("must be %1 from %2 to %3").arg(what, number(minimum), number(maximum));
    }
};

FieldRule ruleFor(const QString &field)
{
    if (field == u"options"_s)
        return {0, Limits::kMaxCount, true, true};
    if (field == u"strike_price"_s)
        return {0, Limits::kMaxPrice, false, false};
    if (field == u"preferred_price"_s || field == u"fmv_price"_s)
        return {0, Limits::kMaxPrice, true, false};
    if (field == u"fully_diluted_shares"_s)
        return {0, Limits::kMaxCount, true, true};
    if (field == u"preference_total"_s)
        return {0, kMaxOfferAmount, false, false};
    if (field == u"dilution_pct"_s)
        return {0, Limits::kMaxDilutionPct, false, false};
    if (field == u"rounds_to_exit"_s)
        return {0, double(Limits::kMaxRoundsToExit), false, true};
    if (field == u"exercise_window_days"_s)
        return {0, double(Limits::kMaxExerciseWindowDays), false, true};
    return {0, Limits::kMaxExitMultiple, false, false}; // expected_exit_multiple
}

// The field's number, or nothing when it is absent, null or not a number (that is reported).
std::optional<double> readNumber(const QJsonObject &object, const QString &field, const OptionsJson::ProblemSink &problem)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        problem(field, ruleFor(field).message() + Tr::tr(", not %1").arg(value.isString() ? Tr::tr("a string")
                                                                     : value.isBool() ? Tr::tr("a boolean")
                                                                     : value.isArray() ? Tr::tr("a list")
                                                                                        : Tr::tr("an object")),
                true);
        return std::nullopt;
    }
    return value.toDouble();
}

// The member a floating-point field is kept in; nullptr for the two whole-number fields kept as int.
double StockOptions::*memberFor(const QString &field)
{
    static const QHash<QString, double StockOptions::*> members = {
        {u"options"_s, &StockOptions::count},
        {u"strike_price"_s, &StockOptions::strikePrice},
        {u"preferred_price"_s, &StockOptions::preferredPrice},
        {u"fmv_price"_s, &StockOptions::fmvPrice},
        {u"fully_diluted_shares"_s, &StockOptions::fullyDilutedShares},
        {u"preference_total"_s, &StockOptions::preferenceTotal},
        {u"dilution_pct"_s, &StockOptions::dilutionPct},
        {u"expected_exit_multiple"_s, &StockOptions::expectedExitMultiple},
    };
    return members.value(field, nullptr);
}

} // namespace

const QStringList &OptionsJson::fieldNames()
{
    static const QStringList fields = QStringList{kEquityType} + optionsFields();
    return fields;
}

void OptionsJson::read(const QJsonObject &object, Offer &offer, const ProblemSink &problem)
{
    const QJsonValue type = object.value(kEquityType);
    if (!type.isUndefined() && !type.isNull()) {
        const std::optional<EquityType> parsed = EquityTypes::parse(type.toString());
        if (!type.isString() || !parsed) {
            problem(kEquityType, Tr::tr("must be \"rsu\" or \"options\""), true);
            return;
        }
        offer.equityType = *parsed;
    }
    if (!offer.hasOptions()) {
        for (const QString &field : optionsFields()) {
            if (object.contains(field))
                problem(field, Tr::tr("is used only when equity_type is \"options\"; ignored"), false);
        }
        return;
    }
    // A strike of 0 is allowed, so only its absence can say it was forgotten.
    if (!object.contains(u"strike_price"_s))
        problem(u"strike_price"_s, Tr::tr("is required for an options offer (the price per share to buy each option)"),
                true);
    StockOptions &options = offer.stockOptions;
    for (const QString &field : optionsFields()) {
        const std::optional<double> value = readNumber(object, field, problem);
        if (!value)
            continue;
        if (!ruleFor(field).accepts(*value)) {
            problem(field, ruleFor(field).message(), true);
            continue;
        }
        if (field == u"rounds_to_exit"_s)
            options.roundsToExit = int(*value);
        else if (field == u"exercise_window_days"_s)
            options.exerciseWindowDays = int(*value);
        else
            options.*memberFor(field) = *value;
    }
}

void OptionsJson::write(const Offer &offer, QJsonObject &object)
{
    if (!offer.hasOptions())
        return;
    const StockOptions &o = offer.stockOptions;
    object.insert(kEquityType, EquityTypes::name(offer.equityType));
    object.insert(u"options"_s, o.count);
    object.insert(u"strike_price"_s, o.strikePrice);
    object.insert(u"preferred_price"_s, o.preferredPrice);
    if (o.hasFmv())
        object.insert(u"fmv_price"_s, o.fmvPrice);
    if (o.hasFullyDilutedShares())
        object.insert(u"fully_diluted_shares"_s, o.fullyDilutedShares);
    if (o.preferenceTotal > 0)
        object.insert(u"preference_total"_s, o.preferenceTotal);
    object.insert(u"dilution_pct"_s, o.dilutionPct);
    object.insert(u"rounds_to_exit"_s, o.roundsToExit);
    object.insert(u"exercise_window_days"_s, o.exerciseWindowDays);
    object.insert(u"expected_exit_multiple"_s, o.expectedExitMultiple);
}

QList<OffersJson::FieldProblem> OptionsJson::validate(const Offer &offer)
{
    QList<OffersJson::FieldProblem> problems;
    if (!offer.hasOptions())
        return problems;
    const StockOptions &o = offer.stockOptions;
    // An options offer needs these three; the rest have defaults or are optional.
    if (!(o.count > 0))
        problems.append({u"options"_s, Tr::tr("is required for an options offer (the number of options granted)")});
    if (!(o.preferredPrice > 0))
        problems.append({u"preferred_price"_s,
                         Tr::tr("is required for an options offer (the price per share of the last funding round)")});
    const std::pair<QString, double> values[] = {
        {u"options"_s, o.count},
        {u"strike_price"_s, o.strikePrice},
        {u"preferred_price"_s, o.preferredPrice},
        {u"dilution_pct"_s, o.dilutionPct},
        {u"rounds_to_exit"_s, double(o.roundsToExit)},
        {u"exercise_window_days"_s, double(o.exerciseWindowDays)},
        {u"expected_exit_multiple"_s, o.expectedExitMultiple},
    };
    for (const auto &[field, value] : values) {
        // A missing count or price is reported above, once.
        if (value == 0 && (field == u"options"_s || field == u"preferred_price"_s))
            continue;
        if (!ruleFor(field).accepts(value))
            problems.append({field, ruleFor(field).message()});
    }
    // The optional ones: 0 means "not given".
    for (const QString &field : {u"fmv_price"_s, u"fully_diluted_shares"_s, u"preference_total"_s}) {
        const double value = o.*memberFor(field);
        if (value != 0 && !ruleFor(field).accepts(value))
            problems.append({field, ruleFor(field).message()});
    }
    if (o.hasFullyDilutedShares() && o.count > o.fullyDilutedShares) {
        problems.append({u"fully_diluted_shares"_s,
                         Tr::tr("must be at least the number of options (%1)").arg(number(o.count))});
    }
    if (o.preferenceTotal > 0 && !o.hasFullyDilutedShares()) {
        problems.append({u"preference_total"_s,
                         Tr::tr("needs fully_diluted_shares, to share out what is left after the preference")});
    }
    // The grant is the options: a value beside them would be counted twice, or be the recruiter's paper value; and
    // the exit multiple, not a growth rate, says what its shares are worth.
    for (const auto &[field, given] : {std::pair{u"equity_shares"_s, offer.equityShares != 0},
                                       std::pair{u"share_price"_s, offer.sharePrice != 0},
                                       std::pair{u"growth_pct"_s, offer.growthPct != 0}}) {
        if (given) {
            problems.append({field, field == u"growth_pct"_s
                                        ? Tr::tr("must be left out for an options offer: its exit multiple says what "
                                                 "its shares are worth")
                                        : Tr::tr("must be left out for an options offer: its equity is the options")});
        }
    }
    if (offer.equityTotal != 0 && offer.equityShares == 0) {
        problems.append({u"equity_total"_s, Tr::tr("must be left out for an options offer: its equity is the "
                                                   "options, valued at an exit")});
    }
    return problems;
}

QList<OffersJson::FieldProblem> OptionsJson::warnings(const Offer &offer)
{
    QList<OffersJson::FieldProblem> warnings;
    if (offer.hasOptions() && OptionsValuation::isUnderwater(offer.stockOptions)) {
        warnings.append({u"strike_price"_s, Tr::tr("underwater at the last round's price: the strike (%1) is above "
                                                   "the preferred price (%2)")
                                                .arg(number(offer.stockOptions.strikePrice),
                                                     number(offer.stockOptions.preferredPrice))});
    }
    return warnings;
}
