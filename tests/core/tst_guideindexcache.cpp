// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The index cache: hits, misses on change, damaged or outdated files rebuilt, staleness by the day, --no-cache.
#include "guide/GuideIndexCache.h"
#include "guide/GuideLibrary.h"
#include "support/LibraryDump.h"
#include "support/SyntheticGuides.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 1);
constexpr int kGuides = 30;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuideIndexCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void warmLoadComesFromTheCache();
    void changedFileIsParsedAgain_data();
    void changedFileIsParsedAgain();
    void addedAndRemovedFiles();
    void damagedCacheIsRebuilt_data();
    void damagedCacheIsRebuilt();
    void otherFormatVersionIsRebuilt();
    void otherParserIsRebuilt();
    void cacheOfAnotherFolderIsNotUsed();
    void stalenessFollowsTheDay();
    void noCacheNeitherReadsNorWrites();
    void defaultFolderIsTheCacheLocation();
    void cliNoCacheOption();

private:
    GuideLoadOptions options(const QDate &today = kToday) const;
    GuideLibrary load(const QDate &today = kToday) const { return GuideLibrary::load({m_folder}, options(today)); }
    QStringList fresh(const QDate &today = kToday) const;
    QString cacheFile() const { return GuideIndexCache::cacheFileFor(m_cache->path(), m_folder); }

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_cache;
    QString m_folder;
};

void TestGuideIndexCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestGuideIndexCache::init()
{
    // Each test starts from a fresh folder and an empty cache.
    static int round = 0;
    m_folder = m_dir.filePath(u"guides-%1"_s.arg(++round));
    QCOMPARE(SyntheticGuides::writeFolder(m_folder, kGuides, kToday).size(), kGuides);
    m_cache = std::make_unique<QTemporaryDir>();
}

GuideLoadOptions TestGuideIndexCache::options(const QDate &today) const
{
    GuideLoadOptions options;
    options.today = today;
    options.useCache = true;
    options.cacheFolder = m_cache->path();
    return options;
}

QStringList TestGuideIndexCache::fresh(const QDate &today) const
{
    GuideLoadOptions noCache = options(today);
    noCache.useCache = false;
    return LibraryDump::lines(GuideLibrary::load({m_folder}, noCache));
}

void TestGuideIndexCache::warmLoadComesFromTheCache()
{
    QVERIFY(!QFile::exists(cacheFile()));
    const GuideLibrary cold = load();
    QCOMPARE(cold.filesFromCache(), 0);
    QVERIFY(QFile::exists(cacheFile()));
    const QDateTime written = QFileInfo(cacheFile()).lastModified();

    const GuideLibrary warm = load();
    QCOMPARE(warm.filesFromCache(), kGuides);
    QCOMPARE(LibraryDump::lines(warm), fresh());
    // Nothing changed, so the cache is not written again.
    QCOMPARE(QFileInfo(cacheFile()).lastModified(), written);
}

void TestGuideIndexCache::changedFileIsParsedAgain_data()
{
    QTest::addColumn<bool>("sameSize");
    QTest::newRow("other size") << false;
    QTest::newRow("same size, other mtime") << true;
}

void TestGuideIndexCache::changedFileIsParsedAgain()
{
    QFETCH(bool, sameSize);
    load();
    const QString path = m_folder + u'/' + SyntheticGuides::fileName(4);
    const QDateTime before = QFileInfo(path).lastModified();
    QByteArray text = readFile(path);
    if (sameSize)
        text.replace("company_display: Acme Robotics", "company_display: Acme Robotixx");
    else
        text.replace("company_display: Acme Robotics", "company_display: Acme Robotics Europe");
    QVERIFY(writeFile(path, text));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(before.addSecs(10), QFileDevice::FileModificationTime));
    file.close();

    const GuideLibrary library = load();
    QCOMPARE(library.filesFromCache(), kGuides - 1);
    QCOMPARE(library.find(u"acme-robotics/principal-software-engineer"_s)->companyDisplay,
             sameSize ? u"Acme Robotixx"_s : u"Acme Robotics Europe"_s);
    QCOMPARE(LibraryDump::lines(library), fresh());
    // The new result went into the cache.
    QCOMPARE(load().filesFromCache(), kGuides);
}

void TestGuideIndexCache::addedAndRemovedFiles()
{
    load();
    QVERIFY(QFile::remove(m_folder + u'/' + SyntheticGuides::fileName(7)));
    QVERIFY(writeFile(m_folder + u"/zz-new.md"_s, SyntheticGuides::guideText(777, kToday)));
    const GuideLibrary library = load();
    QCOMPARE(library.filesFromCache(), kGuides - 1);
    QCOMPARE(library.filesRead(), kGuides);
    QCOMPARE(LibraryDump::lines(library), fresh());
    QCOMPARE(GuideIndexCache::read(cacheFile(), m_folder).entries.size(), kGuides);
    QCOMPARE(load().filesFromCache(), kGuides);
}

void TestGuideIndexCache::damagedCacheIsRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("one byte flipped in the payload") << u"flip"_s;
    QTest::newRow("truncated") << u"truncate"_s;
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("payload rewritten with a matching size") << u"zero"_s;
}

void TestGuideIndexCache::damagedCacheIsRebuilt()
{
    QFETCH(QString, damage);
    load();
    QByteArray bytes = readFile(cacheFile());
    QVERIFY(bytes.size() > 1000);
    if (damage == u"flip"_s)
        bytes[bytes.size() - 300] = char(bytes.at(bytes.size() - 300) ^ 0x20);
    else if (damage == u"truncate"_s)
        bytes.chop(100);
    else if (damage == u"empty"_s)
        bytes.clear();
    else if (damage == u"garbage"_s)
        bytes = QByteArray(5000, 'x');
    else
        bytes.replace(bytes.size() - 400, 200, QByteArray(200, '\0'));
    QVERIFY(writeFile(cacheFile(), bytes));

    const GuideIndexCache::ReadResult read = GuideIndexCache::read(cacheFile(), m_folder);
    QVERIFY(!read.usable);
    QVERIFY(read.entries.isEmpty());
    QVERIFY(!read.whyRejected.isEmpty());

    const GuideLibrary rebuilt = load();
    QCOMPARE(rebuilt.filesFromCache(), 0);
    QCOMPARE(LibraryDump::lines(rebuilt), fresh());
    QVERIFY(GuideIndexCache::read(cacheFile(), m_folder).usable);
    QCOMPARE(load().filesFromCache(), kGuides);
}

void TestGuideIndexCache::otherFormatVersionIsRebuilt()
{
    load();
    QByteArray bytes = readFile(cacheFile());
    // The format version follows the 8-byte magic.
    const quint32 bumped = GuideIndexCache::kFormatVersion + 1;
    bytes.replace(8, 4, QByteArray(reinterpret_cast<const char *>(&bumped), 4));
    QVERIFY(writeFile(cacheFile(), bytes));
    QCOMPARE(GuideIndexCache::read(cacheFile(), m_folder).whyRejected, u"written in another format version"_s);
    const GuideLibrary rebuilt = load();
    QCOMPARE(rebuilt.filesFromCache(), 0);
    QCOMPARE(LibraryDump::lines(rebuilt), fresh());
    QCOMPARE(load().filesFromCache(), kGuides);
}

void TestGuideIndexCache::otherParserIsRebuilt()
{
    load();
    // A cache an older parser wrote: the same entries under another stamp.
    const GuideIndexCache::ReadResult read = GuideIndexCache::read(cacheFile(), m_folder);
    QVERIFY(read.usable);
    QList<const GuideIndexCache::Entry *> entries;
    for (const GuideIndexCache::Entry &entry : read.entries)
        entries.append(&entry);
    QVERIFY(GuideIndexCache::write(cacheFile(), m_folder, entries, "offerdesk 0.0.1 parser old").has_value());
    QVERIFY(GuideIndexCache::read(cacheFile(), m_folder, "offerdesk 0.0.1 parser old").usable);
    QVERIFY(!GuideIndexCache::read(cacheFile(), m_folder).usable);
    QCOMPARE(load().filesFromCache(), 0);
    QCOMPARE(load().filesFromCache(), kGuides);
}

void TestGuideIndexCache::cacheOfAnotherFolderIsNotUsed()
{
    load();
    const QString other = m_dir.filePath(u"other-folder"_s);
    QVERIFY(QFile::copy(cacheFile(), GuideIndexCache::cacheFileFor(m_cache->path(), other)));
    QCOMPARE(GuideIndexCache::read(GuideIndexCache::cacheFileFor(m_cache->path(), other), other).whyRejected,
             u"written for another folder"_s);
}

void TestGuideIndexCache::stalenessFollowsTheDay()
{
    // Guide 1 is due for review 31 days after kToday: not stale then, stale 40 days later.
    const GuideLibrary first = load(kToday);
    const QString path = m_folder + u'/' + SyntheticGuides::fileName(1);
    const auto staleWarnings = [&path](const GuideLibrary &library) {
        int count = 0;
        for (const Diagnostic &d : library.diagnosticsFor(path))
            count += d.message.contains(u"is in the past"_s) ? 1 : 0;
        return count;
    };
    QCOMPARE(staleWarnings(first), 0);

    const QDate later = kToday.addDays(40);
    const GuideLibrary cachedLater = load(later);
    QCOMPARE(cachedLater.filesFromCache(), kGuides);
    QCOMPARE(staleWarnings(cachedLater), 1);
    QCOMPARE(LibraryDump::lines(cachedLater), fresh(later));

    // And back: a cache written on the later day gives no warning on the earlier one.
    m_cache = std::make_unique<QTemporaryDir>();
    load(later);
    const GuideLibrary cachedEarlier = load(kToday);
    QCOMPARE(cachedEarlier.filesFromCache(), kGuides);
    QCOMPARE(staleWarnings(cachedEarlier), 0);
    QCOMPARE(LibraryDump::lines(cachedEarlier), fresh(kToday));
}

void TestGuideIndexCache::noCacheNeitherReadsNorWrites()
{
    GuideLoadOptions noCache = options();
    noCache.useCache = false;
    GuideLibrary::load({m_folder}, noCache);
    QVERIFY(QDir(m_cache->path()).isEmpty());

    load();
    QVERIFY(QFile::exists(cacheFile()));
    QCOMPARE(GuideLibrary::load({m_folder}, noCache).filesFromCache(), 0);

    // The process-wide switch that --no-cache sets is what options start from.
    QVERIFY(GuideLoadOptions().useCache);
    LibraryCacheSettings::setEnabled(false);
    QVERIFY(!GuideLoadOptions().useCache);
    GuideLoadOptions defaults;
    defaults.cacheFolder = m_cache->path();
    QCOMPARE(GuideLibrary::load({m_folder}, defaults).filesFromCache(), 0);
    LibraryCacheSettings::setEnabled(true);
    QVERIFY(GuideLoadOptions().useCache);

    // Whole-guide loads never use the cache.
    GuideLoadOptions bodies = options();
    bodies.withBodies = true;
    QCOMPARE(GuideLibrary::load({m_folder}, bodies).filesFromCache(), 0);
}

void TestGuideIndexCache::defaultFolderIsTheCacheLocation()
{
    QCOMPARE(LibraryPaths::defaultCacheFolder(),
             QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/guide-index"_s);
}

void TestGuideIndexCache::cliNoCacheOption()
{
    QTemporaryDir home;
    const auto cli = [&home](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OFFERDESK_CLI_PATH), arguments);
        process.waitForFinished(60000);
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
    };
    const auto cacheFiles = [&home]() {
        QStringList files;
        QDirIterator it(home.filePath(u"cache"_s), {u"*.idx"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    };
    const auto [noCacheCode, noCacheOut] = cli({u"list"_s, u"--no-cache"_s, u"--guides"_s, m_folder});
    QCOMPARE(noCacheCode, 0);
    QVERIFY(noCacheOut.contains(u"acme-robotics/junior-software-engineer"_s));
    QVERIFY(cacheFiles().isEmpty());

    const auto [code, out] = cli({u"list"_s, u"--guides"_s, m_folder});
    QCOMPARE(code, 0);
    QCOMPARE(out, noCacheOut);
    QVERIFY(!cacheFiles().isEmpty()); // one per folder: the bundled guides and this one
    const auto [warmCode, warmOut] = cli({u"list"_s, u"--guides"_s, m_folder});
    QCOMPARE(warmOut, noCacheOut);

    // show reads the body of the guide it shows: a bad body stops it, as before the cache.
    const QString path = m_folder + u'/' + SyntheticGuides::fileName(2);
    QVERIFY(writeFile(path, readFile(path) + "\n\xFF\n"));
    const auto [showCode, showOut] = cli({u"show"_s, u"acme-robotics/senior-software-engineer"_s, u"--guides"_s, m_folder});
    QCOMPARE(showCode, 1);
    const auto [otherCode, otherOut] = cli({u"show"_s, u"acme-robotics/mid-software-engineer"_s, u"--no-cache"_s,
                                            u"--guides"_s, m_folder});
    QCOMPARE(otherCode, 0);
    QVERIFY(otherOut.contains(u"Mid Software Engineer at Acme Robotics"_s));
}

QTEST_GUILESS_MAIN(TestGuideIndexCache)
#include "tst_guideindexcache.moc"
