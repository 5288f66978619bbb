// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OffersJson.h"

#include "common/AtomicFile.h"
#include "common/Currency.h"
#include "offers/OptionsJson.h"
#include "offers/EquityProjection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OffersJson)
};

const QStringList &knownFields()
{
    static const QStringList fields = QStringList{
        u"company"_s,  u"role"_s,          u"level"_s,         u"region"_s,     u"currency"_s,
        u"base"_s,     u"equity_total"_s,  u"vesting_schedule"_s, u"bonus_pct"_s, u"sign_on"_s,
        u"sign_on_year2"_s, u"relocation"_s, u"refresher_yearly"_s, u"deadline"_s, u"notes"_s,
        u"target"_s,   u"revisions"_s,     u"counters_sent"_s,
        // Equity that moves.
        u"equity_shares"_s, u"share_price"_s, u"growth_pct"_s, u"refresher_grant"_s, u"refresher_vesting_years"_s,
        u"vesting_frequency"_s, u"cliff_months"_s, u"sign_on_clawback_months"_s, u"sign_on_clawback"_s,
    } + OptionsJson::fieldNames();
    return fields;
}

const QStringList &revisionFields()
{
    static const QStringList fields = {
        u"date"_s,          u"note"_s,       u"base"_s,             u"equity_total"_s, u"vesting_schedule"_s,
        u"bonus_pct"_s,     u"sign_on"_s,    u"sign_on_year2"_s,    u"relocation"_s,   u"refresher_yearly"_s,
    };
    return fields;
}

const QStringList &counterSentFields()
{
    static const QStringList fields = {u"date"_s, u"asks"_s, u"script"_s};
    return fields;
}

const QStringList &askFields()
{
    static const QStringList fields = {u"base"_s, u"equity_total"_s, u"sign_on"_s};
    return fields;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    return int(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n')) + 1;
}

QString amountProblem(double value)
{
    if (!std::isfinite(value) || value < 0)
        return Tr::tr("must be a non-negative number");
    if (value > OffersLimits::kMaxAmount)
        return Tr::tr("must be at most 1,000,000,000,000");
    return QString();
}

// Reads one offer object. Problems go to `diagnostics` as "offers[i].field: message".
class OfferReader
{
public:
    OfferReader(const QJsonObject &object, int index, const QString &path, Diagnostics &diagnostics)
        : m_object(object), m_prefix(u"offers[%1]"_s.arg(index)), m_path(path), m_diagnostics(diagnostics)
    {
    }
    // A reader of an object inside an offer, its problems named "offers[i].revisions[j].field".
    OfferReader(const QJsonObject &object, const QString &prefix, const QString &path, Diagnostics &diagnostics)
        : m_object(object), m_prefix(prefix), m_path(path), m_diagnostics(diagnostics)
    {
    }

    Offer read()
    {
        Offer offer;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!knownFields().contains(it.key()))
                warn(it.key(), Tr::tr("unknown field, ignored"));
        }
        offer.company = text(u"company"_s, true);
        offer.role = text(u"role"_s, false);
        offer.level = text(u"level"_s, false);
        offer.region = text(u"region"_s, true);
        offer.currency = currency();
        offer.base = amount(u"base"_s, true);
        offer.equityTotal = amount(u"equity_total"_s, false);
        offer.vestingSchedule = schedule();
        offer.bonusPct = bonusPct();
        offer.signOn = amount(u"sign_on"_s, false);
        offer.signOnYear2 = amount(u"sign_on_year2"_s, false);
        offer.relocation = amount(u"relocation"_s, false);
        offer.refresherYearly = amount(u"refresher_yearly"_s, false);
        offer.deadline = deadline();
        offer.notes = text(u"notes"_s, false);
        offer.target = target();
        OptionsJson::read(m_object, offer, [this](const QString &field, const QString &message, bool isError) {
            isError ? error(field, message) : warn(field, message);
        });
        readEquityTerms(offer);
        offer.revisions = list<OfferRevision>(u"revisions"_s, &OfferReader::readRevision);
        offer.countersSent = list<CounterSent>(u"counters_sent"_s, &OfferReader::readCounterSent);
        return offer;
    }

    OfferRevision readRevision()
    {
        warnUnknown(revisionFields());
        OfferRevision round;
        round.date = date(u"date"_s);
        round.note = text(u"note"_s, false);
        round.base = amount(u"base"_s, true);
        round.equityTotal = amount(u"equity_total"_s, false);
        round.vestingSchedule = schedule();
        round.bonusPct = bonusPct();
        round.signOn = amount(u"sign_on"_s, false);
        round.signOnYear2 = amount(u"sign_on_year2"_s, false);
        round.relocation = amount(u"relocation"_s, false);
        round.refresherYearly = amount(u"refresher_yearly"_s, false);
        return round;
    }

    CounterSent readCounterSent()
    {
        warnUnknown(counterSentFields());
        CounterSent counter;
        counter.date = date(u"date"_s);
        counter.script = text(u"script"_s, false);
        const QString field = u"asks"_s;
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return counter;
        if (!value.isObject()) {
            error(field, Tr::tr("must be an object {\"base\": ..., \"equity_total\": ..., \"sign_on\": ...}, not %1")
                .arg(typeName(value)));
            return counter;
        }
        const QJsonObject asks = value.toObject();
        OfferReader reader(asks, name(field), m_path, m_diagnostics);
        reader.warnUnknown(askFields());
        counter.asks.base = reader.amount(u"base"_s, false);
        counter.asks.equityTotal = reader.amount(u"equity_total"_s, false);
        counter.asks.signOn = reader.amount(u"sign_on"_s, false);
        return counter;
    }

private:
    void warnUnknown(const QStringList &known)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                warn(it.key(), Tr::tr("unknown field, ignored"));
        }
    }

    // A list of objects under `field`, each read by `readOne` with its problems named "field[j].…".
    template<typename T>
    QList<T> list(const QString &field, T (OfferReader::*readOne)())
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            error(field, Tr::tr("must be a list, not %1").arg(typeName(value)));
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.size() > OffersLimits::kMaxRounds) {
            error(field, Tr::tr("has %1 entries; at most %2 are allowed").arg(array.size()).arg(OffersLimits::kMaxRounds));
            return {};
        }
        QList<T> result;
        for (qsizetype j = 0; j < array.size(); ++j) {
            const QString item = u"%1[%2]"_s.arg(field).arg(j);
            if (!array.at(j).isObject()) {
                error(item, Tr::tr("must be an object, not %1").arg(typeName(array.at(j))));
                continue;
            }
            const QJsonObject object = array.at(j).toObject();
            OfferReader reader(object, name(item), m_path, m_diagnostics);
            result.append((reader.*readOne)());
        }
        return result;
    }

    QString name(const QString &field) const { return m_prefix + u'.' + field; }
    void error(const QString &field, const QString &message)
    {
        m_diagnostics.append(Diagnostic::error(m_path, 0, name(field) + u": "_s + message));
    }
    void warn(const QString &field, const QString &message)
    {
        m_diagnostics.append(Diagnostic::warning(m_path, 0, name(field) + u": "_s + message));
    }

    QString text(const QString &field, bool required)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || (value.isNull() && !required)) {
            if (required)
                error(field, Tr::tr("is required"));
            return QString();
        }
        if (!value.isString()) {
            error(field, Tr::tr("must be a string, not %1").arg(typeName(value)));
            return QString();
        }
        const QString result = value.toString().trimmed();
        if (required && result.isEmpty())
            error(field, Tr::tr("must not be empty"));
        else if (result.size() > OffersLimits::kMaxTextLength)
            error(field, Tr::tr("is too long (at most %1 characters)").arg(OffersLimits::kMaxTextLength));
        return result;
    }

    QString currency()
    {
        const QString field = u"currency"_s;
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            error(field, Tr::tr("is required"));
            return QString();
        }
        if (!value.isString()) {
            error(field, Tr::tr("must be an ISO 4217 code such as \"USD\", not %1").arg(typeName(value)));
            return QString();
        }
        const QString code = value.toString().trimmed();
        if (!Currency::isIsoCode(code)) {
            error(field, Tr::tr("'%1' is not an ISO 4217 currency code (such as \"USD\" or \"EUR\")")
                .arg(code.left(20)));
            return QString();
        }
        return code;
    }

    double amount(const QString &field, bool required)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            if (required)
                error(field, Tr::tr("is required"));
            return 0;
        }
        if (!value.isDouble()) {
            error(field, Tr::tr("must be a non-negative number, not %1").arg(typeName(value)));
            return 0;
        }
        const QString problem = amountProblem(value.toDouble());
        if (!problem.isEmpty()) {
            error(field, problem);
            return 0;
        }
        return value.toDouble();
    }

    double bonusPct()
    {
        const QString field = u"bonus_pct"_s;
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return 0;
        if (!value.isDouble()) {
            error(field, Tr::tr("must be a percentage from 0 to %1, not %2").arg(OffersLimits::kMaxBonusPct)
                .arg(typeName(value)));
            return 0;
        }
        const double pct = value.toDouble();
        if (!std::isfinite(pct) || pct < 0 || pct > OffersLimits::kMaxBonusPct) {
            error(field, Tr::tr("must be a percentage from 0 to %1").arg(OffersLimits::kMaxBonusPct));
            return 0;
        }
        return pct;
    }

    QList<double> schedule()
    {
        const QString field = u"vesting_schedule"_s;
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return VestingPresets::even();
        if (!value.isArray()) {
            error(field, Tr::tr("must be a list of yearly percentages such as [25, 25, 25, 25], not %1")
                .arg(typeName(value)));
            return VestingPresets::even();
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty() || array.size() > OffersLimits::kMaxVestingYears) {
            error(field, Tr::tr("must list from 1 to %1 yearly percentages, not %2").arg(OffersLimits::kMaxVestingYears)
                             .arg(array.size()));
            return VestingPresets::even();
        }
        QList<double> result;
        bool good = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue share = array.at(i);
            const double pct = share.toDouble(-1);
            if (!share.isDouble() || !std::isfinite(pct) || pct < 0 || pct > 100) {
                error(u"%1[%2]"_s.arg(field).arg(i), Tr::tr("must be a percentage from 0 to 100"));
                good = false;
            }
            result.append(pct);
        }
        if (!good)
            return VestingPresets::even();
        return result;
    }

    QDate deadline() { return date(u"deadline"_s); }

    QDate date(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
            return QDate();
        const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!value.isString() || !date.isValid() || value.toString().trimmed().size() != 10) {
            error(field, Tr::tr("must be a date written YYYY-MM-DD, such as \"2026-12-15\""));
            return QDate();
        }
        return date;
    }

    bool target()
    {
        const QString field = u"target"_s;
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            error(field, Tr::tr("must be true or false, not %1").arg(typeName(value)));
            return false;
        }
        return value.toBool();
    }

    // The fields of equity that moves; each absent one keeps its default.
    void readEquityTerms(Offer &offer)
    {
        offer.equityShares = amount(u"equity_shares"_s, false);
        offer.sharePrice = amount(u"share_price"_s, false);
        offer.growthPct = growthPct(u"growth_pct"_s);
        offer.refresherGrant = amount(u"refresher_grant"_s, false);
        offer.refresherVestingYears =
            wholeNumber(u"refresher_vesting_years"_s, offer.refresherVestingYears, 1, OffersLimits::kMaxVestingYears);
        offer.cliffMonths = wholeNumber(u"cliff_months"_s, offer.cliffMonths, 0, OffersLimits::kMaxCliffMonths);
        offer.signOnClawbackMonths = wholeNumber(u"sign_on_clawback_months"_s, offer.signOnClawbackMonths, 0,
                                                 OffersLimits::kMaxClawbackMonths);
        if (const QString name = choice(u"vesting_frequency"_s, {u"yearly"_s, u"quarterly"_s, u"monthly"_s});
            !name.isEmpty()) {
            offer.vestingFrequency = EquityTerms::parseFrequency(name).value_or(VestingFrequency::Yearly);
        }
        if (const QString name = choice(u"sign_on_clawback"_s, {u"prorated"_s, u"full"_s}); !name.isEmpty())
            offer.signOnClawback = EquityTerms::parseClawback(name).value_or(SignOnClawback::Prorated);
        shareGrant(offer);
    }

    // Shares and a price come together; their product is the grant's value today, and an equity_total that
    // disagrees with it by more than 1% is a warning that names the offer.
    void shareGrant(Offer &offer)
    {
        const bool shares = m_object.contains(u"equity_shares"_s);
        const bool price = m_object.contains(u"share_price"_s);
        if (shares != price) {
            error(shares ? u"share_price"_s : u"equity_shares"_s,
                  Tr::tr("is required with %1: a grant in shares needs both the number of shares and the price")
                      .arg(shares ? u"equity_shares"_s : u"share_price"_s));
            return;
        }
        if (!shares || !offer.hasShareGrant())
            return;
        const double value = offer.equityShares * offer.sharePrice;
        if (!(value <= OffersLimits::kMaxAmount)) {
            error(u"equity_shares"_s, Tr::tr("equity_shares × share_price must be at most 1,000,000,000,000"));
            return;
        }
        if (m_object.contains(u"equity_total"_s) && std::abs(offer.equityTotal - value) > 0.01 * value) {
            warn(u"equity_total"_s,
                 Tr::tr("%1's equity_total (%2) differs from equity_shares × share_price (%3 × %4 = %5) by more than "
                        "1%; the shares are used")
                     .arg(offer.label(), number(offer.equityTotal), number(offer.equityShares),
                          number(offer.sharePrice), number(value)));
        }
        offer.equityTotal = value;
    }

    static QString number(double value) { return QString::number(value, 'f', value == std::round(value) ? 0 : 2); }

    double growthPct(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return 0;
        const double pct = value.toDouble(std::nan(""));
        // Written so that NaN fails too.
        if (!value.isDouble() || !(pct > EquityProjection::kMinGrowthPct && pct <= EquityProjection::kMaxGrowthPct)) {
            error(field, Tr::tr("must be a yearly percentage above -100 and at most 300"));
            return 0;
        }
        return pct;
    }

    int wholeNumber(const QString &field, int fallback, int low, int high)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !(number >= low && number <= high) || number != std::floor(number)) {
            error(field, Tr::tr("must be a whole number from %1 to %2").arg(low).arg(high));
            return fallback;
        }
        return int(number);
    }

    QString choice(const QString &field, const QStringList &allowed)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return QString();
        if (!value.isString() || !allowed.contains(value.toString())) {
            QStringList quoted;
            for (const QString &name : allowed)
                quoted.append(u"\"%1\""_s.arg(name));
            error(field, Tr::tr("must be one of %1").arg(quoted.join(u", "_s)));
            return QString();
        }
        return value.toString();
    }

    const QJsonObject &m_object;
    QString m_prefix; // "offers[2]", "offers[2].revisions[0]"
    const QString &m_path;
    Diagnostics &m_diagnostics;
};

QJsonObject toJsonObjectBeforeEquity(const Offer &offer);

// The fields of equity that moves, each only when it differs from its default, so a file without them is written
// back as it was.
void insertEquityTerms(QJsonObject &object, const Offer &offer)
{
    if (offer.equityShares != 0 || offer.sharePrice != 0) {
        object.insert(u"equity_shares"_s, offer.equityShares);
        object.insert(u"share_price"_s, offer.sharePrice);
    }
    if (offer.growthPct != 0)
        object.insert(u"growth_pct"_s, offer.growthPct);
    if (offer.refresherGrant != 0)
        object.insert(u"refresher_grant"_s, offer.refresherGrant);
    if (offer.refresherVestingYears != EquityDefaults::kRefresherVestingYears)
        object.insert(u"refresher_vesting_years"_s, offer.refresherVestingYears);
    if (offer.vestingFrequency != VestingFrequency::Yearly)
        object.insert(u"vesting_frequency"_s, EquityTerms::frequencyName(offer.vestingFrequency));
    if (offer.cliffMonths != EquityDefaults::kCliffMonths)
        object.insert(u"cliff_months"_s, offer.cliffMonths);
    if (offer.signOnClawbackMonths != EquityDefaults::kSignOnClawbackMonths)
        object.insert(u"sign_on_clawback_months"_s, offer.signOnClawbackMonths);
    if (offer.signOnClawback != SignOnClawback::Prorated)
        object.insert(u"sign_on_clawback"_s, EquityTerms::clawbackName(offer.signOnClawback));
}

QJsonArray scheduleArray(const QList<double> &shares)
{
    QJsonArray schedule;
    for (double share : shares)
        schedule.append(share);
    return schedule;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonArray revisionsArray(const QList<OfferRevision> &revisions)
{
    QJsonArray array;
    for (const OfferRevision &round : revisions) {
        array.append(QJsonObject{
            {u"date"_s, dateText(round.date)},
            {u"note"_s, round.note},
            {u"base"_s, round.base},
            {u"equity_total"_s, round.equityTotal},
            {u"vesting_schedule"_s, scheduleArray(round.vestingSchedule)},
            {u"bonus_pct"_s, round.bonusPct},
            {u"sign_on"_s, round.signOn},
            {u"sign_on_year2"_s, round.signOnYear2},
            {u"relocation"_s, round.relocation},
            {u"refresher_yearly"_s, round.refresherYearly},
        });
    }
    return array;
}

QJsonArray countersSentArray(const QList<CounterSent> &counters)
{
    QJsonArray array;
    for (const CounterSent &counter : counters) {
        array.append(QJsonObject{
            {u"date"_s, dateText(counter.date)},
            {u"asks"_s, QJsonObject{{u"base"_s, counter.asks.base},
                                    {u"equity_total"_s, counter.asks.equityTotal},
                                    {u"sign_on"_s, counter.asks.signOn}}},
            {u"script"_s, counter.script},
        });
    }
    return array;
}

// The offer's object with its history. Only an offer with a history has the keys, so an offer without one is
// written exactly as before.
QJsonObject withHistory(QJsonObject object, const Offer &offer)
{
    if (!offer.revisions.isEmpty())
        object.insert(u"revisions"_s, revisionsArray(offer.revisions));
    if (!offer.countersSent.isEmpty())
        object.insert(u"counters_sent"_s, countersSentArray(offer.countersSent));
    return object;
}

QJsonObject toJsonObject(const Offer &offer)
{
    QJsonObject object = toJsonObjectBeforeEquity(offer);
    insertEquityTerms(object, offer);
    return object;
}

QJsonObject toJsonObjectBeforeEquity(const Offer &offer)
{
    QJsonArray schedule;
    for (double share : offer.vestingSchedule)
        schedule.append(share);
    QJsonObject object{
        {u"company"_s, offer.company},
        {u"role"_s, offer.role},
        {u"level"_s, offer.level},
        {u"region"_s, offer.region},
        {u"currency"_s, offer.currency},
        {u"base"_s, offer.base},
        {u"equity_total"_s, offer.equityTotal},
        {u"vesting_schedule"_s, schedule},
        {u"bonus_pct"_s, offer.bonusPct},
        {u"sign_on"_s, offer.signOn},
        {u"sign_on_year2"_s, offer.signOnYear2},
        {u"relocation"_s, offer.relocation},
        {u"refresher_yearly"_s, offer.refresherYearly},
        {u"deadline"_s, offer.deadline.isValid() ? offer.deadline.toString(Qt::ISODate) : QString()},
        {u"notes"_s, offer.notes},
        {u"target"_s, offer.target},
    };
    OptionsJson::write(offer, object);
    return object;
}

} // namespace

QString OffersReadResult::errorText() const
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(u'\n');
}

OffersReadResult OffersJson::readFile(const QString &path)
{
    OffersReadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.diagnostics.append(Diagnostic::error(path, 0, Tr::tr("no such file")));
        return result;
    }
    if (!info.isFile()) {
        result.diagnostics.append(Diagnostic::error(path, 0, Tr::tr("is not a file")));
        return result;
    }
    if (info.size() > OffersLimits::kMaxFileBytes) {
        result.diagnostics.append(Diagnostic::error(
            path, 0, Tr::tr("is too large (%1 bytes; an offers file may have at most %2)").arg(info.size())
                .arg(OffersLimits::kMaxFileBytes)));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append(Diagnostic::error(path, 0, Tr::tr("cannot be read: %1").arg(file.errorString())));
        return result;
    }
    // Read one byte past the limit, in case the file grew (or is a device that never ends).
    const QByteArray bytes = file.read(OffersLimits::kMaxFileBytes + 1);
    if (bytes.size() > OffersLimits::kMaxFileBytes) {
        result.diagnostics.append(Diagnostic::error(
            path, 0, Tr::tr("is too large (an offers file may have at most %1 bytes)")
                .arg(OffersLimits::kMaxFileBytes)));
        return result;
    }
    return parse(bytes, path);
}

OffersReadResult OffersJson::parse(const QByteArray &bytes, const QString &path)
{
    OffersReadResult result;
    Diagnostics &diagnostics = result.diagnostics;
    if (bytes.trimmed().isEmpty()) {
        diagnostics.append(Diagnostic::error(path, 0, Tr::tr("is empty; expected {\"offers\": [...]}")));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        diagnostics.append(Diagnostic::error(path, lineOfOffset(bytes, parseError.offset),
                                             Tr::tr("not valid JSON: %1").arg(parseError.errorString())));
        return result;
    }
    if (!document.isObject()) {
        diagnostics.append(Diagnostic::error(path, 0, Tr::tr("the top level must be an object {\"offers\": [...]}")));
        return result;
    }
    const QJsonObject root = document.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != u"offers"_s)
            diagnostics.append(Diagnostic::warning(path, 0, Tr::tr("%1: unknown field, ignored").arg(it.key())));
    }
    const QJsonValue offersValue = root.value(u"offers"_s);
    if (offersValue.isUndefined()) {
        diagnostics.append(Diagnostic::error(path, 0, Tr::tr("offers: is required (a list of offers)")));
        return result;
    }
    if (!offersValue.isArray()) {
        diagnostics.append(Diagnostic::error(path, 0, Tr::tr("offers: must be a list, not %1")
            .arg(typeName(offersValue))));
        return result;
    }
    const QJsonArray array = offersValue.toArray();
    if (array.size() > OffersLimits::kMaxOffers) {
        diagnostics.append(Diagnostic::error(
            path, 0, Tr::tr("offers: has %1 offers; at most %2 are allowed").arg(array.size())
                .arg(OffersLimits::kMaxOffers)));
        return result;
    }
    QList<Offer> offers;
    int firstTarget = -1;
    for (int i = 0; i < int(array.size()); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            diagnostics.append(Diagnostic::error(path, 0, Tr::tr("offers[%1]: must be an object, not %2").arg(i)
                .arg(typeName(value))));
            continue;
        }
        const qsizetype errorsBefore = countErrors(diagnostics);
        const QJsonObject object = value.toObject();
        Offer offer = OfferReader(object, i, path, diagnostics).read();
        if (countErrors(diagnostics) == errorsBefore) {
            // Whole-offer checks, once every field reads well.
            for (const OffersJson::FieldProblem &problem : OffersJson::validate(offer))
                diagnostics.append(Diagnostic::error(path, 0, u"offers[%1].%2: %3"_s.arg(i).arg(problem.field, problem.message)));
            for (const OffersJson::FieldProblem &problem : OptionsJson::warnings(offer))
                diagnostics.append(Diagnostic::warning(path, 0, u"offers[%1].%2: %3"_s.arg(i).arg(problem.field, problem.message)));
        }
        if (offer.target) {
            if (firstTarget >= 0) {
                diagnostics.append(Diagnostic::error(
                    path, 0, Tr::tr("offers[%1].target: only one offer may be the target, and offers[%2] already is")
                        .arg(i).arg(firstTarget)));
            } else {
                firstTarget = i;
            }
        }
        offers.append(offer);
    }
    if (!hasErrors(diagnostics))
        result.offers = offers;
    return result;
}

namespace {

// Each round's numbers are checked as an offer's are; each counter's asks as amounts. The field is named
// "revisions[1].base", "counters_sent[0].asks.sign_on".
void appendHistoryProblems(const Offer &offer, QList<OffersJson::FieldProblem> &problems)
{
    static const QStringList numbers = {u"base"_s,          u"equity_total"_s, u"vesting_schedule"_s,
                                        u"bonus_pct"_s,     u"sign_on"_s,      u"sign_on_year2"_s,
                                        u"relocation"_s,    u"refresher_yearly"_s};
    Offer bare = offer;
    bare.revisions.clear();
    bare.countersSent.clear();
    for (qsizetype j = 0; j < offer.revisions.size(); ++j) {
        for (const OffersJson::FieldProblem &problem : OffersJson::validate(bare.withNumbersOf(offer.revisions.at(j)))) {
            const QString part = problem.field.section(u'[', 0, 0);
            if (numbers.contains(part))
                problems.append({u"revisions[%1].%2"_s.arg(j).arg(problem.field), problem.message});
        }
    }
    for (qsizetype j = 0; j < offer.countersSent.size(); ++j) {
        const CounterSent::Asks &asks = offer.countersSent.at(j).asks;
        const std::pair<QString, double> amounts[] = {
            {u"base"_s, asks.base}, {u"equity_total"_s, asks.equityTotal}, {u"sign_on"_s, asks.signOn}};
        for (const auto &[field, value] : amounts) {
            if (const QString problem = amountProblem(value); !problem.isEmpty())
                problems.append({u"counters_sent[%1].asks.%2"_s.arg(j).arg(field), problem});
        }
    }
    if (offer.revisions.size() > OffersLimits::kMaxRounds)
        problems.append({u"revisions"_s, Tr::tr("has %1 entries; at most %2 are allowed").arg(offer.revisions.size())
                                             .arg(OffersLimits::kMaxRounds)});
    if (offer.countersSent.size() > OffersLimits::kMaxRounds)
        problems.append({u"counters_sent"_s, Tr::tr("has %1 entries; at most %2 are allowed")
                                                 .arg(offer.countersSent.size()).arg(OffersLimits::kMaxRounds)});
}

} // namespace

QList<OffersJson::FieldProblem> OffersJson::validate(const Offer &offer)
{
    QList<FieldProblem> problems;
    if (offer.company.trimmed().isEmpty())
        problems.append({u"company"_s, Tr::tr("is required")});
    if (offer.region.trimmed().isEmpty())
        problems.append({u"region"_s, Tr::tr("is required")});
    if (!Currency::isIsoCode(offer.currency))
        problems.append({u"currency"_s, Tr::tr("'%1' is not an ISO 4217 currency code (such as \"USD\" or \"EUR\")")
            .arg(offer.currency.left(20))});
    const std::pair<QString, double> amounts[] = {
        {u"base"_s, offer.base},
        {u"equity_total"_s, offer.equityTotal},
        {u"sign_on"_s, offer.signOn},
        {u"sign_on_year2"_s, offer.signOnYear2},
        {u"relocation"_s, offer.relocation},
        {u"refresher_yearly"_s, offer.refresherYearly},
    };
    for (const auto &[field, value] : amounts) {
        const QString problem = amountProblem(value);
        if (!problem.isEmpty())
            problems.append({field, problem});
    }
    // Every yearly figure is built on the base: an offer without one is a typing slip, not an offer.
    if (offer.base == 0)
        problems.append({u"base"_s, Tr::tr("must be above 0")});
    if (!std::isfinite(offer.bonusPct) || offer.bonusPct < 0 || offer.bonusPct > OffersLimits::kMaxBonusPct)
        problems.append({u"bonus_pct"_s, Tr::tr("must be a percentage from 0 to %1").arg(OffersLimits::kMaxBonusPct)});
    const QList<double> &schedule = offer.vestingSchedule;
    if (schedule.isEmpty() || schedule.size() > OffersLimits::kMaxVestingYears) {
        problems.append({u"vesting_schedule"_s, Tr::tr("must list from 1 to %1 yearly percentages, not %2")
                                                    .arg(OffersLimits::kMaxVestingYears)
                                                    .arg(schedule.size())});
    } else {
        double sum = 0;
        bool shares = true;
        for (double share : schedule) {
            shares = shares && std::isfinite(share) && share >= 0 && share <= 100;
            sum += share;
        }
        if (!shares)
            problems.append({u"vesting_schedule"_s, Tr::tr("each year must be a percentage from 0 to 100")});
        else if (std::abs(sum - 100) > 0.01)
            problems.append({u"vesting_schedule"_s, Tr::tr("must sum to 100, not %1")
                .arg(QString::number(sum, 'g', 6))});
    }
    appendHistoryProblems(offer, problems);
    problems.append(OptionsJson::validate(offer));
    problems.append(validateEquityTerms(offer));
    return problems;
}

QList<OffersJson::FieldProblem> OffersJson::validateEquityTerms(const Offer &offer)
{
    QList<FieldProblem> problems;
    for (const auto &[field, value] : {std::pair{u"equity_shares"_s, offer.equityShares},
                                       std::pair{u"share_price"_s, offer.sharePrice},
                                       std::pair{u"refresher_grant"_s, offer.refresherGrant}}) {
        const QString problem = amountProblem(value);
        if (!problem.isEmpty())
            problems.append({field, problem});
    }
    if (!(offer.equityShares * offer.sharePrice <= OffersLimits::kMaxAmount))
        problems.append({u"equity_shares"_s, Tr::tr("equity_shares × share_price must be at most 1,000,000,000,000")});
    if (!EquityProjection::growthInRange(offer.growthPct))
        problems.append({u"growth_pct"_s, Tr::tr("must be a yearly percentage above -100 and at most 300")});
    const auto wholeNumber = [&](const QString &field, int value, int low, int high) {
        if (value < low || value > high)
            problems.append({field, Tr::tr("must be a whole number from %1 to %2").arg(low).arg(high)});
    };
    wholeNumber(u"refresher_vesting_years"_s, offer.refresherVestingYears, 1, OffersLimits::kMaxVestingYears);
    wholeNumber(u"cliff_months"_s, offer.cliffMonths, 0, OffersLimits::kMaxCliffMonths);
    wholeNumber(u"sign_on_clawback_months"_s, offer.signOnClawbackMonths, 0, OffersLimits::kMaxClawbackMonths);
    return problems;
}

QByteArray OffersJson::toJson(const QList<Offer> &offers)
{
    QJsonArray array;
    for (const Offer &offer : offers)
        array.append(withHistory(toJsonObject(offer), offer));
    return QJsonDocument(QJsonObject{{u"offers"_s, array}}).toJson(QJsonDocument::Indented);
}

Result<> OffersJson::writeFile(const QString &path, const QList<Offer> &offers)
{
    if (const Result<> written = AtomicFile::write(path, toJson(offers)); !written)
        return Error{Tr::tr("%1: cannot be written: %2").arg(path, written.message())};
    return {};
}
