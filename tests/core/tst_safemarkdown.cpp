// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// SafeMarkdownDocument: a hostile guide body renders without HTML, without reading local files, devices, FIFOs or
// the network, and without freezing layout.
#include "common/SafeMarkdownDocument.h"
#include "guide/GuideParser.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QString seedBody()
{
    const QString path = QStringLiteral(OFFERDESK_SEED_GUIDE);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const GuideParseResult result = GuideParser::parse(file.readAll(), path, QDate(2026, 3, 1));
    if (!result.ok())
        qFatal("seed guide does not parse");
    return result.guide->body;
}

constexpr int kPageWidth = 600;

// Lays the document out and paints the part of it in area (its top 4000 pixels by default), as the viewer and the
// PDF export do.
QImage paint(SafeMarkdownDocument &document, QRectF area = {})
{
    document.setTextWidth(kPageWidth);
    if (area.isNull())
        area = QRectF(0, 0, kPageWidth, std::min<qreal>(document.size().height(), 4000) + 1);
    QImage image(area.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-area.topLeft());
    document.drawContents(&painter, area);
    return image;
}

// Where the first block that contains text sits in the laid-out document; empty when none does.
QRectF blockArea(const QTextDocument &document, const QString &text)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return document.documentLayout()->blockBoundingRect(block);
    }
    return {};
}

int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += image.pixelColor(x, y).lightness() < 128 ? 1 : 0;
    }
    return dark;
}

// The text is laid out in a block of its own size and painted there as glyphs: dark pixels on the white page.
// Painting only that block also proves the text is drawn where the layout put it.
bool textIsPainted(SafeMarkdownDocument &document, const QString &text)
{
    document.setTextWidth(kPageWidth);
    const QRectF area = blockArea(document, text);
    if (area.isEmpty()) {
        qWarning("no block contains %s", qPrintable(text));
        return false;
    }
    const int dark = darkPixels(paint(document, area));
    if (dark < 10 * int(std::min<qsizetype>(text.size(), 10))) { // a glyph is well over 10 dark pixels
        qWarning("%d dark pixels where %s should be", dark, qPrintable(text));
        return false;
    }
    return true;
}

// Whether a w x h rectangle of one colour is painted anywhere: an image of that size drawn on the page.
bool hasSolidBlock(const QImage &image, QColor colour, QSize size)
{
    for (int y = 0; y + size.height() <= image.height(); ++y) {
        for (int x = 0; x + size.width() <= image.width(); ++x) {
            bool solid = true;
            for (int dy = 0; dy < size.height() && solid; ++dy) {
                for (int dx = 0; dx < size.width() && solid; ++dx)
                    solid = image.pixelColor(x + dx, y + dy) == colour;
            }
            if (solid)
                return true;
        }
    }
    return false;
}

QStringList imageNames(const QTextDocument &document)
{
    QStringList names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                names.append(it.fragment().charFormat().toImageFormat().name());
        }
    }
    return names;
}

QStringList linkTargets(const QTextDocument &document)
{
    QStringList targets;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                targets.append(format.anchorHref());
        }
    }
    return targets;
}

QString pngDataUrl(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(bytes.toBase64());
}

} // namespace

class TestSafeMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void seedBodyRendersInFull();
    void htmlIsShownAsText();
    void localFilesDevicesAndFifosAreNeverRead();
    void networkImagesAreNotLoaded();
    void smallDataImageIsShown();
    void largeOrForeignDataImagesAreRefused();
    void resourceLoadingDeniesByDefault();
    void onlyHttpsLinksAreKept();
    void openableLinks_data();
    void openableLinks();
    void bracketBodyIsShownAsPlainText();
    void longLineIsCutShort();
    void longBodyIsCutShort();
    void hugeListsAndTablesAreShownAsPlainText();
    void controlCharactersAreReplaced();
};

void TestSafeMarkdown::seedBodyRendersInFull()
{
    const QString body = seedBody();
    const std::optional<qint64> cost = SafeMarkdownDocument::markdownCost(body);
    QVERIFY(cost);
    QVERIFY2(*cost * 10 < SafeMarkdownDocument::kMaxBlockCost, qPrintable(QString::number(*cost)));

    SafeMarkdownDocument document;
    document.setGuideMarkdown(body);
    QVERIFY(document.notices().isEmpty());
    QVERIFY(!document.isPlainText());
    const QString text = document.toPlainText();
    QVERIFY(text.startsWith(u"Software Engineer | Hugging Face Enterprise Global Negotiation Guide"_s));
    QVERIFY(text.contains(u"Evidence & Sources"_s));
    QVERIFY(!text.contains(u"**"_s)); // Markdown was rendered, not shown
    QVERIFY(document.begin().blockFormat().headingLevel() == 3);
    QVERIFY(textIsPainted(document, u"Software Engineer | Hugging Face Enterprise Global Negotiation Guide"_s));
    QVERIFY(textIsPainted(document, u"Evidence & Sources"_s));
}

void TestSafeMarkdown::htmlIsShownAsText()
{
    // With HTML on, an unclosed <img or <br makes md4c/Qt swallow the rest of the body.
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"Before <img src=\"/etc/hostname\"\n\nMiddle <br\n\n<script>alert(1)</script>\n\nAfter"_s);
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"After"_s), qPrintable(text));
    QVERIFY(text.contains(u"Middle"_s));
    QVERIFY(text.contains(u"<img"_s));
    QVERIFY(text.contains(u"<script>"_s));
    QVERIFY(imageNames(document).isEmpty());
}

void TestSafeMarkdown::localFilesDevicesAndFifosAreNeverRead()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe.png"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString png = dir.filePath(u"real.png"_s);
    QImage red(40, 30, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(png));

    // /dev/zero would abort with bad_alloc, the FIFO would block forever, /etc/hostname would be read.
    const QString markdown = u"![zero](/dev/zero)\n\n![pipe](%1)\n\n![host](/etc/hostname) ![uri](file:///etc/hostname)\n\n"
                             u"![real](%2) ![relative](real.png) ![up](../../etc/passwd)\n"_s.arg(fifo, png);
    SafeMarkdownDocument document;
    document.setGuideMarkdown(markdown);
    QCOMPARE(document.blockedImageCount(), 7);
    QVERIFY(imageNames(document).isEmpty());
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"[image not shown: zero]"_s), qPrintable(text));
    QVERIFY(text.contains(u"[image not shown: pipe]"_s));
    QVERIFY(text.contains(u"[image not shown: real]"_s));
    QVERIFY(textIsPainted(document, u"[image not shown: real]"_s));

    // Layout and painting load nothing either: Qt's image handler, refused by loadResource(), would read the red
    // PNG by its name and paint it.
    const QImage painted = paint(document);
    for (int y = 0; y < painted.height(); ++y) {
        for (int x = 0; x < painted.width(); ++x)
            QVERIFY(painted.pixelColor(x, y) != QColor(Qt::red));
    }
}

void TestSafeMarkdown::networkImagesAreNotLoaded()
{
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"![tracker](https://example.com/pixel.png) ![ftp](ftp://example.com/a.png) "
                              u"![svg](data:image/svg+xml;base64,PHN2Zy8+)"_s);
    QCOMPARE(document.blockedImageCount(), 3);
    QVERIFY(imageNames(document).isEmpty());
}

void TestSafeMarkdown::smallDataImageIsShown()
{
    QImage blue(16, 12, QImage::Format_RGB32);
    blue.fill(Qt::blue);
    const QString url = pngDataUrl(blue);
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"Logo: ![logo](%1)"_s.arg(url));
    QCOMPARE(document.blockedImageCount(), 0);
    QCOMPARE(imageNames(document), QStringList{url});
    const QVariant resource = document.resource(QTextDocument::ImageResource, QUrl(url));
    QCOMPARE(resource.value<QImage>().size(), QSize(16, 12));
    const QImage painted = paint(document);
    bool sawBlue = false;
    for (int y = 0; y < painted.height() && !sawBlue; ++y) {
        for (int x = 0; x < painted.width() && !sawBlue; ++x)
            sawBlue = painted.pixelColor(x, y) == QColor(Qt::blue);
    }
    QVERIFY(sawBlue);
    QVERIFY(hasSolidBlock(painted, Qt::blue, blue.size()));
    QVERIFY(!hasSolidBlock(painted, Qt::blue, blue.size() + QSize(1, 1))); // drawn at its own size
    QVERIFY(textIsPainted(document, u"Logo:"_s));
}

void TestSafeMarkdown::largeOrForeignDataImagesAreRefused()
{
    // 2000 x 1000 one-bit pixels compress to a few hundred bytes but decode to 2 million pixels.
    QImage wide(2000, 1000, QImage::Format_Mono);
    wide.fill(0);
    const QString bomb = pngDataUrl(wide);
    QVERIFY(bomb.size() < SafeMarkdownDocument::kMaxDataImageBytes);
    QImage noise(70, 70, QImage::Format_RGB32);
    quint32 state = 2463534242u;
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            noise.setPixel(x, y, state & 0xFFFFFF); // does not compress
        }
    }
    const QString heavy = pngDataUrl(noise);
    QVERIFY(heavy.size() > SafeMarkdownDocument::kMaxDataImageBytes * 4 / 3);
    QVERIFY(heavy.size() < SafeMarkdownDocument::kMaxLineLength);

    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"![bomb](%1)\n\n![heavy](%2)\n\n![html](data:text/html;base64,PGI+aGk8L2I+)\n\n"
                              u"![broken](data:image/png;base64,iVBORw0KGgo=)\n\n![junk](data:image/png;base64,@@@@)"_s
                                  .arg(bomb, heavy));
    QVERIFY2(document.notices().isEmpty(), qPrintable(document.notices().join(u' ')));
    QCOMPARE(document.blockedImageCount(), 5);
    QVERIFY(imageNames(document).isEmpty());

    // Nothing of the bomb's 1000 black rows reaches the page: five short lines of text, each painted.
    const QImage painted = paint(document);
    QVERIFY2(document.size().height() < 400, qPrintable(QString::number(document.size().height())));
    QVERIFY(!hasSolidBlock(painted, Qt::black, QSize(40, 40)));
    for (const QString &alt : {u"bomb"_s, u"heavy"_s, u"html"_s, u"broken"_s, u"junk"_s})
        QVERIFY(textIsPainted(document, u"[image not shown: %1]"_s.arg(alt)));
}

void TestSafeMarkdown::resourceLoadingDeniesByDefault()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    SafeMarkdownDocument document;
    for (const QUrl &url : {QUrl::fromLocalFile(u"/dev/zero"_s), QUrl::fromLocalFile(fifo), QUrl(u"/etc/hostname"_s),
                            QUrl(u"https://example.com/a.png"_s), QUrl(u"relative.png"_s)}) {
        for (int type : {int(QTextDocument::ImageResource), int(QTextDocument::StyleSheetResource),
                         int(QTextDocument::HtmlResource), int(QTextDocument::MarkdownResource)})
            QVERIFY2(!document.resource(type, url).isValid(), qPrintable(url.toString()));
    }
}

void TestSafeMarkdown::onlyHttpsLinksAreKept()
{
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"[site](https://example.com/pay) [local](file:///etc/passwd) [js](javascript:alert(1)) "
                              u"[plain](http://example.com) [rel](notes.md) [mail](mailto:a@example.com) [top](#levers) "
                              u"<https://example.org/auto>"_s);
    QCOMPARE(linkTargets(document),
             QStringList({u"https://example.com/pay"_s, u"#levers"_s, u"https://example.org/auto"_s}));
    QCOMPARE(document.blockedLinkCount(), 5);
    QVERIFY(document.toPlainText().contains(u"local"_s)); // the text stays, the target goes
}

void TestSafeMarkdown::openableLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");
    QTest::newRow("https") << u"https://example.com/pay?x=1"_s << true;
    QTest::newRow("http") << u"http://example.com"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("local path") << u"/etc/passwd"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("user info") << u"https://user:pw@example.com"_s << false;
    QTest::newRow("qrc") << u"qrc:/icons/app.png"_s << false;
    QTest::newRow("data") << u"data:text/html,hi"_s << false;
}

void TestSafeMarkdown::openableLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    QCOMPARE(SafeMarkdownDocument::isOpenableLink(QUrl(url)), openable);
}

void TestSafeMarkdown::bracketBodyIsShownAsPlainText()
{
    // 80 KB of "]([ lines: md4c and Qt 6.4's importer take seconds (minutes on a slow machine) on one paragraph.
    // Within the 5,000-line limit (20 KB) it is still too costly, so it is shown as plain text.
    for (const int lines : {16000, 4000}) {
        const QString body = u"\"]([\n"_s.repeated(lines);
        SafeMarkdownDocument document;
        document.setGuideMarkdown(body);
        QVERIFY(document.isPlainText());
        QVERIFY(document.notices().last().startsWith(u"Shown as plain text"_s));
        QVERIFY(document.toPlainText().contains(u"Shown as plain text"_s));
        QVERIFY(document.toPlainText().contains(u"\"]([\n\"]([\n"_s));
        QVERIFY(textIsPainted(document, u"Shown as plain text"_s));
        QVERIFY(textIsPainted(document, u"\"](["_s));
    }
    const std::optional<qint64> cost = SafeMarkdownDocument::markdownCost(u"\"]([\n"_s.repeated(4000));
    QVERIFY(cost && *cost > SafeMarkdownDocument::kMaxBlockCost);

    SafeMarkdownDocument document;

    // The same paragraph, short, is still Markdown.
    document.setGuideMarkdown(u"\"]([\n"_s.repeated(20));
    QVERIFY(!document.isPlainText());
}

void TestSafeMarkdown::longLineIsCutShort()
{
    // One 400,000-character word takes seconds to break into lines.
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"Start\n\n"_s + QString(400000, u'a') + u"\n\nEnd"_s);
    QVERIFY(document.notices().join(u' ').contains(u"cut short"_s));
    qsizetype longest = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        longest = std::max<qsizetype>(longest, block.length());
    QVERIFY(longest <= SafeMarkdownDocument::kMaxLineLength + 2);
    QVERIFY(document.toPlainText().contains(u"End"_s));
    QVERIFY(textIsPainted(document, u"Start"_s));
    QVERIFY(textIsPainted(document, QString(100, u'a')));
    QVERIFY(textIsPainted(document, u"End"_s));
}

void TestSafeMarkdown::longBodyIsCutShort()
{
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"para\n\n"_s.repeated(50000) + u"TAIL"_s);
    QVERIFY(document.notices().join(u' ').contains(u"lines"_s));
    QVERIFY(!document.toPlainText().contains(u"TAIL"_s));
    QVERIFY(document.blockCount() <= SafeMarkdownDocument::kMaxLines);

    document.setGuideMarkdown((QString(1000, u'w') + u"\n\n"_s).repeated(400) + u"TAIL"_s);
    QVERIFY(document.notices().join(u' ').contains(u"characters"_s));
    QVERIFY(!document.toPlainText().contains(u"TAIL"_s));
}

void TestSafeMarkdown::hugeListsAndTablesAreShownAsPlainText()
{
    // Each item added to a QTextList renumbers the list; each table row added re-lays the table.
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"- [x](y) *a* `c`\n"_s.repeated(SafeMarkdownDocument::kMaxListItems + 1));
    QVERIFY(document.isPlainText());
    document.setGuideMarkdown(u"- item\n"_s.repeated(200));
    QVERIFY(!document.isPlainText());

    document.setGuideMarkdown(u"|a|b|\n|-|-|\n"_s + u"|[x](y) *a*|b `c`|\n"_s.repeated(1500));
    QVERIFY(document.isPlainText());
    document.setGuideMarkdown(u"|a|b|\n|-|-|\n"_s + u"|[x](y) *a*|b `c`|\n"_s.repeated(100));
    QVERIFY(!document.isPlainText());
}

void TestSafeMarkdown::controlCharactersAreReplaced()
{
    SafeMarkdownDocument document;
    document.setGuideMarkdown(u"Title\u001b]0;owned\u0007 and \u0000 and \u009b end"_s);
    const QString text = document.toPlainText();
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x07)));
    QVERIFY(!text.contains(QChar(0x9b)));
    QVERIFY(text.contains(u"end"_s));
}

QTEST_MAIN(TestSafeMarkdown)
#include "tst_safemarkdown.moc"
