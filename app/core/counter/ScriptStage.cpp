#include "counter/ScriptStage.h"

#include "counter/CounterWording.h"

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

bool worthNaming(const Competitor &c, const CounterTerms &terms, const QList<AskReason> &reasons)
{
    return drivesAnAsk(c, reasons) || c.annualized > terms.targetAnnualized + kCounterSlack;
}

// "a Google L4 offer at $210K base, $260K equity and a 15% bonus"
QString holdingText(const Competitor &c, const QString &currency)
{
    const Offer &o = c.offer;
    QStringList parts{tr("%1 base").arg(spoken(o.base, currency))};
    if (o.equityTotal > kCounterSlack)
        parts.append(tr("%1 equity").arg(spoken(o.equityTotal, currency)));
    if (o.bonusPct > 0)
        parts.append(tr("a %1 bonus").arg(percentValue(o.bonusPct)));
    if (o.signOn + o.signOnYear2 > kCounterSlack)
        parts.append(tr("a %1 signing bonus").arg(spoken(o.signOn + o.signOnYear2, currency)));
    return tr("%1 %2 offer at %3").arg(article(c.label), c.label, joinNames(parts));
}

// "$215K base, $250K equity over 4 years, and a $24K signing bonus"
QString askList(const CounterTerms &terms, const CounterAsks &asks)
{
    const QString &currency = terms.currency;
    QStringList askParts{tr("%1 base").arg(spoken(asks.base(), currency))};
    if (asks.equityTotal() > kCounterSlack)
        askParts.append(tr("%1 equity over %2 years").arg(spoken(asks.equityTotal(), currency)).arg(terms.targetYears));
    if (asks.signOn() > kCounterSlack)
        askParts.append(tr("a %1 signing bonus").arg(spoken(asks.signOn(), currency)));
    return askParts.size() == 3 ? askParts.at(0) + u", "_s + askParts.at(1) + tr(", and ") + askParts.at(2)
                                : joinNames(askParts);
}

// The floor sentence, or nothing: the base that reaches the floor with the asked equity and sign-on is what the
// person can still accept.
QString floorSentence(const ScriptInput &input)
{
    const CounterTerms &terms = input.terms;
    const CounterAsks &asks = input.asks;
    const CounterFloor &floor = input.floor;
    const std::optional<BestAlternative> &best = floor.bestAlternative;
    if (!best)
        return QString();
    const QString &currency = terms.currency;
    const double otherAsked = asks.equityTotal() / terms.targetYears + (asks.signOn() + terms.target.signOnYear2) / 4.0;
    const double rawScriptFloor = (floor.annualized - otherAsked) / (1 + terms.targetBonusRate);
    const double scriptFloorBase = OfferMath::roundUpAmount(std::max(0.0, rawScriptFloor));
    if (scriptFloorBase <= asks.base() + kCounterSlack) {
        if (scriptFloorBase > terms.target.base + kCounterSlack) {
            return tr("My floor is %1 base with that equity and signing bonus; below that, %2 wins.")
                .arg(spoken(scriptFloorBase, currency), best->label);
        }
        return QString();
    }
    if (floor.bandCanReach) {
        return tr("My floor is %1 a year over four years; that's what %2 comes to.")
            .arg(spoken(floor.annualized, currency), best->label);
    }
    return tr("%1 comes to %2 a year over four years. I know that's beyond your band for this level, so I'm asking "
              "you to get as close to it as you can.")
        .arg(best->label, spoken(best->annualized, currency));
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
            holding.append(holdingText(c, terms.currency));
    }

    QStringList sentences;
    const QString pitch = opener(input.guideScript);
    sentences.append(pitch.isEmpty()
                         ? tr("I'm excited about the %1 role at %2 and want to make this work.").arg(terms.role,
                                                                                                       terms.company)
                         : pitch);
    if (!holding.isEmpty()) {
        // Each offer's own figures already use "and", so the offers are joined with ", and".
        const QString offers = holding.size() <= 1
            ? holding.value(0)
            : holding.mid(0, holding.size() - 1).join(u", "_s) + tr(", and ") + holding.last();
        sentences.append(tr("I'm holding %1.").arg(offers));
        sentences.append(tr("To choose %1, I need %2.").arg(terms.company, askList(terms, asks)));
    } else {
        sentences.append(
            tr("Based on market data for this level in %1, I'd like %2.").arg(terms.region, askList(terms, asks)));
    }
    sentences.append(asks.base() > terms.target.base + kCounterSlack
                         ? tr("At %1 base, I commit.").arg(spoken(asks.base(), terms.currency))
                         : tr("At these numbers, I commit."));
    const QString floor = floorSentence(input);
    if (!floor.isEmpty())
        sentences.append(floor);
    return sentences.join(u' ');
}

QString ScriptStage::withLevers(const QString &script, const QList<CitedLever> &levers)
{
    if (levers.isEmpty())
        return script;
    QString text = script + u"\n\n"_s + tr("Levers from the guide that fit:");
    for (const CitedLever &lever : levers)
        text += u"\n- "_s + tr("%1 (lever %2): %3").arg(lever.title).arg(lever.number).arg(lever.use);
    return text;
}
