// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// offerdesk-cli history, deadlines and lint-script (issue 17), run as child processes on the README's three-round
// example (tests/data/offers/history-three-rounds.json and history-message.txt): the JSON contracts, the text, the
// exit codes; and the engine's own script on every golden counter scenario, which the checker must pass.
#include "support/RunProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(OFFERDESK_TEST_DATA_DIR);
const QString kExample = kData + u"/offers/history-three-rounds.json"_s;
const QString kMessage = kData + u"/offers/history-message.txt"_s;
const QString kGuide = u"huggingface-enterprise/software-engineer"_s;

QJsonObject parsed(const Run &run)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << error.errorString() << run.describe();
    return object;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheCommands();
    void historyJson();
    void historyText();
    void historyOfAnOldFile();
    void historyBadInput_data();
    void historyBadInput();
    void deadlinesJson();
    void deadlinesText();
    void deadlinesBadInput_data();
    void deadlinesBadInput();
    void lintScriptWithoutScenario();
    void lintScriptWithScenario();
    void lintScriptJson();
    void lintScriptCleanExitsZero();
    void lintScriptBadInput_data();
    void lintScriptBadInput();
    void exportHasTheSoFarSection();
    void readmeShowsTheRealOutput_data();
    void readmeShowsTheRealOutput();
    void enginesScriptPassesOnGoldenScenarios_data();
    void enginesScriptPassesOnGoldenScenarios();

private:
    Run cli(const QStringList &arguments) const;
    QString writeText(const QString &name, const QByteArray &text) const;

    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

void TestHistoryCommands::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_files.isValid());
}

Run TestHistoryCommands::cli(const QStringList &arguments) const
{
    return runProcess(QStringLiteral(OFFERDESK_CLI_PATH), arguments, isolatedEnvironment(m_home.path()), 60000);
}

QString TestHistoryCommands::writeText(const QString &name, const QByteArray &text) const
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestHistoryCommands::helpListsTheCommands()
{
    const Run run = cli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    const qsizetype column = run.out.indexOf(u"Check guide files"_s) - run.out.lastIndexOf(u'\n', run.out.indexOf(u"Check guide files"_s));
    for (const QString &summary : {u"Show each offer's rounds"_s, u"List the offers' deadlines"_s,
                                   u"Check a script or message"_s}) {
        const qsizetype at = run.out.indexOf(summary);
        QVERIFY2(at > 0, qPrintable(run.out));
        QCOMPARE(at - run.out.lastIndexOf(u'\n', at), column); // in the same column as the others
    }
    QVERIFY(run.out.contains(u"  lint-script  Check a script"_s));
}

void TestHistoryCommands::historyJson()
{
    const Run run = cli({u"history"_s, u"--offers"_s, kExample, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject expected = QJsonDocument::fromJson(R"({"offers": [
        {"company": "Northwind Labs", "level": "L5",
         "rounds": [
            {"date": "2026-03-02", "note": "first offer", "annualized": 262750, "changes": {}},
            {"date": "2026-03-09", "note": "revised after my counter", "annualized": 287500,
             "changes": {"base": 10000, "equity_total": 40000, "sign_on": 15000}}],
         "counters_sent": [
            {"date": "2026-03-04", "asks": {"base": 215000, "equity_total": 260000, "sign_on": 30000},
             "script": "Thank you for the offer. I'm holding an offer I need to weigh. To choose Northwind Labs, I need $215K base, $260K equity over 4 years, and a $30K signing bonus. If we can get to those numbers, I'm ready to sign."}]},
        {"company": "Fabrikam", "level": "Senior",
         "rounds": [{"date": null, "note": "", "annualized": 228000, "changes": {}}],
         "counters_sent": []}]})").object();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(parsed(run), expected);
}

void TestHistoryCommands::historyText()
{
    const Run run = cli({u"history"_s, u"--offers"_s, kExample});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out,
             u"Northwind Labs L5 (USD)\n"
             u"  2026-03-02  round 1 (first offer): 4-year average 262,750\n"
             u"  2026-03-04  counter sent: base 215,000, equity 260,000, sign-on 30,000\n"
             u"  2026-03-09  round 2 (revised after my counter): 4-year average 287,500; base +10,000, "
             u"equity +40,000, sign-on +15,000\n"
             u"\n"
             u"Fabrikam Senior (USD)\n"
             u"  (no date)  round 1: 4-year average 228,000\n"_s);
    QCOMPARE(run.err, QString());
}

void TestHistoryCommands::historyOfAnOldFile()
{
    // The seed scenario has no history: each offer is one undated round.
    const Run run = cli({u"history"_s, u"--offers"_s, kData + u"/offers/seed-scenario.json"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray offers = parsed(run).value(u"offers"_s).toArray();
    QVERIFY(!offers.isEmpty());
    for (const QJsonValue &offer : offers) {
        const QJsonArray rounds = offer.toObject().value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 1);
        QVERIFY(rounds.first().toObject().value(u"date"_s).isNull());
        QVERIFY(rounds.first().toObject().value(u"annualized"_s).toDouble() > 0);
        QCOMPARE(offer.toObject().value(u"counters_sent"_s).toArray().size(), 0);
    }
}

void TestHistoryCommands::historyBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --offers") << QStringList{} << 2 << u"--offers is required"_s;
    QTest::newRow("extra argument") << QStringList{u"--offers"_s, kExample, u"more"_s} << 2
                                    << u"unexpected argument 'more'"_s;
    QTest::newRow("unknown option") << QStringList{u"--offer"_s, kExample} << 2 << u"Unknown option"_s;
    QTest::newRow("missing file") << QStringList{u"--offers"_s, u"/nonexistent/offers.json"_s} << 1
                                  << u"/nonexistent/offers.json: error: no such file"_s;
    QTest::newRow("bad revision") << QStringList{u"--offers"_s, u"BAD"_s} << 1
                                  << u"offers[0].revisions[0].base: is required"_s;
}

void TestHistoryCommands::historyBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString bad = writeText(u"bad-revision.json"_s, R"({"offers": [{"company": "Acme", "region": "X",
        "currency": "USD", "base": 1, "revisions": [{"note": "no base"}]}]})");
    arguments.replaceInStrings(u"BAD"_s, bad);
    const Run run = cli(QStringList{u"history"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QCOMPARE(run.out, QString());
}

void TestHistoryCommands::deadlinesJson()
{
    const Run run = cli({u"deadlines"_s, u"--offers"_s, kExample, u"--today"_s, u"2026-03-12"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject expected = QJsonDocument::fromJson(R"({"today": "2026-03-12", "deadlines": [
        {"company": "Fabrikam", "level": "Senior", "deadline": "2026-03-11", "days_left": -1, "status": "passed"},
        {"company": "Northwind Labs", "level": "L5", "deadline": "2026-03-13", "days_left": 1, "status": "urgent"}
    ]})").object();
    QCOMPARE(parsed(run), expected);
}

void TestHistoryCommands::deadlinesText()
{
    const Run run = cli({u"deadlines"_s, u"--offers"_s, kExample, u"--today"_s, u"2026-03-10"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out, u"2026-03-11  Fabrikam Senior    1 day left \u2014 urgent\n"
                      u"2026-03-13  Northwind Labs L5  3 days left\n"_s);
    const Run none = cli({u"deadlines"_s, u"--offers"_s, kData + u"/offers/suggest-alone.json"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, u"No offer has a deadline.\n"_s);
    const Run noneJson = cli({u"deadlines"_s, u"--offers"_s, kData + u"/offers/suggest-alone.json"_s, u"--json"_s});
    QCOMPARE(parsed(noneJson).value(u"deadlines"_s).toArray().size(), 0);
}

void TestHistoryCommands::deadlinesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --offers") << QStringList{} << 2 << u"--offers is required"_s;
    QTest::newRow("today in words") << QStringList{u"--offers"_s, kExample, u"--today"_s, u"tomorrow"_s} << 2
                                    << u"--today must be a date written YYYY-MM-DD"_s;
    QTest::newRow("today short") << QStringList{u"--offers"_s, kExample, u"--today"_s, u"2026-3-1"_s} << 2
                                 << u"--today must be a date written YYYY-MM-DD"_s;
    QTest::newRow("no such day") << QStringList{u"--offers"_s, kExample, u"--today"_s, u"2026-02-30"_s} << 2
                                 << u"--today must be a date written YYYY-MM-DD"_s;
    QTest::newRow("missing file") << QStringList{u"--offers"_s, u"/nonexistent.json"_s} << 1 << u"no such file"_s;
}

void TestHistoryCommands::deadlinesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"deadlines"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QCOMPARE(run.out, QString());
}

void TestHistoryCommands::lintScriptWithoutScenario()
{
    const Run run = cli({u"lint-script"_s, kMessage});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(kMessage + u":4: warning: hedges: "_s), qPrintable(run.out));
    QVERIFY2(lines.at(0).contains(u"(\"I'm sorry, but I was hoping maybe\")"_s), qPrintable(run.out));
    QVERIFY2(lines.at(1).startsWith(kMessage + u":5: warning: reveals-current-pay: "_s), qPrintable(run.out));
    QVERIFY2(lines.at(2).startsWith(kMessage + u":7: warning: reveals-floor: "_s), qPrintable(run.out));
    QCOMPARE(run.err, QString());
}

void TestHistoryCommands::lintScriptWithScenario()
{
    const Run run = cli({u"lint-script"_s, kMessage, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s,
                         u"--offers"_s, kExample, u"--no-cache"_s});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(2).startsWith(kMessage + u":6: warning: names-weaker-offer: $180,000 is a figure of your "
                                               u"Fabrikam Senior offer"_s),
             qPrintable(run.out));
    QVERIFY2(lines.at(4).startsWith(kMessage + u":7: warning: commits-below-floor: This commits you to $225K, at "
                                               u"or below your walk-away floor of $228,000"_s),
             qPrintable(run.out));
}

void TestHistoryCommands::lintScriptJson()
{
    const Run run = cli({u"lint-script"_s, kMessage, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray problems = parsed(run).value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 3);
    const QJsonObject first = problems.first().toObject();
    QCOMPARE(first.keys(), (QStringList{u"line"_s, u"message"_s, u"rule"_s}));
    QCOMPARE(first.value(u"line"_s).toInt(), 4);
    QCOMPARE(first.value(u"rule"_s).toString(), u"hedges"_s);
    QVERIFY(first.value(u"message"_s).toString().startsWith(u"An apology or hedge before a number"_s));
}

void TestHistoryCommands::lintScriptCleanExitsZero()
{
    const QString clean = writeText(u"clean.txt"_s, "Hi Dana,\n\nThank you for the revised offer. To choose "
                                                    "Northwind Labs, I need $215K base.\n\nBest,\nAlex\n");
    const Run run = cli({u"lint-script"_s, clean});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    const Run json = cli({u"lint-script"_s, clean, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(parsed(json), (QJsonObject{{u"problems"_s, QJsonArray()}}));
}

void TestHistoryCommands::lintScriptBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << 2 << u"the script file is required"_s;
    QTest::newRow("two files") << QStringList{kMessage, kMessage} << 2 << u"unexpected argument"_s;
    QTest::newRow("guide alone") << QStringList{kMessage, u"--guide"_s, kGuide} << 2
                                 << u"--guide, --region and --offers go together"_s;
    QTest::newRow("premium without scenario") << QStringList{kMessage, u"--premium"_s, u"5"_s} << 2
                                              << u"--premium needs --guide, --region and --offers"_s;
    QTest::newRow("bad premium") << QStringList{kMessage, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s,
                                                u"--offers"_s, kExample, u"--premium"_s, u"lots"_s}
                                 << 2 << u"--premium"_s;
    QTest::newRow("missing file") << QStringList{u"/nonexistent/script.txt"_s} << 1
                                  << u"/nonexistent/script.txt: no such file"_s;
    QTest::newRow("not UTF-8") << QStringList{u"LATIN1"_s} << 1 << u"is not UTF-8 text"_s;
    QTest::newRow("unknown region") << QStringList{kMessage, u"--guide"_s, kGuide, u"--region"_s, u"Atlantis"_s,
                                                   u"--offers"_s, kExample}
                                    << 1 << u"has no region 'Atlantis'"_s;
    QTest::newRow("no target") << QStringList{kMessage, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s,
                                              u"--offers"_s, kData + u"/offers/suggest-no-target.json"_s}
                               << 1 << u"no offer is marked \"target\": true"_s;
}

void TestHistoryCommands::lintScriptBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"LATIN1"_s, writeText(u"latin1.txt"_s, "I currently make \xa3" "150,000.\n"));
    const Run run = cli(QStringList{u"lint-script"_s, u"--no-cache"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    QCOMPARE(run.out, QString());
}

void TestHistoryCommands::exportHasTheSoFarSection()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext is missing: install poppler-utils (.ci/setup does)");
    const auto pdfText = [this](const QString &offers, const QString &name) {
        const QString pdf = m_files.filePath(name);
        const Run run = cli({u"export"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                             offers, u"--output"_s, pdf, u"--date"_s, u"2026-03-10"_s, u"--no-cache"_s});
        if (run.exitCode != 0)
            qWarning().noquote() << run.describe();
        return runProcess(u"pdftotext"_s, {pdf, u"-"_s}, QProcessEnvironment::systemEnvironment()).out;
    };
    const QString text = pdfText(kExample, u"history.pdf"_s);
    QVERIFY2(text.contains(u"So far"_s), qPrintable(text));
    for (const QString &expected : {u"Northwind Labs L5 (target)"_s, u"Round 1: first offer"_s,
                                    u"Counter sent"_s, u"asked base $215,000, equity $260,000, sign-on $30,000"_s,
                                    u"Round 2: revised after my counter"_s, u"$287,500"_s, u"9 March 2026"_s}) {
        QVERIFY2(text.simplified().contains(expected), qPrintable(expected + u" is missing from:\n"_s + text));
    }
    // "So far" comes after the chart and before the counter.
    QVERIFY(text.indexOf(u"So far"_s) < text.indexOf(u"Counter-offer"_s));
    const QString without = pdfText(kData + u"/offers/seed-scenario.json"_s, u"seed.pdf"_s);
    QVERIFY2(without.contains(u"Negotiation summary"_s), qPrintable(without));
    QVERIFY(!without.contains(u"So far"_s));
}

void TestHistoryCommands::readmeShowsTheRealOutput_data()
{
    QTest::addColumn<QString>("shown"); // the command as the README writes it, after "$ "
    QTest::addColumn<QStringList>("arguments");
    const QString offers = u"tests/data/offers/history-three-rounds.json"_s;
    QTest::newRow("history") << u"offerdesk-cli history --offers "_s + offers
                             << QStringList{u"history"_s, u"--offers"_s, offers};
    QTest::newRow("history --json") << u"offerdesk-cli history --offers "_s + offers + u" --json"_s
                                    << QStringList{u"history"_s, u"--offers"_s, offers, u"--json"_s};
    QTest::newRow("deadlines") << u"offerdesk-cli deadlines --offers "_s + offers + u" --today 2026-03-10"_s
                               << QStringList{u"deadlines"_s, u"--offers"_s, offers, u"--today"_s, u"2026-03-10"_s};
    QTest::newRow("lint-script")
        << u"offerdesk-cli lint-script tests/data/offers/history-message.txt \\\n"
           u"    --guide huggingface-enterprise/software-engineer --region \"San Francisco\" \\\n"
           u"    --offers tests/data/offers/history-three-rounds.json"_s
        << QStringList{u"lint-script"_s, u"tests/data/offers/history-message.txt"_s, u"--guide"_s, kGuide,
                       u"--region"_s, u"San Francisco"_s, u"--offers"_s, offers, u"--no-cache"_s};
}

void TestHistoryCommands::readmeShowsTheRealOutput()
{
    QFETCH(QString, shown);
    QFETCH(QStringList, arguments);
    const QString source = QDir(kData + u"/../.."_s).absolutePath();
    const QString readme = QString::fromUtf8(readFile(source + u"/README.md"_s));
    const QString prompt = u"$ "_s + shown + u'\n';
    const qsizetype from = readme.indexOf(prompt);
    QVERIFY2(from >= 0, qPrintable(u"README.md lacks:\n"_s + prompt));
    const qsizetype start = from + prompt.size();
    const qsizetype end = readme.indexOf(u"```"_s, start);
    const QString printed = readme.mid(start, end - start);
    const Run run = runProcess(QStringLiteral(OFFERDESK_CLI_PATH), arguments,
                               isolatedEnvironment(m_home.path()), 60000, source);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(printed, run.out);
}

void TestHistoryCommands::enginesScriptPassesOnGoldenScenarios_data()
{
    QTest::addColumn<QString>("folder");
    const QString scenarios = kData + u"/counter-scenarios"_s;
    const QStringList names = QDir(scenarios).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(names.size() >= 12);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << scenarios + u'/' + name;
}

void TestHistoryCommands::enginesScriptPassesOnGoldenScenarios()
{
    QFETCH(QString, folder);
    QStringList scenario{u"--guide"_s, kGuide, u"--offers"_s, folder + u"/offers.json"_s, u"--no-cache"_s};
    for (const QString &line : QString::fromUtf8(readFile(folder + u"/args"_s)).split(u'\n', Qt::SkipEmptyParts))
        scenario.append(line);
    const Run suggest = cli(QStringList{u"suggest"_s, u"--json"_s} + scenario);
    // A refused input (expected.json says how it exits) makes no counter, so no script to check.
    const int expectedExit =
        QJsonDocument::fromJson(readFile(folder + u"/expected.json"_s)).object().value(u"exit_code"_s).toInt();
    QCOMPARE(suggest.exitCode, expectedExit);
    if (expectedExit != 0)
        return;
    const QJsonObject result = parsed(suggest);
    // The script as the Counter tab shows it: the words, then each lever's use.
    QString text = result.value(u"script"_s).toString();
    QVERIFY(!text.isEmpty());
    for (const QJsonValue &lever : result.value(u"levers"_s).toArray())
        text += u"\n- "_s + lever.toObject().value(u"use"_s).toString();
    const QString path = writeText(QFileInfo(folder).fileName() + u".txt"_s, text.toUtf8());
    const Run lint = cli(QStringList{u"lint-script"_s, path} + scenario);
    QVERIFY2(lint.exitCode == 0, qPrintable(lint.describe() + u"\n--- script:\n"_s + text));
    QCOMPARE(lint.out, QString());
}

QTEST_GUILESS_MAIN(TestHistoryCommands)
#include "tst_historycommands.moc"
