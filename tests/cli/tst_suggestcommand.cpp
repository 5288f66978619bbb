// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// offerdesk-cli suggest, run as a child process: exit codes, the JSON contract of issue 5, and the text output.
#include "support/RunProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString offersFile(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/"_s + name;
}

const QString kGuide = u"huggingface-enterprise/software-engineer"_s;

} // namespace

class TestSuggestCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedScenarioJson();
    void seedScenarioText();
    void targetMustBeExactlyOne_data();
    void targetMustBeExactlyOne();
    void otherCurrencyNeedsARate();
    void noCompetingOfferHasNoBestAlternative();
    void overrideIsMarkedAndRecomputed();
    void boldnessAndPremium();
    void walkAwayRaisesTheFloor();
    void badInput_data();
    void badInput();

private:
    Run suggest(const QStringList &arguments) const;
    QJsonObject suggestJson(const QStringList &arguments) const;

    QTemporaryDir m_home;
};

void TestSuggestCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestSuggestCommand::suggest(const QStringList &arguments) const
{
    // The person's own guides, settings and guide index cache live under XDG_*: keep them empty and private to
    // the test.
    return runProcess(QStringLiteral(OFFERDESK_CLI_PATH), QStringList{u"suggest"_s} + arguments,
                      isolatedEnvironment(m_home.path()), 60000);
}

QJsonObject TestSuggestCommand::suggestJson(const QStringList &arguments) const
{
    const Run run = suggest(arguments + QStringList{u"--json"_s});
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << error.errorString() << run.out;
    return document.object();
}

void TestSuggestCommand::seedScenarioJson()
{
    const QJsonObject json = suggestJson({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                                          offersFile(u"seed-scenario.json"_s)});
    // Every key of the contract.
    for (const QString &key : {u"guide"_s, u"region"_s, u"currency"_s, u"target"_s, u"asks"_s, u"counter"_s,
                               u"floor"_s, u"best_alternative"_s, u"rationale"_s, u"script"_s, u"warnings"_s})
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json.value(u"guide"_s).toString(), kGuide);
    QCOMPARE(json.value(u"region"_s).toString(), u"San Francisco"_s);
    QCOMPARE(json.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(json.value(u"target"_s).toObject(),
             (QJsonObject{{u"company"_s, u"Hugging Face Enterprise"_s}, {u"level"_s, u""_s}}));
    const QJsonObject asks = json.value(u"asks"_s).toObject();
    QCOMPARE(asks.keys(), (QStringList{u"base"_s, u"equity_total"_s, u"sign_on"_s}));
    // Issue 14: the counter reaches the floor — base to the band's top, the sign-on to 52,000.
    QCOMPARE(asks.value(u"base"_s).toDouble(), 220000.0);
    QCOMPARE(asks.value(u"equity_total"_s).toDouble(), 250000.0);
    QCOMPARE(asks.value(u"sign_on"_s).toDouble(), 52000.0);
    const QJsonObject counter = json.value(u"counter"_s).toObject();
    QCOMPARE(counter.value(u"first_year"_s).toDouble(), 345500.0);
    QCOMPARE(counter.value(u"annualized"_s).toDouble(), 306500.0);
    QCOMPARE(counter.value(u"meets_floor"_s), QJsonValue(true));
    const QJsonObject floor = json.value(u"floor"_s).toObject();
    QCOMPARE(floor.value(u"annualized"_s).toDouble(), 306500.0);
    QCOMPARE(floor.value(u"source"_s).toString(), u"alternative"_s);
    QCOMPARE(floor.value(u"base"_s).toDouble(), 250000.0);
    QCOMPARE(floor.value(u"band_can_reach"_s), QJsonValue(true));
    QCOMPARE(floor.value(u"band_reach_annualized"_s).toDouble(), 307250.0);
    QCOMPARE(json.value(u"raised_to_floor"_s).toObject(),
             (QJsonObject{{u"base"_s, true}, {u"equity_total"_s, false}, {u"sign_on"_s, true}}));
    QVERIFY(!json.contains(u"walk_away"_s)); // given only when stated: an amount is never null
    QCOMPARE(json.value(u"best_alternative"_s).toObject(),
             (QJsonObject{{u"company"_s, u"Google"_s}, {u"level"_s, u"L4"_s}, {u"annualized"_s, 306500}}));
    const QJsonArray rationale = json.value(u"rationale"_s).toArray();
    QCOMPARE(rationale.size(), 4);
    QString why;
    for (const QJsonValue &line : rationale)
        why += line.toString() + u'\n';
    QVERIFY2(why.contains(u"Google L4"_s) && why.contains(u"Anthropic"_s), qPrintable(why));
    const QString script = json.value(u"script"_s).toString();
    QVERIFY(script.contains(u"I need $220K base, $250K equity over 4 years, and a $52K signing bonus. If we can get "
                            u"to those numbers, I'm ready to sign."_s));
    QVERIFY2(!script.contains(u"floor"_s, Qt::CaseInsensitive) && !script.contains(u"306.5K"_s), qPrintable(script));
    QVERIFY(json.value(u"warnings"_s).isArray());
    QVERIFY(json.value(u"warnings"_s).toArray().isEmpty());
}

void TestSuggestCommand::seedScenarioText()
{
    const Run run = suggest({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                             offersFile(u"seed-scenario.json"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Base        185,000      220,000      170,000      220,000      210,000"_s));
    QVERIFY(run.out.contains(u"Counter: 345,500 in year 1, 306,500 a year over 4 years\n"_s));
    QVERIFY(run.out.contains(u"Floor: 306,500 a year over 4 years (250,000 base with the offer's other parts)\n"_s));
    QVERIFY(run.out.contains(u"Floor from: your best alternative, Google L4\n"_s));
    // The Counter tab's and the summary's own words.
    QVERIFY(run.out.contains(u"Status: The counter meets your floor of $306,500 a year over 4 years (from your best "
                             u"alternative, Google L4).\n"_s));
    QVERIFY(run.out.contains(u"Best alternative: Google L4, 306,500"_s));
    QVERIFY(run.out.contains(u"\nScript:\nHugging Face is the center of open-source AI"_s));
    QVERIFY(run.out.contains(u"Have in writing before you ask: Anthropic, Google L4"_s));
}

void TestSuggestCommand::targetMustBeExactlyOne_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << u"suggest-no-target.json"_s << u"no offer is marked \"target\": true"_s;
    QTest::newRow("two") << u"suggest-two-targets.json"_s
                         << u"offers[1].target: only one offer may be the target, and offers[0] already is"_s;
}

void TestSuggestCommand::targetMustBeExactlyOne()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Run run = suggest({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s, offersFile(file)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestSuggestCommand::otherCurrencyNeedsARate()
{
    const QStringList arguments{u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                                offersFile(u"suggest-currency.json"_s)};
    const Run missing = suggest(arguments);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"no exchange rate from EUR to USD"_s), qPrintable(missing.err));

    // Initech's EUR 190,000 base at 1.1 is USD 209,000, inside the band: the base ask comes up to 210,000, then to
    // the band's top so the counter (292,250) reaches Initech's 287,650.
    const QJsonObject json = suggestJson(arguments + QStringList{u"--rate"_s, u"EUR:USD=1.1"_s});
    const QJsonObject asks = json.value(u"asks"_s).toObject();
    QCOMPARE(asks.value(u"base"_s).toDouble(), 220000.0);
    QCOMPARE(asks.value(u"equity_total"_s).toDouble(), 225000.0);
    QCOMPARE(asks.value(u"sign_on"_s).toDouble(), 20000.0);
    // The script quotes Initech as its letter says, in euros.
    QVERIFY2(json.value(u"script"_s).toString().contains(u"€190K base"_s), qPrintable(json.value(u"script"_s).toString()));
    // 209,000 × 1.1 + 220,000 ÷ 4 + 11,000 ÷ 4
    QCOMPARE(json.value(u"best_alternative"_s).toObject().value(u"annualized"_s).toDouble(), 287650.0);
    QVERIFY(QJsonDocument(json.value(u"warnings"_s).toArray()).toJson().contains("at the rate you gave (1.1)"));
}

void TestSuggestCommand::noCompetingOfferHasNoBestAlternative()
{
    const Run run = suggest({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                             offersFile(u"suggest-alone.json"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"offers[0].favourite_colour: unknown field"_s), qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(json.value(u"best_alternative"_s).isNull());
    QCOMPARE(json.value(u"floor"_s).toObject().value(u"annualized"_s).toDouble(), 180000 * 1.05 + 40000);
    QCOMPARE(json.value(u"floor"_s).toObject().value(u"base"_s).toDouble(), 180000.0);
    QCOMPARE(json.value(u"asks"_s).toObject().value(u"base"_s).toDouble(), 210000.0);
}

void TestSuggestCommand::overrideIsMarkedAndRecomputed()
{
    const QJsonObject json = suggestJson({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                                          offersFile(u"seed-scenario.json"_s), u"--override"_s, u"sign_on=40000"_s});
    QCOMPARE(json.value(u"asks"_s).toObject().value(u"sign_on"_s).toDouble(), 40000.0);
    QCOMPARE(json.value(u"suggested"_s).toObject().value(u"sign_on"_s).toDouble(), 52000.0);
    QCOMPARE(json.value(u"overridden"_s).toObject(),
             (QJsonObject{{u"base"_s, false}, {u"equity_total"_s, false}, {u"sign_on"_s, true}}));
    QCOMPARE(json.value(u"counter"_s).toObject().value(u"first_year"_s).toDouble(), 345500.0 - 52000 + 40000);
    // 12,000 less sign-on is 3,000 a year less: below the floor, so the script commits to nothing.
    QCOMPARE(json.value(u"counter"_s).toObject().value(u"annualized"_s).toDouble(), 303500.0);
    QCOMPARE(json.value(u"counter"_s).toObject().value(u"meets_floor"_s), QJsonValue(false));
    QVERIFY(!json.value(u"script"_s).toString().contains(u"ready to sign"_s));
    QVERIFY(json.value(u"rationale"_s).toArray().at(2).toString().contains(u"set by hand"_s));
}

void TestSuggestCommand::boldnessAndPremium()
{
    const QStringList arguments{u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                                offersFile(u"suggest-alone.json"_s)};
    const QJsonObject bold = suggestJson(arguments + QStringList{u"--boldness"_s, u"bold"_s});
    QCOMPARE(bold.value(u"asks"_s).toObject().value(u"base"_s).toDouble(), 220000.0);
    QCOMPARE(bold.value(u"boldness"_s).toString(), u"bold"_s);
    const QJsonObject premium = suggestJson({u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                                             offersFile(u"seed-scenario.json"_s), u"--premium"_s, u"10"_s});
    QCOMPARE(premium.value(u"floor"_s).toObject().value(u"annualized"_s).toDouble(), 275850.0);
    QCOMPARE(premium.value(u"floor"_s).toObject().value(u"band_can_reach"_s).toBool(), true);
}

void TestSuggestCommand::walkAwayRaisesTheFloor()
{
    const QStringList arguments{u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                                offersFile(u"seed-scenario.json"_s)};
    // Above Google's 306,500 and beyond the band's 307,250: stated, and out of reach.
    const QJsonObject above = suggestJson(arguments + QStringList{u"--walk-away"_s, u"320000"_s});
    QCOMPARE(above.value(u"floor"_s).toObject().value(u"annualized"_s).toDouble(), 320000.0);
    QCOMPARE(above.value(u"floor"_s).toObject().value(u"source"_s).toString(), u"stated"_s);
    QCOMPARE(above.value(u"walk_away"_s).toDouble(), 320000.0);
    QCOMPARE(above.value(u"counter"_s).toObject().value(u"meets_floor"_s), QJsonValue(false));
    QCOMPARE(above.value(u"asks"_s).toObject(),
             (QJsonObject{{u"base"_s, 220000}, {u"equity_total"_s, 250000}, {u"sign_on"_s, 55000}}));
    const QString script = above.value(u"script"_s).toString();
    QVERIFY2(script.endsWith(u"otherwise, I'll have to decline."_s), qPrintable(script));
    QVERIFY(!script.contains(u"320"_s));
    // Below the alternative it changes nothing.
    const QJsonObject below = suggestJson(arguments + QStringList{u"--walk-away"_s, u"250000"_s});
    QCOMPARE(below.value(u"floor"_s).toObject().value(u"source"_s).toString(), u"alternative"_s);
    QCOMPARE(below.value(u"floor"_s).toObject().value(u"annualized"_s).toDouble(), 306500.0);
}

void TestSuggestCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString seed = offersFile(u"seed-scenario.json"_s);
    const QString sf = u"San Francisco"_s;
    QTest::newRow("bad boldness") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s, seed,
                                                 u"--boldness"_s, u"reckless"_s}
                                  << 2 << u"--boldness must be conservative, balanced or bold"_s;
    QTest::newRow("bad premium") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s, seed,
                                                u"--premium"_s, u"lots"_s}
                                 << 2 << u"--premium must be a percentage"_s;
    QTest::newRow("no offers") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf} << 2
                               << u"--offers is required"_s;
    QTest::newRow("bad override") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s, seed,
                                                 u"--override"_s, u"bonus=5"_s}
                                  << 2 << u"--override 'bonus=5' must be PART=AMOUNT"_s;
    QTest::newRow("unknown guide") << QStringList{u"--guide"_s, u"globex/janitor"_s, u"--region"_s, sf,
                                                  u"--offers"_s, seed}
                                   << 1 << u"no guide with id 'globex/janitor'"_s;
    QTest::newRow("unknown region") << QStringList{u"--guide"_s, kGuide, u"--region"_s, u"Springfield"_s,
                                                   u"--offers"_s, seed}
                                    << 1 << u"has no region 'Springfield'. Its regions:\n  San Francisco"_s;
    QTest::newRow("missing file") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s,
                                                 offersFile(u"no-such-file.json"_s)}
                                  << 1 << u"no-such-file.json: error: no such file"_s;
    QTest::newRow("negative base") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s,
                                                  offersFile(u"suggest-bad-base.json"_s)}
                                   << 1 << u"offers[1].base: must be a non-negative number"_s;
    QTest::newRow("zero base") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s,
                                              QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/bad/zero-base.json"_s}
                               << 1 << u"offers[1].base: must be above 0"_s;
    QTest::newRow("bad walk-away") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s, seed,
                                                  u"--walk-away"_s, u"-5"_s}
                                   << 2 << u"--walk-away must be an amount above 0"_s;
    QTest::newRow("rate out of range") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s, seed,
                                                      u"--rate"_s, u"EUR:USD=1e300"_s}
                                       << 1 << u"rate 'EUR:USD=1e300' must lie between 0.000001 and 1,000,000"_s;
    QTest::newRow("override past the limit") << QStringList{u"--guide"_s, kGuide, u"--region"_s, sf, u"--offers"_s,
                                                            seed, u"--override"_s, u"base=1e13"_s}
                                             << 2 << u"--override 'base=1e13' must be PART=AMOUNT"_s;
}

void TestSuggestCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = suggest(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSuggestCommand)
#include "tst_suggestcommand.moc"
