// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/ScriptLint.h"

#include "common/Money.h"
#include "counter/CounterTerms.h"
#include "counter/ScriptStage.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScriptLint)
};

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
};

struct Amount
{
    Span span;
    double value = 0;
};

// A sentence ends at ".", "!" or "?" followed by white space, or at a blank line; the spans are trimmed.
QList<Span> sentences(const QString &text)
{
    static const QRegularExpression boundary(u"[.!?]+(?=\\s|$)|\\n[ \\t]*\\n"_s);
    QList<Span> result;
    qsizetype start = 0;
    auto add = [&](qsizetype from, qsizetype to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            result.append({from, to});
    };
    for (QRegularExpressionMatchIterator it = boundary.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool punctuation = !match.captured().contains(u'\n');
        add(start, punctuation ? match.capturedEnd() : match.capturedStart());
        start = match.capturedEnd();
    }
    add(start, text.size());
    return result;
}

// Money amounts people write: "$200K", "200k", "180,000", "€1.2M", "USD 150,000", "150 thousand". A bare number
// counts only from 10,000 (so "4 years" and "2026" are not amounts); a percentage never does.
QList<Amount> amounts(const QString &text, const Span &within)
{
    static const QRegularExpression pattern(
        uR"((?<![\w.,])(?<cur>[$€£¥]\s?|(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|INR|SEK|NOK|DKK|PLN)\s?)?)"
        uR"((?<num>\d{1,3}(?:[,\x{00A0}\x{202F}]\d{3})+|\d+)(?<frac>\.\d+)?)"
        uR"((?:\s?(?<suf>[kK]|[mM]|thousand|million)(?![\w]))?(?![\w%]))"_s);
    QList<Amount> result;
    const QString sentence = text.mid(within.start, within.end - within.start);
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString digits = match.captured(u"num"_s);
        static const QRegularExpression notDigit(u"[^0-9]"_s);
        const bool grouped = digits.contains(notDigit);
        digits.remove(notDigit);
        double value = (digits + match.captured(u"frac"_s)).toDouble();
        const QString suffix = match.captured(u"suf"_s).toLower();
        if (suffix == u"k"_s || suffix == u"thousand"_s)
            value *= 1e3;
        else if (suffix == u"m"_s || suffix == u"million"_s)
            value *= 1e6;
        const bool currency = !match.captured(u"cur"_s).isEmpty();
        if (!(currency || !suffix.isEmpty() || grouped || value >= 10000))
            continue;
        if (!std::isfinite(value) || value <= 0)
            continue;
        result.append({{within.start + match.capturedStart(), within.start + match.capturedEnd()}, value});
    }
    return result;
}

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

// An apostrophe, straight or curly.
const QString q = u"['\u2019]"_s;

// The pattern with each straight apostrophe also matching a curly one.
QString apostrophes(QString pattern)
{
    return pattern.replace(u"'"_s, q);
}

QString amountText(double value, const QString &currency)
{
    return Money::exact(value, currency.isEmpty() ? u"USD"_s : currency, MoneyStyle::report());
}

class Checker
{
public:
    Checker(const QString &text, const std::optional<LintScenario> &scenario) : m_text(text), m_scenario(scenario) {}

    QList<LintProblem> run()
    {
        for (const Span &sentence : sentences(m_text)) {
            const QList<Amount> found = amounts(m_text, sentence);
            revealsFloor(sentence);
            revealsCurrentPay(sentence, found);
            hedges(sentence, found);
            if (m_scenario) {
                commitsBelowFloor(sentence, found);
                namesWeakerOffer(sentence, found);
            }
        }
        const QStringList order = ScriptLint::ruleNames();
        std::stable_sort(m_problems.begin(), m_problems.end(), [&](const LintProblem &a, const LintProblem &b) {
            return a.start != b.start ? a.start < b.start : order.indexOf(a.rule) < order.indexOf(b.rule);
        });
        return m_problems;
    }

private:
    QString textOf(const Span &span) const { return m_text.mid(span.start, span.end - span.start); }

    // The first match of `pattern` in the sentence, as a span of the whole text.
    std::optional<Span> find(const QRegularExpression &pattern, const Span &sentence) const
    {
        const QRegularExpressionMatch match = pattern.match(textOf(sentence));
        if (!match.hasMatch())
            return std::nullopt;
        return Span{sentence.start + match.capturedStart(), sentence.start + match.capturedEnd()};
    }

    void add(const QString &rule, const Span &span, const QString &reason)
    {
        LintProblem problem;
        problem.rule = rule;
        problem.reason = reason;
        problem.start = span.start;
        problem.length = span.end - span.start;
        problem.excerpt = textOf(span);
        const qsizetype lineStart = span.start == 0 ? 0 : m_text.lastIndexOf(u'\n', span.start - 1) + 1;
        problem.line = int(std::count(m_text.cbegin(), m_text.cbegin() + span.start, u'\n')) + 1;
        problem.column = int(span.start - lineStart);
        m_problems.append(problem);
    }

    void revealsFloor(const Span &sentence)
    {
        // I'd, I'll, can't, won't: with a straight or a curly apostrophe.
        static const QString would = uR"(I\s*(?:'d|\s+would|\s+could|\s+can|\s+will|'ll))"_s;
        static const QString negated = uR"(I\s*(?:can't|cannot|can\s+not|won't|will\s+not|wouldn't|would\s+not|couldn't|could\s+not))"_s;
        static const QRegularExpression pattern = caseless(apostrophes(QStringList{
            uR"(\b(?:my|our)\s+(?:absolute\s+|bare\s+|real\s+)?(?:minimum|floor|bottom[- ]line|walk[- ]?away|reservation\s+(?:price|point|number)|lowest\s+(?:number|figure|acceptable))\b)"_s,
            uR"(\b(?:the\s+)?(?:minimum|lowest|least)\b[^.!?\n]{0,40}\b)"_s + would
                + uR"(\s*(?:ever\s+)?(?:accept|take|consider|go|do|sign|settle)\b)"_s,
            uR"(\b)"_s + negated
                + uR"(\s+(?:go|accept|take|do|consider|settle\s+for)\s+(?:anything\s+)?(?:lower|less|below|under)\b)"_s,
            uR"(\bwalk\s+away\s+(?:if|below|under|unless|from\s+anything)\b)"_s,
            uR"(\b)"_s + would + uR"(\s+walk\s+away\b)"_s,
            uR"(\brock[- ]bottom\b)"_s,
            uR"(\bbare\s+minimum\b)"_s,
            uR"(\bsettle\s+for\b)"_s,
            uR"(\banything\s+(?:less|lower|below|under)\s+(?:than\s+)?[$€£¥0-9])"_s,
        }.join(u'|')));
        const std::optional<Span> span = find(pattern, sentence);
        if (!span)
            return;
        add(ruleName(LintRules::kRevealsFloor), sentence,
            Tr::tr("This tells them the least you would take (\"%1\"). Once they know your floor, they offer it. "
                   "Say what you ask for, never what you would settle for.")
                .arg(textOf(*span)));
    }

    void revealsCurrentPay(const Span &sentence, const QList<Amount> &found)
    {
        static const QRegularExpression always = caseless(
            uR"(\b(my|our)\s+(current|present|previous|past|last|old|former|existing|prior)\s+(base\s+)?(salary|pay|base|compensation|comp|package|total\s+comp|tc|income|wages?|earnings)\b)"
            uR"(|\bI\s+(currently|now|presently)\s+(make|earn|get\s+paid|am\s+paid|take\s+home|receive|bring\s+in)\b)"
            uR"(|\bmy\s+(salary|pay|base\s+salary|base\s+pay|compensation|income)\s+(is|was|has\s+been|today)\b)"_s);
        // "I make", "I'm on" and the like say pay only when an amount follows.
        static const QString amountNext =
            uR"(\s+(?:about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|over\s+|just\s+over\s+|just\s+under\s+)?[$€£¥]?\d)"_s;
        static const QRegularExpression withAmount = caseless(apostrophes(QStringList{
            uR"(\bI\s*(?:'m|\s+am)\s+(?:currently\s+|now\s+)?(?:making|earning|paid|on|getting|taking\s+home))"_s
                + amountNext,
            uR"(\bI\s+(?:currently\s+)?(?:make|earn|made|earned|was\s+making|was\s+earning|was\s+paid|used\s+to\s+(?:make|earn|get)))"_s
                + amountNext,
            uR"(\b(?:at|in)\s+my\s+(?:current|present|last|previous|old)\s+(?:job|role|company|employer|position)\b)"_s,
        }.join(u'|')));
        std::optional<Span> span = find(always, sentence);
        if (!span && !found.isEmpty())
            span = find(withAmount, sentence);
        if (!span)
            return;
        add(ruleName(LintRules::kRevealsCurrentPay), sentence,
            Tr::tr("This gives away what you are paid now (\"%1\"). Your current pay anchors their offer low; talk "
                   "about the role's market and your other offers instead.")
                .arg(textOf(*span)));
    }

    void hedges(const Span &sentence, const QList<Amount> &found)
    {
        if (found.isEmpty())
            return;
        static const QRegularExpression pattern = caseless(apostrophes(
            uR"(\b(?:I'm\s+sorry|I\s+am\s+sorry|sorry|apologi[sz]e|apologies|I\s+was\s+hoping|I'm\s+hoping)"
            uR"(|I\s+am\s+hoping|hoping|maybe|perhaps|possibly|if\s+(?:it's|it\s+is)\s+(?:not\s+too\s+much|possible|okay|ok|alright))"
            uR"(|if\s+possible|I\s+hate\s+to\s+ask|I\s+know\s+(?:this|it)\s+(?:is|'s)\s+(?:a\s+lot|a\s+big\s+ask))"
            uR"(|would\s+it\s+be\s+(?:at\s+all\s+)?possible|just\s+wondering|I\s+was\s+wondering|I\s+guess|kind\s+of)"
            uR"(|sort\s+of|not\s+sure\s+if|I\s+don't\s+want\s+to\s+be\s+greedy)\b)"_s));
        const qsizetype lastAmount = found.last().span.start;
        std::optional<Span> span;
        const QString sentenceText = textOf(sentence);
        for (QRegularExpressionMatchIterator it = pattern.globalMatch(sentenceText); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const Span hedge{sentence.start + match.capturedStart(), sentence.start + match.capturedEnd()};
            if (hedge.start >= lastAmount)
                break;
            span = span ? Span{span->start, hedge.end} : hedge;
        }
        if (!span)
            return;
        add(ruleName(LintRules::kHedges), *span,
            Tr::tr("An apology or hedge before a number (\"%1\") tells them you expect a no. State the number "
                   "plainly: you are asking, not apologising.")
                .arg(textOf(*span)));
    }

    void commitsBelowFloor(const Span &sentence, const QList<Amount> &found)
    {
        if (found.isEmpty() || m_scenario->floorAnnualized <= 0)
            return;
        static const QString would = uR"(\bI\s*(?:'d|'ll|\s+would|\s+could|\s+can|\s+will))"_s;
        static const QRegularExpression commitment = caseless(apostrophes(QStringList{
            would + uR"(\s+(?:happily\s+)?(?:accept|take|sign|agree\s+to|live\s+with|do|go\s+with)\b)"_s,
            would + uR"(\s+be\s+(?:happy|fine|okay|ok|glad|good)\s+(?:to\s+(?:accept|sign|take)|with)\b)"_s,
            uR"(\bI\s*(?:'m|\s+am)\s+(?:happy|willing|ready|prepared|glad|fine|okay|ok|good)\s+(?:to\s+(?:accept|sign|take|go\s+with)|with)\b)"_s,
            uR"(\b(?:ready|happy|willing)\s+to\s+sign\b|\bworks\s+for\s+me\b|\bdeal\s+at\b)"_s,
        }.join(u'|')));
        if (!find(commitment, sentence))
            return;
        for (const Amount &amount : found) {
            if (isOtherPartAmount(amount))
                continue; // equity or a bonus alone is no year's pay: it can't be held against the floor
            const bool base = m_scenario->floorBase > 0 && isBaseAmount(amount);
            const double floor = base ? m_scenario->floorBase : m_scenario->floorAnnualized;
            if (amount.value > floor + 0.5)
                continue;
            add(ruleName(LintRules::kCommitsBelowFloor), sentence,
                (base ? Tr::tr("This commits you to %1, at or below the base your floor needs (%2). Never promise "
                               "to sign at a figure you would walk away from.")
                      : Tr::tr("This commits you to %1, at or below your walk-away floor of %2 a year over 4 years. "
                               "Never promise to sign at a figure you would walk away from."))
                    .arg(textOf(amount.span), amountText(floor, m_scenario->currency)));
            return;
        }
    }

    // The amount is named as a part by the word after it ("$205K base") or before it ("a base of $205K").
    bool namedAs(const Amount &amount, const QString &parts) const
    {
        const QRegularExpression after = caseless(uR"(^\s*(%1)\b)"_s.arg(parts));
        const QRegularExpression before = caseless(uR"(\b(%1)(\s+(salary|pay))?(\s+(of|at|is|to))?\s*:?\s*$)"_s.arg(parts));
        const qsizetype from = std::max<qsizetype>(0, amount.span.start - 24);
        return after.match(m_text.mid(amount.span.end, 16)).hasMatch()
            || before.match(m_text.mid(from, amount.span.start - from)).hasMatch();
    }
    bool isBaseAmount(const Amount &amount) const { return namedAs(amount, uR"(base|salary)"_s); }
    bool isOtherPartAmount(const Amount &amount) const
    {
        return namedAs(amount, uR"(equity|stock|rsus?|sign[- ]?on|signing|bonus|relocation|refresher)"_s);
    }

    void namesWeakerOffer(const Span &sentence, const QList<Amount> &found)
    {
        auto near = [](double a, double b) { return std::abs(a - b) <= std::max(1.0, 0.01 * std::abs(b)); };
        static const QRegularExpression offerWord = caseless(uR"(\boffers?\b)"_s);
        const QString sentenceText = textOf(sentence);
        for (const LintWeakerOffer &weaker : m_scenario->weakerOffers) {
            const bool named = offerWord.match(sentenceText).hasMatch()
                || (!weaker.company.isEmpty() && sentenceText.contains(weaker.company, Qt::CaseInsensitive));
            if (!named)
                continue;
            for (const Amount &amount : found) {
                const auto sayable = [&](double figure) { return near(amount.value, figure); };
                const bool isAsk = std::any_of(m_scenario->asks.cbegin(), m_scenario->asks.cend(), sayable)
                    || std::any_of(m_scenario->namedOfferFigures.cbegin(), m_scenario->namedOfferFigures.cend(),
                                   sayable);
                const bool isTheirs = std::any_of(weaker.figures.cbegin(), weaker.figures.cend(),
                                                  [&](double figure) { return figure > 0 && near(amount.value, figure); });
                if (isAsk || !isTheirs)
                    continue;
                add(ruleName(LintRules::kNamesWeakerOffer), amount.span,
                    Tr::tr("%1 is a figure of your %2 offer, which is weaker than this one. Quoting it shows them "
                           "they can offer less; name only offers that beat theirs.")
                        .arg(textOf(amount.span), weaker.label));
            }
        }
    }

    static QString ruleName(const char16_t *rule) { return QString::fromUtf16(rule); }

    const QString &m_text;
    const std::optional<LintScenario> &m_scenario;
    QList<LintProblem> m_problems;
};

} // namespace

QStringList ScriptLint::ruleNames()
{
    return {QString::fromUtf16(LintRules::kRevealsFloor), QString::fromUtf16(LintRules::kRevealsCurrentPay),
            QString::fromUtf16(LintRules::kCommitsBelowFloor), QString::fromUtf16(LintRules::kNamesWeakerOffer),
            QString::fromUtf16(LintRules::kHedges)};
}

QStringList ScriptLint::rulesWithoutNumbers()
{
    return {QString::fromUtf16(LintRules::kRevealsFloor), QString::fromUtf16(LintRules::kRevealsCurrentPay),
            QString::fromUtf16(LintRules::kHedges)};
}

QString ScriptLint::ruleSummary(const QString &rule)
{
    if (rule == QString::fromUtf16(LintRules::kRevealsFloor))
        return Tr::tr("A sentence that reveals your walk-away floor or the least you would accept.");
    if (rule == QString::fromUtf16(LintRules::kRevealsCurrentPay))
        return Tr::tr("A sentence that states your current or past pay.");
    if (rule == QString::fromUtf16(LintRules::kCommitsBelowFloor))
        return Tr::tr("A commitment to a figure at or below your walk-away floor.");
    if (rule == QString::fromUtf16(LintRules::kNamesWeakerOffer))
        return Tr::tr("An exact figure of a competing offer that is weaker than the one you are negotiating.");
    if (rule == QString::fromUtf16(LintRules::kHedges))
        return Tr::tr("An apology or hedge before a number.");
    return QString();
}

QList<LintProblem> ScriptLint::check(const QString &text, const std::optional<LintScenario> &scenario)
{
    return Checker(text, scenario).run();
}

LintScenario ScriptLint::scenarioFrom(const CounterInput &input, const CounterSuggestion &suggestion)
{
    LintScenario scenario;
    scenario.currency = suggestion.currency;
    scenario.floorAnnualized = suggestion.floorAnnualized;
    scenario.floorBase = suggestion.floorBase;
    for (CounterPart part : kCounterParts)
        scenario.asks.append(suggestion.asks.value(part));
    scenario.asks.append(suggestion.counterAnnualized);
    const CounterTerms terms = CounterTerms::from(input);
    const QStringList named = ScriptStage::namedOffers(terms, suggestion.reasons);
    for (const Competitor &c : terms.competitors) {
        if (named.contains(c.label)) {
            for (const Offer &o : {c.original, c.offer})
                scenario.namedOfferFigures << o.base << o.equityTotal << o.signOn << o.signOnYear2
                                           << (o.signOn + o.signOnYear2);
            continue;
        }
        LintWeakerOffer weaker;
        weaker.label = c.label;
        weaker.company = c.original.company;
        weaker.currency = c.original.currency;
        for (const Offer &o : {c.original, c.offer}) {
            weaker.figures << o.base << o.equityTotal << o.signOn << o.signOnYear2 << (o.signOn + o.signOnYear2)
                           << OfferMath::annualized(o) << OfferMath::firstYear(o);
        }
        scenario.weakerOffers.append(weaker);
    }
    return scenario;
}
