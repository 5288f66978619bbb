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
};

namespace {

QString scriptFor(const CounterInput &input)
{
    const CounterFixtures::Stages s = CounterFixtures::firstStages(input);
    const QList<AskReason> reasons = RationaleStage::askReasons(s.terms, s.plan, input.settings.boldness);
    return ScriptStage::write({s.terms, s.applied.asks, s.floor, reasons, input.guide.script});
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
             u"like $190K base and $175K equity over 4 years. At $190K base, I commit."_s);
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

QTEST_GUILESS_MAIN(TestCounterScript)
#include "tst_counterscript.moc"
