// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// LibraryLoader: the library loads in the background with progress, and finishes with what a plain load gives.
#include "guide/LibraryLoader.h"
#include "support/LibraryDump.h"
#include "support/SyntheticGuides.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 6, 1);
constexpr int kGuides = 400;
} // namespace

class TestLibraryLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsInTheBackgroundWithProgress();
    void loadsFromTheCacheToo();
    void restartKeepsOnlyTheLastLoad();
    void destroyedWhileLoading();
    void emptyLibraryFinishes();

private:
    GuideLoadOptions options() const;
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    QString m_folder;
};

void TestLibraryLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_folder = m_dir.filePath(u"guides"_s);
    QCOMPARE(SyntheticGuides::writeFolder(m_folder, kGuides, kToday).size(), kGuides);
}

GuideLoadOptions TestLibraryLoader::options() const
{
    GuideLoadOptions options;
    options.today = kToday;
    options.useCache = false;
    options.cacheFolder = m_cache.path();
    return options;
}

void TestLibraryLoader::loadsInTheBackgroundWithProgress()
{
    LibraryLoader loader;
    QSignalSpy progress(&loader, &LibraryLoader::progressChanged);
    QSignalSpy finished(&loader, &LibraryLoader::finished);
    // A timer of the caller's event loop, counting its turns while the guides are still loading.
    int turnsWhileLoading = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (finished.isEmpty())
            ++turnsWhileLoading;
    });
    ticker.start();
    loader.start({m_folder}, options());
    // start() returns at once, before the library is there: nothing is finished or loaded yet.
    QVERIFY(loader.isLoading());
    QVERIFY(finished.isEmpty());
    QVERIFY(loader.library().guides().isEmpty());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isLoading());
    // The caller's event loop kept running while the guides loaded.
    QVERIFY2(turnsWhileLoading > 0, "the event loop did not turn while the library loaded");

    QVERIFY(progress.size() >= 2);
    QVERIFY(progress.size() <= 102); // throttled to about every 1%
    int last = -1;
    for (const QList<QVariant> &report : std::as_const(progress)) {
        QCOMPARE(report.at(1).toInt(), kGuides);
        QVERIFY(report.at(0).toInt() > last);
        last = report.at(0).toInt();
    }
    QCOMPARE(last, kGuides);

    QCOMPARE(loader.library().guides().size(), kGuides);
    QCOMPARE(LibraryDump::lines(loader.library()), LibraryDump::lines(GuideLibrary::load({m_folder}, options())));
}

void TestLibraryLoader::loadsFromTheCacheToo()
{
    GuideLoadOptions cached = options();
    cached.useCache = true;
    GuideLibrary::load({m_folder}, cached); // writes the cache
    LibraryLoader loader;
    QSignalSpy progress(&loader, &LibraryLoader::progressChanged);
    QSignalSpy finished(&loader, &LibraryLoader::finished);
    loader.start({m_folder}, cached);
    QVERIFY(finished.wait(60000));
    QCOMPARE(loader.library().filesFromCache(), kGuides);
    QCOMPARE(progress.last().at(0).toInt(), kGuides);
    QCOMPARE(LibraryDump::lines(loader.library()), LibraryDump::lines(GuideLibrary::load({m_folder}, options())));
}

void TestLibraryLoader::restartKeepsOnlyTheLastLoad()
{
    QTemporaryDir small;
    QCOMPARE(SyntheticGuides::writeFolder(small.path(), 3, kToday).size(), 3);
    LibraryLoader loader;
    QSignalSpy finished(&loader, &LibraryLoader::finished);
    QSignalSpy progress(&loader, &LibraryLoader::progressChanged);
    loader.start({m_folder}, options());
    loader.start({small.path()}, options());
    QVERIFY(finished.wait(60000));
    QTest::qWait(50); // nothing more arrives from the first load
    QCOMPARE(finished.size(), 1);
    QCOMPARE(loader.library().guides().size(), 3);
    for (const QList<QVariant> &report : std::as_const(progress))
        QCOMPARE(report.at(1).toInt(), 3);
}

void TestLibraryLoader::destroyedWhileLoading()
{
    auto loader = std::make_unique<LibraryLoader>();
    QSignalSpy finished(loader.get(), &LibraryLoader::finished);
    loader->start({m_folder}, options());
    loader.reset(); // cancels and waits; must not crash or deliver anything afterwards
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
}

void TestLibraryLoader::emptyLibraryFinishes()
{
    QTemporaryDir empty;
    LibraryLoader loader;
    QSignalSpy progress(&loader, &LibraryLoader::progressChanged);
    QSignalSpy finished(&loader, &LibraryLoader::finished);
    loader.start({empty.path()}, options());
    QVERIFY(finished.wait(60000));
    QVERIFY(loader.library().guides().isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 0);
    QCOMPARE(progress.last().at(1).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestLibraryLoader)
#include "tst_libraryloader.moc"
