// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Replays every input the fuzzers ever crashed or hung on (tests/fuzz/regressions/), and the fuzzers' seed corpora,
// through the fuzzers' own entry points. In the sanitizer build (build-asan/) this catches memory errors too.
// Surviving is not enough: each input gives the outcome it gives today, written in its folder's expected.tsv
// (guides-malformed/expected.tsv for the malformed guides). An input either loads, or fails with its first error.
#include "FuzzEntries.h"

#include "guide/GuideParser.h"
#include "offers/OffersJson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kRegressions = QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/tests/fuzz/regressions"_s;
const QString kTestData = QStringLiteral(OFFERDESK_TEST_DATA_DIR);
const QString kExpectations = u"expected.tsv"_s;
const QDate kFuzzToday(2026, 11, 26); // the date FuzzEntries parses with

// What an input gives: it loads, or it fails with an error at a line (0 when no line applies) whose message
// contains a text.
struct Outcome
{
    bool loads = false;
    int line = 0;
    QString message;

    QString toString() const
    {
        return loads ? u"loads"_s : u"fails at line %1 with '%2'"_s.arg(line).arg(message);
    }
};

QStringList filesUnder(const QString &folder, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(folder, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName() != kExpectations)
            files.append(path);
    }
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A folder's expected.tsv, by file name. A row is `file<TAB>loads` or `file<TAB>line<TAB>error text`; the
// guides-malformed table has only the second kind.
QHash<QString, Outcome> readExpectations(const QString &folder)
{
    QHash<QString, Outcome> outcomes;
    QFile file(folder + u'/' + kExpectations);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return outcomes;
    while (!file.atEnd()) {
        const QString row = QString::fromUtf8(file.readLine()).chopped(1);
        if (row.trimmed().isEmpty() || row.startsWith(u'#'))
            continue;
        const QStringList fields = row.split(u'\t');
        Outcome outcome;
        if (fields.size() == 2 && fields.at(1) == u"loads"_s)
            outcome.loads = true;
        else if (fields.size() == 3)
            outcome = {false, fields.at(1).toInt(), fields.at(2)};
        else
            qFatal("%s: bad row '%s'", qPrintable(file.fileName()), qPrintable(row));
        outcomes.insert(fields.at(0), outcome);
    }
    return outcomes;
}

// Whether the diagnostics show the outcome; the actual one is described in *actual when they don't.
bool matches(const Diagnostics &diagnostics, const Outcome &expected, QString *actual)
{
    const auto firstError = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                         [](const Diagnostic &d) { return d.isError(); });
    *actual = firstError == diagnostics.cend() ? Outcome{true}.toString()
                                               : Outcome{false, firstError->line, firstError->message}.toString();
    if (expected.loads)
        return !hasErrors(diagnostics);
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
        return d.isError() && d.line == expected.line && d.message.contains(expected.message);
    });
}

// One row per file of a regression folder, with the outcome its expected.tsv gives.
void addRegressionRows(const QString &kind)
{
    const QString folder = kRegressions + u'/' + kind;
    QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder + u" is missing"_s));
    const QHash<QString, Outcome> expected = readExpectations(folder);
    const QStringList files = filesUnder(folder, {u"*"_s});
    QVERIFY2(!files.isEmpty(), qPrintable(folder + u" holds no regression"_s));
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(expected.contains(name), qPrintable(u"%1 has no row in %2/%3"_s.arg(name, folder, kExpectations)));
        QTest::newRow(qPrintable(u"regression/"_s + name)) << path << expected.value(name).loads
                                                          << expected.value(name).line << expected.value(name).message;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(QFileInfo::exists(folder + u'/' + it.key()),
                 qPrintable(u"%1/%2 names %3, which is not there"_s.arg(folder, kExpectations, it.key())));
}

void addOutcomeColumns()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void guide_data();
    void guide();
    void offers_data();
    void offers();
};

void TestFuzzRegressions::guide_data()
{
    addOutcomeColumns();
    addRegressionRows(u"guide"_s);
    const QString malformed = kTestData + u"/guides-malformed"_s;
    const QHash<QString, Outcome> expected = readExpectations(malformed);
    for (const QString &path : filesUnder(malformed, {u"*.md"_s})) {
        const Outcome outcome = expected.value(QFileInfo(path).fileName());
        QTest::newRow(qPrintable(u"malformed/"_s + QFileInfo(path).fileName()))
            << path << outcome.loads << outcome.line << outcome.message;
    }
    QTest::newRow("seed") << QStringLiteral(OFFERDESK_SEED_GUIDE) << true << 0 << QString();
}

void TestFuzzRegressions::guide()
{
    QFETCH(QString, path);
    QFETCH(bool, loads);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QByteArray bytes = readFile(path);
    FuzzEntries::guide(bytes); // must return: no crash, no hang, no sanitizer report

    const Outcome expected{loads, line, message};
    QString actual;
    QVERIFY2(matches(GuideParser::parse(bytes, path, kFuzzToday).diagnostics, expected, &actual),
             qPrintable(u"expected: %1\nactual:   %2"_s.arg(expected.toString(), actual)));
}

void TestFuzzRegressions::offers_data()
{
    addOutcomeColumns();
    addRegressionRows(u"offers"_s);
    // The fixtures' outcomes are checked where they belong (tst_offersjson and the CLI tests); here, as seeds of
    // the fuzzer, they only have to survive (line -1).
    for (const QString &path : filesUnder(kTestData + u"/offers"_s, {u"*.json"_s}))
        QTest::newRow(qPrintable(u"fixture/"_s + QDir(kTestData).relativeFilePath(path))) << path << false << -1
                                                                                         << QString();
}

void TestFuzzRegressions::offers()
{
    QFETCH(QString, path);
    QFETCH(bool, loads);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QByteArray bytes = readFile(path);
    QVERIFY2(FuzzEntries::offers(bytes), "the offers changed in a write/read round trip");

    if (line < 0)
        return;
    const Outcome expected{loads, line, message};
    QString actual;
    QVERIFY2(matches(OffersJson::parse(bytes, path).diagnostics, expected, &actual),
             qPrintable(u"expected: %1\nactual:   %2"_s.arg(expected.toString(), actual)));
}

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
