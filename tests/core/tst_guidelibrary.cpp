// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"
#include "support/TemporaryHome.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString dataPath(const QString &relative)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u'/' + relative;
}

QString seedFolder()
{
    return QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s;
}

const QString kAcme = u"acme-robotics--backend-engineer.md"_s;

bool copyInto(const QString &source, const QString &folder, const QString &name)
{
    QDir().mkpath(folder);
    return QFile::copy(source, folder + u'/' + name);
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}
} // namespace

class TestGuideLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsSeveralFoldersInOrder();
    void skipsReadme();
    void duplicateIdNamesBothFiles();
    void badGuideDoesNotStopTheOthers();
    void missingFolderIsReported();
    void loadsSingleFiles();
    void defaultFoldersOrder();

private:
    TemporaryHome m_home; // the person's guides folder of test mode (~/.qttest) lives here
};

void TestGuideLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuideLibrary::loadsSeveralFoldersInOrder()
{
    const GuideLibrary library = GuideLibrary::load({seedFolder(), dataPath(u"guides-valid"_s)});
    QCOMPARE(library.guides().size(), 2);
    QCOMPARE(library.guides().at(0).id(), u"huggingface-enterprise/software-engineer"_s);
    QCOMPARE(library.guides().at(1).id(), u"acme-robotics/backend-engineer"_s);
    QVERIFY(library.find(u"acme-robotics/backend-engineer"_s));
    QCOMPARE(library.find(u"nobody/nothing"_s), nullptr);
    QCOMPARE(library.ids(), QStringList({u"huggingface-enterprise/software-engineer"_s,
                                         u"acme-robotics/backend-engineer"_s}));
    QVERIFY2(!hasErrors(library.diagnostics()), qPrintable(joined(library.diagnostics())));
    QCOMPARE(library.filesRead(), 2);
}

void TestGuideLibrary::skipsReadme()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataPath(u"guides-valid/"_s + kAcme), dir.path(), kAcme));
    QFile readme(dir.filePath(u"README.md"_s));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("# Not a guide\n");
    readme.close();
    const GuideLibrary library = GuideLibrary::load({dir.path()});
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.filesRead(), 1);
    QVERIFY(library.diagnostics().isEmpty());
}

void TestGuideLibrary::duplicateIdNamesBothFiles()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"one/"_s + kAcme);
    const QString second = dir.filePath(u"two/acme-copy.md"_s);
    QVERIFY(copyInto(dataPath(u"guides-valid/"_s + kAcme), dir.filePath(u"one"_s), kAcme));
    QVERIFY(copyInto(dataPath(u"guides-valid/"_s + kAcme), dir.filePath(u"two"_s), u"acme-copy.md"_s));

    const GuideLibrary library = GuideLibrary::load({dir.filePath(u"one"_s), dir.filePath(u"two"_s)});
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.guides().first().path, first);
    QCOMPARE(countErrors(library.diagnostics()), 1);
    const Diagnostic &error = library.diagnostics().first();
    QCOMPARE(error.path, second);
    QVERIFY(error.message.contains(u"duplicate guide id 'acme-robotics/backend-engineer'"_s));
    QVERIFY(error.message.contains(first));
}

void TestGuideLibrary::badGuideDoesNotStopTheOthers()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataPath(u"guides-malformed/yaml-syntax.md"_s), dir.path(), u"a-broken.md"_s));
    QVERIFY(copyInto(dataPath(u"guides-malformed/binary-garbage.md"_s), dir.path(), u"b-garbage.md"_s));
    QVERIFY(copyInto(dataPath(u"guides-valid/"_s + kAcme), dir.path(), u"c-good.md"_s));
    const GuideLibrary library = GuideLibrary::load({dir.path()});
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.guides().first().company, u"acme-robotics"_s);
    QCOMPARE(countErrors(library.diagnostics()), 2);
    QCOMPARE(library.diagnosticsFor(dir.filePath(u"a-broken.md"_s)).size(), 1);
    QCOMPARE(library.diagnosticsFor(dir.filePath(u"b-garbage.md"_s)).size(), 1);
}

void TestGuideLibrary::missingFolderIsReported()
{
    const QString missing = dataPath(u"no-such-folder"_s);
    const GuideLibrary library = GuideLibrary::load({missing, dataPath(u"guides-valid"_s)});
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.diagnostics().size(), 1);
    QCOMPARE(library.diagnostics().first().path, missing);
    QVERIFY(library.diagnostics().first().isError());
}

void TestGuideLibrary::loadsSingleFiles()
{
    const GuideLibrary library =
        GuideLibrary::load({dataPath(u"guides-valid/"_s + kAcme), dataPath(u"guides-malformed/currency-null.md"_s)});
    QCOMPARE(library.guides().size(), 1);
    QCOMPARE(library.filesRead(), 2);
    QCOMPARE(countErrors(library.diagnostics()), 1);
}

void TestGuideLibrary::defaultFoldersOrder()
{
    const QString extra = dataPath(u"guides-valid"_s);
    // The person's folder is read only once it exists.
    QDir(LibraryPaths::userGuidesFolder()).removeRecursively();
    QVERIFY(!LibraryPaths::defaultFolders({}).contains(QDir::cleanPath(LibraryPaths::userGuidesFolder())));
    QVERIFY(QDir().mkpath(LibraryPaths::userGuidesFolder()));
    const QStringList folders = LibraryPaths::defaultFolders({extra, extra});
    QCOMPARE(folders.size(), 3);
    QCOMPARE(folders.at(0), LibraryPaths::bundledGuidesFolder());
    QCOMPARE(folders.at(1), QDir::cleanPath(LibraryPaths::userGuidesFolder()));
    QCOMPARE(folders.at(2), QDir::cleanPath(extra));
    QVERIFY(LibraryPaths::bundledGuidesFolder().endsWith(u"share/offerdesk/guides"_s));
    // A folder the person named is kept even when missing, so loading can say it is missing.
    QVERIFY(LibraryPaths::defaultFolders({u"/nonexistent/guides"_s}).contains(u"/nonexistent/guides"_s));
    QDir(LibraryPaths::userGuidesFolder()).removeRecursively();
}

QTEST_GUILESS_MAIN(TestGuideLibrary)
#include "tst_guidelibrary.moc"
