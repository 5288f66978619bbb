// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// offerdesk-cli bands, run as a child process: the JSON contract, the text table, exit codes 0/1/2, and guide
// drafts that `offerdesk-cli check` and `show` accept.

#include "support/RunProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString bandsData(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/bands/"_s + name;
}

QSet<QString> keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.cbegin(), list.cend());
}

const QString kExample = bandsData(u"example-data-points.csv"_s);
} // namespace

class TestBandsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesBands();
    void jsonContract();
    void jsonValuesOfTheExample();
    void percentilesOption();
    void textTable();
    void badRowsExitOneAndGoodRowsStillPrint();
    void missingFileExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void writtenGuidesPassCheck();
    void writeGuidesFailureExitsOne();

private:
    Run cli(const QStringList &arguments) const;
    QJsonObject jsonGroup(const QJsonArray &groups, const QString &company, const QString &region) const;

    QTemporaryDir m_home;
};

void TestBandsCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestBandsCommand::cli(const QStringList &arguments) const
{
    // Nothing of the person's own folders: data, config and cache are private to the test.
    QProcessEnvironment env = isolatedEnvironment(m_home.path());
    env.insert(u"HOME"_s, m_home.path());
    return runProcess(QStringLiteral(OFFERDESK_CLI_PATH), arguments, env, 60000);
}

QJsonObject TestBandsCommand::jsonGroup(const QJsonArray &groups, const QString &company, const QString &region) const
{
    for (const QJsonValue &group : groups) {
        if (group[u"company"_s].toString() == company && group[u"region"_s].toString() == region)
            return group.toObject();
    }
    return {};
}

void TestBandsCommand::helpNamesBands()
{
    const Run top = cli({u"--help"_s});
    QCOMPARE(top.exitCode, 0);
    QVERIFY2(top.out.contains(u"  bands "_s), qPrintable(top.out));
    const Run help = cli({u"bands"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--data"_s, u"--percentiles"_s, u"--json"_s, u"--write-guides"_s, u"--today"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
}

void TestBandsCommand::jsonContract()
{
    const Run result = cli({u"bands"_s, u"--data"_s, kExample, u"--json"_s, u"--today"_s, u"2026-03-01"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(keys(document.object()), QSet<QString>{u"groups"_s});
    const QJsonArray groups = document[u"groups"_s].toArray();
    QCOMPARE(groups.size(), 5);
    const QSet<QString> groupKeys = {u"company"_s, u"role"_s,      u"region"_s,     u"currency"_s,  u"count"_s,
                                     u"base"_s,    u"stock_4yr"_s, u"total_comp"_s, u"bonus_pct"_s, u"warnings"_s};
    int count = 0;
    for (const QJsonValue &value : groups) {
        const QJsonObject group = value.toObject();
        QCOMPARE(keys(group), groupKeys);
        for (const QString &key : {u"company"_s, u"role"_s, u"region"_s, u"currency"_s})
            QVERIFY(group[key].isString());
        for (const QString &key : {u"base"_s, u"stock_4yr"_s, u"total_comp"_s}) {
            const QJsonObject spread = group[key].toObject();
            QCOMPARE(keys(spread), (QSet<QString>{u"low"_s, u"median"_s, u"high"_s}));
            QVERIFY(spread[u"low"_s].toDouble() <= spread[u"median"_s].toDouble());
            QVERIFY(spread[u"median"_s].toDouble() <= spread[u"high"_s].toDouble());
        }
        QVERIFY(group[u"count"_s].isDouble());
        QVERIFY(group[u"bonus_pct"_s].isDouble());
        QVERIFY(group[u"warnings"_s].isArray());
        count += group[u"count"_s].toInt();
    }
    QCOMPARE(count, 30);
}

void TestBandsCommand::jsonValuesOfTheExample()
{
    const Run result = cli({u"bands"_s, u"--data"_s, kExample, u"--json"_s, u"--today"_s, u"2026-03-01"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray groups = QJsonDocument::fromJson(result.out.toUtf8())[u"groups"_s].toArray();
    // Acme Robotics, San Francisco: bases 165,168,172,185,190,195,200,230 thousand; h = 1.75, 3.5, 5.25.
    const QJsonObject acme = jsonGroup(groups, u"Acme Robotics"_s, u"San Francisco"_s);
    QCOMPARE(acme[u"role"_s].toString(), u"Software Engineer"_s);
    QCOMPARE(acme[u"currency"_s].toString(), u"USD"_s);
    QCOMPARE(acme[u"count"_s].toInt(), 8);
    QCOMPARE(acme[u"base"_s][u"low"_s].toDouble(), 171000.0);
    QCOMPARE(acme[u"base"_s][u"median"_s].toDouble(), 187500.0);
    QCOMPARE(acme[u"base"_s][u"high"_s].toDouble(), 196250.0);
    // Stock 120,130,140,200,220,240,260,400 thousand.
    QCOMPARE(acme[u"stock_4yr"_s][u"low"_s].toDouble(), 137500.0);
    QCOMPARE(acme[u"stock_4yr"_s][u"median"_s].toDouble(), 210000.0);
    QCOMPARE(acme[u"stock_4yr"_s][u"high"_s].toDouble(), 245000.0);
    QCOMPARE(acme[u"bonus_pct"_s].toDouble(), 12.0);
    // Two currencies inside Acme Robotics, Software Engineer (USD here, EUR in Berlin).
    QCOMPARE(acme[u"warnings"_s].toArray().size(), 1);
    QVERIFY(acme[u"warnings"_s][0].toString().contains(u"2 currencies (EUR, USD)"_s));

    const QJsonObject london = jsonGroup(groups, u"Globex"_s, u"London"_s);
    QCOMPARE(london[u"count"_s].toInt(), 3);
    QCOMPARE(london[u"warnings"_s][0].toString(), u"only 3 points: fewer than 5, so the band is a rough guess"_s);

    const QJsonObject initech = jsonGroup(groups, u"Initech"_s, u"Austin"_s);
    QCOMPARE(initech[u"warnings"_s].toArray(),
             QJsonArray{u"1 point is older than 2 years (before 2024-03-01): line 26"_s});
    // The same file seen from 2024: nothing is old.
    const Run earlier = cli({u"bands"_s, u"--data"_s, kExample, u"--json"_s, u"--today"_s, u"2024-06-01"_s});
    const QJsonArray earlierGroups = QJsonDocument::fromJson(earlier.out.toUtf8())[u"groups"_s].toArray();
    QCOMPARE(jsonGroup(earlierGroups, u"Initech"_s, u"Austin"_s)[u"warnings"_s].toArray(), QJsonArray());
}

void TestBandsCommand::percentilesOption()
{
    const Run result = cli({u"bands"_s, u"--data"_s, kExample, u"--json"_s, u"--percentiles"_s, u"10,90"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray groups = QJsonDocument::fromJson(result.out.toUtf8())[u"groups"_s].toArray();
    const QJsonObject acme = jsonGroup(groups, u"Acme Robotics"_s, u"San Francisco"_s);
    // h = 0.7 and 6.3: 165,000 + 0.7 × 3,000 and 200,000 + 0.3 × 30,000.
    QCOMPARE(acme[u"base"_s][u"low"_s].toDouble(), 167100.0);
    QCOMPARE(acme[u"base"_s][u"median"_s].toDouble(), 187500.0);
    QCOMPARE(acme[u"base"_s][u"high"_s].toDouble(), 209000.0);
}

void TestBandsCommand::textTable()
{
    const Run result = cli({u"bands"_s, u"--data"_s, kExample, u"--today"_s, u"2026-03-01"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.contains(u"Acme Robotics · Software Engineer · San Francisco (USD): 8 points\n"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"  base                 171,000       187,500       196,250\n"_s),
             qPrintable(result.out));
    QVERIFY(result.out.contains(u"p25"_s) && result.out.contains(u"p75"_s));
    QVERIFY(result.out.contains(u"12% (median)"_s));
    QVERIFY2(result.out.contains(u" 6.5% (median)\n"_s), qPrintable(result.out)); // Initech: 5, 5, 5, 8, 8, 10
    QVERIFY(result.out.contains(u"  warning: only 3 points: fewer than 5, so the band is a rough guess\n"_s));
    QVERIFY(result.out.endsWith(u"30 data points in 5 groups; 0 bad rows skipped\n"_s));
}

void TestBandsCommand::badRowsExitOneAndGoodRowsStillPrint()
{
    const QString path = bandsData(u"bad-rows.csv"_s);
    const Run result = cli({u"bands"_s, u"--data"_s, path, u"--json"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path + u":4: error: 'base' is not a plain number such as 170000 or 7.5: '120k'\n"_s),
             qPrintable(result.err));
    QVERIFY(result.err.contains(path + u":5: error: unknown ISO 4217 currency 'XYZ'\n"_s));
    QCOMPARE(result.err.count(u": error: "_s), 8);
    const QJsonArray groups = QJsonDocument::fromJson(result.out.toUtf8())[u"groups"_s].toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first()[u"count"_s].toInt(), 2);

    const Run text = cli({u"bands"_s, u"--data"_s, path});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains(u"2 data points in 1 group; 8 bad rows skipped\n"_s));
    // A file whose header can't be read has no good rows, and says so.
    const Run header = cli({u"bands"_s, u"--data"_s, bandsData(u"missing-columns.csv"_s)});
    QCOMPARE(header.exitCode, 1);
    QVERIFY(header.err.contains(u"missing-columns.csv:1: error: the header has no column date"_s));
    // Warnings alone keep exit 0.
    const Run warnings = cli({u"bands"_s, u"--data"_s, bandsData(u"stock-per-year.csv"_s)});
    QCOMPARE(warnings.exitCode, 0);
    QVERIFY(warnings.err.contains(u"stock-per-year.csv:1: warning: unknown column 'notes' is ignored"_s));
}

void TestBandsCommand::missingFileExitsOne()
{
    const Run result = cli({u"bands"_s, u"--data"_s, bandsData(u"no-such-file.csv"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"no-such-file.csv: error: cannot read"_s), qPrintable(result.err));
}

void TestBandsCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --data") << QStringList{u"bands"_s};
    QTest::newRow("reversed percentiles") << QStringList{u"bands"_s, u"--data"_s, kExample, u"--percentiles"_s, u"75,25"_s};
    QTest::newRow("zero percentile") << QStringList{u"bands"_s, u"--data"_s, kExample, u"--percentiles"_s, u"0,50"_s};
    QTest::newRow("hundred percentile") << QStringList{u"bands"_s, u"--data"_s, kExample, u"--percentiles"_s, u"50,100"_s};
    QTest::newRow("one percentile") << QStringList{u"bands"_s, u"--data"_s, kExample, u"--percentiles"_s, u"25"_s};
    QTest::newRow("words") << QStringList{u"bands"_s, u"--data"_s, kExample, u"--percentiles"_s, u"low,high"_s};
    QTest::newRow("bad today") << QStringList{u"bands"_s, u"--data"_s, kExample, u"--today"_s, u"2026-13-01"_s};
    QTest::newRow("extra argument") << QStringList{u"bands"_s, u"--data"_s, kExample, u"extra"_s};
    QTest::newRow("unknown option") << QStringList{u"bands"_s, u"--data"_s, kExample, u"--bogus"_s};
}

void TestBandsCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"offerdesk-cli bands: "_s));
    QCOMPARE(result.out, QString());
}

void TestBandsCommand::writtenGuidesPassCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString guides = dir.filePath(u"drafts"_s);
    const Run result = cli({u"bands"_s, u"--data"_s, kExample, u"--json"_s, u"--write-guides"_s, guides, u"--today"_s,
                            u"2026-03-01"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(result.out.toUtf8()).isNull()); // stdout stays JSON alone
    const QStringList files = QDir(guides).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{u"acme-robotics--software-engineer.md"_s, u"globex--data-scientist.md"_s,
                                 u"initech--software-engineer.md"_s}));
    QVERIFY(result.err.contains(u"Wrote "_s + QDir(guides).filePath(files.first())));

    const Run check = cli({u"check"_s, guides});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(u"Checked 3 files: 3 guides loaded, 0 errors"_s), qPrintable(check.out));

    // What the guide says is the band: stock_low/high the 4-year stock percentiles, bonus the median.
    const Run show = cli({u"show"_s, u"acme-robotics/software-engineer"_s, u"--guides"_s, guides, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject guide = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(guide[u"company_display"_s].toString(), u"Acme Robotics"_s);
    QCOMPARE(guide[u"last_updated"_s].toString(), u"2026-03-01"_s);
    const QJsonArray regions = guide[u"regions"_s].toArray();
    QCOMPARE(regions.size(), 2);
    const QJsonObject sf = regions.at(0).toObject();
    QCOMPARE(sf[u"region"_s].toString(), u"San Francisco"_s);
    QCOMPARE(sf[u"base"_s][u"low"_s].toDouble(), 171000.0);
    QCOMPARE(sf[u"base"_s][u"high"_s].toDouble(), 196250.0);
    QCOMPARE(sf[u"stock_4yr"_s][u"low"_s].toDouble(), 137500.0);
    QCOMPARE(sf[u"stock_4yr"_s][u"high"_s].toDouble(), 245000.0);
    QCOMPARE(sf[u"bonus_pct"_s].toDouble(), 12.0);
    QCOMPARE(regions.at(1)[u"currency"_s].toString(), u"EUR"_s);
    const QJsonArray sources = guide[u"data_sources"_s].toArray();
    QVERIFY(sources.contains(u"Levels.fyi (7 data points)"_s));
    QVERIFY(sources.contains(u"Data points dated 2025-04-10 to 2026-02-20"_s));

    QFile file(QDir(guides).filePath(u"acme-robotics--software-engineer.md"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(u"---\ncompany: acme-robotics\n"_s));
    QVERIFY2(text.contains(u"| San Francisco | USD | 8 | L4, L5, L6 | 2025-04-10 to 2026-02-02 | Blind (2); Friend, "
                           u"ex-colleague (1); Levels.fyi (4); Recruiter (1) |"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"from example-data-points.csv on 2026-03-01, from 14 data points"_s));
}

void TestBandsCommand::writeGuidesFailureExitsOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocker = dir.filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run result = cli({u"bands"_s, u"--data"_s, kExample, u"--write-guides"_s, blocker + u"/drafts"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"cannot make the folder"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestBandsCommand)
#include "tst_bandscommand.moc"
