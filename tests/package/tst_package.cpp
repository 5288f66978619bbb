// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The .deb, end to end: CPack builds it into a temporary folder, dpkg-deb unpacks it into another, and the
// unpacked copy must run, find its own guides, and pass desktop-file-validate, appstreamcli and lintian.
// Every path comes from compile definitions; the tools are the ones .ci/setup installs.
#include "support/RunProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString appId = QStringLiteral(OFFERDESK_APP_ID);
const QString version = QStringLiteral(OFFERDESK_VERSION);

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void installsEveryFile_data();
    void installsEveryFile();
    void installedCliChecksInstalledGuides();
    void installedCliFindsGuidesRelativeToItself();
    void installedCliSpeaksTheLocalesLanguage();
    void installedBinariesPrintTheProjectVersion_data();
    void installedBinariesPrintTheProjectVersion();
    void installedIconsHaveTheirSizes();
    void noBuildPathsBakedIn();
    void desktopFileValidates();
    void metainfoValidates();
    void lintianReportsNoErrors();

private:
    // Runs a tool, failing the test with a clear message when it is not installed.
    Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000) const;
    QString tool(const QString &name) const;
    QString installed(const QString &relative) const { return m_root.filePath(u"usr/"_s + relative); }

    QTemporaryDir m_work;    // CPack's staging folder and the .deb
    QTemporaryDir m_root;    // the .deb unpacked
    QTemporaryDir m_home;    // XDG folders for the unpacked binaries, so the person's own guides stay out
    QTemporaryDir m_elsewhere; // an unrelated current directory
    QString m_deb;
};

QString TestPackage::tool(const QString &name) const
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is not installed; .ci/setup installs it", qPrintable(name));
    return path;
}

Run TestPackage::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    QProcessEnvironment env = isolatedEnvironment(m_home.path());
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return runProcess(program, arguments, env, timeoutMs, m_elsewhere.path());
}

void TestPackage::initTestCase()
{
    QVERIFY(m_work.isValid() && m_root.isValid() && m_home.isValid() && m_elsewhere.isValid());
    const QString dpkgDeb = tool(u"dpkg-deb"_s);
    QVERIFY(!dpkgDeb.isEmpty());

    // -B keeps CPack's staging and output in the temporary folder, away from build/ and parallel tests.
    const Run cpack = run(QStringLiteral(OFFERDESK_CPACK_COMMAND),
                          {u"-G"_s, u"DEB"_s, u"--config"_s, QStringLiteral(OFFERDESK_BINARY_DIR "/CPackConfig.cmake"),
                           u"-B"_s, m_work.path()},
                          300000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.describe()));
    const QStringList debs = QDir(m_work.path()).entryList({u"*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_work.filePath(debs.first());
    QVERIFY2(debs.first().startsWith(u"offerdesk_%1_"_s.arg(version)), qPrintable(debs.first()));

    const Run unpack = run(dpkgDeb, {u"-x"_s, m_deb, m_root.path()});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.describe()));
}

void TestPackage::controlFields()
{
    const QString dpkgDeb = tool(u"dpkg-deb"_s);
    const auto field = [&](const QString &name) { return run(dpkgDeb, {u"-f"_s, m_deb, name}).out.trimmed(); };
    QCOMPARE(field(u"Package"_s), u"offerdesk"_s);
    QCOMPARE(field(u"Version"_s), version);
    QCOMPARE(field(u"Section"_s), u"misc"_s);
    QCOMPARE(field(u"Homepage"_s), u"https://offerdesk.example.org"_s);
    QVERIFY2(field(u"Maintainer"_s).contains(QRegularExpression(u"^.+ <[^@ ]+@[^@ ]+>$"_s)),
             qPrintable(field(u"Maintainer"_s)));
    const QString description = field(u"Description"_s);
    QVERIFY2(description.count(u'\n') >= 3, qPrintable(description)); // a synopsis and an extended description

    // shlibdeps computed the linked libraries; the plugins Qt loads at run time are declared by hand.
    const QString depends = field(u"Depends"_s);
    for (const QString &package : {u"libqt6core6"_s, u"libqt6gui6"_s, u"libqt6widgets6"_s, u"libyaml-cpp0.7"_s,
                                   u"libc6"_s, u"libqt6svg6"_s, u"libqt6sql6-sqlite"_s}) {
        QVERIFY2(depends.contains(package), qPrintable(u"%1 missing from Depends: %2"_s.arg(package, depends)));
    }
}

void TestPackage::installsEveryFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("gui") << u"bin/offerdesk"_s;
    QTest::newRow("cli") << u"bin/offerdesk-cli"_s;
    QTest::newRow("seed guide") << u"share/offerdesk/guides/huggingface-enterprise--software-engineer.md"_s;
    QTest::newRow("desktop") << u"share/applications/%1.desktop"_s.arg(appId);
    QTest::newRow("metainfo") << u"share/metainfo/%1.metainfo.xml"_s.arg(appId);
    QTest::newRow("svg icon") << u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId);
    for (const QString &size : QStringLiteral(OFFERDESK_ICON_SIZES).split(u',')) {
        QTest::newRow(qPrintable(u"icon "_s + size))
            << u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size, appId);
    }
    QTest::newRow("gui man page") << u"share/man/man1/offerdesk.1.gz"_s;
    QTest::newRow("cli man page") << u"share/man/man1/offerdesk-cli.1.gz"_s;
    QTest::newRow("copyright") << u"share/doc/offerdesk/copyright"_s;
    QTest::newRow("changelog") << u"share/doc/offerdesk/changelog.gz"_s;
    QTest::newRow("english plurals") << u"share/offerdesk/translations/offerdesk_en.qm"_s;
    QTest::newRow("french translation") << u"share/offerdesk/translations/offerdesk_fr.qm"_s;
    QTest::newRow("german translation") << u"share/offerdesk/translations/offerdesk_de.qm"_s;
}

void TestPackage::installsEveryFile()
{
    QFETCH(QString, path);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile() && info.size() > 0, qPrintable(u"missing from the package: /usr/"_s + path));
    if (path.startsWith(u"bin/"_s))
        QVERIFY(info.isExecutable());
}

void TestPackage::installedCliChecksInstalledGuides()
{
    const Run check = run(installed(u"bin/offerdesk-cli"_s), {u"check"_s, installed(u"share/offerdesk/guides"_s)});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QVERIFY2(check.out.contains(u" 0 errors"_s), qPrintable(check.out));
    QVERIFY2(!check.out.contains(u"0 guides loaded"_s), qPrintable(check.out));
}

void TestPackage::installedCliFindsGuidesRelativeToItself()
{
    // With no path and an empty XDG_DATA_HOME, the library is exactly the bundled guides next to the binary:
    // the unpacked copy must find the unpacked guides, not the build tree's nor /usr's.
    const Run check = run(installed(u"bin/offerdesk-cli"_s), {u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QVERIFY2(!check.out.contains(u"0 guides loaded"_s), qPrintable(check.out));

    const Run list = run(installed(u"bin/offerdesk-cli"_s), {u"list"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QString guidesFolder = QDir(installed(u"share/offerdesk/guides"_s)).canonicalPath();
    const QRegularExpression pathKey(u"\"path\": \"([^\"]+)\""_s);
    int guides = 0;
    for (auto it = pathKey.globalMatch(list.out); it.hasNext(); ++guides) {
        const QString path = QFileInfo(it.next().captured(1)).canonicalFilePath();
        QVERIFY2(path.startsWith(guidesFolder + u'/'), qPrintable(path + u" is not under "_s + guidesFolder));
    }
    QVERIFY2(guides > 0, qPrintable(list.out));
}

void TestPackage::installedCliSpeaksTheLocalesLanguage()
{
    // The unpacked .qm files next to the unpacked binary, found from it: French under a French locale.
    QProcessEnvironment env = isolatedEnvironment(m_home.path());
    env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"fr"_s);
    const Run check = runProcess(installed(u"bin/offerdesk-cli"_s), {u"check"_s, installed(u"share/offerdesk/guides"_s)},
                                 env, 120000, m_elsewhere.path());
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QVERIFY2(check.out.contains(u"Vérification de "_s), qPrintable(check.out));
}

void TestPackage::installedBinariesPrintTheProjectVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("offerdesk") << u"offerdesk"_s;
    QTest::newRow("offerdesk-cli") << u"offerdesk-cli"_s;
}

void TestPackage::installedBinariesPrintTheProjectVersion()
{
    QFETCH(QString, program);
    const Run result = run(installed(u"bin/"_s + program), {u"--version"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(result.out.trimmed(), program + u' ' + version);
}

void TestPackage::installedIconsHaveTheirSizes()
{
    for (const QString &size : QStringLiteral(OFFERDESK_ICON_SIZES).split(u',')) {
        const QImage icon(installed(u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size, appId)));
        QCOMPARE(icon.size(), QSize(size.toInt(), size.toInt()));
    }
    QVERIFY(!QImage(installed(u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId))).isNull());
}

void TestPackage::noBuildPathsBakedIn()
{
#ifdef OFFERDESK_SANITIZED_BUILD
    // AddressSanitizer records each instrumented global's source file, ignoring -ffile-prefix-map; such a build
    // is for tests only and is never packaged.
    QSKIP("sanitizer builds keep source paths in ASan's metadata");
#endif
    const QList<QByteArray> buildPaths = {QByteArrayLiteral(OFFERDESK_SOURCE_DIR), QByteArrayLiteral(OFFERDESK_BINARY_DIR)};
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray content = file.readAll();
        for (const QByteArray &path : buildPaths)
            QVERIFY2(!content.contains(path), qPrintable(file.fileName() + u" contains "_s + QString::fromUtf8(path)));
        ++files;
    }
    QVERIFY(files > 0);

    // A RUNPATH may only be relative to the binary ($ORIGIN), never an absolute folder.
    const QString readelf = tool(u"readelf"_s);
    QVERIFY(!readelf.isEmpty());
    for (const QString &program : {u"offerdesk"_s, u"offerdesk-cli"_s}) {
        const Run dynamic = run(readelf, {u"-d"_s, installed(u"bin/"_s + program)});
        QVERIFY2(dynamic.exitCode == 0, qPrintable(dynamic.describe()));
        const QRegularExpression absoluteRunpath(u"R(UN)?PATH.*\\[(.*:)?/"_s);
        QVERIFY2(!dynamic.out.contains(absoluteRunpath), qPrintable(dynamic.out));
    }
}

void TestPackage::desktopFileValidates()
{
    const QString validator = tool(u"desktop-file-validate"_s);
    QVERIFY(!validator.isEmpty());
    const Run result = run(validator, {installed(u"share/applications/%1.desktop"_s.arg(appId))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.out.trimmed().isEmpty(), qPrintable(result.describe())); // not even a hint
}

void TestPackage::metainfoValidates()
{
    const QString appstreamcli = tool(u"appstreamcli"_s);
    QVERIFY(!appstreamcli.isEmpty());
    const Run result =
        run(appstreamcli, {u"validate"_s, u"--no-net"_s, installed(u"share/metainfo/%1.metainfo.xml"_s.arg(appId))});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(!result.out.contains(QRegularExpression(u"^[EW]: "_s, QRegularExpression::MultilineOption)),
             qPrintable(result.describe()));
}

void TestPackage::lintianReportsNoErrors()
{
    const QString lintian = tool(u"lintian"_s);
    QVERIFY(!lintian.isEmpty());
    const Run result = run(lintian, {u"--no-tag-display-limit"_s, m_deb}, 300000);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString &line : lines) {
        if (line.startsWith(u"E: "_s))
            errors.append(line);
        else if (line.startsWith(u"W: "_s))
            qInfo("lintian: %s", qPrintable(line));
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    // lintian exits 1 when it finds errors, 2 when it could not run at all.
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
