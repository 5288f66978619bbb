// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The guide reader in the window: a GuideTextBrowser over the core's SafeMarkdownDocument. These tests drive the
// viewer itself (shown and painted), since that is where Qt loads images and follows links.
#include "common/SafeMarkdownDocument.h"
#include "guide/GuideLibrary.h"
#include "ui/guides/GuideTextBrowser.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
// The names of the images the document still holds as images.
QStringList imagesIn(const QTextDocument &document)
{
    QStringList images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                images.append(format.toImageFormat().name());
        }
    }
    return images;
}

QString smallPngDataUrl()
{
    QImage image(4, 4, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

// Lays the viewer out and paints it, as the window would: that is when Qt asks for images.
void showAndPaint(GuideTextBrowser &browser)
{
    browser.resize(600, 800);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    (void)browser.grab();
}
} // namespace

class TestGuideTextBrowser : public QObject
{
    Q_OBJECT

private slots:
    void localImagesDevicesAndFifosAreNeverRead();
    void smallDataImagesAreShown();
    void rawHtmlIsText();
    void frontMatterIsNeverShown();
    void onlyClickedHttpsLinksOpen();
    void bodiesThatWouldFreezeTheLayoutAreShownAsPlainText_data();
    void bodiesThatWouldFreezeTheLayoutAreShownAsPlainText();
    void realGuidesRenderAsMarkdown();
    void messageAfterAHeadingUsesTheNormalSize();
};

void TestGuideTextBrowser::localImagesDevicesAndFifosAreNeverRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    const QString local = dir.filePath(u"secret.png"_s);
    QVERIFY(image.save(local));
    const QString fifo = dir.filePath(u"pipe.png"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

    // The trap: a plain QTextBrowser shows the local file's image.
    QTextBrowser plain;
    plain.setMarkdown(u"![a](%1)"_s.arg(local));
    QCOMPARE(imagesIn(*plain.document()).size(), 1);
    QVERIFY(!plain.document()->resource(QTextDocument::ImageResource, QUrl(local)).isNull());

    // The viewer: a FIFO would block this test (ctest's timeout fails it), /dev/zero would abort it.
    GuideTextBrowser browser;
    browser.setGuideMarkdown(u"# Title\n\n![a](%1)\n\n![b](file://%1)\n\n![c](https://example.org/x.png)\n\n"
                             "![d](/etc/hostname)\n\n![e](%2)\n\n![f](/dev/zero)\n\nafter"_s.arg(local, fifo));
    showAndPaint(browser);
    QCOMPARE(imagesIn(*browser.document()), QStringList());
    QCOMPARE(browser.safeDocument()->blockedImageCount(), 6);
    const QString text = browser.toPlainText();
    for (const char *alt : {"a", "b", "c", "d", "e", "f"})
        QVERIFY2(text.contains(u"[image not shown: %1]"_s.arg(QLatin1StringView(alt))), qPrintable(text));
    QVERIFY(text.contains(u"after"_s));
    QVERIFY(browser.document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(local)).isNull());
    QVERIFY(browser.document()->resource(QTextDocument::ImageResource, QUrl(local)).isNull());
}

void TestGuideTextBrowser::smallDataImagesAreShown()
{
    GuideTextBrowser browser;
    browser.setGuideMarkdown(u"![ok](%1)"_s.arg(smallPngDataUrl()));
    showAndPaint(browser);
    QCOMPARE(imagesIn(*browser.document()).size(), 1);
    QCOMPARE(browser.safeDocument()->blockedImageCount(), 0);
    const QVariant image
        = browser.document()->resource(QTextDocument::ImageResource, QUrl(imagesIn(*browser.document()).first()));
    QCOMPARE(image.value<QImage>().size(), QSize(4, 4));
}

void TestGuideTextBrowser::rawHtmlIsText()
{
    // With HTML on, md4c lets an unclosed <img> swallow the rest of the body.
    GuideTextBrowser browser;
    browser.setGuideMarkdown(u"before <img src=\"/etc/hostname\"\n\nand <br> the rest stays\n"_s);
    showAndPaint(browser);
    const QString text = browser.toPlainText();
    QVERIFY2(text.contains(u"the rest stays"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<img src="_s), qPrintable(text));
    QVERIFY(imagesIn(*browser.document()).isEmpty());
}

void TestGuideTextBrowser::frontMatterIsNeverShown()
{
    const GuideLibrary library = GuideLibrary::load({QStringLiteral(OFFERDESK_SEED_GUIDE)}, QDate(2026, 1, 1));
    QCOMPARE(library.guides().size(), 1);
    GuideTextBrowser browser;
    browser.setGuideMarkdown(library.guides().first().body);
    const QString text = browser.toPlainText();
    QVERIFY(!text.contains(u"company_display"_s));
    QVERIFY(!text.contains(u"base_low"_s));
    QVERIFY(text.contains(u"Negotiate Up Strategy"_s));
}

void TestGuideTextBrowser::onlyClickedHttpsLinksOpen()
{
    GuideTextBrowser browser;
    QList<QUrl> opened;
    browser.setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
    browser.setGuideMarkdown(u"[site](https://offerdesk.example.org) and [file](file:///etc/passwd)"_s);
    showAndPaint(browser);
    QVERIFY(opened.isEmpty()); // rendering opens nothing
    QCOMPARE(browser.safeDocument()->blockedLinkCount(), 1); // the file: link is text now
    const QString before = browser.toPlainText();
    emit browser.anchorClicked(QUrl(u"file:///etc/passwd"_s));
    emit browser.anchorClicked(QUrl(u"http://example.org"_s));
    emit browser.anchorClicked(QUrl(u"https://offerdesk.example.org"_s));
    QCOMPARE(opened, QList<QUrl>{QUrl(u"https://offerdesk.example.org"_s)});
    QCOMPARE(browser.toPlainText(), before); // the viewer did not navigate
    QVERIFY(!browser.openLinks());
    QVERIFY(!browser.openExternalLinks());
    QVERIFY(browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(u"/etc/hostname"_s)).isNull());
}

void TestGuideTextBrowser::bodiesThatWouldFreezeTheLayoutAreShownAsPlainText_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qsizetype>("bytes");
    // Within the line and size limits, so only the cost of the Markdown decides.
    QTest::newRow("brackets") << u"]([\n"_s << qsizetype(16 * 1024);
    QTest::newRow("backticks") << u"`a "_s << qsizetype(16 * 1024);
    QTest::newRow("one long paragraph of marks") << u"*a* b\n"_s << qsizetype(24 * 1024);
}

void TestGuideTextBrowser::bodiesThatWouldFreezeTheLayoutAreShownAsPlainText()
{
    QFETCH(QString, unit);
    QFETCH(qsizetype, bytes);
    QString body;
    while (body.size() < bytes)
        body += unit;
    GuideTextBrowser browser;
    browser.setGuideMarkdown(body);
    showAndPaint(browser);
    QVERIFY(browser.safeDocument()->isPlainText());
    // As plain text, every character stays (Markdown would have eaten the marks), below the notice.
    const QString text = browser.toPlainText();
    QVERIFY2(text.startsWith(u"Shown as plain text"_s), qPrintable(text.left(200)));
    QVERIFY(text.contains(body));
}

void TestGuideTextBrowser::realGuidesRenderAsMarkdown()
{
    const GuideLibrary library = GuideLibrary::load(
        {QStringLiteral(OFFERDESK_SEED_GUIDE), QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s},
        QDate(2026, 1, 1));
    QVERIFY(library.guides().size() >= 4);
    for (const Guide &guide : library.guides()) {
        GuideTextBrowser browser;
        browser.setGuideMarkdown(guide.body);
        QVERIFY2(!browser.safeDocument()->isPlainText(), qPrintable(guide.path));
        QVERIFY2(browser.safeDocument()->notices().isEmpty(), qPrintable(guide.path));
    }
}

void TestGuideTextBrowser::messageAfterAHeadingUsesTheNormalSize()
{
    // Issue 19: a guide whose text can't be shown says so in the body's normal size, even right after a guide
    // that opened with a big heading (the cursor sat in it, and setPlainText keeps the cursor's format).
    GuideTextBrowser browser;
    showAndPaint(browser);
    browser.setGuideMarkdown(u"# A big title\n\nSome text."_s);
    const QFont normal = browser.document()->defaultFont();
    QVERIFY(browser.document()->firstBlock().charFormat().fontPointSize() > normal.pointSizeF()
            || browser.document()->firstBlock().blockFormat().headingLevel() == 1);
    browser.showMessage(u"This guide's text can't be shown:\n\nguide.md:3: error: bad YAML"_s);
    QCOMPARE(browser.toPlainText(), u"This guide's text can't be shown:\n\nguide.md:3: error: bad YAML"_s);
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
        QCOMPARE(block.blockFormat().headingLevel(), 0);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.hasProperty(QTextFormat::FontPointSize) || format.fontPointSize() == normal.pointSizeF());
            QVERIFY(format.fontWeight() <= QFont::Normal);
        }
    }
}

QTEST_MAIN(TestGuideTextBrowser)
#include "tst_guidetextbrowser.moc"
