// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "support/RunProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString dataPath(const QString &relative)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u'/' + relative;
}

bool copyInto(const QString &source, const QString &folder)
{
    return QDir().mkpath(folder) && QFile::copy(source, folder + u'/' + QFileInfo(source).fileName());
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void checkBundledGuides();
    void checkWholeLibrary();
    void checkMalformedFolderFails();
    void checkReadsSubfolders();
    void checkFolderNamedLikeAGuideIsNotAGuideFile();
    void listJson();
    void listText();
    void showJson();
    void showText();
    void showUnknownIdListsIds();
    void showUnknownRegionListsRegions();
    void guiHelpNamesTheCommand();
    void guiWithoutDisplaySaysSo();

private:
    Run run(const QString &program, const QStringList &arguments, bool withDisplay = true) const;
    Run cli(const QStringList &arguments) const { return run(QStringLiteral(OFFERDESK_CLI_PATH), arguments); }

    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestCli::run(const QString &program, const QStringList &arguments, bool withDisplay) const
{
    // The person's own guides folder lives under XDG_DATA_HOME: keep it empty and private to the test.
    QProcessEnvironment env = isolatedEnvironment(m_home.path());
    if (!withDisplay) {
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
    }
    return runProcess(program, arguments, env, 60000);
}

void TestCli::versionAndHelp()
{
    for (const QString &program : {QStringLiteral(OFFERDESK_CLI_PATH), QStringLiteral(OFFERDESK_GUI_PATH)}) {
        const Run version = run(program, {u"--version"_s}, false);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(OFFERDESK_VERSION_STRING)), qPrintable(version.out));
        const Run help = run(program, {u"--help"_s}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--guides"_s) || help.out.contains(u"check"_s));
    }
    const Run commandHelp = cli({u"show"_s, u"--help"_s});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(u"--region"_s));
    // The usage line names the command, not the path the executable was started from.
    QCOMPARE(commandHelp.out.section(u'\n', 0, 0), u"Usage: offerdesk-cli show [options] id"_s);
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"check"_s, u"--bogus"_s};
    QTest::newRow("show without id") << QStringList{u"show"_s};
    QTest::newRow("show two ids") << QStringList{u"show"_s, u"a/b"_s, u"c/d"_s};
    QTest::newRow("guides without value") << QStringList{u"list"_s, u"--guides"_s};
    QTest::newRow("list with argument") << QStringList{u"list"_s, u"extra"_s};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::checkBundledGuides()
{
    const Run result = cli({u"check"_s, QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"huggingface-enterprise--software-engineer.md:19: warning: San Francisco: stated "
                                 u"total_comp_high 315000 differs from base + stock/4 + bonus = 293500"_s),
             qPrintable(result.out));
    QVERIFY(result.out.contains(u"Checked 1 file: 1 guide loaded, 0 errors, 4 warnings"_s));
}

void TestCli::checkWholeLibrary()
{
    const Run result = cli({u"check"_s, u"--guides"_s, dataPath(u"guides-valid"_s)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Checked 2 files: 2 guides loaded, 0 errors"_s), qPrintable(result.out));
}

void TestCli::checkMalformedFolderFails()
{
    const Run result = cli({u"check"_s, dataPath(u"guides-malformed"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains(u"currency-null.md:20: error: compensation[0] (Springfield): 'currency' is null"_s));
    QVERIFY(result.out.contains(u"0 guides loaded"_s));

    const Run oneFile = cli({u"check"_s, dataPath(u"guides-malformed/yaml-syntax.md"_s),
                             dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s)});
    QCOMPARE(oneFile.exitCode, 1);
    QVERIFY(oneFile.out.contains(u"1 guide loaded, 1 error"_s));
}

void TestCli::checkReadsSubfolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString acme = dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s);
    const QString seed = QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides/huggingface-enterprise--software-engineer.md"_s;
    QVERIFY(copyInto(acme, dir.filePath(u"acme"_s)));
    QVERIFY(copyInto(seed, dir.filePath(u"hf/platform"_s)));
    QVERIFY(copyInto(dataPath(u"guides-malformed/currency-null.md"_s), dir.filePath(u"broken/deep"_s)));
    QVERIFY(copyInto(dataPath(u"guides-malformed/yaml-syntax.md"_s), dir.filePath(u".hidden"_s)));

    const Run result = cli({u"check"_s, dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(dir.filePath(u"broken/deep/currency-null.md:20: error: compensation[0] "
                                              u"(Springfield): 'currency' is null"_s)),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Checked 3 files: 2 guides loaded, 1 error"_s), qPrintable(result.out));
    QVERIFY(!result.out.contains(u"yaml-syntax"_s));

    // The same folder as a library folder.
    QVERIFY(QFile::remove(dir.filePath(u"broken/deep/currency-null.md"_s)));
    const Run library = cli({u"check"_s, u"--guides"_s, dir.path()});
    QCOMPARE(library.exitCode, 1);
    // The bundled guide and its copy in hf/platform share an id: the copy is a duplicate.
    QVERIFY2(library.out.contains(dir.filePath(u"hf/platform/huggingface-enterprise--software-engineer.md:1: error: "
                                               u"duplicate guide id 'huggingface-enterprise/software-engineer'"_s)),
             qPrintable(library.out));
    QVERIFY2(library.out.contains(u"Checked 3 files: 2 guides loaded, 1 error"_s), qPrintable(library.out));
}

void TestCli::checkFolderNamedLikeAGuideIsNotAGuideFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"acme-robotics--backend-engineer.md"_s);
    QVERIFY(copyInto(dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s), folder));
    const Run result = cli({u"check"_s, folder + u'/'});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(folder + u"/: error: not a guide file: a folder\n"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"Checked 0 files: 0 guides loaded, 1 error"_s), qPrintable(result.out));
}

void TestCli::listJson()
{
    const Run result = cli({u"list"_s, u"--json"_s, u"--guides"_s, dataPath(u"guides-valid"_s)});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray guides = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"guides"_s).toArray();
    QCOMPARE(guides.size(), 2);
    const QJsonObject seed = guides.at(0).toObject();
    QCOMPARE(seed.value(u"id"_s).toString(), u"huggingface-enterprise/software-engineer"_s);
    QCOMPARE(seed.value(u"company_display"_s).toString(), u"Hugging Face Enterprise"_s);
    QCOMPARE(seed.value(u"role_display"_s).toString(), u"Software Engineer"_s);
    QCOMPARE(seed.value(u"regions"_s).toArray().size(), 3);
    QCOMPARE(guides.at(1).toObject().value(u"id"_s).toString(), u"acme-robotics/backend-engineer"_s);
}

void TestCli::listText()
{
    const Run result = cli({u"list"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"huggingface-enterprise/software-engineer"_s));
    QVERIFY(result.out.contains(u"San Francisco, New York, Paris"_s));
}

void TestCli::showJson()
{
    const Run result =
        cli({u"show"_s, u"huggingface-enterprise/software-engineer"_s, u"--region"_s, u"San Francisco"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    for (const QString &key : {u"id"_s, u"company"_s, u"company_display"_s, u"role"_s, u"role_display"_s,
                               u"last_updated"_s, u"next_review_due"_s, u"data_sources"_s, u"level_mapping"_s,
                               u"regions"_s, u"warnings"_s})
        QVERIFY2(object.contains(key), qPrintable(key));
    QCOMPARE(object.value(u"id"_s).toString(), u"huggingface-enterprise/software-engineer"_s);
    QCOMPARE(object.value(u"last_updated"_s).toString(), u"2026-02-23"_s);
    QCOMPARE(object.value(u"level_mapping"_s).toArray().at(1).toString(), u"Google L4"_s);
    const QJsonArray regions = object.value(u"regions"_s).toArray();
    QCOMPARE(regions.size(), 1);
    const QJsonObject sf = regions.at(0).toObject();
    QCOMPARE(sf.value(u"region"_s).toString(), u"San Francisco"_s);
    QCOMPARE(sf.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(sf.value(u"base"_s).toObject().value(u"low"_s).toDouble(), 170000.0);
    QCOMPARE(sf.value(u"base"_s).toObject().value(u"high"_s).toDouble(), 220000.0);
    QCOMPARE(sf.value(u"stock_4yr"_s).toObject().value(u"high"_s).toDouble(), 250000.0);
    QCOMPARE(sf.value(u"bonus_pct"_s).toDouble(), 5.0);
    QCOMPARE(sf.value(u"total_comp"_s).toObject().value(u"low"_s).toDouble(), 223000.0);
    QVERIFY(!object.value(u"warnings"_s).toArray().isEmpty());

    const Run all = cli({u"show"_s, u"huggingface-enterprise/software-engineer"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).object().value(u"regions"_s).toArray().size(), 3);
}

void TestCli::showText()
{
    const Run result = cli({u"show"_s, u"huggingface-enterprise/software-engineer"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"Software Engineer at Hugging Face Enterprise"_s));
    QVERIFY(result.out.contains(u"Levels:"_s));
    QVERIFY2(result.out.contains(u"170,000–220,000"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"Paris"_s));
}

void TestCli::showUnknownIdListsIds()
{
    const Run result = cli({u"show"_s, u"globex/nobody"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"no guide with id 'globex/nobody'"_s));
    QVERIFY(result.err.contains(u"huggingface-enterprise/software-engineer"_s));
}

void TestCli::showUnknownRegionListsRegions()
{
    const Run result = cli({u"show"_s, u"huggingface-enterprise/software-engineer"_s, u"--region"_s, u"Atlantis"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"no region 'Atlantis'"_s));
    QVERIFY(result.err.contains(u"San Francisco"_s));
    QVERIFY(result.err.contains(u"Paris"_s));
}

void TestCli::guiHelpNamesTheCommand()
{
    // Issue 19: the usage line names the command a person types, not "<executable_name>" or a path, and says
    // that guide files may follow.
    const Run help = run(QStringLiteral(OFFERDESK_GUI_PATH), {u"--help"_s}, false);
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.out.section(u'\n', 0, 0), u"Usage: offerdesk [options] [FILE...]"_s);
    QVERIFY2(help.out.contains(u"Guides (.md)"_s), qPrintable(help.out));
    QVERIFY(!help.out.contains(u"<executable_name>"_s));
}

void TestCli::guiWithoutDisplaySaysSo()
{
    const Run result = run(QStringLiteral(OFFERDESK_GUI_PATH), {}, false);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed().count(u'\n'), 0); // one clear line
    QVERIFY(result.err.contains(u"no display"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
