// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Guides in folders of folders: the walk's order and rules (hidden folders, symbolic link loops, the depth limit),
// and the library load and its index cache over subfolders.
#include "guide/GuideFolderWalk.h"
#include "guide/GuideIndexCache.h"
#include "guide/GuideLibrary.h"
#include "support/LibraryDump.h"
#include "support/SyntheticGuides.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 1);

// Writes synthetic guide `index` at root/relativeFolder/<its file name>; returns the path, or empty.
QString writeGuide(const QString &root, const QString &relativeFolder, int index)
{
    const QString folder = relativeFolder.isEmpty() ? root : root + u'/' + relativeFolder;
    if (!QDir().mkpath(folder))
        return QString();
    const QString path = folder + u'/' + SyntheticGuides::fileName(index);
    QFile file(path);
    const QByteArray text = SyntheticGuides::guideText(index, kToday);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path : QString();
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

Diagnostics matching(const Diagnostics &diagnostics, const QString &words)
{
    Diagnostics found;
    for (const Diagnostic &d : diagnostics) {
        if (d.message.contains(words))
            found.append(d);
    }
    return found;
}

// The problems the walk reports, about folders; not those of the guides read.
Diagnostics folderProblems(const GuideLibrary &library)
{
    Diagnostics found;
    for (const Diagnostic &d : library.diagnostics()) {
        if (!d.path.endsWith(u".md"_s))
            found.append(d);
    }
    return found;
}

QStringList relativePaths(const GuideFolderWalk::Listing &listing)
{
    QStringList paths;
    for (const GuideFolderWalk::File &file : listing.files)
        paths.append(file.relativePath);
    return paths;
}

GuideLoadOptions noCache()
{
    GuideLoadOptions options;
    options.today = kToday;
    options.useCache = false;
    return options;
}

} // namespace

class TestGuideFolders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nestedFoldersLoadInWalkOrder();
    void walkOrderMatchesTheCacheOrder();
    void flatFolderListsAsBefore();
    void hiddenFoldersAndFilesAreSkipped();
    void symlinkLoopIsReportedOnceAndTheLoadFinishes();
    void secondLinkToAFolderIsNotReadTwice();
    void depthLimit();
    void duplicateIdAcrossSubfolders();
    void folderNamedLikeAGuideIsNotAGuideFile();
    void folderInsideNamedLikeAGuideIsWalked();
    void cacheWarmStartSeesAChangeInASubfolder();
    void cacheOfAFlatFolderKeepsFileNames();
};

void TestGuideFolders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuideFolders::nestedFoldersLoadInWalkOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    // Guides 0..5 have distinct ids; the folders are written out of order on purpose.
    const QString deep = writeGuide(root, u"globex/platform/sre"_s, 0);
    const QString top = writeGuide(root, QString(), 1);
    const QString acme = writeGuide(root, u"acme"_s, 2);
    const QString acmeTeam = writeGuide(root, u"acme/team"_s, 3);
    const QString acmeDash = writeGuide(root, u"acme-labs"_s, 4);
    const QString globex = writeGuide(root, u"globex"_s, 5);
    for (const QString &path : {deep, top, acme, acmeTeam, acmeDash, globex})
        QVERIFY(!path.isEmpty());

    const GuideLibrary library = GuideLibrary::load({root}, noCache());
    QVERIFY2(library.diagnostics().isEmpty() || !hasErrors(library.diagnostics()),
             qPrintable(joined(library.diagnostics())));
    QCOMPARE(library.filesRead(), 6);
    QStringList paths;
    for (const Guide &guide : library.guides())
        paths.append(guide.path);
    // A folder's own files first, then each subfolder (and all below it) by name.
    QCOMPARE(paths, QStringList({top, acme, acmeTeam, acmeDash, globex, deep}));
    QCOMPARE(library.foldersRead(),
             QStringList({root, root + u"/acme"_s, root + u"/acme/team"_s, root + u"/acme-labs"_s,
                          root + u"/globex"_s, root + u"/globex/platform"_s, root + u"/globex/platform/sre"_s}));
    QVERIFY(folderProblems(library).isEmpty());

    // The same guides, parsed one after the other, give the same library.
    GuideLoadOptions serial = noCache();
    serial.parallel = false;
    QCOMPARE(LibraryDump::lines(GuideLibrary::load({root}, serial)), LibraryDump::lines(library));
}

void TestGuideFolders::walkOrderMatchesTheCacheOrder()
{
    // The cache matches its entries to the listing in one pass, by lessInWalkOrder: it must be the walk's order.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int index = 0;
    for (const QString &folder : {u""_s, u"a"_s, u"a/x"_s, u"a-b"_s, u"a.b"_s, u"B"_s, u"b"_s, u"b/a"_s, u"a/x/y"_s})
        QVERIFY(!writeGuide(dir.path(), folder, index++).isEmpty());
    const QStringList listed = relativePaths(GuideFolderWalk::list(dir.path()));
    QCOMPARE(listed.size(), index);
    QStringList sorted = listed;
    std::reverse(sorted.begin(), sorted.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return GuideFolderWalk::lessInWalkOrder(a, b); });
    QCOMPARE(sorted, listed);

    QVERIFY(GuideFolderWalk::lessInWalkOrder(u"z.md", u"a/a.md"));
    QVERIFY(GuideFolderWalk::lessInWalkOrder(u"a/z.md", u"a/x/a.md"));
    QVERIFY(GuideFolderWalk::lessInWalkOrder(u"a/x/a.md", u"a-b/a.md"));
    QVERIFY(!GuideFolderWalk::lessInWalkOrder(u"a/a.md", u"a/a.md"));
    QVERIFY(GuideFolderWalk::lessInWalkOrder(u"A.md", u"a.md"));
}

void TestGuideFolders::flatFolderListsAsBefore()
{
    // A flat folder: its *.md files (any case), README.md excepted, by name; relative paths are the file names.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList names;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!writeGuide(dir.path(), QString(), i).isEmpty());
        names.append(SyntheticGuides::fileName(i));
    }
    QVERIFY(QFile::copy(dir.filePath(names.at(0)), dir.filePath(u"UPPER.MD"_s)));
    names.append(u"UPPER.MD"_s);
    QVERIFY(QFile::copy(dir.filePath(names.at(0)), dir.filePath(u"README.md"_s)));
    QVERIFY(QFile::copy(dir.filePath(names.at(0)), dir.filePath(u"notes.txt"_s)));
    std::sort(names.begin(), names.end());

    const GuideFolderWalk::Listing listing = GuideFolderWalk::list(dir.path());
    QCOMPARE(relativePaths(listing), names);
    QCOMPARE(listing.folders, QStringList{dir.path()});
    QVERIFY(listing.problems.isEmpty());
    for (const GuideFolderWalk::File &file : listing.files) {
        QCOMPARE(file.path, dir.filePath(file.relativePath));
        QCOMPARE(file.size, QFileInfo(file.path).size());
        QVERIFY(file.modifiedNsecs > 0);
    }
}

void TestGuideFolders::hiddenFoldersAndFilesAreSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!writeGuide(dir.path(), u"acme"_s, 0).isEmpty());
    QVERIFY(!writeGuide(dir.path(), u".git"_s, 1).isEmpty());
    QVERIFY(!writeGuide(dir.path(), u"acme/.drafts"_s, 2).isEmpty());
    QVERIFY(QFile::copy(dir.filePath(u"acme/"_s + SyntheticGuides::fileName(0)), dir.filePath(u"acme/.old.md"_s)));

    const GuideLibrary library = GuideLibrary::load({dir.path()}, noCache());
    QCOMPARE(library.filesRead(), 1);
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.guides().first().path, dir.filePath(u"acme/"_s + SyntheticGuides::fileName(0)));
    QVERIFY2(library.diagnostics().isEmpty() || !hasErrors(library.diagnostics()),
             qPrintable(joined(library.diagnostics())));
    QCOMPARE(library.foldersRead(), QStringList({dir.path(), dir.filePath(u"acme"_s)}));
    QVERIFY(folderProblems(library).isEmpty());
}

void TestGuideFolders::symlinkLoopIsReportedOnceAndTheLoadFinishes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(!writeGuide(root, QString(), 0).isEmpty());
    QVERIFY(!writeGuide(root, u"acme"_s, 1).isEmpty());
    // acme/back leads to the root, acme/self to acme itself.
    QVERIFY(QFile::link(root, root + u"/acme/back"_s));
    QVERIFY(QFile::link(root + u"/acme"_s, root + u"/acme/self"_s));

    const GuideLibrary library = GuideLibrary::load({root}, noCache());
    QCOMPARE(library.filesRead(), 2);
    QCOMPARE(library.guides().size(), 2);
    QVERIFY2(!hasErrors(library.diagnostics()), qPrintable(joined(library.diagnostics())));
    const Diagnostics loops = matching(library.diagnostics(), u"symbolic link loop"_s);
    QCOMPARE(loops.size(), 2);
    QCOMPARE(loops.at(0).path, root + u"/acme/back"_s);
    QVERIFY2(loops.at(0).message.contains(root), qPrintable(loops.at(0).message));
    QCOMPARE(loops.at(1).path, root + u"/acme/self"_s);
    QVERIFY(!loops.at(0).isError());
    QCOMPARE(folderProblems(library).size(), 2);
}

void TestGuideFolders::secondLinkToAFolderIsNotReadTwice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(!writeGuide(root, u"acme"_s, 0).isEmpty());
    QVERIFY(QFile::link(root + u"/acme"_s, root + u"/zz-acme-again"_s));

    const GuideLibrary library = GuideLibrary::load({root}, noCache());
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(folderProblems(library).size(), 1);
    const Diagnostic problem = folderProblems(library).first();
    QCOMPARE(problem.path, root + u"/zz-acme-again"_s);
    QVERIFY(!problem.isError());
    QVERIFY2(problem.message.contains(root + u"/acme"_s), qPrintable(problem.message));
}

void TestGuideFolders::depthLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString allowed;
    for (int level = 1; level <= GuideFolderWalk::kMaxDepth; ++level)
        allowed += (level > 1 ? u"/"_s : QString()) + u"l%1"_s.arg(level);
    const QString tooDeep = allowed + u"/l%1"_s.arg(GuideFolderWalk::kMaxDepth + 1);
    QVERIFY(!writeGuide(dir.path(), allowed, 0).isEmpty());
    QVERIFY(!writeGuide(dir.path(), tooDeep, 1).isEmpty());
    QVERIFY(!writeGuide(dir.path(), tooDeep + u"/l10"_s, 2).isEmpty());

    const GuideLibrary library = GuideLibrary::load({dir.path()}, noCache());
    QCOMPARE(library.filesRead(), 1);
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.guides().first().path, dir.filePath(allowed + u'/' + SyntheticGuides::fileName(0)));
    QCOMPARE(folderProblems(library).size(), 1); // the first folder too deep, once; nothing below it
    const Diagnostic problem = folderProblems(library).first();
    QCOMPARE(problem.path, dir.filePath(tooDeep));
    QVERIFY(!problem.isError());
    QVERIFY2(problem.message.contains(u"more than 8 levels"_s), qPrintable(problem.message));
    QCOMPARE(library.foldersRead().size(), GuideFolderWalk::kMaxDepth + 1);
}

void TestGuideFolders::duplicateIdAcrossSubfolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = writeGuide(dir.path(), u"acme"_s, 3);
    const QString second = writeGuide(dir.path(), u"backup/old"_s, 3);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const GuideLibrary library = GuideLibrary::load({dir.path()}, noCache());
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.guides().first().path, first);
    const Diagnostics duplicates = matching(library.diagnostics(), u"duplicate guide id"_s);
    QCOMPARE(duplicates.size(), 1);
    QVERIFY(duplicates.first().isError());
    QCOMPARE(duplicates.first().path, second);
    QVERIFY2(duplicates.first().message.contains(first), qPrintable(duplicates.first().message));
}

void TestGuideFolders::folderNamedLikeAGuideIsNotAGuideFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"acme--engineer.md"_s);
    QVERIFY(!writeGuide(folder, QString(), 0).isEmpty());
    QCOMPARE(GuideFolderWalk::kindOf(folder), GuideFolderWalk::PathKind::FolderNamedLikeAGuide);
    QCOMPARE(GuideFolderWalk::kindOf(folder + u'/'), GuideFolderWalk::PathKind::FolderNamedLikeAGuide);
    QCOMPARE(GuideFolderWalk::kindOf(dir.path()), GuideFolderWalk::PathKind::Folder);
    QCOMPARE(GuideFolderWalk::kindOf(folder + u'/' + SyntheticGuides::fileName(0)), GuideFolderWalk::PathKind::File);
    QCOMPARE(GuideFolderWalk::kindOf(dir.filePath(u"nothing.md"_s)), GuideFolderWalk::PathKind::Missing);

    const GuideLibrary library = GuideLibrary::load({folder + u'/'});
    QCOMPARE(library.filesRead(), 0);
    QCOMPARE(library.guides().size(), 0);
    QCOMPARE(library.diagnostics().size(), 1);
    QCOMPARE(library.diagnostics().first().toString(), folder + u"/: error: not a guide file: a folder"_s);
}

void TestGuideFolders::folderInsideNamedLikeAGuideIsWalked()
{
    // Inside a folder being read, `x.md/` is just a folder.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!writeGuide(dir.path(), u"odd.md"_s, 0).isEmpty());
    const GuideLibrary library = GuideLibrary::load({dir.path()}, noCache());
    QCOMPARE(library.guides().size(), 1);
    QVERIFY(library.diagnostics().isEmpty() || !hasErrors(library.diagnostics()));
}

void TestGuideFolders::cacheWarmStartSeesAChangeInASubfolder()
{
    QTemporaryDir dir;
    QTemporaryDir cache;
    QVERIFY(dir.isValid() && cache.isValid());
    QStringList paths;
    for (int i = 0; i < 12; ++i)
        paths.append(writeGuide(dir.path(), i < 4 ? QString() : u"sub%1/team"_s.arg(i % 3), i));
    GuideLoadOptions options = noCache();
    options.useCache = true;
    options.cacheFolder = cache.path();

    const GuideLibrary cold = GuideLibrary::load({dir.path()}, options);
    QCOMPARE(cold.filesRead(), 12);
    QCOMPARE(cold.filesFromCache(), 0);
    const GuideLibrary warm = GuideLibrary::load({dir.path()}, options);
    QCOMPARE(warm.filesFromCache(), 12);
    QCOMPARE(LibraryDump::lines(warm), LibraryDump::lines(cold));

    // A guide in a subfolder changes: it alone is parsed again, and the load shows the change.
    const QString changed = paths.at(7);
    QVERIFY(changed.contains(u"/sub1/team/"_s));
    QFile file(changed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    const qsizetype at = text.indexOf("company_display: ");
    QVERIFY(at > 0);
    text.insert(at + qsizetype(qstrlen("company_display: ")), "Renamed ");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
    file.close();

    const GuideLibrary after = GuideLibrary::load({dir.path()}, options);
    QCOMPARE(after.filesRead(), 12);
    QCOMPARE(after.filesFromCache(), 11);
    const Guide *guide = nullptr;
    for (const Guide &g : after.guides()) {
        if (g.path == changed)
            guide = &g;
    }
    QVERIFY(guide);
    QVERIFY2(guide->companyDisplay.startsWith(u"Renamed "_s), qPrintable(guide->companyDisplay));
    GuideLoadOptions fresh = options;
    fresh.useCache = false;
    QCOMPARE(LibraryDump::lines(after), LibraryDump::lines(GuideLibrary::load({dir.path()}, fresh)));

    // A subfolder removed: its guides go, the rest still come from the cache.
    QVERIFY(QDir(dir.filePath(u"sub2"_s)).removeRecursively());
    const GuideLibrary fewer = GuideLibrary::load({dir.path()}, options);
    QCOMPARE(fewer.filesFromCache(), fewer.filesRead());
    QCOMPARE(LibraryDump::lines(fewer), LibraryDump::lines(GuideLibrary::load({dir.path()}, fresh)));
}

void TestGuideFolders::cacheOfAFlatFolderKeepsFileNames()
{
    // A flat folder's cache is keyed by file names, as before subfolders were read: caches written by an earlier
    // version still serve a warm start.
    QTemporaryDir dir;
    QTemporaryDir cache;
    QVERIFY(dir.isValid() && cache.isValid());
    QCOMPARE(SyntheticGuides::writeFolder(dir.path(), 5, kToday).size(), 5);
    GuideLoadOptions options = noCache();
    options.useCache = true;
    options.cacheFolder = cache.path();
    GuideLibrary::load({dir.path()}, options);
    const GuideIndexCache::ReadResult read =
        GuideIndexCache::read(GuideIndexCache::cacheFileFor(cache.path(), dir.path()), dir.path());
    QVERIFY(read.usable);
    QStringList names;
    for (const GuideIndexCache::Entry &entry : read.entries)
        names.append(entry.fileName);
    QStringList expected;
    for (int i = 0; i < 5; ++i)
        expected.append(SyntheticGuides::fileName(i));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(names, expected);
}

QTEST_GUILESS_MAIN(TestGuideFolders)
#include "tst_guidefolders.moc"
