// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The check on what the person says: each rule with its own reason, on sentences that break it and on sentences
// that don't; the ranges, lines and columns a spell-checker-like underline needs; the rules that need numbers only
// with a scenario; and the engine's own script, which must pass.
#include "CounterFixtures.h"
#include "counter/ScriptLint.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CounterInput)

class TestScriptLint : public QObject
{
    Q_OBJECT

private slots:
    void ruleNamesAreStable();
    void flags_data();
    void flags();
    void passes_data();
    void passes();
    void eachRuleHasItsOwnReason();
    void rangeLineAndColumn();
    void hedgeRangeIsTheHedge();
    void numbersRulesNeedAScenario();
    void commitsBelowFloorUsesTheBaseFloorForABase();
    void namesWeakerOfferSparesTheAsksAndStrongerOffers();
    void scenarioFromACounter();
    void largeOrHostileTextIsChecked();
    void enginesScriptPasses_data();
    void enginesScriptPasses();
};

namespace {

LintScenario scenario()
{
    LintScenario s;
    s.currency = u"USD"_s;
    s.floorAnnualized = 190000;
    s.asks = {215000, 250000, 30000};
    s.weakerOffers = {{u"Initech E4"_s, u"Initech"_s, u"USD"_s, {150000, 40000, 165000}}};
    return s;
}

QStringList rules(const QList<LintProblem> &problems)
{
    QStringList names;
    for (const LintProblem &problem : problems)
        names.append(problem.rule);
    return names;
}

} // namespace

void TestScriptLint::ruleNamesAreStable()
{
    QCOMPARE(ScriptLint::ruleNames(), (QStringList{u"reveals-floor"_s, u"reveals-current-pay"_s,
                                                   u"commits-below-floor"_s, u"names-weaker-offer"_s, u"hedges"_s}));
    QCOMPARE(ScriptLint::rulesWithoutNumbers(),
             (QStringList{u"reveals-floor"_s, u"reveals-current-pay"_s, u"hedges"_s}));
    for (const QString &rule : ScriptLint::ruleNames())
        QVERIFY(!ScriptLint::ruleSummary(rule).isEmpty());
}

void TestScriptLint::flags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::newRow("my minimum") << u"My minimum is $200K."_s << u"reveals-floor"_s;
    QTest::newRow("lowest I'd accept") << u"The lowest I'd accept is 180,000."_s << u"reveals-floor"_s;
    QTest::newRow("can't go below") << u"I can't go below $190K base."_s << u"reveals-floor"_s;
    QTest::newRow("walk away") << u"I'll walk away under 200k."_s << u"reveals-floor"_s;
    QTest::newRow("bottom line") << u"My bottom line is a 20% raise."_s << u"reveals-floor"_s;
    QTest::newRow("curly apostrophe") << u"I won\u2019t accept anything below $200K."_s << u"reveals-floor"_s;
    QTest::newRow("currently make") << u"I currently make 150k."_s << u"reveals-current-pay"_s;
    QTest::newRow("my current salary") << u"My current salary is competitive."_s << u"reveals-current-pay"_s;
    QTest::newRow("I'm making") << u"Right now I'm making $165,000 plus bonus."_s << u"reveals-current-pay"_s;
    QTest::newRow("past pay") << u"At my last job I earned $170K."_s << u"reveals-current-pay"_s;
    QTest::newRow("sorry but") << u"Sorry, but I was hoping maybe for 200k."_s << u"hedges"_s;
    QTest::newRow("perhaps") << u"Perhaps $210K base would work?"_s << u"hedges"_s;
    QTest::newRow("if possible") << u"If possible, I'd like $215K base."_s << u"hedges"_s;
    QTest::newRow("can accept below floor") << u"I can accept 180,000."_s << u"commits-below-floor"_s;
    QTest::newRow("at the floor") << u"I'd take $190K."_s << u"commits-below-floor"_s;
    QTest::newRow("ready to sign at") << u"I'm ready to sign at 185k."_s << u"commits-below-floor"_s;
    QTest::newRow("weaker figure") << u"Initech offered me $150,000 base."_s << u"names-weaker-offer"_s;
    QTest::newRow("weaker figure, spoken") << u"My other offer is $165K a year."_s << u"names-weaker-offer"_s;
}

void TestScriptLint::flags()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    const QList<LintProblem> problems = ScriptLint::check(text, scenario());
    QVERIFY2(rules(problems).contains(rule), qPrintable(rules(problems).join(u", "_s) + u" in: "_s + text));
}

void TestScriptLint::passes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a plain ask") << u"To choose Acme, I need $215K base and a $30K signing bonus."_s;
    QTest::newRow("minimum without a self") << u"The band's minimum for this level is $150K."_s;
    QTest::newRow("make this work") << u"I'm excited about the role and want to make this work at $215K base."_s;
    QTest::newRow("I make without pay") << u"I make robots, and I'd like $215K base."_s;
    QTest::newRow("hedge after the number") << u"I'd like $215K base, if possible."_s;
    QTest::newRow("hedge without a number") << u"Sorry for the slow reply."_s;
    QTest::newRow("commit above the floor") << u"I can accept $215K base and $250K equity."_s;
    QTest::newRow("commit without a number") << u"If we can get to those numbers, I'm ready to sign."_s;
    QTest::newRow("ask equal to a weaker figure") << u"My other offer aside, I need $215K base."_s;
    QTest::newRow("weaker company without its figure") << u"Initech also made me an offer."_s;
    QTest::newRow("years and percentages") << u"I'd like 4 years of vesting, a 15% bonus, starting in 2026."_s;
    QTest::newRow("stronger offer's figures") << u"I'm holding a Globex L4 offer at $230K base."_s;
}

void TestScriptLint::passes()
{
    QFETCH(QString, text);
    const QList<LintProblem> problems = ScriptLint::check(text, scenario());
    QVERIFY2(problems.isEmpty(), qPrintable(rules(problems).join(u", "_s) + u" in: "_s + text));
}

void TestScriptLint::eachRuleHasItsOwnReason()
{
    const QString text = u"My minimum is $200K. I currently make 150k. Sorry, but I was hoping maybe for 200k. "
                         u"I can accept 180,000. Initech offered me $150,000 base."_s;
    const QList<LintProblem> problems = ScriptLint::check(text, scenario());
    QCOMPARE(rules(problems), (QStringList{u"reveals-floor"_s, u"reveals-current-pay"_s, u"hedges"_s,
                                           u"commits-below-floor"_s, u"names-weaker-offer"_s}));
    QSet<QString> reasons;
    for (const LintProblem &problem : problems) {
        QVERIFY(!problem.reason.isEmpty());
        reasons.insert(problem.reason);
    }
    QCOMPARE(reasons.size(), problems.size());
    QVERIFY2(problems.at(0).reason.contains(u"\"My minimum\""_s), qPrintable(problems.at(0).reason));
    QVERIFY2(problems.at(3).reason.contains(u"$190,000"_s), qPrintable(problems.at(3).reason));
    QVERIFY2(problems.at(4).reason.contains(u"Initech E4"_s), qPrintable(problems.at(4).reason));
}

void TestScriptLint::rangeLineAndColumn()
{
    const QString text = u"Hi Jane,\n\nThanks again.\n  I currently make\n150k, so.\n"_s;
    const QList<LintProblem> problems = ScriptLint::check(text);
    QCOMPARE(problems.size(), 1);
    const LintProblem &p = problems.first();
    QCOMPARE(p.rule, u"reveals-current-pay"_s);
    QCOMPARE(p.line, 4);
    QCOMPARE(p.column, 2);
    QCOMPARE(p.start, text.indexOf(u"I currently"_s));
    QCOMPARE(p.excerpt, u"I currently make\n150k, so."_s);
    QCOMPARE(text.mid(p.start, p.length), p.excerpt);
    // A problem on the first line starts at column 0.
    const QList<LintProblem> first = ScriptLint::check(u"My floor is 200k."_s);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().line, 1);
    QCOMPARE(first.first().column, 0);
    QCOMPARE(first.first().length, 17);
}

void TestScriptLint::hedgeRangeIsTheHedge()
{
    const QString text = u"Thanks. Sorry, but I was hoping maybe for 200k."_s;
    const QList<LintProblem> problems = ScriptLint::check(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().excerpt, u"Sorry, but I was hoping maybe"_s);
    QCOMPARE(problems.first().start, 8);
    QVERIFY2(problems.first().reason.contains(u"\"Sorry, but I was hoping maybe\""_s), qPrintable(problems.first().reason));
}

void TestScriptLint::numbersRulesNeedAScenario()
{
    const QString text = u"I can accept 180,000. Initech offered me $150,000 base."_s;
    QVERIFY(ScriptLint::check(text).isEmpty());
    QCOMPARE(rules(ScriptLint::check(text, scenario())),
             (QStringList{u"commits-below-floor"_s, u"names-weaker-offer"_s}));
    // A scenario without a floor commits to nothing.
    LintScenario noFloor = scenario();
    noFloor.floorAnnualized = 0;
    QCOMPARE(rules(ScriptLint::check(text, noFloor)), QStringList{u"names-weaker-offer"_s});
}

void TestScriptLint::commitsBelowFloorUsesTheBaseFloorForABase()
{
    LintScenario s = scenario();
    s.floorAnnualized = 300000;
    s.floorBase = 200000;
    // A base above the base the floor needs, though below the 4-year floor: fine.
    QVERIFY(ScriptLint::check(u"I can accept a $210K base."_s, s).isEmpty());
    QCOMPARE(rules(ScriptLint::check(u"I can accept a $195K base."_s, s)), QStringList{u"commits-below-floor"_s});
    QCOMPARE(rules(ScriptLint::check(u"I can accept $250K a year."_s, s)), QStringList{u"commits-below-floor"_s});
    QCOMPARE(rules(ScriptLint::check(u"I can accept exactly $200,000 base."_s, s)),
             QStringList{u"commits-below-floor"_s});
    QCOMPARE(rules(ScriptLint::check(u"I can accept a base of $199K."_s, s)), QStringList{u"commits-below-floor"_s});
    // The base is named, and the 4-year figure is the whole: "$205K base" and "$225K a year" in one sentence.
    QCOMPARE(rules(ScriptLint::check(u"I'd take $205K base, or $225K a year in total."_s, s)),
             QStringList{u"commits-below-floor"_s});
    // Equity and a signing bonus are parts, never a year's pay: not held against the floor.
    QVERIFY(ScriptLint::check(u"I can accept $210K base with $50K equity and a $20K signing bonus."_s, s).isEmpty());
}

void TestScriptLint::namesWeakerOfferSparesTheAsksAndStrongerOffers()
{
    LintScenario s = scenario();
    s.weakerOffers.first().figures.append(215000); // the same as the base ask
    QVERIFY(ScriptLint::check(u"My other offer is $215K base."_s, s).isEmpty());
    QVERIFY(ScriptLint::check(u"I was quoted $150,000 for the move."_s, s).isEmpty()); // no offer named
    QCOMPARE(ScriptLint::check(u"INITECH pays $150,000."_s, s).size(), 1);             // the company, any case
    const QList<LintProblem> problems = ScriptLint::check(u"The Initech offer is $150,000 base."_s, s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().excerpt, u"$150,000"_s);
}

void TestScriptLint::scenarioFromACounter()
{
    CounterInput input = CounterFixtures::acmeInput();
    const Offer initech = CounterFixtures::offer(u"Initech"_s, u"E4"_s, 150000, 40000, 0);
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band),
                       CounterFixtures::inBand(initech, input.band)};
    const CounterSuggestion suggestion = CounterEngine::suggest(input);
    const LintScenario s = ScriptLint::scenarioFrom(input, suggestion);
    QCOMPARE(s.currency, u"USD"_s);
    QCOMPARE(s.floorAnnualized, suggestion.floorAnnualized);
    QCOMPARE(s.floorBase, suggestion.floorBase);
    QVERIFY(s.asks.contains(suggestion.asks.base()));
    // Globex beats the target and is named; Initech is weaker, with its own figures.
    QCOMPARE(s.weakerOffers.size(), 1);
    QCOMPARE(s.weakerOffers.first().label, u"Initech E4"_s);
    QVERIFY(s.weakerOffers.first().figures.contains(150000));
    QVERIFY(s.weakerOffers.first().figures.contains(40000));
    QCOMPARE(rules(ScriptLint::check(u"Initech offered me $150,000."_s, s)), QStringList{u"names-weaker-offer"_s});
    QCOMPARE(rules(ScriptLint::check(u"Globex offered me $230,000."_s, s)), QStringList());
}

void TestScriptLint::largeOrHostileTextIsChecked()
{
    // A quarter of the CLI's 1 MiB limit each: one long number, one endless sentence of near-matches, and many
    // short sentences; each is checked to the end (no time is asserted: the run takes seconds, and far longer
    // under the sanitizers), and each problem's range is its excerpt.
    const QStringList texts = {QString(250000, u'9'), u"I I I I "_s.repeated(32000),
                               u"My minimum is $200K. "_s.repeated(12000),
                               u"the lowest the least the minimum "_s.repeated(8000)};
    for (const QString &text : texts) {
        const QList<LintProblem> problems = ScriptLint::check(text, scenario());
        for (const LintProblem &p : problems)
            QCOMPARE(text.mid(p.start, p.length), p.excerpt);
    }
    QCOMPARE(ScriptLint::check(u"My minimum is $200K. "_s.repeated(12000)).size(), 12000);
    QVERIFY(ScriptLint::check(QString(250000, u'9')).isEmpty());
    QVERIFY(ScriptLint::check(QString()).isEmpty());
}

void TestScriptLint::enginesScriptPasses_data()
{
    QTest::addColumn<CounterInput>("input");
    const CounterInput alone = CounterFixtures::acmeInput();
    QTest::newRow("alone") << alone;
    CounterInput both = alone;
    both.competing = {CounterFixtures::inBand(CounterFixtures::globex(), both.band),
                      CounterFixtures::inBand(CounterFixtures::offer(u"Initech"_s, u"E4"_s, 150000, 40000, 0), both.band)};
    QTest::newRow("stronger and weaker") << both;
    CounterInput weakerOnly = alone;
    weakerOnly.competing = {
        CounterFixtures::inBand(CounterFixtures::offer(u"Initech"_s, u"E4"_s, 170000, 0, 0, 20000), alone.band)};
    QTest::newRow("weaker, higher base") << weakerOnly;
    CounterInput stated = both;
    stated.settings = CounterFixtures::settings(5, 400000);
    QTest::newRow("walk-away beyond the band") << stated;
    CounterInput overridden = both;
    overridden.overrides.setValue(CounterPart::Base, 150000);
    QTest::newRow("override below the floor") << overridden;
}

void TestScriptLint::enginesScriptPasses()
{
    QFETCH(CounterInput, input);
    const CounterSuggestion suggestion = CounterEngine::suggest(input);
    const QList<LintProblem> problems = ScriptLint::check(suggestion.scriptWithLevers(),
                                                          ScriptLint::scenarioFrom(input, suggestion));
    QStringList found;
    for (const LintProblem &p : problems)
        found.append(p.rule + u": "_s + p.excerpt);
    QVERIFY2(problems.isEmpty(), qPrintable(found.join(u"\n"_s) + u"\n--- in:\n"_s + suggestion.scriptWithLevers()));
}

QTEST_GUILESS_MAIN(TestScriptLint)
#include "tst_scriptlint.moc"
