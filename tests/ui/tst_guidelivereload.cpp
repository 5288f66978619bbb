// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"
#include "support/SyntheticGuides.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/guides/GuideBrowserPane.h"
#include "ui/guides/GuidesPage.h"
#include "ui/models/GuideLibraryModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}
} // namespace

class TestGuideLiveReload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toLocal8Bit());
        QCoreApplication::setOrganizationName(u"OfferDeskTest"_s);
        QCoreApplication::setApplicationName(u"OfferDeskReloadTest"_s);
    }

    void addedEditedAndRemovedGuidesShowWithoutRestart()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString globex = folder.filePath(u"globex--software-engineer.md"_s);
        QVERIFY(write(globex, sample(u"globex--software-engineer.md"_s)));
        MainWindow window({folder.path()});
        window.show();
        QVERIFY(waitForLibrary(window));
        QCOMPARE(window.library().guides().size(), 1);
        QVERIFY(window.guidesPage()->selectGuide(u"globex/software-engineer"_s));
        QVERIFY(window.guidesPage()->selectRegion(u"London"_s));

        // Added
        const QString acme = folder.filePath(u"acme-robotics--software-engineer.md"_s);
        QVERIFY(write(acme, sample(u"acme-robotics--software-engineer.md"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(window.guidesPage()->libraryModel()->rowCount(), 2, 20000);
        QCOMPARE(window.guidesPage()->currentGuideId(), u"globex/software-engineer"_s);
        QCOMPARE(window.guidesPage()->currentRegion(), u"London"_s);

        // Edited: the shown guide follows, and stays selected.
        QByteArray edited = sample(u"globex--software-engineer.md"_s);
        edited.replace("company_display: Globex\n", "company_display: Globex Corporation\n");
        QVERIFY(write(globex, edited));
        auto *company = window.findChild<QLabel *>(u"guideCompany"_s);
        QTRY_COMPARE_WITH_TIMEOUT(company->text(), u"Globex Corporation"_s, 20000);
        QCOMPARE(window.guidesPage()->currentGuideId(), u"globex/software-engineer"_s);
        QCOMPARE(window.guidesPage()->currentRegion(), u"London"_s);

        // Removed: the selection moves to a guide that still exists.
        QVERIFY(QFile::remove(globex));
        QTRY_COMPARE_WITH_TIMEOUT(window.guidesPage()->libraryModel()->rowCount(), 1, 20000);
        QCOMPARE(window.guidesPage()->currentGuideId(), u"acme-robotics/software-engineer"_s);
        QCOMPARE(company->text(), u"Acme Robotics"_s);

        // A broken edit shows up as a problem instead of a guide.
        QVERIFY(write(acme, "---\ncompany: acme\n---\n"));
        QTRY_COMPARE_WITH_TIMEOUT(window.guidesPage()->libraryModel()->rowCount(), 0, 20000);
        QVERIFY(hasErrors(window.library().diagnostics()));
    }

    void guidesInSubfoldersAreWatched()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(QDir().mkpath(folder.filePath(u"globex/london"_s)));
        const QString globex = folder.filePath(u"globex/london/globex--software-engineer.md"_s);
        QVERIFY(write(globex, sample(u"globex--software-engineer.md"_s)));
        MainWindow window({folder.path()});
        window.show();
        QVERIFY(waitForLibrary(window));
        QCOMPARE(window.library().guides().size(), 1);
        auto *watcher = window.findChild<QFileSystemWatcher *>();
        QVERIFY(watcher);
        QVERIFY(watcher->directories().contains(QFileInfo(folder.filePath(u"globex/london"_s)).absoluteFilePath()));
        QVERIFY(window.guidesPage()->selectGuide(u"globex/software-engineer"_s));

        // Edited in its subfolder: the shown guide follows.
        QByteArray edited = sample(u"globex--software-engineer.md"_s);
        edited.replace("company_display: Globex\n", "company_display: Globex Corporation\n");
        QVERIFY(write(globex, edited));
        auto *company = window.findChild<QLabel *>(u"guideCompany"_s);
        QTRY_COMPARE_WITH_TIMEOUT(company->text(), u"Globex Corporation"_s, 20000);

        // A new subfolder with a guide in it: its parent tells, and the reload reads it.
        QVERIFY(QDir().mkpath(folder.filePath(u"acme/team"_s)));
        QVERIFY(write(folder.filePath(u"acme/team/acme-robotics--software-engineer.md"_s),
                      sample(u"acme-robotics--software-engineer.md"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(window.guidesPage()->libraryModel()->rowCount(), 2, 20000);

        // A hidden folder is not read, nor watched.
        QVERIFY(QDir().mkpath(folder.filePath(u".drafts"_s)));
        QVERIFY(write(folder.filePath(u".drafts/initech--software-engineer.md"_s),
                      sample(u"initech--software-engineer.md"_s)));
        QTest::qWait(1500);
        QCOMPARE(window.guidesPage()->libraryModel()->rowCount(), 2);
        QVERIFY(!watcher->directories().contains(QFileInfo(folder.filePath(u".drafts"_s)).absoluteFilePath()));
    }

    void aLargeLibraryWatchesItsFoldersAndTheGuideOnShow()
    {
        // Past 2,000 files a watch per file costs more than it saves: the folder, and the guide on show.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QCOMPARE(SyntheticGuides::writeFolder(folder.path(), 2001, QDate::currentDate()).size(), 2001);
        MainWindow window({folder.path()});
        QVERIFY(waitForLibrary(window));
        QCOMPARE(window.library().guides().size(), 2001);
        auto *watcher = window.findChild<QFileSystemWatcher *>();
        QVERIFY(watcher);
        QCOMPARE(watcher->directories(), QStringList{QFileInfo(folder.path()).absoluteFilePath()});
        const Guide *shown = window.guidesPage()->shownGuide();
        QVERIFY(shown);
        QCOMPARE(watcher->files(), QStringList{QFileInfo(shown->path).absoluteFilePath()});

        // Another guide on show: its file is watched instead.
        const QString other = window.library().guides().last().id();
        QVERIFY(other != shown->id());
        QVERIFY(window.guidesPage()->selectGuide(other));
        QCOMPARE(watcher->files(),
                 QStringList{QFileInfo(window.library().find(other)->path).absoluteFilePath()});
    }
};

QTEST_MAIN(TestGuideLiveReload)
#include "tst_guidelivereload.moc"
