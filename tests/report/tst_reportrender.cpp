// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The summary's renderer, chart and safe Markdown, in process.

#include "common/SafeMarkdownDocument.h"
#include "counter/NegotiationReport.h"
#include "guide/GuideParser.h"
#include "offers/OffersJson.h"
#include "report/ReportChart.h"
#include "report/ReportExport.h"
#include "report/ReportMarkdown.h"
#include "report/ReportRenderer.h"
#include "ui/common/ReportPrintPreview.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

NegotiationReport seedReport(bool withCounter = false)
{
    NegotiationReportInput input;
    const GuideParseResult guide = GuideParser::parseFile(QStringLiteral(OFFERDESK_SEED_GUIDE), QDate(2026, 11, 26));
    if (!guide.ok())
        qFatal("the seed guide does not parse");
    input.guide = *guide.guide;
    input.region = u"San Francisco"_s;
    const OffersReadResult offers =
        OffersJson::readFile(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/report/seed-scenario.json"_s);
    if (!offers.ok())
        qFatal("the seed offers do not read");
    input.offers = offers.offers;
    input.date = QDate(2026, 11, 26);
    if (withCounter) {
        ReportCounter counter;
        counter.targetLabel = u"Hugging Face Enterprise"_s;
        counter.asks = {{u"Base salary"_s, 185000, 215000, 170000, 220000, 215000.0, false, true}};
        counter.floorAnnualized = 277500;
        counter.base = 215000;
        counter.bonus = 10750;
        counter.stockPerYear = 60000;
        input.counter = counter;
    }
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    if (!report)
        qFatal("%s", qPrintable(report.message()));
    return *report;
}

// Renders at a resolution into a PDF file; the page count, or a negative number when rendering failed.
int renderToFile(const NegotiationReport &report, int resolution, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QPdfWriter writer(&file);
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 14, 18, 14),
                                     QPageLayout::Millimeter));
    ReportRenderer renderer(report);
    if (!renderer.render(&writer))
        return -2;
    return renderer.pageCount();
}

// Where poppler finds the first occurrence of a word, in points.
QRectF wordBox(const QString &pdf, const QString &word)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    if (!process.waitForFinished(60000))
        return QRectF();
    const QString xhtml = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression tag(u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"_s
                                 + QRegularExpression::escape(word) + u"</word>"_s);
    const QRegularExpressionMatch match = tag.match(xhtml);
    if (!match.hasMatch())
        return QRectF();
    return QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                  QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()));
}

bool hasImage(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

} // namespace

class TestReportRender : public QObject
{
    Q_OBJECT

private slots:
    void markdownKeepsWordsAndEmphasisOnly();
    void markdownDropsImagesAndHtml();
    void documentLoadsNoLocalFile();
    void longMarkdownIsCapped();
    void textIsTheSameSizeAtAnyResolution_data();
    void textIsTheSameSizeAtAnyResolution();
    void rendersOntoAPrinter();
    void pageSizes();
    void chartHasNoAnimationAndFullLegend();
    void exportActionIsCtrlE();
    void previewShowsPagesWithPrintAndSave();
    void writePdfReportsFailure();
};

void TestReportRender::markdownKeepsWordsAndEmphasisOnly()
{
    SafeMarkdownDocument document;
    QTextCursor cursor(&document);
    ReportMarkdown::append(cursor, u"Plain **strong** and *soft* and `code` [a link](https://example.org)."_s,
                         QTextCharFormat());
    QCOMPARE(document.toPlainText(), u"Plain strong and soft and code a link."_s);
    QTextCursor find = document.find(u"strong"_s);
    QVERIFY(!find.isNull());
    QCOMPARE(find.charFormat().fontWeight(), int(QFont::Bold));
    find = document.find(u"soft"_s);
    QVERIFY(find.charFormat().fontItalic());
    // The link keeps its words but not its target.
    find = document.find(u"a link"_s);
    QVERIFY(!find.charFormat().isAnchor());
    QVERIFY(find.charFormat().anchorHref().isEmpty());
}

void TestReportRender::markdownDropsImagesAndHtml()
{
    const QString markdown = u"Before ![x](/etc/hostname) <img src=\"/dev/zero\"> ![y](/dev/zero) after <b>b"_s;
    SafeMarkdownDocument document;
    QTextCursor cursor(&document);
    ReportMarkdown::append(cursor, markdown, QTextCharFormat());
    QVERIFY(!hasImage(document));
    const QString text = document.toPlainText();
    QVERIFY2(text.startsWith(u"Before "_s) && text.contains(u"after <b>b"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<img src=\"/dev/zero\">"_s), qPrintable(text)); // shown as text, never run
    // An image says it is not shown, as in the guide reader.
    QVERIFY2(text.contains(u"[image not shown: x]"_s) && text.contains(u"[image not shown: y]"_s), qPrintable(text));
    QVERIFY(!text.contains(QChar(QChar::ObjectReplacementCharacter)));
}

void TestReportRender::documentLoadsNoLocalFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = dir.filePath(u"real.png"_s);
    QVERIFY(image.save(path));
    SafeMarkdownDocument document;
    QVERIFY(document.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(path)).isNull());
    QVERIFY(document.resource(QTextDocument::ImageResource, QUrl(u"real.png"_s)).isNull());
    QVERIFY(document.resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(u"/etc/hostname"_s)).isNull());
}

void TestReportRender::longMarkdownIsCapped()
{
    const QString text = ReportMarkdown::toPlainText(QString(100000, u'a') + u" tail"_s);
    QVERIFY(text.size() <= ReportMarkdown::kMaxLength + 1);
    QVERIFY(text.endsWith(QChar(0x2026)));
    // Bracket soup that md4c parses in quadratic time is shown as written, not parsed.
    const QString soup = QString(u"]([\n"_s).repeated(1000);
    const QString shown = ReportMarkdown::toPlainText(soup);
    QVERIFY(shown.startsWith(u"](["_s));
    QCOMPARE(shown.count(u'['), 1000);
}

void TestReportRender::textIsTheSameSizeAtAnyResolution_data()
{
    QTest::addColumn<int>("resolution");
    QTest::newRow("300 dpi") << 300;
    QTest::newRow("1200 dpi, QPdfWriter's default") << 1200;
}

void TestReportRender::textIsTheSameSizeAtAnyResolution()
{
    // Sizes are points, converted with each device's own resolution: words land in the same place, at the same
    // size, whatever the resolution. (Below 300 dpi Qt rounds font pixel sizes enough to re-wrap lines.)
    QFETCH(int, resolution);
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext is missing: install poppler-utils (.ci/setup does)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const NegotiationReport report = seedReport(true);
    const QString reference = dir.filePath(u"600.pdf"_s);
    const QString other = dir.filePath(u"other.pdf"_s);
    const int pages = renderToFile(report, 600, reference); // the resolution the export uses
    QVERIFY2(pages >= 1 && pages <= 4, qPrintable(QString::number(pages)));
    const int otherPages = renderToFile(report, resolution, other);

    QVERIFY(std::abs(otherPages - pages) <= 1);
    // Left-aligned words, so a right-aligned neighbour's width can't move them.
    for (const QString &word : {u"Hugging"_s, u"Prepared"_s, u"Pay"_s, u"Component"_s, u"Base"_s}) {
        const QRectF expected = wordBox(reference, word);
        const QRectF actual = wordBox(other, word);
        QVERIFY2(!expected.isNull() && !actual.isNull(), qPrintable(word));
        QVERIFY2(std::abs(actual.height() - expected.height()) < 0.5 && std::abs(actual.top() - expected.top()) < 3
                     && std::abs(actual.left() - expected.left()) < 1,
                 qPrintable(u"%1 at %2 dpi: %3 pt tall at %7,%4, not %5 pt at %8,%6"_s.arg(word)
                                .arg(resolution)
                                .arg(actual.height())
                                .arg(actual.top())
                                .arg(expected.height())
                                .arg(expected.top())
                                .arg(actual.left())
                                .arg(expected.left())));
    }
}

void TestReportRender::rendersOntoAPrinter()
{
    // The print preview's path: a QPrinter, here printing to a PDF file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                      QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    ReportRenderer renderer(seedReport());
    const Result<> rendered = renderer.render(&printer);
    QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.message()));
    QVERIFY(renderer.pageCount() >= 1);
    QVERIFY(QFileInfo(dir.filePath(u"printed.pdf"_s)).size() > 1000);
}

void TestReportRender::pageSizes()
{
    QCOMPARE(ReportExport::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
    QCOMPARE(ReportExport::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)).id(), QPageSize::Letter);
    QCOMPARE(ReportExport::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    QCOMPARE(ReportExport::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(), QPageSize::A4);
    QCOMPARE(ReportExport::defaultPageSize(QLocale::c()).id(), QPageSize::A4);
    QCOMPARE(ReportExport::parsePageSize(u" letter "_s)->id(), QPageSize::Letter);
    QCOMPARE(ReportExport::parsePageSize(u"A4"_s)->id(), QPageSize::A4);
    QVERIFY(!ReportExport::parsePageSize(u"A5"_s));
}

void TestReportRender::chartHasNoAnimationAndFullLegend()
{
    const NegotiationReport report = seedReport(true);
    std::unique_ptr<QChart> chart(ReportChart::create(report, QSizeF(480, 200)));
    QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
    QStringList names;
    for (const ReportChart::LegendEntry &entry : ReportChart::legend(report))
        names.append(entry.name);
    QVERIFY2(names.contains(u"Base"_s) && names.contains(u"Stock per year"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"Band, total comp $223,000 – $315,000"_s));
    QVERIFY(names.contains(u"Walk-away floor $277,500"_s));
    // No sign-on in any offer: no empty legend entry for it.
    QVERIFY(!names.contains(u"Sign-on per year"_s));
}

void TestReportRender::exportActionIsCtrlE()
{
    QObject owner;
    QAction *action = ReportPrintPreview::createAction(&owner);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(action->text().contains(u"Export Negotiation"_s));
    QVERIFY(action->text().endsWith(u"…"_s));
}

void TestReportRender::previewShowsPagesWithPrintAndSave()
{
    // The dialog is modal: look at it from inside its own event loop, then close it.
    bool seen = false;
    QStringList actions;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        for (const QAction *action : dialog->findChildren<QAction *>())
            actions.append(action->text());
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (preview)
            actions.append(u"pages=%1"_s.arg(preview->pageCount()));
        dialog->reject();
    });
    QWidget parent;
    ReportPrintPreview::showPreview(seedReport(true), &parent);
    QVERIFY(seen);
    QVERIFY2(actions.contains(u"Save as PDF…"_s), qPrintable(actions.join(u", "_s)));
    QVERIFY2(std::any_of(actions.cbegin(), actions.cend(), [](const QString &text) { return text.contains(u"Print"_s); }),
             qPrintable(actions.join(u", "_s)));
    const QString pages = actions.filter(u"pages="_s).value(0);
    QVERIFY2(pages.mid(6).toInt() >= 1 && pages.mid(6).toInt() <= 4, qPrintable(pages));
}

void TestReportRender::writePdfReportsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/summary.pdf"_s);
    const Result<int> result = ReportExport::writePdf(seedReport(), path, QPageSize(QPageSize::A4));
    QVERIFY(!result);
    QVERIFY2(result.message().startsWith(u"cannot write "_s) && result.message().contains(path),
             qPrintable(result.message()));
    QVERIFY(!QFileInfo::exists(path));

    const QString good = dir.filePath(u"summary.pdf"_s);
    const Result<int> written = ReportExport::writePdf(seedReport(), good, QPageSize(QPageSize::A4));
    QVERIFY2(written, qPrintable(written ? QString() : written.message()));
    QVERIFY(*written >= 1);
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

QTEST_MAIN(TestReportRender)
#include "tst_reportrender.moc"
