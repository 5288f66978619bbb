// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideImporter.h"
#include "guide/GuideLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuideImporter : public QObject
{
    Q_OBJECT

private:
    static QString sample(const QString &name)
    {
        return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample/"_s + name;
    }
    static QString broken() { return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-broken/umbrella--software-engineer.md"_s; }
    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void copiesGoodGuidesAndRefusesBadOnes()
    {
        QTemporaryDir target;
        QVERIFY(target.isValid());
        const QString folder = target.filePath(u"guides"_s); // does not exist yet: the importer makes it
        const GuideImportResult result = GuideImporter::importFiles(
            {sample(u"globex--software-engineer.md"_s), broken(), sample(u"acme-robotics--software-engineer.md"_s)},
            folder, {}, QDate(2026, 11, 26));
        QCOMPARE(result.imported,
                 (QStringList{folder + u"/globex--software-engineer.md"_s, folder + u"/acme-robotics--software-engineer.md"_s}));
        QCOMPARE(result.rejected, QStringList{broken()});
        QVERIFY(!result.allImported());
        // The bad one's errors name its file and line.
        QVERIFY(hasErrors(result.diagnostics));
        bool named = false;
        for (const Diagnostic &diagnostic : result.diagnostics)
            named = named || (diagnostic.path == broken() && diagnostic.message.contains(u"compensation"_s));
        QVERIFY(named);
        // Good ones are byte-for-byte copies; nothing of the bad one, and no temporary files left over.
        QCOMPARE(bytesOf(result.imported.at(0)), bytesOf(sample(u"globex--software-engineer.md"_s)));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"acme-robotics--software-engineer.md"_s, u"globex--software-engineer.md"_s}));
        // What was imported loads.
        QCOMPARE(GuideLibrary::load({folder}, QDate(2026, 11, 26)).guides().size(), 2);
    }

    void refusesAGuideAlreadyInTheLibrary()
    {
        QTemporaryDir target;
        const QString folder = target.path();
        const QHash<QString, QString> known = {{u"globex/software-engineer"_s, u"/elsewhere/globex.md"_s}};
        const GuideImportResult result
            = GuideImporter::importFiles({sample(u"globex--software-engineer.md"_s)}, folder, known, QDate(2026, 11, 26));
        QVERIFY(result.imported.isEmpty());
        QCOMPARE(result.rejected.size(), 1);
        QVERIFY(result.diagnostics.first().message.contains(u"/elsewhere/globex.md"_s));
        QVERIFY(QDir(folder).isEmpty());
    }

    void replacesItsOwnEarlierCopy()
    {
        QTemporaryDir target;
        const QString folder = target.path();
        const QString destination = folder + u"/globex--software-engineer.md"_s;
        QFile old(destination);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old copy");
        old.close();
        const QHash<QString, QString> known = {{u"globex/software-engineer"_s, destination}};
        const GuideImportResult result
            = GuideImporter::importFiles({sample(u"globex--software-engineer.md"_s)}, folder, known, QDate(2026, 11, 26));
        QCOMPARE(result.imported, QStringList{destination});
        QCOMPARE(bytesOf(destination), bytesOf(sample(u"globex--software-engineer.md"_s)));
    }

    void refusesFilesThatAreNotGuides()
    {
        QTemporaryDir target;
        const GuideImportResult result = GuideImporter::importFiles(
            {target.path() + u"/missing.md"_s, QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
             u"/etc/hostname"_s},
            target.filePath(u"guides"_s), {}, QDate(2026, 11, 26));
        QCOMPARE(result.rejected.size(), 3);
        QVERIFY(result.imported.isEmpty());
        QVERIFY(!QFileInfo::exists(target.filePath(u"guides"_s)));
    }
};

QTEST_GUILESS_MAIN(TestGuideImporter)
#include "tst_guideimporter.moc"
