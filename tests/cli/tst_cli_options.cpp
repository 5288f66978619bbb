// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Stock options through offerdesk-cli: the README's startup example through compare --json, --exit-multiples on
// compare, suggest and export, and RSU-only files that print exactly what they printed before options existed.
#include "support/RunProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readmeExampleThroughCompareJson();
    void compareTextShowsTheOptions();
    void exitMultiplesOption();
    void badExitMultiplesExitOne_data();
    void badExitMultiplesExitOne();
    void rsuOnlyFilesPrintTodaysFigures_data();
    void rsuOnlyFilesPrintTodaysFigures();
    void badOptionsFileNamesTheField();
    void underwaterIsAWarningOnly();
    void horizonAndGrowthScenarios();
    void suggestNamesTheExit();
    void exportHasAStartupEquitySection();
    void rsuOnlyExportHasNone();

private:
    Run run(const QString &command, const QStringList &arguments);
    QJsonObject compareJson(const QString &offersPath, const QStringList &extra = {});
    QTemporaryDir m_home;
};

namespace {

const QString kGuide = u"huggingface-enterprise/software-engineer"_s;

QString offersFile(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/"_s + name;
}

QStringList scenario(const QString &offers)
{
    return {u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s, offers};
}

// Every key of `expected`, at every depth, is in `actual` with the same value; `actual` may have more keys.
void containsAll(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    if (expected.isObject()) {
        QVERIFY2(actual.isObject(), qPrintable(path));
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            QVERIFY2(have.contains(it.key()), qPrintable(path + u'.' + it.key()));
            containsAll(have.value(it.key()), it.value(), path + u'.' + it.key());
        }
    } else if (expected.isArray()) {
        QVERIFY2(actual.isArray(), qPrintable(path));
        QCOMPARE(actual.toArray().size(), expected.toArray().size());
        for (qsizetype i = 0; i < expected.toArray().size(); ++i)
            containsAll(actual.toArray().at(i), expected.toArray().at(i), path + u"[%1]"_s.arg(i));
    } else {
        QVERIFY2(actual == expected, qPrintable(path));
    }
}

} // namespace

void TestCliOptions::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestCliOptions::run(const QString &command, const QStringList &arguments)
{
    const Run result = runProcess(QStringLiteral(OFFERDESK_CLI_PATH), QStringList{command} + arguments,
                                  isolatedEnvironment(m_home.path()), 60000);
    if (result.err.startsWith(u"timed out"_s))
        qFatal("offerdesk-cli did not finish");
    return result;
}

QJsonObject TestCliOptions::compareJson(const QString &offersPath, const QStringList &extra)
{
    const Run r = run(u"compare"_s, scenario(offersPath) + extra + QStringList{u"--json"_s});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCliOptions::readmeExampleThroughCompareJson()
{
    // Nimbus Labs: $175,000 base and 20,000 options at a $2.00 strike, $10.00 last round, 20% dilution over one
    // round. Globex L5: 200,000 + 15% + 240,000 of RSUs over 4 years = $290,000 a year, $1,160,000 over 4.
    const QJsonArray offers = compareJson(offersFile(u"options-startup.json"_s)).value(u"offers"_s).toArray();
    QCOMPARE(offers.size(), 2);
    const QJsonObject nimbus = offers.at(0).toObject();
    // The expected case (1×): ($10 × 0.8 − $2) × 20,000 = $120,000 over 4 years, $30,000 a year; never the
    // $160,000 paper value.
    QCOMPARE(nimbus.value(u"annualized"_s).toDouble(), 205000.0);
    QCOMPARE(nimbus.value(u"years"_s).toArray(), (QJsonArray{205000, 205000, 205000, 205000}));
    const QJsonObject options = nimbus.value(u"options"_s).toObject();
    QCOMPARE(options.value(u"count"_s).toDouble(), 20000.0);
    QCOMPARE(options.value(u"strike_price"_s).toDouble(), 2.0);
    QCOMPARE(options.value(u"preferred_price"_s).toDouble(), 10.0);
    QCOMPARE(options.value(u"paper_value"_s).toDouble(), 160000.0);
    QCOMPARE(options.value(u"cost_to_exercise"_s).toDouble(), 40000.0);
    // 20,000 × ($3.50 − $2.00) with the 409A price; 20,000 of 10,000,000 shares.
    QCOMPARE(options.value(u"exercise_spread"_s).toDouble(), 30000.0);
    QCOMPARE(options.value(u"ownership_pct"_s).toDouble(), 0.2);
    const QJsonArray scenarios = options.value(u"scenarios"_s).toArray();
    QCOMPARE(scenarios.size(), 5);
    // At 3×: $24 a share, ($24 − $2) × 20,000 = $440,000; 700,000 + 440,000 = 1,140,000; ÷ 4 = 285,000.
    const QJsonObject atThree = scenarios.at(3).toObject();
    QCOMPARE(atThree.value(u"exit_multiple"_s).toDouble(), 3.0);
    QCOMPARE(atThree.value(u"exit_price"_s).toDouble(), 24.0);
    QCOMPARE(atThree.value(u"equity_value"_s).toDouble(), 440000.0);
    QCOMPARE(atThree.value(u"total"_s).toDouble(), 1140000.0);
    QCOMPARE(atThree.value(u"average"_s).toDouble(), 285000.0);
    QCOMPARE(scenarios.at(0).toObject().value(u"total"_s).toDouble(), 700000.0);
    // 700,000 + 20,000 × (8m − 2) = 1,160,000: m = 3.125.
    QCOMPARE(nimbus.value(u"breakeven_exit_multiple"_s).toDouble(), 3.125);
    QCOMPARE(options.value(u"breakeven_statement"_s).toString(),
             u"This offer beats Globex L5 over 4 years only if the company exits at 3.1× its last round's price or "
             u"more."_s);
    // The default expected exit is said to be the paper value's price.
    QVERIFY(options.value(u"warnings"_s).toArray().first().toString().contains(u"expected_exit_multiple"_s));
    // The RSU offer has neither key.
    const QJsonObject globex = offers.at(1).toObject();
    QVERIFY(!globex.contains(u"options"_s));
    QVERIFY(!globex.contains(u"breakeven_exit_multiple"_s));
    QCOMPARE(globex.value(u"annualized"_s).toDouble(), 290000.0);
}

void TestCliOptions::compareTextShowsTheOptions()
{
    const Run r = run(u"compare"_s, scenario(offersFile(u"options-startup.json"_s)));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    for (const QString &text :
         {u"Nimbus Labs Senior: 20,000 options at a 2.00 strike; last round 10.00 a share; 20% dilution over 1 round"_s,
          u"Paper value 160,000 (what recruiters quote; never counted as pay)"_s, u"cost to exercise 40,000"_s,
          u"spread at exercise 30,000"_s,
          u"This offer beats Globex L5 over 4 years only if the company exits at 3.1× its last round's price or more."_s})
        QVERIFY2(r.out.contains(text), qPrintable(text + u"\n"_s + r.out));
    // The table's 4-year average is the expected case, not the paper value's 245,000.
    QVERIFY2(r.out.contains(u"205,000"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"245,000"_s), qPrintable(r.out));
}

void TestCliOptions::exitMultiplesOption()
{
    const QJsonObject root =
        compareJson(offersFile(u"options-startup.json"_s), {u"--exit-multiples"_s, u"2, 0.25,100"_s});
    const QJsonObject options = root.value(u"offers"_s)[0].toObject().value(u"options"_s).toObject();
    const QJsonArray scenarios = options.value(u"scenarios"_s).toArray();
    QCOMPARE(scenarios.size(), 3);
    QCOMPARE(scenarios.at(0).toObject().value(u"exit_multiple"_s).toDouble(), 2.0);
    QCOMPARE(scenarios.at(1).toObject().value(u"exit_multiple"_s).toDouble(), 0.25);
    // At 0.25×: $2 a share, no more than the strike: worth nothing.
    QCOMPARE(scenarios.at(1).toObject().value(u"equity_value"_s).toDouble(), 0.0);
    // At 100×: ($800 − $2) × 20,000 = $15,960,000.
    QCOMPARE(scenarios.at(2).toObject().value(u"equity_value"_s).toDouble(), 15960000.0);
    // The set changes what is shown, never the expected case or the break-even.
    QCOMPARE(root.value(u"offers"_s)[0].toObject().value(u"annualized"_s).toDouble(), 205000.0);
    QCOMPARE(root.value(u"offers"_s)[0].toObject().value(u"breakeven_exit_multiple"_s).toDouble(), 3.125);
}

void TestCliOptions::badExitMultiplesExitOne_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("list");
    for (const QString &command : {u"compare"_s, u"suggest"_s, u"export"_s}) {
        QTest::addRow("%s negative", qPrintable(command)) << command << u"-1,3"_s;
        QTest::addRow("%s over 100", qPrintable(command)) << command << u"0,101"_s;
        QTest::addRow("%s word", qPrintable(command)) << command << u"one,two"_s;
        QTest::addRow("%s empty", qPrintable(command)) << command << u""_s;
    }
}

void TestCliOptions::badExitMultiplesExitOne()
{
    QFETCH(QString, command);
    QFETCH(QString, list);
    QStringList arguments = scenario(offersFile(u"options-startup.json"_s)) + QStringList{u"--exit-multiples"_s, list};
    if (command == u"export"_s)
        arguments += {u"--output"_s, m_home.filePath(u"never.pdf"_s)};
    const Run r = run(command, arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"offerdesk-cli %1: --exit-multiples must be a comma-separated list of 1 to 12 exit "
                            u"multiples, each from 0 to 100"_s.arg(command)),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_home.filePath(u"never.pdf"_s)));
}

void TestCliOptions::rsuOnlyFilesPrintTodaysFigures_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("seed scenario") << u"seed-scenario"_s;
    QTest::newRow("every field") << u"good-all-fields"_s;
    QTest::newRow("mixed currency") << u"mixed-currency"_s;
}

void TestCliOptions::rsuOnlyFilesPrintTodaysFigures()
{
    QFETCH(QString, name);
    QFile golden(offersFile(u"rsu-only/%1.compare.json"_s.arg(name)));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(golden.readAll()).object();
    QVERIFY(!expected.isEmpty());
    for (const QStringList &multiples : {QStringList{}, QStringList{u"--exit-multiples"_s, u"0,100"_s}}) {
        const QJsonObject actual = compareJson(offersFile(name + u".json"_s),
                                               QStringList{u"--rate"_s, u"EUR:USD=1.08"_s, u"--rate"_s,
                                                           u"GBP:USD=1.27"_s} + multiples);
        containsAll(actual, expected, name);
        for (const QJsonValue &offer : actual.value(u"offers"_s).toArray()) {
            QVERIFY(!offer.toObject().contains(u"options"_s));
            QVERIFY(!offer.toObject().contains(u"breakeven_exit_multiple"_s));
        }
    }
}

void TestCliOptions::badOptionsFileNamesTheField()
{
    const QString file = offersFile(u"bad-options/preferred-zero.json"_s);
    const Run r = run(u"compare"_s, scenario(file));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file + u": error: offers[0].preferred_price: must be a number above 0"_s), qPrintable(r.err));
}

void TestCliOptions::underwaterIsAWarningOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile in(offersFile(u"options-startup.json"_s));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray underwater = in.readAll().replace("\"strike_price\": 2.00", "\"strike_price\": 12.00");
    const QString path = dir.filePath(u"underwater.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(underwater);
    out.close();
    const Run r = run(u"compare"_s, scenario(path) + QStringList{u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(path + u": warning: offers[0].strike_price: underwater at the last round's price"_s),
             qPrintable(r.err));
    const QJsonObject options =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"offers"_s)[0].toObject().value(u"options"_s).toObject();
    QCOMPARE(options.value(u"paper_value"_s).toDouble(), 0.0);
    // At 1× the options are worth nothing: only the base counts, 175,000 a year.
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"offers"_s)[0].toObject().value(
                 u"annualized"_s).toDouble(),
             175000.0);
}

void TestCliOptions::horizonAndGrowthScenarios()
{
    const QJsonObject root = compareJson(offersFile(u"options-startup.json"_s),
                                         {u"--years"_s, u"3"_s, u"--scenarios=-30,25"_s});
    const QJsonObject nimbus = root.value(u"offers"_s)[0].toObject();
    // A growth scenario leaves the options at their expected exit: 3 × 205,000 in every one.
    for (const QJsonValue &scenario : nimbus.value(u"scenarios"_s).toArray())
        QCOMPARE(scenario.toObject().value(u"total"_s).toDouble(), 615000.0);
    // The exit scenarios follow the horizon: at 3×, 3 × 175,000 + 3/4 of 440,000 = 855,000.
    const QJsonArray exits = nimbus.value(u"options"_s).toObject().value(u"scenarios"_s).toArray();
    QCOMPARE(exits.at(3).toObject().value(u"exit_multiple"_s).toDouble(), 3.0);
    QCOMPARE(exits.at(3).toObject().value(u"equity_value"_s).toDouble(), 330000.0);
    QCOMPARE(exits.at(3).toObject().value(u"total"_s).toDouble(), 855000.0);
    QCOMPARE(exits.at(3).toObject().value(u"average"_s).toDouble(), 285000.0);
    // 525,000 + 15,000 × (8m − 2) = 870,000 (Globex over 3 years): m = 3.125 again.
    QCOMPARE(nimbus.value(u"breakeven_exit_multiple"_s).toDouble(), 3.125);
    QVERIFY(nimbus.value(u"options"_s).toObject().value(u"breakeven_statement"_s).toString().contains(u"over 3 years"_s));
    // The growth break-even has no rate for the options offer, and says why.
    const QJsonObject breakeven = root.value(u"breakeven"_s).toArray().first().toObject();
    QVERIFY(breakeven.value(u"target_growth_pct"_s).isNull());
    QVERIFY2(breakeven.value(u"statements"_s)[0].toString().contains(u"its exit, not a growth rate"_s),
             qPrintable(breakeven.value(u"statements"_s)[0].toString()));
}

void TestCliOptions::suggestNamesTheExit()
{
    const Run r = run(u"suggest"_s, scenario(offersFile(u"options-startup.json"_s))
                                        + QStringList{u"--exit-multiples"_s, u"0,5"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString rationale = root.value(u"rationale"_s).toVariant().toStringList().join(u'\n');
    QVERIFY2(rationale.contains(u"Equity counts the 20,000 options at an exit at 1× the last round's price"_s),
             qPrintable(rationale));
    QVERIFY2(rationale.contains(u"The floor assumes this offer's options at 1× its last round's price."_s),
             qPrintable(rationale));
    const QString warnings = root.value(u"warnings"_s).toVariant().toStringList().join(u'\n');
    QVERIFY2(warnings.contains(u"rests on the exit"_s) && warnings.contains(u"(0× to 5×)"_s), qPrintable(warnings));
    // The script asks for options by number and never says the paper value.
    const QString script = root.value(u"script"_s).toString();
    QVERIFY2(script.contains(u" options"_s), qPrintable(script));
    QVERIFY2(!script.contains(u"$160K"_s) && !script.contains(u"160,000"_s), qPrintable(script));
}

void TestCliOptions::exportHasAStartupEquitySection()
{
    const QString pdf = m_home.filePath(u"options.pdf"_s);
    const Run r = run(u"export"_s, scenario(offersFile(u"options-startup.json"_s))
                                       + QStringList{u"--output"_s, pdf, u"--date"_s, u"2026-12-01"_s,
                                                     u"--exit-multiples"_s, u"0,3"_s});
    QCOMPARE(r.exitCode, 0);
    const Run text = runProcess(u"pdftotext"_s, {pdf, u"-"_s}, QProcessEnvironment::systemEnvironment());
    if (text.exitCode != 0)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString squeezed = text.out.simplified();
    for (const QString &expected :
         {u"Startup equity"_s, u"Nimbus Labs Senior (target)"_s,
          u"As entered: 20,000 options at a $2.00 strike; last round $10.00 a share; 409A $3.50 a share;"_s,
          u"20% dilution over 1 round"_s, u"Paper value $160,000"_s, u"never counted as pay"_s,
          u"cost to exercise $40,000"_s, u"spread at exercise $30,000"_s,
          u"This offer beats Globex L5 over 4 years only if the company exits at 3.1× its last round's price or more."_s,
          // The set given, with the expected exit (1×) in its place among them.
          u"$1,140,000"_s, u"$820,000"_s, u"$700,000"_s})
        QVERIFY2(squeezed.contains(expected), qPrintable(expected + u"\n"_s + squeezed));
    QVERIFY2(!squeezed.contains(u"$2,260,000"_s), "10× is not in the set given");
}

void TestCliOptions::rsuOnlyExportHasNone()
{
    const QString pdf = m_home.filePath(u"rsu.pdf"_s);
    const Run r = run(u"export"_s, scenario(offersFile(u"done-when.json"_s)) + QStringList{u"--output"_s, pdf});
    QCOMPARE(r.exitCode, 0);
    const Run text = runProcess(u"pdftotext"_s, {pdf, u"-"_s}, QProcessEnvironment::systemEnvironment());
    if (text.exitCode != 0)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.out.contains(u"Counter-offer"_s));
    QVERIFY(!text.out.contains(u"Startup equity"_s));
    QVERIFY(!text.out.contains(u"options"_s));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
