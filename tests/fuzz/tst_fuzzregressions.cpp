// Replays every input the fuzzers ever crashed or hung on (tests/fuzz/regressions/), and the fuzzers' seed corpora,
// through the fuzzers' own entry points. In the sanitizer build (build-asan/) this catches memory errors too.
#include "FuzzEntries.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList filesUnder(const QString &folder, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(folder, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
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

const QString kRegressions = QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/tests/fuzz/regressions"_s;
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
    QTest::addColumn<QString>("path");
    const QStringList regressions = filesUnder(kRegressions + u"/guide"_s, {u"*"_s});
    QVERIFY(!regressions.isEmpty());
    for (const QString &path : regressions)
        QTest::newRow(qPrintable(u"regression/"_s + QFileInfo(path).fileName())) << path;
    for (const QString &path : filesUnder(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-malformed"_s, {u"*.md"_s}))
        QTest::newRow(qPrintable(u"malformed/"_s + QFileInfo(path).fileName())) << path;
    QTest::newRow("seed") << QStringLiteral(OFFERDESK_SEED_GUIDE);
}

void TestFuzzRegressions::guide()
{
    QFETCH(QString, path);
    FuzzEntries::guide(readFile(path)); // must return: no crash, no hang, no sanitizer report
}

void TestFuzzRegressions::offers_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : filesUnder(kRegressions + u"/offers"_s, {u"*"_s}))
        QTest::newRow(qPrintable(u"regression/"_s + QFileInfo(path).fileName())) << path;
    for (const QString &path : filesUnder(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers"_s, {u"*.json"_s}))
        QTest::newRow(qPrintable(u"fixture/"_s + QDir(QStringLiteral(OFFERDESK_TEST_DATA_DIR)).relativeFilePath(path)))
            << path;
}

void TestFuzzRegressions::offers()
{
    QFETCH(QString, path);
    QVERIFY2(FuzzEntries::offers(readFile(path)), "the offers changed in a write/read round trip");
}

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
