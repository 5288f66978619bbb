// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Hostile guides that are too big to commit (generated here), files that are not files, and the yaml-cpp traps
// that need more than one file to show. The committed corpus is in tst_guideparser (guides-malformed/).
#include "guide/GuideLibrary.h"
#include "guide/GuideParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 26);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray validGuide()
{
    return readFile(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-valid/acme-robotics--backend-engineer.md"_s);
}

int lineCount(const QByteArray &bytes)
{
    return int(bytes.count('\n'));
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

bool hasError(const Diagnostics &diagnostics, int line, const QString &text)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError() && d.line == line && d.message.contains(text))
            return true;
    }
    return false;
}

QByteArray frontMatterOnly(const QByteArray &yaml)
{
    return "---\n" + yaml + "---\nBody.\n";
}

using Generator = std::function<QByteArray()>;
} // namespace

Q_DECLARE_METATYPE(Generator)

class TestHostileGuides : public QObject
{
    Q_OBJECT

private slots:
    void generatedGuide_data();
    void generatedGuide();
    void trickyButValidGuideLoads();
    void messagesQuoteLongValuesShortly();
    void manyProblemsAreCapped();
    void directoryIsNotAGuide();
    void fifoIsNeverOpenedForReading();
    void deviceIsNeverRead();
    void libraryLoadsTheOthersBesideAFifo();
    void sourcesNeverUseLoadFileOrLoadAll();
};

void TestHostileGuides::generatedGuide_data()
{
    QTest::addColumn<Generator>("generate");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("ten-megabyte-front-matter") << Generator([] {
        return frontMatterOnly("company: globex\nrole: engineer\n" + QByteArray("k: v\n").repeated(2 * 1024 * 1024));
    }) << 0 << u"a guide may be at most 1 MiB"_s;

    QTest::newRow("one-byte-over-a-mebibyte") << Generator([] {
        QByteArray bytes = validGuide();
        bytes.append(QByteArray(GuideLimits::kMaxFileBytes + 1 - bytes.size(), '\n'));
        return bytes;
    }) << 0 << u"a guide may be at most 1 MiB"_s;

    QTest::newRow("front-matter-over-64-KiB") << Generator([] {
        QByteArray yaml = "company: globex\nrole: engineer\nnotes:\n";
        for (int i = 0; yaml.size() <= GuideLimits::kMaxFrontMatterBytes; ++i)
            yaml += "  note" + QByteArray::number(i) + ": a note that makes the front matter large\n";
        return frontMatterOnly(yaml);
    }) << 2 << u"front matter is"_s;

    const QByteArray valid = validGuide();
    const int bodyFirstLine = lineCount(valid.left(valid.indexOf("###"))) + 1;

    QTest::newRow("body-over-256-KiB") << Generator([valid] {
        return valid + QByteArray(QByteArray(99, 'b') + '\n').repeated(3000);
    }) << bodyFirstLine << u"the body is"_s;

    QTest::newRow("body-over-5000-lines") << Generator([valid] {
        return valid + QByteArray("x\n").repeated(int(GuideLimits::kMaxBodyLines));
    }) << bodyFirstLine + int(GuideLimits::kMaxBodyLines) << u"the body has"_s;

    QTest::newRow("body-line-of-400k-characters") << Generator([valid] {
        return valid + QByteArray(400000, 'a') + '\n';
    }) << lineCount(valid) + 1 << u"line is 400000 characters long; at most 20000"_s;

    QTest::newRow("201-regions") << Generator([] {
        QByteArray yaml = "company: globex\nrole: engineer\ncompensation:\n";
        for (int i = 0; i <= GuideLimits::kMaxRegions; ++i) {
            yaml += "  - {region: R" + QByteArray::number(i) + ", base_low: 1, base_high: 2, stock_low: 1, "
                    "stock_high: 2, bonus_pct: 1, total_comp_low: 1, total_comp_high: 2, currency: USD}\n";
        }
        return frontMatterOnly(yaml);
    }) << 4 << u"'compensation' has 201 regions; at most 200"_s;

    QTest::newRow("5000-open-brackets") << Generator([] {
        return frontMatterOnly("company: globex\nrole: engineer\nextra: " + QByteArray("[").repeated(5000) + "\n");
    }) << 4 << u"YAML nesting is deeper than 16 levels"_s;

    QTest::newRow("5000-nested-flow-maps") << Generator([] {
        return frontMatterOnly("company: globex\nextra: " + QByteArray("{a: ").repeated(5000) + "1" +
                               QByteArray("}").repeated(5000) + "\n");
    }) << 3 << u"YAML nesting is deeper than 16 levels"_s;

    QTest::newRow("200-indented-levels") << Generator([] {
        QByteArray yaml = "company: globex\n";
        for (int i = 0; i < 200; ++i)
            yaml += QByteArray(i, ' ') + "k:\n";
        return frontMatterOnly(yaml);
    }) << 3 + GuideLimits::kMaxYamlDepth << u"YAML nesting is deeper than 16 levels"_s;

    QTest::newRow("15000-aliases") << Generator([] {
        return frontMatterOnly("company: globex\nrole: engineer\na: &a [x, x, x, x]\nb: [" +
                               QByteArray("*a, ").repeated(15000) + "*a]\n");
    }) << 5 << u"(15001 aliases in all)"_s;

    QTest::newRow("lone-comma-document") << Generator([] { return frontMatterOnly(",\n"); })
                                         << 2 << u"must be a mapping of keys to values, not null"_s;

    QTest::newRow("all-carriage-returns") << Generator([valid] {
        QByteArray bytes = valid;
        return bytes.replace('\n', '\r');
    }) << 1 << u"a carriage return without a line feed"_s;

    QTest::newRow("binary-garbage-after-delimiter") << Generator([] {
        QByteArray bytes = "---\n";
        quint32 state = 2463534242u; // xorshift: the same bytes on every run
        for (int i = 0; i < 64 * 1024; ++i) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            bytes += char(state & 0xFF);
        }
        return bytes;
    }) << 2 << u"invalid UTF-8"_s;
}

void TestHostileGuides::generatedGuide()
{
    QFETCH(Generator, generate);
    QFETCH(int, line);
    QFETCH(QString, message);

    const QByteArray bytes = generate();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"hostile.md"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    // Both entry points: from a file (the library) and from bytes (tests, the fuzzer).
    for (const GuideParseResult &result :
         {GuideParser::parseFile(path, kToday), GuideParser::parse(bytes, path, kToday)}) {
        QVERIFY2(!result.ok(), "a hostile guide must not load");
        QVERIFY2(hasError(result.diagnostics, line, message),
                 qPrintable(u"expected line %1 '%2', got:\n%3"_s.arg(line).arg(message, joined(result.diagnostics))));
    }
}

void TestHostileGuides::trickyButValidGuideLoads()
{
    // Brackets inside quotes, comments, plain text and block scalars are text, not nesting; a key written inside
    // a block scalar is text too; 15 levels of nesting are allowed.
    QByteArray bytes = validGuide();
    QByteArray extra = "notes: \"[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{\"  # [[[[[[[[[[[[[[[[[[[[[[[[[[[\n"
                       "quoted: '[[[[[[[[[[[[[[[[[[[[ it''s fine'\n"
                       "plain: A [[[[[[[[[[[[[[[[[[[[[[[[ b\n"
                       "story: |\n"
                       "  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n"
                       "  company: not a key\n"
                       "\n"
                       "  {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n"
                       "folded: >-\n"
                       "    - - - - - - - - - - - - - - - - - - -\n"
                       "deep:\n";
    for (int i = 1; i < 13; ++i)
        extra += QByteArray(2 * i, ' ') + "k" + QByteArray::number(i) + ":\n";
    extra += QByteArray(26, ' ') + "leaf: [[1]]\n";
    bytes.replace("role_type: standard\n", "role_type: standard\n" + extra);
    const GuideParseResult result = GuideParser::parse(bytes, u"tricky.md"_s, kToday);
    QVERIFY2(result.ok(), qPrintable(joined(result.diagnostics)));
    QVERIFY(!hasErrors(result.diagnostics));
    QCOMPARE(result.guide->company, u"acme-robotics"_s);
    QCOMPARE(result.guide->regions.size(), 2);
}

void TestHostileGuides::messagesQuoteLongValuesShortly()
{
    QByteArray bytes = validGuide();
    bytes.replace("    base_high: 150000\n", "    base_high: " + QByteArray(30000, '7') + "\n");
    bytes.replace("role_type: standard\n", "role_type: standard\n" + QByteArray(1000, 'k') + ": 1\n");
    const GuideParseResult result = GuideParser::parse(bytes, u"long.md"_s, kToday);
    QVERIFY(!result.ok());
    QVERIFY(hasError(result.diagnostics, 15, u"'base_high' is out of range"_s));
    for (const Diagnostic &d : result.diagnostics)
        QVERIFY2(d.message.size() < 200, qPrintable(d.message.left(300)));
}

void TestHostileGuides::manyProblemsAreCapped()
{
    QByteArray yaml = "company: globex\nrole: engineer\nextra:\n";
    yaml += QByteArray("  same: 1\n").repeated(5000);
    const GuideParseResult result = GuideParser::parse(frontMatterOnly(yaml), u"dups.md"_s, kToday);
    QVERIFY(!result.ok());
    QVERIFY(hasError(result.diagnostics, 6, u"duplicate key 'same' (first on line 5)"_s));
    QVERIFY(result.diagnostics.size() <= 20);
}

void TestHostileGuides::directoryIsNotAGuide()
{
    // yaml-cpp's LoadFile throws a non-YAML exception on a directory; we never hand it paths.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder.md"_s));
    const QString path = dir.filePath(u"folder.md"_s);
    const GuideParseResult result = GuideParser::parseFile(path, kToday);
    QVERIFY(!result.ok());
    QVERIFY2(hasError(result.diagnostics, 0, u"not a regular file"_s), qPrintable(joined(result.diagnostics)));
}

void TestHostileGuides::fifoIsNeverOpenedForReading()
{
    // Opening a FIFO for reading blocks until a writer appears: this test would hang if the parser tried.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pipe.md"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const GuideParseResult result = GuideParser::parseFile(path, kToday);
    QVERIFY(!result.ok());
    QVERIFY2(hasError(result.diagnostics, 0, u"not a regular file"_s), qPrintable(joined(result.diagnostics)));

    const QString link = dir.filePath(u"link-to-pipe.md"_s);
    QVERIFY(QFile::link(path, link));
    QVERIFY(hasError(GuideParser::parseFile(link, kToday).diagnostics, 0, u"not a regular file"_s));
}

void TestHostileGuides::deviceIsNeverRead()
{
    // /dev/zero never ends and /dev/urandom is endless garbage: a guide is a regular file or nothing.
    QTemporaryDir dir;
    for (const QString &device : {u"/dev/zero"_s, u"/dev/urandom"_s, u"/dev/null"_s}) {
        const QString link = dir.filePath(QFileInfo(device).fileName() + u".md"_s);
        QVERIFY(QFile::link(device, link));
        const GuideParseResult result = GuideParser::parseFile(link, kToday);
        QVERIFY(!result.ok());
        QVERIFY2(hasError(result.diagnostics, 0, u"not a regular file"_s), qPrintable(joined(result.diagnostics)));
    }
}

void TestHostileGuides::libraryLoadsTheOthersBesideAFifo()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-valid/acme-robotics--backend-engineer.md"_s,
                        dir.filePath(u"acme.md"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"pipe.md"_s)).constData(), 0600), 0);
    QVERIFY(QDir(dir.path()).mkdir(u"folder.md"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, dir.filePath(u"zero.md"_s)));
    const GuideLibrary library = GuideLibrary::load({dir.path()}, kToday);
    QCOMPARE(library.ids(), QStringList({u"acme-robotics/backend-engineer"_s}));
}

void TestHostileGuides::sourcesNeverUseLoadFileOrLoadAll()
{
    // LoadFile throws a non-YAML exception on a directory and reads FIFOs and devices; LoadAll loops forever on a
    // lone ",". Neither may appear in the app.
    static const QRegularExpression forbidden(u"\\bYAML::(LoadFile|LoadAll|LoadAllFromFile)\\b"_s);
    int filesChecked = 0;
    for (const QString &folder : {u"/app"_s, u"/ui"_s}) {
        QDirIterator it(QStringLiteral(OFFERDESK_SOURCE_DIR) + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = QString::fromUtf8(readFile(path));
            const QRegularExpressionMatch match = forbidden.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(path + u": uses "_s + match.captured(0)));
            ++filesChecked;
        }
    }
    QVERIFY(filesChecked > 10);
}

QTEST_GUILESS_MAIN(TestHostileGuides)
#include "tst_hostileguides.moc"
