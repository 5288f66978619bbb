// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferHistory.h"

#include "common/Money.h"
#include "offers/OfferMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfferHistory)
};

// A change smaller than this is rounding, not a change: half a currency unit (or a hundredth of a point).
constexpr double kMoneySlack = 0.5;
constexpr double kPointSlack = 0.005;

double partValue(const OfferRevision &round, const QString &key)
{
    if (key == u"base"_s)
        return round.base;
    if (key == u"equity_total"_s)
        return round.equityTotal;
    if (key == u"bonus_pct"_s)
        return round.bonusPct;
    if (key == u"sign_on"_s)
        return round.signOn;
    if (key == u"sign_on_year2"_s)
        return round.signOnYear2;
    if (key == u"relocation"_s)
        return round.relocation;
    if (key == u"refresher_yearly"_s)
        return round.refresherYearly;
    return 0;
}

// The numbers of two rounds are the same when every part (and the schedule) is.
bool sameNumbers(const OfferRevision &a, const OfferRevision &b)
{
    OfferRevision left = a;
    OfferRevision right = b;
    left.date = right.date = QDate();
    left.note = right.note = QString();
    return left == right;
}

} // namespace

QStringList OfferHistory::partKeys()
{
    return {u"base"_s,          u"equity_total"_s, u"bonus_pct"_s,        u"sign_on"_s,
            u"sign_on_year2"_s, u"relocation"_s,   u"refresher_yearly"_s};
}

QString OfferHistory::partName(const QString &key)
{
    if (key == u"base"_s)
        return Tr::tr("base");
    if (key == u"equity_total"_s)
        return Tr::tr("equity");
    if (key == u"bonus_pct"_s)
        return Tr::tr("bonus");
    if (key == u"sign_on"_s)
        return Tr::tr("sign-on");
    if (key == u"sign_on_year2"_s)
        return Tr::tr("year-2 sign-on");
    if (key == u"relocation"_s)
        return Tr::tr("relocation");
    if (key == u"refresher_yearly"_s)
        return Tr::tr("refresher");
    return key;
}

QList<OfferChange> OfferHistory::changes(const OfferRevision &before, const OfferRevision &after)
{
    QList<OfferChange> result;
    for (const QString &key : partKeys()) {
        const bool points = key == u"bonus_pct"_s;
        const double delta = partValue(after, key) - partValue(before, key);
        if (std::abs(delta) < (points ? kPointSlack : kMoneySlack))
            continue;
        result.append({key, partName(key), delta, points});
    }
    return result;
}

QString OfferHistory::deltaText(const OfferChange &change)
{
    const QString sign = change.delta < 0 ? u"\u2212"_s : u"+"_s;
    const double size = std::abs(change.delta);
    if (change.isPercentPoints) {
        const double rounded = std::round(size * 100) / 100;
        const QString number = QString::number(rounded, 'g', 12);
        return rounded == 1 ? Tr::tr("%1%2 point").arg(sign, number) : Tr::tr("%1%2 points").arg(sign, number);
    }
    // The currency is the offer's and the same in every round, so the amounts go without a symbol.
    return sign + Money::exact(size, u"USD"_s, MoneyStyle::report().withoutSymbol());
}

QString OfferHistory::changesText(const QList<OfferChange> &changes)
{
    if (changes.isEmpty())
        return Tr::tr("no change");
    QStringList parts;
    for (const OfferChange &change : changes)
        parts.append(u"%1 %2"_s.arg(change.name, deltaText(change)));
    return parts.join(u", "_s);
}

QList<OfferRound> OfferHistory::rounds(const Offer &offer)
{
    QList<OfferRevision> recorded = offer.revisions;
    const OfferRevision current = offer.revision();
    const bool editedSince = !recorded.isEmpty() && !sameNumbers(recorded.last(), current);
    if (recorded.isEmpty() || editedSince)
        recorded.append(current);
    QList<OfferRound> result;
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        OfferRound round;
        round.number = int(i) + 1;
        round.date = recorded.at(i).date;
        round.note = recorded.at(i).note;
        round.offer = offer.withNumbersOf(recorded.at(i));
        round.annualized = OfferMath::annualized(round.offer);
        if (i > 0)
            round.changes = changes(recorded.at(i - 1), recorded.at(i));
        round.editedSinceLastRevision = editedSince && i == recorded.size() - 1;
        result.append(round);
    }
    return result;
}

QList<OfferEvent> OfferHistory::events(const Offer &offer)
{
    QList<OfferEvent> result;
    const QList<CounterSent> &counters = offer.countersSent;
    qsizetype next = 0;
    for (const OfferRound &round : rounds(offer)) {
        while (round.date.isValid() && next < counters.size() && counters.at(next).date.isValid()
               && counters.at(next).date < round.date) {
            result.append({counters.at(next).date, std::nullopt, counters.at(next)});
            ++next;
        }
        result.append({round.date, round, std::nullopt});
    }
    for (; next < counters.size(); ++next)
        result.append({counters.at(next).date, std::nullopt, counters.at(next)});
    return result;
}

Offer OfferHistory::withNewRound(const Offer &before, const Offer &edited, const QDate &date, const QString &note,
                                 const QDate &firstDate)
{
    Offer result = edited;
    result.revisions = before.revisions;
    const OfferRevision previous = before.revision(firstDate);
    if (result.revisions.isEmpty() || !sameNumbers(result.revisions.last(), previous))
        result.revisions.append(previous);
    result.revisions.append(edited.revision(date, note));
    return result;
}

Offer OfferHistory::withLatestRoundOverwritten(const Offer &offer)
{
    Offer result = offer;
    if (result.revisions.isEmpty())
        return result;
    OfferRevision &last = result.revisions.last();
    last = offer.revision(last.date, last.note);
    return result;
}

Offer OfferHistory::withCounterSent(const Offer &offer, const CounterSent &counter)
{
    Offer result = offer;
    // After every counter on or before its day, and before the later ones: the list stays in date order.
    const auto after = std::find_if(result.countersSent.begin(), result.countersSent.end(), [&](const CounterSent &c) {
        return counter.date.isValid() && c.date.isValid() && c.date > counter.date;
    });
    result.countersSent.insert(after, counter);
    return result;
}
