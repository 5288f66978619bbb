// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// What the desktop sees of OfferDesk, checked on the files the build generates for installation: the .desktop
// entry, the AppStream metainfo, the icons (and the window icon in the resources), and the man pages.
// tst_package validates the same files inside the .deb with the distribution's validators.
#include "support/RunProcess.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = QStringLiteral(OFFERDESK_APP_ID);
const QString generatedDir = QStringLiteral(OFFERDESK_PACKAGING_GENERATED_DIR);

Run run(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"MANWIDTH"_s, u"80"_s);
    return runProcess(program, arguments, env, 60000);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The [Desktop Entry] group of a .desktop file, key by key.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    bool inGroup = false;
    for (const QString &line : readText(path).split(u'\n')) {
        if (line.startsWith(u'['))
            inGroup = line == u"[Desktop Entry]"_s;
        else if (inGroup && line.contains(u'=') && !line.startsWith(u'#'))
            entry.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return entry;
}

QStringList desktopList(const QString &value)
{
    return value.split(u';', Qt::SkipEmptyParts);
}

// The text of every element with this name, in document order.
QStringList elementTexts(const QString &xml, const QString &name)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    return texts;
}

// One attribute of every element with this name.
QStringList attributeValues(const QString &xml, const QString &element, const QString &attribute)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            values.append(reader.attributes().value(attribute).toString());
    }
    return values;
}

// The long options --name in a help text.
QStringList longOptions(const QString &help)
{
    QStringList options;
    const QRegularExpression option(u"(?:^|[\\s,])--([a-z][a-z-]*)"_s);
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!options.contains(name))
            options.append(name);
    }
    return options;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntry();
    void metainfoDescribesThisRelease();
    void windowIconLoadsFromResources();
    void pngIconsAreTheSvgRendered();
    void manPagesRenderWithoutWarnings_data();
    void manPagesRenderWithoutWarnings();
    void cliManPageDocumentsEveryCommandAndOption();
};

void TestDesktopIntegration::desktopEntry()
{
    const QString path = QStringLiteral(OFFERDESK_DESKTOP_FILE);
    QCOMPARE(QFileInfo(path).fileName(), appId + u".desktop"_s);
    const QHash<QString, QString> entry = ::desktopEntry(path);
    QVERIFY2(!entry.isEmpty(), qPrintable(path));
    QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
    QCOMPARE(entry.value(u"Name"_s), u"OfferDesk"_s);
    QVERIFY(!entry.value(u"Comment"_s).isEmpty());
    // Found on PATH, never an absolute path: the package may be installed or unpacked anywhere.
    QCOMPARE(entry.value(u"Exec"_s).section(u' ', 0, 0), u"offerdesk"_s);
    // Issue 19: a guide file opened with OfferDesk (from a file manager) is passed on, and guides are Markdown.
    QCOMPARE(entry.value(u"Exec"_s), u"offerdesk %F"_s);
    QVERIFY2(desktopList(entry.value(u"MimeType"_s)).contains(u"text/markdown"_s), qPrintable(entry.value(u"MimeType"_s)));
    QCOMPARE(entry.value(u"Icon"_s), appId);
    QCOMPARE(entry.value(u"Terminal"_s), u"false"_s);
    // Qt names X11 windows' WM_CLASS after the application name, so docks can match windows to this entry.
    QCOMPARE(entry.value(u"StartupWMClass"_s), u"OfferDesk"_s);
    const QStringList categories = desktopList(entry.value(u"Categories"_s));
    QVERIFY2(categories.contains(u"Office"_s), qPrintable(entry.value(u"Categories"_s)));
    const QStringList keywords = desktopList(entry.value(u"Keywords"_s));
    for (const QString &keyword : {u"offer"_s, u"salary"_s, u"negotiation"_s})
        QVERIFY2(keywords.contains(keyword), qPrintable(entry.value(u"Keywords"_s)));
}

void TestDesktopIntegration::metainfoDescribesThisRelease()
{
    const QString xml = readText(QStringLiteral(OFFERDESK_METAINFO_FILE));
    QVERIFY(!xml.isEmpty());
    QCOMPARE(elementTexts(xml, u"id"_s), QStringList{appId});
    QCOMPARE(elementTexts(xml, u"launchable"_s), QStringList{appId + u".desktop"_s});
    QCOMPARE(elementTexts(xml, u"name"_s).value(0), u"OfferDesk"_s);
    QVERIFY(!elementTexts(xml, u"summary"_s).value(0).isEmpty());
    QVERIFY(elementTexts(xml, u"description"_s).value(0).size() > 200);
    QCOMPARE(elementTexts(xml, u"binary"_s), (QStringList{u"offerdesk"_s, u"offerdesk-cli"_s}));
    QCOMPARE(elementTexts(xml, u"mediatype"_s), QStringList{u"text/markdown"_s});

    // The newest release is the project's version, with a real date.
    const QStringList versions = attributeValues(xml, u"release"_s, u"version"_s);
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.first(), QStringLiteral(OFFERDESK_VERSION));
    QVERIFY(QDate::fromString(attributeValues(xml, u"release"_s, u"date"_s).first(), Qt::ISODate).isValid());

    const QStringList screenshots = elementTexts(xml, u"image"_s);
    QVERIFY(screenshots.size() >= 2);
    for (const QString &url : screenshots)
        QVERIFY2(url.startsWith(u"https://"_s) && url.endsWith(u".png"_s), qPrintable(url));
    QCOMPARE(attributeValues(xml, u"screenshot"_s, u"type"_s).count(u"default"_s), 1);
    QCOMPARE(elementTexts(xml, u"caption"_s).size(), screenshots.size());

    const QStringList keywords = elementTexts(xml, u"keyword"_s);
    for (const QString &keyword : {u"offer"_s, u"salary"_s, u"negotiation"_s})
        QVERIFY2(keywords.contains(keyword), qPrintable(keywords.join(u", "_s)));
}

void TestDesktopIntegration::windowIconLoadsFromResources()
{
    // The window's icon is the same SVG, compiled in under this path (GuiApplication sets it).
    const QIcon icon(u":/icons/offerdesk.svg"_s);
    QVERIFY(!icon.isNull());
    for (const int size : {16, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY2(qAlpha(image.pixel(size / 2, size / 2)) == 255, "the icon's centre should be opaque");
    }
}

void TestDesktopIntegration::pngIconsAreTheSvgRendered()
{
    for (const QString &sizeText : QStringLiteral(OFFERDESK_ICON_SIZES).split(u',')) {
        const int size = sizeText.toInt();
        const QString path = generatedDir + u"/icons/%1x%1/%2.png"_s.arg(sizeText, appId);
        const QImage png = QImage(path).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(png.size(), QSize(size, size));

        QImageReader reader(QStringLiteral(OFFERDESK_ICON_SVG));
        reader.setScaledSize(QSize(size, size));
        const QImage svg = reader.read().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(png == svg, qPrintable(path + u" is not the current SVG rendered at that size"_s));
    }
}

void TestDesktopIntegration::manPagesRenderWithoutWarnings_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("offerdesk") << u"offerdesk.1.gz"_s;
    QTest::newRow("offerdesk-cli") << u"offerdesk-cli.1.gz"_s;
}

void TestDesktopIntegration::manPagesRenderWithoutWarnings()
{
    QFETCH(QString, page);
    const QString man = QStandardPaths::findExecutable(u"man"_s);
    QVERIFY2(!man.isEmpty(), "man is not installed; .ci/setup installs man-db");
    const Run result = run(man, {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, generatedDir + u'/' + page});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(result.out.contains(u"SYNOPSIS"_s));
    QVERIFY(result.out.contains(u"OfferDesk %1"_s.arg(QStringLiteral(OFFERDESK_VERSION))));
}

void TestDesktopIntegration::cliManPageDocumentsEveryCommandAndOption()
{
    const QString manSource = readText(generatedDir + u"/offerdesk-cli.1"_s);
    QVERIFY(!manSource.isEmpty());
    // roff writes a hyphen in an option as \-.
    const auto documented = [&manSource](const QString &text) {
        return manSource.contains(QString(text).replace(u'-', u"\\-"_s));
    };

    const Run help = run(QStringLiteral(OFFERDESK_CLI_PATH), {u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    // The commands the CLI has, plus those its issues specify, which may land later.
    QStringList commands = {u"check"_s, u"list"_s, u"show"_s, u"compare"_s, u"suggest"_s, u"export"_s};
    const QString commandList = help.out.section(u"Commands:"_s, 1).section(u"\n\n"_s, 0, 0);
    const QRegularExpression commandLine(u"^  ([a-z][a-z-]*)\\s"_s, QRegularExpression::MultilineOption);
    for (auto it = commandLine.globalMatch(commandList); it.hasNext();) {
        const QString command = it.next().captured(1);
        if (!commands.contains(command))
            commands.append(command);
    }

    for (const QString &command : std::as_const(commands)) {
        QVERIFY2(manSource.contains(u"\n.SS "_s + command), qPrintable(command + u" has no section in the man page"_s));
        const Run commandHelp = run(QStringLiteral(OFFERDESK_CLI_PATH), {command, u"--help"_s});
        if (commandHelp.exitCode != 0)
            continue; // not implemented yet: its section documents the contract
        for (const QString &option : longOptions(commandHelp.out)) {
            QVERIFY2(documented(u"--"_s + option),
                     qPrintable(u"offerdesk-cli %1 --%2 is missing from packaging/offerdesk-cli.1.in"_s.arg(command,
                                                                                                           option)));
        }
    }
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
