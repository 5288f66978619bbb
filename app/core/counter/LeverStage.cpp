// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/LeverStage.h"

#include "counter/CounterTerms.h"
#include "counter/CounterWording.h"

#include <bit>

using namespace Qt::StringLiterals;
using namespace CounterWording;

namespace {

bool containsAny(const QString &text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (text.contains(QString::fromUtf16(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int bitCount(int value)
{
    return std::popcount(unsigned(value));
}

// The guide's levers, by index, in the order they fit: new topics count most; topics already covered still make a
// lever relevant.
QList<int> chosenIndexes(const LeverInput &input, int needed)
{
    QList<int> chosen;
    int covered = 0;
    while (chosen.size() < 3) {
        int bestLever = -1;
        int bestScore = 0;
        for (int i = 0; i < input.guideLevers.size(); ++i) {
            if (chosen.contains(i))
                continue;
            const int leverTopics = LeverStage::topicsOf(input.guideLevers.at(i));
            // A lever built on competing offers is no use without one worth naming.
            if ((leverTopics & LeverStage::Competing) && input.namedOffers.isEmpty())
                continue;
            const int topics = leverTopics & needed;
            const int score = bitCount(topics & ~covered) * 10 + bitCount(topics);
            if (score > bestScore) {
                bestScore = score;
                bestLever = i;
            }
        }
        if (bestLever < 0)
            break;
        chosen.append(bestLever);
        covered |= LeverStage::topicsOf(input.guideLevers.at(bestLever));
    }
    return chosen;
}

// "Name Globex and its figures; back the $215K base with it."
QString useOf(const LeverInput &input, int topics)
{
    const QString &currency = input.currency;
    QStringList uses;
    if (topics & LeverStage::Competing) {
        uses.append((input.namedOffers.size() == 1 ? Tr::tr("name %1 and its figures") : Tr::tr("name %1 and their figures"))
                        .arg(joinNames(input.namedOffers)));
    }
    QStringList backs;
    if (topics & LeverStage::Base)
        backs.append(Tr::tr("the %1 base").arg(spoken(input.asks.base(), currency)));
    if (topics & LeverStage::Equity)
        backs.append(Tr::tr("the %1 equity").arg(spoken(input.asks.equityTotal(), currency)));
    if (topics & LeverStage::SignOn)
        backs.append(Tr::tr("the %1 signing bonus").arg(spoken(input.asks.signOn(), currency)));
    if (!backs.isEmpty())
        uses.append(Tr::tr("back %1 with it").arg(joinNames(backs)));
    //: Between the uses of one lever; French puts a no-break space before the semicolon.
    return capitalized(uses.join(Tr::tr("; "))) + u'.';
}

} // namespace

int LeverStage::topicsOf(const Lever &lever)
{
    const QString text = lever.title + u' ' + lever.text;
    int topics = 0;
    if (containsAny(lever.title, {u"compet", u"offer"}) || containsAny(lever.text, {u"competing", u"offering"}))
        topics |= Competing;
    if (containsAny(text, {u"base"}))
        topics |= Base;
    if (containsAny(text, {u"equity", u"rsu", u"stock"}))
        topics |= Equity;
    if (containsAny(text, {u"signing", u"sign-on", u"sign on"}))
        topics |= SignOn;
    return topics;
}

int LeverStage::topicsNeeded(const LeverInput &input)
{
    int needed = 0;
    if (!input.namedOffers.isEmpty())
        needed |= Competing;
    if (input.asks.base() > input.target.base + kCounterSlack)
        needed |= Base;
    if (input.asks.equityTotal() > input.target.equityTotal + kCounterSlack)
        needed |= Equity;
    if (input.asks.signOn() > input.target.signOn + kCounterSlack)
        needed |= SignOn;
    return needed;
}

QList<CitedLever> LeverStage::choose(const LeverInput &input)
{
    const int needed = topicsNeeded(input);
    QList<CitedLever> levers;
    for (int i : chosenIndexes(input, needed)) {
        const Lever &lever = input.guideLevers.at(i);
        CitedLever cited;
        cited.number = i + 1;
        cited.title = lever.title;
        cited.needsOwnFacts = lever.text.contains(u'[');
        cited.use = useOf(input, topicsOf(lever) & needed);
        if (cited.needsOwnFacts)
            cited.use += u' ' + Tr::tr("Use it only if it's true for you, with your own details where the guide has brackets.");
        levers.append(cited);
    }
    return levers;
}
