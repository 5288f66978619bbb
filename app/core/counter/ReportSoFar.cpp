// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/ReportSoFar.h"

#include "counter/NegotiationReport.h"
#include "offers/OfferHistory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationReport)
};

QString dateText(const QDate &date)
{
    return date.isValid() ? NegotiationReport::longDate(date) : Tr::tr("date not recorded");
}

ReportSoFarEntry roundEntry(const OfferRound &round)
{
    ReportSoFarEntry entry;
    entry.date = dateText(round.date);
    entry.step = round.note.isEmpty() ? Tr::tr("Round %1").arg(round.number)
                                      : Tr::tr("Round %1: %2").arg(round.number).arg(round.note);
    if (round.editedSinceLastRevision)
        entry.step += Tr::tr(" (the offer as it stands)");
    entry.detail = round.number == 1 ? Tr::tr("first round") : OfferHistory::changesText(round.changes);
    entry.annualized = round.annualized;
    return entry;
}

ReportSoFarEntry counterEntry(const CounterSent &counter, const QString &currency)
{
    ReportSoFarEntry entry;
    entry.date = dateText(counter.date);
    entry.step = Tr::tr("Counter sent");
    entry.detail = Tr::tr("asked base %1, equity %2, sign-on %3")
                       .arg(NegotiationReport::money(counter.asks.base, currency),
                            NegotiationReport::money(counter.asks.equityTotal, currency),
                            NegotiationReport::money(counter.asks.signOn, currency));
    entry.counterSent = true;
    return entry;
}

ReportSoFarOffer offerEntry(const Offer &offer)
{
    ReportSoFarOffer result;
    result.label = offer.label();
    result.currency = offer.currency;
    result.target = offer.target;
    for (const OfferEvent &event : OfferHistory::events(offer))
        result.entries.append(event.round ? roundEntry(*event.round) : counterEntry(*event.counter, offer.currency));
    return result;
}

} // namespace

QString ReportSoFar::title()
{
    return Tr::tr("So far");
}

QList<ReportSoFarOffer> ReportSoFar::from(const QList<Offer> &offers)
{
    QList<ReportSoFarOffer> result;
    for (const bool targets : {true, false}) {
        for (const Offer &offer : offers) {
            if (offer.target == targets && (!offer.revisions.isEmpty() || !offer.countersSent.isEmpty()))
                result.append(offerEntry(offer));
        }
    }
    return result;
}

QStringList ReportSoFar::plainTextLines(const QList<ReportSoFarOffer> &offers)
{
    if (offers.isEmpty())
        return {};
    QStringList lines{title()};
    for (const ReportSoFarOffer &offer : offers) {
        lines << (offer.target ? Tr::tr("%1 (target)").arg(offer.label) : offer.label);
        for (const ReportSoFarEntry &entry : offer.entries) {
            QString line = u"%1 · %2: %3"_s.arg(entry.date, entry.step, entry.detail);
            if (entry.annualized)
                line += Tr::tr("; 4-year average %1").arg(NegotiationReport::money(*entry.annualized, offer.currency));
            lines << line;
        }
    }
    lines << QString();
    return lines;
}
