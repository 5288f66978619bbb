// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's fifth stage: the words to say, without the levers; and the two together, as shown.

#include "CounterFixtures.h"
#include "counter/RationaleStage.h"
#include "counter/ScriptStage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterScript : public QObject
{
    Q_OBJECT

private slots:
    void openerIsTheGuidesPitch();
    void scriptWithoutCompetingOffer();
    void scriptNamesTheOffersWorthNaming();
    void leversFollowTheScriptWhenShown();
    void cantReachTheFloorCommitsToNothing();
    void neverSaysTheFloor();
    void competingOfferIsQuotedInItsOwnCurrency();
};

namespace {

QString scriptFor(const CounterInput &input)
{
    const CounterFixtures::Stages s = CounterFixtures::firstStages(input);
    const QList<AskReason> reasons = RationaleStage::askReasons(s.terms, s.plan, input.settings.boldness);
    const bool meets = reachesAmount(s.terms.annualizedWith(s.applied.asks), s.floor.annualized);
    return ScriptStage::write({s.terms, s.applied.asks, s.floor, s.reach.bandCanReach, meets, reasons,
                               input.guide.script});
}

} // namespace

void TestCounterScript::openerIsTheGuidesPitch()
{
    QCOMPARE(ScriptStage::opener(u"Acme builds the robots that build things. I'm holding offers."_s),
             u"Acme builds the robots that build things."_s);
    QCOMPARE(ScriptStage::opener(u"Ask for $220K. Then wait."_s), QString()); // numbers are the guide's, not yours
    QCOMPARE(ScriptStage::opener(QString()), QString());
}

void TestCounterScript::scriptWithoutCompetingOffer()
{
    QCOMPARE(scriptFor(CounterFixtures::acmeInput()),
             u"Acme builds the robots that build things. Based on market data for this level in Springfield, I'd "
             u"like $190K base and $175K equity over 4 years. If we can get to those numbers, I'm ready to sign."_s);
    CounterInput noPitch = CounterFixtures::acmeInput();
    noPitch.guide.script.clear();
    QVERIFY(scriptFor(noPitch).startsWith(
        u"I'm excited about the Software Engineer role at Acme Robotics and want to make this work. "_s));
}

void TestCounterScript::scriptNamesTheOffersWorthNaming()
{
    CounterInput input = CounterFixtures::acmeInput();
    const Offer weaker = CounterFixtures::offer(u"Initech"_s, u"E4"_s, 150000, 0, 0);
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band),
                       CounterFixtures::inBand(weaker, input.band)};
    const CounterTerms terms = CounterTerms::from(input);
    const AskPlan plan = AskStage::suggest(terms, Boldness::Balanced);
    const QList<AskReason> reasons = RationaleStage::askReasons(terms, plan, Boldness::Balanced);
    QCOMPARE(ScriptStage::namedOffers(terms, reasons), QStringList{u"Globex L4"_s});

    const QString script = scriptFor(input);
    QVERIFY2(script.contains(u"I'm holding a Globex L4 offer at $230K base, $260K equity, a 10% bonus and a $10K "
                             u"signing bonus."_s),
             qPrintable(script));
    QVERIFY2(script.contains(u"To choose Acme Robotics, I need $200K base, $200K equity over 4 years, and a $58K "
                             u"signing bonus."_s),
             qPrintable(script));
    QVERIFY(!script.contains(u"Initech"_s));
    QVERIFY(!script.contains(u"Levers from the guide"_s));
}

void TestCounterScript::leversFollowTheScriptWhenShown()
{
    QCOMPARE(ScriptStage::withLevers(u"Say this."_s, {}), u"Say this."_s);
    const QList<CitedLever> levers{{1, u"Competing Offers"_s, u"Name Globex L4 and its figures."_s, false},
                                   {3, u"Relocation Cost"_s, u"Back the $58K signing bonus with it."_s, false}};
    QCOMPARE(ScriptStage::withLevers(u"Say this."_s, levers),
             u"Say this.\n\nLevers from the guide that fit:\n"
             u"- Competing Offers (lever 1): Name Globex L4 and its figures.\n"
             u"- Relocation Cost (lever 3): Back the $58K signing bonus with it."_s);
}

void TestCounterScript::cantReachTheFloorCommitsToNothing()
{
    // Globex (320,500 a year) is beyond what the band can give (282,500 with the sign-on at its limit).
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {CounterFixtures::inBand(CounterFixtures::globex(), input.band)};
    const QString script = scriptFor(input);
    QVERIFY2(!script.contains(u"ready to sign"_s) && !script.contains(u"commit"_s), qPrintable(script));
    QVERIFY2(script.endsWith(u"I know that may be beyond the band for this level. If it is, a higher level, more on "
                             u"the signing bonus, or an exception to the band would get us there; otherwise, I'll "
                             u"go with my other offer."_s),
             qPrintable(script));
    // A stated walk-away out of reach: no other offer to go to.
    CounterInput stated = CounterFixtures::acmeInput();
    stated.settings.walkAway = 300000;
    QVERIFY2(scriptFor(stated).endsWith(u"otherwise, I'll have to decline."_s), qPrintable(scriptFor(stated)));
}

void TestCounterScript::neverSaysTheFloor()
{
    // The floor (here 249,000 from Initech, 190K base and 160K equity) is for the person, not for the call.
    CounterInput input = CounterFixtures::acmeInput();
    input.competing = {
        CounterFixtures::inBand(CounterFixtures::offer(u"Initech"_s, u"E4"_s, 190000, 160000, 10), input.band)};
    const QString script = scriptFor(input);
    QVERIFY2(!script.contains(u"floor"_s, Qt::CaseInsensitive), qPrintable(script));
    QVERIFY2(!script.contains(u"249"_s), qPrintable(script));
    QVERIFY2(!script.contains(u"lowest"_s, Qt::CaseInsensitive), qPrintable(script));
    QVERIFY2(script.contains(u"If we can get to those numbers, I'm ready to sign."_s), qPrintable(script));
}

void TestCounterScript::competingOfferIsQuotedInItsOwnCurrency()
{
    // A 180K EUR offer, converted at 1.1 into the band's dollars: the recruiter will see the letter in euros.
    CounterInput input = CounterFixtures::acmeInput();
    Offer initech = CounterFixtures::offer(u"Initech"_s, u"E4"_s, 180000, 160000, 10);
    initech.currency = u"EUR"_s;
    ExchangeRates rates;
    rates.set({u"EUR"_s, u"USD"_s, 1.1, QDate(2026, 11, 30)});
    const Result<BandComparison> converted = compareWithBand(initech, input.band, rates);
    QVERIFY(converted);
    input.competing = {*converted};
    const QString script = scriptFor(input);
    QVERIFY2(script.contains(u"an Initech E4 offer at €180K base, €160K equity and a 10% bonus"_s), qPrintable(script));
    QVERIFY2(!script.contains(u"$198K"_s), qPrintable(script));
}

QTEST_GUILESS_MAIN(TestCounterScript)
#include "tst_counterscript.moc"
