#include "GuideLibrary.h"
#include "GuideTextBrowser.h"
#include "SafeTextDocument.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Qt::StringLiterals;

namespace {
// Each image the document holds, and whether it could load it.
QList<QPair<QString, bool>> imagesIn(QTextDocument &document)
{
    QList<QPair<QString, bool>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                const QString name = format.toImageFormat().name();
                images.append({name, document.resource(QTextDocument::ImageResource, QUrl(name)).isValid()});
            }
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
} // namespace

class TestSafeTextDocument : public QObject
{
    Q_OBJECT

private slots:
    void localFilesAndNetworkAreNeverLoaded()
    {
        QTemporaryDir dir;
        QImage image(8, 8, QImage::Format_ARGB32);
        image.fill(Qt::blue);
        const QString local = dir.filePath(u"secret.png"_s);
        QVERIFY(image.save(local));

        // The trap this guards against: a plain QTextDocument reads the local file.
        QTextDocument plain;
        plain.setMarkdown(u"![a](%1)"_s.arg(local));
        QCOMPARE(imagesIn(plain).size(), 1);
        QVERIFY(imagesIn(plain).first().second);

        SafeTextDocument document;
        document.setGuideMarkdown(u"# Title\n\n![a](%1)\n\n![b](file://%1)\n\n![c](https://example.org/x.png)\n\n"
                                  "![d](/etc/hostname)\n\nafter"_s.arg(local));
        const auto images = imagesIn(document);
        QCOMPARE(images.size(), 4);
        for (const auto &[name, loaded] : images)
            QVERIFY2(!loaded, qPrintable(name));
        QVERIFY(document.toPlainText().contains(u"after"_s));
    }

    void smallDataImagesAndBundledResourcesLoad()
    {
        SafeTextDocument document;
        document.setGuideMarkdown(u"![ok](%1)"_s.arg(smallPngDataUrl()));
        const auto images = imagesIn(document);
        QCOMPARE(images.size(), 1);
        QVERIFY(images.first().second);
        QVERIFY(SafeTextDocument::isAllowedResource(QUrl(smallPngDataUrl())));
        QVERIFY(!SafeTextDocument::isAllowedResource(QUrl(u"data:text/html;base64,PGI+"_s)));
        const QString huge = u"data:image/png;base64,"_s + QString(SafeTextDocument::kMaxDataImageBytes * 2, u'A');
        QVERIFY(!SafeTextDocument::isAllowedResource(QUrl(huge)));
        QVERIFY(!SafeTextDocument::isAllowedResource(QUrl::fromLocalFile(u"/etc/hostname"_s)));
    }

    void rawHtmlIsText()
    {
        // With HTML on, md4c lets an unclosed <img> swallow the rest of the body.
        SafeTextDocument document;
        document.setGuideMarkdown(u"before <img src=\"/etc/hostname\"\n\nand <br> the rest stays\n"_s);
        const QString text = document.toPlainText();
        QVERIFY2(text.contains(u"the rest stays"_s), qPrintable(text));
        QVERIFY(imagesIn(document).isEmpty());
    }

    void frontMatterIsNeverShown()
    {
        const GuideLibrary library = GuideLibrary::load({QStringLiteral(OFFERDESK_SEED_GUIDE)}, QDate(2026, 1, 1));
        QCOMPARE(library.guides().size(), 1);
        SafeTextDocument document;
        document.setGuideMarkdown(library.guides().first().body);
        const QString text = document.toPlainText();
        QVERIFY(!text.contains(u"company_display"_s));
        QVERIFY(!text.contains(u"base_low"_s));
        QVERIFY(text.contains(u"Negotiate Up Strategy"_s));
    }

    void onlyClickedHttpsLinksOpen()
    {
        QVERIFY(SafeTextDocument::isOpenableLink(QUrl(u"https://offerdesk.example.org/x"_s)));
        QVERIFY(!SafeTextDocument::isOpenableLink(QUrl(u"http://example.org"_s)));
        QVERIFY(!SafeTextDocument::isOpenableLink(QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(!SafeTextDocument::isOpenableLink(QUrl(u"javascript:alert(1)"_s)));
        QVERIFY(!SafeTextDocument::isOpenableLink(QUrl(u"relative/page.md"_s)));

        GuideTextBrowser browser;
        QList<QUrl> opened;
        browser.setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
        browser.setGuideMarkdown(u"[site](https://offerdesk.example.org) and [file](file:///etc/passwd)"_s);
        QVERIFY(opened.isEmpty()); // rendering opens nothing
        const QString before = browser.toPlainText();
        emit browser.anchorClicked(QUrl(u"file:///etc/passwd"_s));
        emit browser.anchorClicked(QUrl(u"https://offerdesk.example.org"_s));
        QCOMPARE(opened, QList<QUrl>{QUrl(u"https://offerdesk.example.org"_s)});
        QCOMPARE(browser.toPlainText(), before); // the viewer did not navigate
        QVERIFY(!browser.openLinks());
    }

    void bodiesThatWouldFreezeTheLayoutFallBackToPlainText_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qsizetype>("bytes");
        QTest::newRow("brackets") << u"]([\n"_s << qsizetype(16 * 1024);
        QTest::newRow("backticks") << u"`a "_s << qsizetype(16 * 1024);
        QTest::newRow("size") << u"word "_s << qsizetype(SafeTextDocument::kMaxMarkdownChars + 10);
    }

    void bodiesThatWouldFreezeTheLayoutFallBackToPlainText()
    {
        QFETCH(QString, unit);
        QFETCH(qsizetype, bytes);
        QString body;
        while (body.size() < bytes)
            body += unit;
        QVERIFY(!SafeTextDocument::isSafeToRenderAsMarkdown(body));
        SafeTextDocument document;
        document.setGuideMarkdown(body);
        // As plain text, every character stays (Markdown would have eaten the brackets and backticks).
        QCOMPARE(document.toPlainText(), body);
    }

    void realGuidesRenderAsMarkdown()
    {
        const GuideLibrary library = GuideLibrary::load(
            {QStringLiteral(OFFERDESK_SEED_GUIDE), QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s},
            QDate(2026, 1, 1));
        QVERIFY(library.guides().size() >= 4);
        for (const Guide &guide : library.guides())
            QVERIFY2(SafeTextDocument::isSafeToRenderAsMarkdown(guide.body), qPrintable(guide.path));
    }
};

QTEST_MAIN(TestSafeTextDocument)
#include "tst_safetextdocument.moc"
