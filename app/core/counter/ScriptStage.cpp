// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/ScriptStage.h"

#include "common/Translations.h"
#include "counter/CounterWording.h"
#include "counter/OptionsStage.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CounterWording;

namespace {

bool drivesAnAsk(const Competitor &c, const QList<AskReason> &reasons)
{
    return std::any_of(reasons.cbegin(), reasons.cend(),
                       [&](const AskReason &reason) { return reason.competingOffers.contains(c.label); });
}

// The reasons cite a competing offer only where it beats the target, so an offer behind an ask is stronger there.
bool worthNaming(const Competitor &c, const CounterTerms &terms, const QList<AskReason> &reasons)
{
    return drivesAnAsk(c, reasons) || terms.beatsInTotal(c);
}

// "a Google L4 offer at $210K base, $260K equity and a 15% bonus", as written on its offer letter: the recruiter
// may ask to see it, so its figures are never converted here.
QString holdingText(const Competitor &c)
{
    const Offer &o = c.original;
    const QString &currency = o.currency;
    QStringList parts{Tr::tr("%1 base").arg(spoken(o.base, currency))};
    if (o.equityTotal > kCounterSlack)
        parts.append(Tr::tr("%1 equity").arg(spoken(o.equityTotal, currency)));
    // Options are named as the letter grants them, never as a value: their paper value is not money.
    if (o.hasOptions())
        parts.append(OptionsStage::grantText(o.stockOptions, currency));
    if (o.bonusPct > 0)
        parts.append(Tr::tr("a %1 bonus").arg(percentValue(o.bonusPct)));
    if (o.signOn + o.signOnYear2 > kCounterSlack)
        parts.append(Tr::tr("a %1 signing bonus").arg(spoken(o.signOn + o.signOnYear2, currency)));
    //: "a Google L4 offer at $210K base, ...": %1 is "a" or "an", %2 the offer's company and level, %3 its figures.
    return Tr::tr("%1 %2 offer at %3").arg(article(c.label), c.label, joinNames(parts));
}

// "$215K base, $250K equity over 4 years, and a $24K signing bonus"
QString askList(const CounterTerms &terms, const CounterAsks &asks)
{
    const QString &currency = terms.currency;
    QStringList askParts{Tr::tr("%1 base").arg(spoken(asks.base(), currency))};
    if (terms.target.hasOptions() && asks.equityTotal() > kCounterSlack)
        askParts.append(OptionsStage::askText(terms.target, asks.equityTotal()));
    else if (asks.equityTotal() > kCounterSlack)
        askParts.append(Tr::tr("%1 equity over %2 years").arg(spoken(asks.equityTotal(), currency)).arg(terms.targetYears));
    if (asks.signOn() > kCounterSlack)
        askParts.append(Tr::tr("a %1 signing bonus").arg(spoken(asks.signOn(), currency)));
    return askParts.size() == 3 ? askParts.at(0) + u", "_s + askParts.at(1) + Tr::tr(", and ") + askParts.at(2)
                                : joinNames(askParts);
}

// The commitment, only when the asks meet the floor; otherwise what it would take, and never the floor itself.
QString closingSentence(const ScriptInput &input)
{
    if (input.meetsFloor) {
        const CounterAsks own(input.terms.target.base, input.terms.target.equityTotal, input.terms.target.signOn);
        return input.asks == own ? Tr::tr("At these numbers, I'm ready to sign.")
                                 : Tr::tr("If we can get to those numbers, I'm ready to sign.");
    }
    if (input.bandCanReach)
        return Tr::tr("Let me know how close you can get, and I'll decide quickly.");
    const QString otherwise = input.floor.source == FloorSource::Alternative
        ? Tr::tr("otherwise, I'll go with my other offer.")
        : Tr::tr("otherwise, I'll have to decline.");
    // The asks already name a sign-on, so what is left to ask for is said as more of it, not as a new one.
    return Tr::tr("I know that may be beyond the band for this level. If it is, a higher level, more on the signing "
              "bonus, or an exception to the band would get us there; %1")
        .arg(otherwise);
}

} // namespace

QStringList ScriptStage::namedOffers(const CounterTerms &terms, const QList<AskReason> &reasons)
{
    QStringList named;
    for (const Competitor &c : terms.competitors) {
        if (worthNaming(c, terms, reasons))
            named.append(c.label);
    }
    return named;
}

QString ScriptStage::opener(const QString &guideScript)
{
    static const QRegularExpression sentenceEnd(u"[.!?](\\s|$)"_s);
    const QString script = guideScript.trimmed();
    const QRegularExpressionMatch match = sentenceEnd.match(script);
    const QString first = match.hasMatch() ? script.left(match.capturedStart() + 1) : script;
    static const QRegularExpression digits(u"[0-9$€£¥]"_s);
    if (first.isEmpty() || first.contains(digits) || first.size() > 400)
        return QString();
    return first;
}

QString ScriptStage::write(const ScriptInput &input)
{
    const CounterTerms &terms = input.terms;
    const CounterAsks &asks = input.asks;
    QStringList holding;
    for (const Competitor &c : terms.competitors) {
        if (worthNaming(c, terms, input.reasons))
            holding.append(holdingText(c));
    }

    QStringList sentences;
    // The guides are written in English: their opening line starts the script only when the script is English too.
    const QString pitch = Translations::currentLanguage() == u"en"_s ? opener(input.guideScript) : QString();
    sentences.append(pitch.isEmpty()
                         ? Tr::tr("I'm excited about the %1 role at %2 and want to make this work.").arg(terms.role,
                                                                                                       terms.company)
                         : pitch);
    if (!holding.isEmpty()) {
        // Each offer's own figures already use "and", so the offers are joined with ", and".
        const QString offers = holding.size() <= 1
            ? holding.value(0)
            : holding.mid(0, holding.size() - 1).join(u", "_s) + Tr::tr(", and ") + holding.last();
        sentences.append(Tr::tr("I'm holding %1.").arg(offers));
        sentences.append(Tr::tr("To choose %1, I need %2.").arg(terms.company, askList(terms, asks)));
    } else {
        sentences.append(
            Tr::tr("Based on market data for this level in %1, I'd like %2.").arg(terms.region, askList(terms, asks)));
    }
    sentences.append(closingSentence(input));
    return sentences.join(u' ');
}

QString ScriptStage::withLevers(const QString &script, const QList<CitedLever> &levers)
{
    if (levers.isEmpty())
        return script;
    QString text = script + u"\n\n"_s + Tr::tr("Levers from the guide that fit:");
    for (const CitedLever &lever : levers)
        text += u"\n- "_s + Tr::tr("%1 (lever %2): %3").arg(lever.title).arg(lever.number).arg(lever.use);
    return text;
}
