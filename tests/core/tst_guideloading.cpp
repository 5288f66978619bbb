// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Parallel, cached and front-matter-only loading give exactly what a plain sequential load gives.
#include "guide/GuideLibrary.h"
#include "guide/GuideParser.h"
#include "support/LibraryDump.h"
#include "support/SyntheticGuides.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 1);

QString dataPath(const QString &relative)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u'/' + relative;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The library as the original one-file-after-the-other loader built it: folders in order, files sorted, the first
// guide with an id wins.
QStringList sequentialReference(const QStringList &paths, bool withBodies)
{
    QStringList guides;
    QStringList diagnostics;
    QHash<QString, QString> pathById;
    int filesRead = 0;
    const auto loadFile = [&](const QString &path) {
        ++filesRead;
        const QString clean = QDir::cleanPath(path);
        const GuideParseResult result =
            withBodies ? GuideParser::parseFile(clean, kToday) : GuideParser::parseFrontMatterFile(clean, kToday);
        for (const Diagnostic &diagnostic : result.diagnostics)
            diagnostics.append(u"diagnostic "_s + diagnostic.toString());
        if (!result.guide)
            return;
        const QString id = result.guide->id();
        if (pathById.contains(id)) {
            diagnostics.append(u"diagnostic "_s
                               + Diagnostic::error(clean, 1, u"duplicate guide id '%1': already loaded from %2"_s.arg(
                                                                 id, pathById.value(id)))
                                     .toString());
            return;
        }
        pathById.insert(id, clean);
        guides.append(u"guide "_s + id);
        guides.append(LibraryDump::guideLines(*result.guide));
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, {u"*.md"_s}, QDir::Files | QDir::Readable);
            while (it.hasNext()) {
                const QString file = it.next();
                if (it.fileName().compare(u"README.md"_s, Qt::CaseInsensitive) != 0)
                    files.append(file);
            }
            files.sort();
            for (const QString &file : files)
                loadFile(file);
        } else if (info.exists()) {
            loadFile(path);
        } else {
            diagnostics.append(u"diagnostic "_s + Diagnostic::error(path, 0, u"no such file or folder"_s).toString());
        }
    }
    return QStringList{u"filesRead=%1"_s.arg(filesRead)} + guides + diagnostics;
}

QString firstDifference(const QStringList &expected, const QStringList &actual)
{
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        if (expected.value(i) != actual.value(i))
            return u"line %1:\n expected: %2\n actual:   %3"_s.arg(i).arg(expected.value(i), actual.value(i));
    }
    return QString();
}

} // namespace

class TestGuideLoading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parallelLoadMatchesSequential();
    void cachedLoadMatchesSequential();
    void wholeGuidesMatchSequential();
    void frontMatterLoadLeavesTheBodyForLater();
    void loadBodyReplacesTheGuide();
    void withBodyNoticesAChangedId();
    void frontMatterErrorsMatchTheWholeFile();
    void progressCountsEveryFile();
    void cancelledLoadSaysSo();

private:
    QStringList libraryPaths() const;
    QTemporaryDir m_dir;
};

void TestGuideLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Folder one: synthetic guides, broken guides, a README, a duplicate id and a problem after the front matter.
    const QString one = m_dir.filePath(u"one"_s);
    QVERIFY(!SyntheticGuides::writeFolder(one, 60, kToday).isEmpty());
    for (const QString &broken : {u"yaml-syntax.md"_s, u"currency-null.md"_s, u"binary-garbage.md"_s,
                                  u"never-closed.md"_s, u"no-front-matter.md"_s, u"nul-byte.md"_s,
                                  u"unterminated-quote.md"_s})
        QVERIFY(QFile::copy(dataPath(u"guides-malformed/"_s + broken), one + u"/broken-"_s + broken));
    QVERIFY(writeFile(one + u"/README.md"_s, "# Not a guide\n"));
    QVERIFY(writeFile(one + u"/zz-copy-of-five.md"_s, SyntheticGuides::guideText(5, kToday)));
    QVERIFY(writeFile(one + u"/zz-bad-body.md"_s, SyntheticGuides::guideText(9001, kToday) + "\nbad \xFF byte\n"));
    // Folder two: the same id as a guide of folder one, and guides of its own.
    const QString two = m_dir.filePath(u"two"_s);
    QVERIFY(QDir().mkpath(two));
    QVERIFY(writeFile(two + u'/' + SyntheticGuides::fileName(3), SyntheticGuides::guideText(3, kToday)));
    for (int i = 5000; i < 5012; ++i)
        QVERIFY(writeFile(two + u'/' + SyntheticGuides::fileName(i), SyntheticGuides::guideText(i, kToday)));
}

QStringList TestGuideLoading::libraryPaths() const
{
    return {m_dir.filePath(u"one"_s), m_dir.filePath(u"missing"_s), m_dir.filePath(u"two"_s),
            dataPath(u"guides-malformed/currency-unknown.md"_s), dataPath(u"guides-valid"_s)};
}

void TestGuideLoading::parallelLoadMatchesSequential()
{
    const QStringList expected = sequentialReference(libraryPaths(), false);
    // The folder really has what the comparison is about.
    const QString all = expected.join(u'\n');
    QVERIFY(all.contains(u"duplicate guide id"_s));
    QVERIFY(all.contains(u"is in the past"_s));
    QVERIFY(all.contains(u"differs from base + stock/4 + bonus"_s));
    QVERIFY(all.contains(u"YAML syntax error"_s));
    QVERIFY(all.contains(u"no such file or folder"_s));
    QVERIFY(all.contains(u"zz-bad-body.md"_s));
    QVERIFY(!all.contains(u"zz-bad-body.md:"_s)); // its bad body is not read, so it has no diagnostic

    GuideLoadOptions options;
    options.today = kToday;
    options.useCache = false;
    for (const bool parallel : {true, false}) {
        options.parallel = parallel;
        const GuideLibrary library = GuideLibrary::load(libraryPaths(), options);
        const QStringList actual = LibraryDump::lines(library);
        QVERIFY2(actual == expected, qPrintable(firstDifference(expected, actual)));
        QCOMPARE(library.filesFromCache(), 0);
        QVERIFY(!library.wasCancelled());
    }
}

void TestGuideLoading::cachedLoadMatchesSequential()
{
    const QStringList expected = sequentialReference(libraryPaths(), false);
    QTemporaryDir cache;
    GuideLoadOptions options;
    options.today = kToday;
    options.useCache = true;
    options.cacheFolder = cache.path();
    const GuideLibrary cold = GuideLibrary::load(libraryPaths(), options);
    QCOMPARE(cold.filesFromCache(), 0);
    QVERIFY2(LibraryDump::lines(cold) == expected, qPrintable(firstDifference(expected, LibraryDump::lines(cold))));
    const GuideLibrary warm = GuideLibrary::load(libraryPaths(), options);
    // Files named on their own are not cached; every file in a folder is.
    QCOMPARE(warm.filesFromCache(), warm.filesRead() - 1);
    QVERIFY2(LibraryDump::lines(warm) == expected, qPrintable(firstDifference(expected, LibraryDump::lines(warm))));
}

void TestGuideLoading::wholeGuidesMatchSequential()
{
    const QStringList expected = sequentialReference(libraryPaths(), true);
    QVERIFY(expected.join(u'\n').contains(u"zz-bad-body.md:"_s)); // the body's problem is found
    const GuideLibrary library = GuideLibrary::load(libraryPaths(), kToday);
    QVERIFY2(LibraryDump::lines(library) == expected,
             qPrintable(firstDifference(expected, LibraryDump::lines(library))));
    QVERIFY(!library.guides().first().levers.isEmpty());
}

void TestGuideLoading::frontMatterLoadLeavesTheBodyForLater()
{
    GuideLoadOptions options;
    options.today = kToday;
    options.useCache = false;
    const GuideLibrary library = GuideLibrary::load({m_dir.filePath(u"one"_s)}, options);
    const Guide *guide = library.find(u"acme-robotics/junior-software-engineer"_s);
    QVERIFY(guide);
    QVERIFY(guide->body.isEmpty());
    QVERIFY(guide->levers.isEmpty());
    QVERIFY(guide->script.isEmpty());
    QVERIFY(!guide->regions.isEmpty());
    // A problem after the front matter does not keep the guide out of the list; opening it finds the problem.
    const Guide *badBody = nullptr;
    for (const Guide &g : library.guides()) {
        if (g.path.endsWith(u"zz-bad-body.md"_s))
            badBody = &g;
    }
    QVERIFY(badBody);
    const GuideParseResult opened = GuideLibrary::withBody(*badBody, kToday);
    QVERIFY(!opened.ok());
    QVERIFY(opened.diagnostics.first().message.contains(u"invalid UTF-8"_s));
    QVERIFY(opened.diagnostics.first().line > badBody->bodyFirstLine);

    const GuideParseResult full = GuideLibrary::withBody(*guide, kToday);
    QVERIFY(full.ok());
    QCOMPARE(full.guide->levers.size(), 5);
    QVERIFY(full.guide->script.startsWith(u"Thank you"_s));
    QCOMPARE(full.guide->bodyFirstLine, guide->bodyFirstLine);
    QCOMPARE(full.guide->regions.size(), guide->regions.size());
}

void TestGuideLoading::loadBodyReplacesTheGuide()
{
    GuideLoadOptions options;
    options.today = kToday;
    options.useCache = false;
    GuideLibrary library = GuideLibrary::load({m_dir.filePath(u"two"_s)}, options);
    const QString id = library.guides().at(2).id();
    Diagnostics problems;
    const Guide *guide = library.loadBody(id, &problems);
    QVERIFY(guide);
    QVERIFY(problems.isEmpty());
    QCOMPARE(guide, library.find(id));
    QCOMPARE(library.guides().at(2).levers.size(), 5);
    QCOMPARE(library.loadBody(u"nobody/nothing"_s, &problems), nullptr);
}

void TestGuideLoading::withBodyNoticesAChangedId()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"guide.md"_s);
    QVERIFY(writeFile(path, SyntheticGuides::guideText(1, kToday)));
    GuideLoadOptions options;
    options.useCache = false;
    const GuideLibrary library = GuideLibrary::load({dir.path()}, options);
    QCOMPARE(library.guides().size(), 1);
    QVERIFY(writeFile(path, SyntheticGuides::guideText(2, kToday)));
    const GuideParseResult result = GuideLibrary::withBody(library.guides().first());
    QVERIFY(!result.ok());
    QVERIFY(result.diagnostics.last().message.contains(u"changed since the library was loaded"_s));
    QCOMPARE(result.diagnostics.last().path, path);
}

void TestGuideLoading::frontMatterErrorsMatchTheWholeFile()
{
    // Reading stops at the closing '---', yet every problem up to there is reported as the whole file's.
    QDirIterator it(dataPath(u"guides-malformed"_s), {u"*.md"_s}, QDir::Files);
    int compared = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const GuideParseResult whole = GuideParser::parseFile(path, kToday);
        const GuideParseResult front = GuideParser::parseFrontMatterFile(path, kToday);
        if (whole.ok()) {
            QVERIFY2(front.ok(), qPrintable(path));
            continue;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        int closing = 0;
        for (qsizetype i = 1; i < lines.size() && !closing; ++i) {
            if (lines.at(i).trimmed() == "---")
                closing = int(i) + 1;
        }
        if (closing && whole.diagnostics.first().line > closing)
            continue; // a problem in the body: found when the guide is opened
        QStringList wholeText, frontText;
        for (const Diagnostic &d : whole.diagnostics)
            wholeText.append(d.toString());
        for (const Diagnostic &d : front.diagnostics)
            frontText.append(d.toString());
        QCOMPARE(frontText, wholeText);
        ++compared;
    }
    QVERIFY(compared > 30);
}

void TestGuideLoading::progressCountsEveryFile()
{
    GuideLoadOptions options;
    options.useCache = false;
    QList<int> seen;
    QMutex mutex;
    int totalSeen = -1;
    options.progress = [&](int done, int total) {
        QMutexLocker lock(&mutex);
        seen.append(done);
        totalSeen = total;
    };
    const GuideLibrary library = GuideLibrary::load({m_dir.filePath(u"one"_s), m_dir.filePath(u"two"_s)}, options);
    QCOMPARE(totalSeen, library.filesRead());
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen.size(), library.filesRead());
    QCOMPARE(seen.first(), 1);
    QCOMPARE(seen.last(), library.filesRead());
}

void TestGuideLoading::cancelledLoadSaysSo()
{
    std::atomic_bool cancel{true};
    GuideLoadOptions options;
    options.useCache = true;
    QTemporaryDir cache;
    options.cacheFolder = cache.path();
    options.cancel = &cancel;
    const GuideLibrary library = GuideLibrary::load({m_dir.filePath(u"one"_s)}, options);
    QVERIFY(library.wasCancelled());
    QVERIFY(library.guides().isEmpty());
    // A cancelled load writes no cache.
    QVERIFY(QDir(cache.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestGuideLoading)
#include "tst_guideloading.moc"
