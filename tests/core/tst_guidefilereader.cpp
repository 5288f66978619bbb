// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideFileReader.h"
#include "guide/GuideParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestGuideFileReader : public QObject
{
    Q_OBJECT

private slots:
    void frontMatterExtentStopsAfterTheClosingLine();
    void frontMatterExtentWaitsForMoreBytes();
    void frontMatterExtentTakesEverythingWithoutFrontMatter();
    void readsOnlyTheFrontMatterOrTheWholeFile();
    void reportsWhatCannotBeRead();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    QTemporaryDir m_dir;
};

void TestGuideFileReader::frontMatterExtentStopsAfterTheClosingLine()
{
    const QByteArray text = "---\ncompany: acme\n---\nbody\n";
    QCOMPARE(GuideFileReader::frontMatterExtent(text, false), qsizetype(22));
    QCOMPARE(GuideFileReader::frontMatterExtent(text, true), qsizetype(22));
    // With a byte order mark and CRLF; an indented line is no delimiter, blanks after the dashes are.
    const QByteArray crlf = "\xEF\xBB\xBF---\r\nrole: x\r\n  ---\r\n--- \t\r\nbody";
    QCOMPARE(GuideFileReader::frontMatterExtent(crlf, false), qsizetype(crlf.indexOf("body")));
    // A closing line at the very end, without a newline.
    QCOMPARE(GuideFileReader::frontMatterExtent("---\na: 1\n---", true), qsizetype(12));
}

void TestGuideFileReader::frontMatterExtentWaitsForMoreBytes()
{
    QCOMPARE(GuideFileReader::frontMatterExtent("---\na: 1\n--", false), qsizetype(-1));
    QCOMPARE(GuideFileReader::frontMatterExtent("---\na: 1\n", false), qsizetype(-1));
    // Never closed: everything there is, at the end.
    QCOMPARE(GuideFileReader::frontMatterExtent("---\na: 1\n", true), qsizetype(9));
}

void TestGuideFileReader::frontMatterExtentTakesEverythingWithoutFrontMatter()
{
    QCOMPARE(GuideFileReader::frontMatterExtent("# title\n---\nmore\n", false), qsizetype(-1));
    QCOMPARE(GuideFileReader::frontMatterExtent("# title\n---\nmore\n", true), qsizetype(17));
}

void TestGuideFileReader::readsOnlyTheFrontMatterOrTheWholeFile()
{
    QVERIFY(m_dir.isValid());
    // A body larger than the first read, so the whole file takes more than one.
    const QByteArray front = "---\ncompany: acme\n---\n";
    const QByteArray text = front + QByteArray(100000, 'x') + "\nend\n";
    const QString path = write(u"guide.md"_s, text);
    QVERIFY(!path.isEmpty());
    const GuideFileReader::Read frontRead = GuideFileReader::read(path, GuideFileReader::Extent::FrontMatter);
    QVERIFY(frontRead.ok());
    QCOMPARE(frontRead.bytes, front);
    const GuideFileReader::Read whole = GuideFileReader::read(path, GuideFileReader::Extent::Whole);
    QVERIFY(whole.ok());
    QCOMPARE(whole.bytes, text);
    // A front matter longer than the first read is still read to its end.
    const QByteArray longFront = "---\n" + QByteArray("a: 1\n").repeated(8000) + "---\n";
    const QString longPath = write(u"long.md"_s, longFront + "body\n");
    QCOMPARE(GuideFileReader::read(longPath, GuideFileReader::Extent::FrontMatter).bytes, longFront);
}

void TestGuideFileReader::reportsWhatCannotBeRead()
{
    QVERIFY(m_dir.isValid());
    const GuideFileReader::Read missing = GuideFileReader::read(m_dir.filePath(u"none.md"_s),
                                                                GuideFileReader::Extent::Whole);
    QCOMPARE(missing.error, u"no such file"_s);
    QVERIFY(missing.bytes.isEmpty());
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.md"_s));
    QCOMPARE(GuideFileReader::read(m_dir.filePath(u"folder.md"_s), GuideFileReader::Extent::FrontMatter).error,
             u"not a regular file"_s);
    const QString fifo = m_dir.filePath(u"fifo.md"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(GuideFileReader::read(fifo, GuideFileReader::Extent::Whole).error, u"not a regular file"_s);
    const QString big = write(u"big.md"_s, QByteArray(GuideLimits::kMaxFileBytes + 1, 'x'));
    QVERIFY(GuideFileReader::read(big, GuideFileReader::Extent::Whole).error.startsWith(u"file is 1048577 bytes"_s));
    const QString empty = write(u"empty.md"_s, QByteArray());
    const GuideFileReader::Read emptyRead = GuideFileReader::read(empty, GuideFileReader::Extent::FrontMatter);
    QVERIFY(emptyRead.ok());
    QVERIFY(emptyRead.bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestGuideFileReader)
#include "tst_guidefilereader.moc"
