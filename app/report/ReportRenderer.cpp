// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "report/ReportRenderer.h"

#include "common/Money.h"
#include "common/SafeMarkdownDocument.h"
#include "counter/NegotiationReport.h"
#include "offers/OptionsValuation.h"
#include "report/ReportChart.h"
#include "report/ReportMarkdown.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextList>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
};

namespace Palette {
const QColor text(0x1f, 0x29, 0x33);
const QColor muted(0x5f, 0x6b, 0x7a);
const QColor accent(0x25, 0x4e, 0x8a);
const QColor rule(0xc8, 0xd0, 0xda);
const QColor faintRule(0xe3, 0xe8, 0xee);
const QColor headerFill(0xea, 0xef, 0xf6);
const QColor emphasisFill(0xf4, 0xf7, 0xfb);
const QColor quoteFill(0xf5, 0xf7, 0xfa);
const QColor warningFill(0xfd, 0xf3, 0xe1);
const QColor warningBar(0xd9, 0x8a, 0x3d);
const QColor noteFill(0xf1, 0xf4, 0xf8);
const QColor below(0xa8, 0x3a, 0x2c);
const QColor above(0x2e, 0x7a, 0x4c);
} // namespace Palette

namespace Size {
constexpr double title = 16.5;
constexpr double subtitle = 9;
constexpr double heading = 12;
constexpr double subheading = 10;
constexpr double body = 9.5;
constexpr double table = 9;
constexpr double note = 8;
constexpr double margin = 7.5; // header and footer
} // namespace Size

const QStringList &fontFamilies()
{
    static const QStringList families = {u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"sans-serif"_s};
    return families;
}

// Any letter spacing at all turns ligatures off in Qt's shaper (Qt 6.4 has no font feature API). Without this, "fi"
// and "ff" become single glyphs that copy and search as "ﬁ" and "ﬀ", so "offers" could not be found in the PDF.
constexpr double kNoLigatureSpacing = 0.05; // device pixels: invisible at any resolution

QFont reportFont(double points, bool bold = false)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacing);
    return font;
}

QTextCharFormat charFormat(double points, const QColor &color = Palette::text, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    format.setFontLetterSpacing(kNoLigatureSpacing);
    format.setFontFamilies(fontFamilies());
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    format.setForeground(color);
    return format;
}

// A piece of text in one format; a cell or a paragraph is a list of them.
struct Run
{
    QString text;
    QTextCharFormat format;
};
using Runs = QList<Run>;

// Something that takes vertical space on a page. Heights and positions are in device pixels.
class Block
{
public:
    virtual ~Block() = default;
    virtual void layout(double width) = 0;
    virtual double height() const = 0;
    // Heights inside the block where a page may end, ascending; empty when the block must stay whole.
    virtual QList<double> breakPoints() const { return {}; }
    // Paints the slice [from, to) of the block with its top-left at (x, y).
    virtual void paint(QPainter *painter, double x, double y, double from, double to) const = 0;

    double spaceBefore = 0;
    bool keepWithNext = false;   // never the last thing on a page: a heading, a table's header row
    Block *tableHeader = nullptr; // for a table's rows: the header row that repeats at the top of a new page
};

// QTextDocument takes margins and indents in screen pixels and scales them to the paint device itself (by the
// device's DPI over the screen's), while text widths are device pixels. This measures that scale, so lengths given
// in points come out in points on any device, whatever the screen's DPI.
// Top and bottom margins (and indent widths) and left margins are scaled differently, so each is measured.
struct DocumentScale
{
    double vertical = 1;   // document units per device pixel, for top and bottom margins
    double horizontal = 1; // document units per device pixel, for left margins
};

DocumentScale documentLengthsPerPixel(QPaintDevice *device)
{
    DocumentScale scale;
    SafeMarkdownDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0);
    document.setTextWidth(1e6);
    QTextCursor cursor(&document);
    cursor.insertText(u"x"_s);
    cursor.insertBlock();
    cursor.insertText(u"x"_s);
    const double plain = document.size().height();
    const double plainX = cursor.block().layout()->lineAt(0).x();
    // On the second block: the first block's top margin is not laid out the same way.
    QTextBlockFormat spaced;
    spaced.setTopMargin(1000);
    spaced.setLeftMargin(1000);
    cursor.setBlockFormat(spaced);
    const double withMargin = document.size().height();
    const double withMarginX = cursor.block().layout()->lineAt(0).x();
    if (withMargin > plain)
        scale.vertical = 1000.0 / (withMargin - plain);
    if (withMarginX > plainX)
        scale.horizontal = 1000.0 / (withMarginX - plainX);
    return scale;
}

// How the device being painted measures lengths given in points.
struct Metrics
{
    QPaintDevice *device = nullptr;
    double unit = 1;    // device pixels per point
    double docUnit = 1;  // QTextDocument top and bottom margin and indent width units per point
    double docUnitX = 1; // QTextDocument left margin units per point

    double doc(double points) const { return points * docUnit; }
    double docX(double points) const { return points * docUnitX; }
};

// QTextDocument::drawContents paints text that has no colour of its own in the application palette's, which is
// light in a dark theme: the page is always drawn in the report's own ink, whatever the window's theme.
void drawDocument(QPainter *painter, const QTextDocument &document, const QRectF &clip = QRectF())
{
    painter->save();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = QPalette(Palette::text, Qt::white);
    context.palette.setColor(QPalette::Text, Palette::text);
    context.palette.setColor(QPalette::Base, Qt::white);
    context.palette.setColor(QPalette::Link, Palette::accent);
    if (clip.isValid()) {
        painter->setClipRect(clip);
        context.clip = clip;
    }
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

std::unique_ptr<SafeMarkdownDocument> newDocument(const Metrics &metrics)
{
    auto document = std::make_unique<SafeMarkdownDocument>();
    // Lay out with the device's own metrics, so the text is measured as it will be drawn.
    document->documentLayout()->setPaintDevice(metrics.device);
    document->setDocumentMargin(0);
    // Design metrics: widths don't depend on the device's pixel grid, so lines wrap alike on every device.
    document->setUseDesignMetrics(true);
    document->setIndentWidth(metrics.doc(12)); // scaled like vertical margins, unlike left margins
    document->setDefaultFont(reportFont(Size::body));
    document->setUndoRedoEnabled(false);
    return document;
}

class TextBlock final : public Block
{
public:
    explicit TextBlock(const Metrics &metrics)
        : m_document(newDocument(metrics))
        , m_unit(metrics.unit)
    {
    }

    QTextDocument *document() const { return m_document.get(); }
    QTextCursor cursor() const
    {
        QTextCursor cursor(m_document.get());
        cursor.movePosition(QTextCursor::End);
        return cursor;
    }

    QColor fill;
    QColor bar;
    double padding = 0;
    QColor ruleBelow;
    bool splittable = true;

    void layout(double width) override
    {
        m_width = width;
        m_document->setTextWidth(std::max(1.0, width - 2 * padding - barWidth()));
    }
    double height() const override { return m_document->size().height() + 2 * padding + ruleSpace(); }

    QList<double> breakPoints() const override
    {
        if (!splittable)
            return {};
        QList<double> bottoms;
        QAbstractTextDocumentLayout *layout = m_document->documentLayout();
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            const QRectF box = layout->blockBoundingRect(block);
            const QTextLayout *lines = block.layout();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                bottoms.append(padding + box.top() + line.y() + line.height());
            }
        }
        // Cut only where at least two lines stay on each side: no lone line at the foot or the head of a page.
        QList<double> cuts;
        for (qsizetype k = 2; k <= bottoms.size() - 2; ++k)
            cuts.append(bottoms.at(k - 1));
        bottoms = cuts;
        return bottoms;
    }

    void paint(QPainter *painter, double x, double y, double from, double to) const override
    {
        const double textHeight = m_document->size().height() + 2 * padding;
        const double boxTo = std::min(to, textHeight);
        if (fill.isValid() && boxTo > from)
            painter->fillRect(QRectF(x, y, m_width, boxTo - from), fill);
        if (bar.isValid() && boxTo > from)
            painter->fillRect(QRectF(x, y, 2.5 * m_unit, boxTo - from), bar);
        painter->save();
        painter->translate(x + padding + barWidth(), y - from + padding);
        // Clip a little wider than the text, so italics and bold overhangs are never cut.
        const QRectF clip(-2 * m_unit, from - padding, m_document->textWidth() + 4 * m_unit, to - from);
        drawDocument(painter, *m_document, clip);
        painter->restore();
        if (ruleBelow.isValid() && to >= height() - 0.5) {
            const double ruleY = y - from + height() - 0.4 * m_unit;
            painter->fillRect(QRectF(x, ruleY, m_width, 0.8 * m_unit), ruleBelow);
        }
    }

private:
    double barWidth() const { return bar.isValid() ? 2.5 * m_unit + padding : 0; }
    double ruleSpace() const { return ruleBelow.isValid() ? 5 * m_unit : 0; }

    std::unique_ptr<SafeMarkdownDocument> m_document;
    double m_unit;
    double m_width = 0;
};

struct Column
{
    QString title;
    double fraction = 0;
    Qt::Alignment alignment = Qt::AlignLeft;
};

class TableRowBlock final : public Block
{
public:
    TableRowBlock(const Metrics &metrics, const QList<Column> &columns, const QList<Runs> &cells)
        : m_columns(columns)
        , m_unit(metrics.unit)
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            auto document = newDocument(metrics);
            QTextOption option = document->defaultTextOption();
            option.setAlignment(columns.at(i).alignment);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            document->setDefaultTextOption(option);
            QTextCursor cursor(document.get());
            for (const Run &run : cells.value(i))
                cursor.insertText(run.text, run.format);
            m_cells.push_back(std::move(document));
        }
    }

    QColor fill;
    QColor lineBelow = Palette::faintRule;
    double lineWidth = 0.5;

    void layout(double width) override
    {
        m_width = width;
        m_height = 0;
        // Cells in different sizes share the baseline of their first line.
        double baseline = 0;
        m_shift.assign(m_cells.size(), 0);
        for (std::size_t i = 0; i < m_cells.size(); ++i) {
            m_cells[i]->setTextWidth(std::max(1.0, width * m_columns.at(qsizetype(i)).fraction - 2 * paddingX()));
            m_shift[i] = firstAscent(*m_cells[i]);
            baseline = std::max(baseline, m_shift[i]);
        }
        for (std::size_t i = 0; i < m_cells.size(); ++i) {
            m_shift[i] = baseline - m_shift[i];
            m_height = std::max(m_height, m_shift[i] + m_cells[i]->size().height());
        }
        m_height += 2 * paddingY();
    }
    double height() const override { return m_height; }

    void paint(QPainter *painter, double x, double y, double, double) const override
    {
        if (fill.isValid())
            painter->fillRect(QRectF(x, y, m_width, m_height), fill);
        double cellX = x;
        for (std::size_t i = 0; i < m_cells.size(); ++i) {
            painter->save();
            painter->translate(cellX + paddingX(), y + paddingY() + m_shift[i]);
            drawDocument(painter, *m_cells[i]);
            painter->restore();
            cellX += m_width * m_columns.at(qsizetype(i)).fraction;
        }
        if (lineBelow.isValid())
            painter->fillRect(QRectF(x, y + m_height - lineWidth * m_unit, m_width, lineWidth * m_unit), lineBelow);
    }

private:
    static double firstAscent(const QTextDocument &document)
    {
        const QTextBlock first = document.begin();
        const QTextLayout *layout = first.layout();
        if (!layout || layout->lineCount() == 0)
            return 0;
        return document.documentLayout()->blockBoundingRect(first).top() + layout->lineAt(0).y()
               + layout->lineAt(0).ascent();
    }

    double paddingX() const { return 4.5 * m_unit; }
    double paddingY() const { return 3.2 * m_unit; }

    QList<Column> m_columns;
    std::vector<std::unique_ptr<SafeMarkdownDocument>> m_cells;
    std::vector<double> m_shift; // down from the top of the cell, to line up baselines
    double m_unit;
    double m_width = 0;
    double m_height = 0;
};

class ChartBlock final : public Block
{
public:
    ChartBlock(const NegotiationReport &report, double unit)
        : m_report(report)
        , m_height(ReportChart::preferredHeight(report) * unit)
    {
    }
    void layout(double width) override { m_width = width; }
    double height() const override { return m_height; }
    void paint(QPainter *painter, double x, double y, double, double) const override
    {
        ReportChart::paint(painter, QRectF(x, y, m_width, m_height), m_report);
    }

private:
    const NegotiationReport &m_report;
    double m_width = 0;
    double m_height = 0;
};

struct Placement
{
    const Block *block = nullptr;
    double y = 0;
    double from = 0;
    double to = 0;
};
using Page = QList<Placement>;

QString placementText(OfferMath::Placement placement)
{
    switch (placement) {
    case OfferMath::Placement::Below:
        return Tr::tr("below");
    case OfferMath::Placement::Above:
        return Tr::tr("above");
    case OfferMath::Placement::Within:
        break;
    }
    return Tr::tr("within");
}

QColor placementColor(OfferMath::Placement placement)
{
    switch (placement) {
    case OfferMath::Placement::Below:
        return Palette::below;
    case OfferMath::Placement::Above:
        return Palette::above;
    case OfferMath::Placement::Within:
        break;
    }
    return Palette::muted;
}

} // namespace

struct ReportRenderer::Private
{
    const NegotiationReport report; // a copy: the renderer may outlive the caller's report
    QPaintDevice *device = nullptr;
    double unit = 1; // device pixels per point
    Metrics metrics;
    std::vector<std::unique_ptr<Block>> blocks;
    QList<Page> pages;

    explicit Private(const NegotiationReport &r)
        : report(r)
    {
    }

    double pt(double points) const { return points * unit; }

    TextBlock *addText(double spaceBefore = 0)
    {
        auto block = std::make_unique<TextBlock>(metrics);
        block->spaceBefore = pt(spaceBefore);
        TextBlock *raw = block.get();
        blocks.push_back(std::move(block));
        return raw;
    }

    TextBlock *addParagraph(const Runs &runs, double spaceBefore = 0)
    {
        TextBlock *block = addText(spaceBefore);
        QTextCursor cursor = block->cursor();
        QTextBlockFormat format;
        format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        cursor.setBlockFormat(format);
        for (const Run &run : runs)
            cursor.insertText(run.text, run.format);
        return block;
    }

    TextBlock *addNote(const QString &text, double spaceBefore = 4)
    {
        return addParagraph({{text, charFormat(Size::note, Palette::muted)}}, spaceBefore);
    }

    TextBlock *addHeading(const QString &text, double spaceBefore = 15)
    {
        TextBlock *block = addParagraph({{text, charFormat(Size::heading, Palette::accent, true)}}, spaceBefore);
        block->ruleBelow = Palette::rule;
        block->keepWithNext = true;
        block->splittable = false;
        return block;
    }

    TextBlock *addSubheading(const QString &text, double spaceBefore = 9)
    {
        TextBlock *block = addParagraph({{text, charFormat(Size::subheading, Palette::text, true)}}, spaceBefore);
        block->keepWithNext = true;
        block->splittable = false;
        return block;
    }

    TextBlock *addCallout(const Runs &runs, const QColor &fill, const QColor &bar, double spaceBefore = 6)
    {
        TextBlock *block = addParagraph(runs, spaceBefore);
        block->fill = fill;
        block->bar = bar;
        block->padding = pt(6);
        return block;
    }

    void addTable(const QList<Column> &columns, const QList<QList<Runs>> &rows, double spaceBefore = 6,
                  const QList<int> &emphasizedRows = {})
    {
        QList<Runs> headerCells;
        for (const Column &column : columns)
            headerCells.append({{column.title, charFormat(Size::note, Palette::accent, true)}});
        auto header = std::make_unique<TableRowBlock>(metrics, columns, headerCells);
        header->spaceBefore = pt(spaceBefore);
        header->fill = Palette::headerFill;
        header->lineBelow = Palette::rule;
        header->lineWidth = 0.8;
        header->keepWithNext = true;
        TableRowBlock *headerBlock = header.get();
        blocks.push_back(std::move(header));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto row = std::make_unique<TableRowBlock>(metrics, columns, rows.at(i));
            row->tableHeader = headerBlock;
            if (emphasizedRows.contains(int(i)))
                row->fill = Palette::emphasisFill;
            if (i == rows.size() - 1) {
                row->lineBelow = Palette::rule;
                row->lineWidth = 0.8;
            }
            blocks.push_back(std::move(row));
        }
    }

    Runs money(double value, bool bold = false) const
    {
        return {{report.money(value), charFormat(Size::table, Palette::text, bold)}};
    }

    Runs plain(const QString &text, bool bold = false) const
    {
        return {{text, charFormat(Size::table, Palette::text, bold)}};
    }

    Runs muted(const QString &text) const { return {{text, charFormat(Size::note, Palette::muted)}}; }

    Runs positionCell(double position, OfferMath::Placement placement) const
    {
        return {{NegotiationReport::position(position), charFormat(Size::table)},
                {u"  "_s + placementText(placement), charFormat(Size::note, placementColor(placement))}};
    }

    void build();
    void buildTitle();
    void buildBand();
    void buildOffers();
    void buildChart();
    void buildWhatIf();
    void addBullets(const QStringList &items, double spaceBefore = 3);
    void buildSoFar();
    void buildStartupEquity();
    void buildCounter();
    void addCounterAsks(const ReportCounter &counter);
    void addCounterTotals(const ReportCounter &counter);
    void addRationale(const QStringList &rationale);
    void buildScript();
    void buildLevers();
    void buildDisclaimer();
    void paginate(double width, double height);
    void paintFrame(QPainter *painter, int pageIndex, double width, double height) const;
};

void ReportRenderer::Private::build()
{
    blocks.clear();
    buildTitle();
    buildBand();
    buildOffers();
    buildChart();
    buildSoFar();
    buildWhatIf();
    buildStartupEquity();
    buildCounter();
    buildScript();
    buildLevers();
    buildDisclaimer();
}

void ReportRenderer::Private::buildTitle()
{
    TextBlock *title = addParagraph({{report.title, charFormat(Size::title, Palette::text, true)}}, 0);
    title->splittable = false;
    QTextCursor cursor = title->cursor();
    QTextBlockFormat spaced;
    spaced.setTopMargin(metrics.doc(5));
    spaced.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    cursor.insertBlock(spaced);
    cursor.insertText(report.dateLine, charFormat(Size::subtitle, Palette::text, true));
    if (!report.freshness.isEmpty())
        cursor.insertText(u"  ·  "_s + report.freshness, charFormat(Size::subtitle, Palette::muted));
    cursor.insertText(u" "_s + report.sourcesLine, charFormat(Size::subtitle, Palette::muted));
    if (!report.staleWarning.isEmpty())
        addCallout({{report.staleWarning, charFormat(Size::note, Palette::text)}}, Palette::warningFill,
                   Palette::warningBar, 8);
}

void ReportRenderer::Private::buildBand()
{
    addHeading(report.sectionHeading(NegotiationReport::Section::Band));
    const QList<Column> columns = {
        {Tr::tr("Component"), 0.34, Qt::AlignLeft},
        {Tr::tr("Low"), 0.15, Qt::AlignRight},
        {Tr::tr("High"), 0.15, Qt::AlignRight},
        {Tr::tr("How it is found"), 0.36, Qt::AlignLeft},
    };
    QList<QList<Runs>> rows;
    QList<int> emphasized;
    for (const ReportBandRow &row : report.bandRows) {
        if (row.emphasized)
            emphasized.append(int(rows.size()));
        rows.append({plain(row.label, row.emphasized), money(row.low, row.emphasized), money(row.high, row.emphasized),
                     muted(row.note.isEmpty() ? Tr::tr("stated by the guide") : row.note)});
    }
    addTable(columns, rows, 7, emphasized);
    addNote(report.bandNote, 5);
}

void ReportRenderer::Private::buildOffers()
{
    addHeading(report.sectionHeading(NegotiationReport::Section::Offers));
    const QList<Column> columns = {
        {Tr::tr("Offer"), 0.28, Qt::AlignLeft},
        {Tr::tr("Year 1"), 0.12, Qt::AlignRight},
        {Tr::tr("4-year average"), 0.17, Qt::AlignRight},
        {Tr::tr("Base in band"), 0.14, Qt::AlignRight},
        {Tr::tr("Total in band"), 0.14, Qt::AlignRight},
        {Tr::tr("Conversion"), 0.15, Qt::AlignRight},
    };
    QList<QList<Runs>> rows;
    QList<int> emphasized;
    for (const ReportOfferRow &row : report.offerRows) {
        Runs label = plain(row.label, true);
        if (row.target) {
            emphasized.append(int(rows.size()));
            label.append({u"\u2028"_s + Tr::tr("target: the offer being negotiated"),
                          charFormat(Size::note - 0.5, Palette::accent)});
        }
        Runs conversion = row.conversion == Tr::tr("none needed") ? muted(row.conversion) : plain(row.conversion);
        rows.append({label, money(row.firstYear), money(row.annualized, true),
                     positionCell(row.basePosition, row.basePlacement),
                     positionCell(row.totalPosition, row.totalPlacement), conversion});
    }
    if (rows.isEmpty()) {
        addParagraph({{Tr::tr("No offers were given."), charFormat(Size::body)}}, 6);
    } else {
        addTable(columns, rows, 7, emphasized);
    }
    addNote(Tr::tr("Position in band: 0 is the band's low end and 1 its high end; it can fall outside. Base is set "
               "against the base band, total (the 4-year average) against the guide's stated total comp. ")
                + report.conversionNote,
            5);
}

void ReportRenderer::Private::buildChart()
{
    addHeading(report.sectionHeading(NegotiationReport::Section::Chart));
    if (report.offerRows.isEmpty()) {
        addParagraph({{Tr::tr("With no offers, there is nothing to chart."), charFormat(Size::body)}}, 6);
        return;
    }
    auto chart = std::make_unique<ChartBlock>(report, unit);
    chart->spaceBefore = pt(8);
    chart->keepWithNext = true; // with its legend
    blocks.push_back(std::move(chart));
    // The parts of the bars on one line, the band and the floor on the next.
    Runs legend;
    bool lineStart = true;
    for (const ReportChart::LegendEntry &entry : ReportChart::legend(report)) {
        if (entry.lineBreakBefore && !legend.isEmpty()) {
            legend.append({QString(QChar::LineSeparator), charFormat(Size::note)});
            lineStart = true;
        }
        if (!lineStart)
            legend.append({u"     "_s, charFormat(Size::note)});
        lineStart = false;
        legend.append({QString(QChar(0x25A0)) + u' ', charFormat(Size::note + 1.5, entry.color)});
        legend.append({entry.name, charFormat(Size::note, Palette::text)});
    }
    TextBlock *legendBlock = addParagraph(legend, 5);
    legendBlock->splittable = false;
    QTextOption centered = legendBlock->document()->defaultTextOption();
    centered.setAlignment(Qt::AlignHCenter);
    legendBlock->document()->setDefaultTextOption(centered);
    legendBlock->keepWithNext = true;
    addNote(report.chartCaption, 4);
}

// "What if the stock moves": the offers × the scenarios, the break-even sentences, the flips, and the
// assumptions as entered. Only when the report has the section.
void ReportRenderer::Private::buildWhatIf()
{
    if (!report.whatIf)
        return;
    const ReportWhatIf &whatIf = *report.whatIf;
    addHeading(whatIf.heading);
    addParagraph({{whatIf.intro, charFormat(Size::body)}}, 6);
    const qsizetype scenarios = whatIf.growthPcts.size();
    const double scenarioWidth = 0.60 / double(std::max<qsizetype>(1, scenarios));
    QList<Column> columns{{Tr::tr("Offer"), 0.25, Qt::AlignLeft}, {Tr::tr("Expected"), 0.15, Qt::AlignRight}};
    for (double pct : whatIf.growthPcts)
        columns.append({ReportWhatIf::growthHeading(pct), scenarioWidth, Qt::AlignRight});
    QList<QList<Runs>> rows;
    QList<int> emphasized;
    for (const ReportWhatIfRow &row : whatIf.rows) {
        if (row.target)
            emphasized.append(int(rows.size()));
        Runs expected = money(row.expectedTotal, true);
        expected.append({u"\u2028"_s + Tr::tr("at %1 a year").arg(ReportWhatIf::growthHeading(row.expectedGrowthPct)),
                         charFormat(Size::note - 0.5, Palette::muted)});
        QList<Runs> cells{plain(row.label, true), expected};
        // Compact, so five scenarios fit across the page: "$1.08M".
        for (double total : row.scenarioTotals)
            cells.append(plain(Money::compact(total, report.currency, MoneyStyle::report())));
        rows.append(cells);
    }
    addTable(columns, rows, 7, emphasized);
    addBullets(whatIf.breakEvens, 6);
    for (const QString &flip : whatIf.flips)
        addCallout({{flip, charFormat(Size::note)}}, Palette::warningFill, Palette::warningBar, 6);
    addSubheading(Tr::tr("Assumptions as entered"));
    addBullets(whatIf.assumptions);
    addNote(whatIf.note, 4);
}

void ReportRenderer::Private::addBullets(const QStringList &items, double spaceBefore)
{
    if (items.isEmpty())
        return;
    TextBlock *list = addText(spaceBefore);
    QTextCursor cursor = list->cursor();
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextBlockFormat item;
    item.setBottomMargin(metrics.doc(2.5));
    item.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    cursor.setBlockFormat(item);
    QTextList *bullets = cursor.createList(listFormat);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock(item);
            bullets->add(cursor.block());
        }
        cursor.insertText(items.at(i), charFormat(Size::body));
    }
}

// Each offer's rounds and counters sent, in date order; only when there is history.
void ReportRenderer::Private::buildSoFar()
{
    if (report.soFar.isEmpty())
        return;
    addHeading(ReportSoFar::title());
    const QList<Column> columns = {
        {Tr::tr("Date"), 0.17, Qt::AlignLeft},
        {Tr::tr("Step"), 0.29, Qt::AlignLeft},
        {Tr::tr("What changed"), 0.37, Qt::AlignLeft},
        {Tr::tr("4-year average"), 0.17, Qt::AlignRight},
    };
    for (const ReportSoFarOffer &offer : report.soFar) {
        addSubheading(offer.target ? Tr::tr("%1 (target)").arg(offer.label) : offer.label);
        QList<QList<Runs>> rows;
        QList<int> emphasized;
        for (const ReportSoFarEntry &entry : offer.entries) {
            if (entry.counterSent)
                emphasized.append(int(rows.size()));
            const Runs average = entry.annualized
                ? Runs{{NegotiationReport::money(*entry.annualized, offer.currency), charFormat(Size::table)}}
                : muted(Tr::tr("—"));
            rows.append({plain(entry.date), plain(entry.step, !entry.counterSent), plain(entry.detail), average});
        }
        addTable(columns, rows, 5, emphasized);
    }
    addNote(Tr::tr("Rounds are the company's offers, oldest first; a counter sent is what you asked for, on the shaded "
               "lines. Amounts are in each offer's own currency."),
            5);
}

void ReportRenderer::Private::buildStartupEquity()
{
    if (report.startupEquity.isEmpty())
        return;
    addHeading(report.sectionHeading(NegotiationReport::Section::StartupEquity));
    addNote(StartupEquitySection::note(), 5);
    for (const ReportStartupEquity &section : report.startupEquity) {
        const QString over = StartupEquitySection::overYears(section.horizonYears);
        const QList<Column> columns = {
            {Tr::tr("Exit (× last round)"), 0.22, Qt::AlignLeft},
            {Tr::tr("Price a share"), 0.16, Qt::AlignRight},
            {Tr::tr("Options ") + over, 0.2, Qt::AlignRight},
            {Tr::tr("Total ") + over, 0.22, Qt::AlignRight},
            {Tr::tr("A year"), 0.2, Qt::AlignRight},
        };
        addSubheading(section.label + (section.target ? Tr::tr(" (target)") : QString()));
        addParagraph({{Tr::tr("As entered: ") + section.assumptions.join(u"; "_s) + u'.', charFormat(Size::body)}}, 3);
        Runs figures{{Tr::tr("Paper value "), charFormat(Size::body)},
                     {report.money(section.paperValue), charFormat(Size::body, Palette::text, true)},
                     {Tr::tr(" (what recruiters quote; never counted as pay) · cost to exercise "), charFormat(Size::body)},
                     {report.money(section.costToExercise), charFormat(Size::body, Palette::text, true)}};
        if (section.exerciseSpread) {
            figures.append({Tr::tr(" · spread at exercise "), charFormat(Size::body)});
            figures.append({report.money(*section.exerciseSpread), charFormat(Size::body, Palette::text, true)});
            figures.append({Tr::tr(" (taxed; no tax computed)"), charFormat(Size::body)});
        }
        if (section.ownershipPct) {
            figures.append({Tr::tr(" · %1% of the company").arg(QString::number(*section.ownershipPct, 'g', 4)),
                            charFormat(Size::body)});
        }
        addParagraph(figures, 3);
        QList<QList<Runs>> rows;
        QList<int> emphasized;
        for (const ReportExitRow &exit : section.exits) {
            if (exit.expected)
                emphasized.append(int(rows.size()));
            Runs multiple = plain(OptionsValuation::formatMultiple(exit.exitMultiple) + u"×"_s, exit.expected);
            if (exit.expected)
                multiple.append({Tr::tr("  expected"), charFormat(Size::note, Palette::accent)});
            rows.append({multiple,
                         plain(StartupEquitySection::pricePerShare(exit.exitPrice, report.currency)),
                         money(exit.optionsValue), money(exit.total, exit.expected), money(exit.average)});
        }
        addTable(columns, rows, 5, emphasized);
        if (!section.breakEven.isEmpty())
            addCallout({{section.breakEven, charFormat(Size::body, Palette::text, true)}}, Palette::noteFill,
                       Palette::accent, 5);
        for (const QString &warning : section.warnings)
            addCallout({{warning, charFormat(Size::note, Palette::text)}}, Palette::warningFill, Palette::warningBar, 4);
    }
}

void ReportRenderer::Private::buildCounter()
{
    addHeading(report.sectionHeading(NegotiationReport::Section::Counter));
    if (!report.counter) {
        addCallout({{report.counterAbsentReason, charFormat(Size::body)}}, Palette::noteFill, Palette::rule, 8);
        return;
    }
    const ReportCounter &counter = *report.counter;
    //: %1 is the company, in bold.
    const QString heading = Tr::tr("What to ask %1 for");
    const qsizetype company = std::max<qsizetype>(0, heading.indexOf(u"%1"_s));
    Runs intro = {{heading.left(company), charFormat(Size::body)},
                  {report.company, charFormat(Size::body, Palette::text, true)},
                  {heading.mid(company + 2), charFormat(Size::body)}};
    if (counter.targetLabel != report.company)
        intro.append({Tr::tr(", against its offer (%1)").arg(counter.targetLabel), charFormat(Size::body)});
    intro.append({Tr::tr(". Settings: %1.").arg(counter.settings), charFormat(Size::body)});
    if (!counter.bestAlternativeLabel.isEmpty()) {
        intro.append({Tr::tr(" Best alternative: %1, worth %2 a year on average.")
                          .arg(counter.bestAlternativeLabel, report.money(counter.bestAlternativeAnnualized)),
                      charFormat(Size::body)});
    }
    addParagraph(intro, 7);

    addCounterAsks(counter);
    addCounterTotals(counter);
    addNote(Tr::tr("The floor is the 4-year average below which you walk away, from %1; its base is the base that "
               "reaches it with the offer's other parts unchanged.")
                .arg(counter.floorSource),
            4);
    // Whether the counter meets the floor, said plainly whichever way it goes.
    addCallout({{counter.floorHeadline + u". "_s, charFormat(Size::body, Palette::text, true)},
                {counter.floorStatus, charFormat(Size::body)}},
               counter.meetsFloor ? Palette::noteFill : Palette::warningFill,
               counter.meetsFloor ? Palette::above : Palette::warningBar, 8);
    if (!counter.mostLikelyToMove.isEmpty() || !counter.writtenOffersNeeded.isEmpty()) {
        Runs advice;
        if (!counter.mostLikelyToMove.isEmpty())
            advice.append({counter.mostLikelyToMove, charFormat(Size::body)});
        if (!counter.writtenOffersNeeded.isEmpty()) {
            advice.append({QString(advice.isEmpty() ? QString() : u" "_s)
                               + Tr::tr("Have these offers in writing before you cite them: %1.")
                                     .arg(counter.writtenOffersNeeded.join(u", "_s)),
                           charFormat(Size::body)});
        }
        addParagraph(advice, 8);
    }

    addRationale(counter.rationale);
    for (const QString &warning : counter.warnings)
        addCallout({{warning, charFormat(Size::note)}}, Palette::warningFill, Palette::warningBar, 6);
}

// One row per part: current, ask (marked when set by hand), band and best alternative.
void ReportRenderer::Private::addCounterAsks(const ReportCounter &counter)
{
    const QList<Column> columns = {
        {Tr::tr("Part"), 0.24, Qt::AlignLeft},
        {Tr::tr("Current"), 0.14, Qt::AlignRight},
        {Tr::tr("Ask"), 0.16, Qt::AlignRight},
        {Tr::tr("Band low"), 0.14, Qt::AlignRight},
        {Tr::tr("Band high"), 0.14, Qt::AlignRight},
        {Tr::tr("Best alternative"), 0.18, Qt::AlignRight},
    };
    QList<QList<Runs>> rows;
    QList<int> emphasized;
    for (const ReportAsk &ask : counter.asks) {
        Runs askCell = money(ask.ask, true);
        if (ask.overridden) {
            emphasized.append(int(rows.size()));
            askCell.append({u"\u2028"_s + Tr::tr("set by hand"), charFormat(Size::note - 0.5, Palette::warningBar, true)});
        } else if (ask.raisedToFloor) {
            askCell.append({u"\u2028"_s + Tr::tr("raised to reach the floor"), charFormat(Size::note - 0.5, Palette::muted)});
        }
        rows.append({plain(ask.part), money(ask.current), askCell,
                     ask.hasBand ? money(ask.bandLow) : muted(Tr::tr("no band")),
                     ask.hasBand ? money(ask.bandHigh) : muted(Tr::tr("no cap")),
                     ask.bestAlternative ? money(*ask.bestAlternative) : muted(Tr::tr("none"))});
    }
    addTable(columns, rows, 8, emphasized);
    if (counter.hasOverrides())
        addNote(Tr::tr("Asks marked \"set by hand\" were entered by the person, not suggested by OfferDesk."), 4);
}

// The target today, the counter and the floor: year 1, the 4-year average and the base.
void ReportRenderer::Private::addCounterTotals(const ReportCounter &counter)
{
    const QList<Column> totals = {
        {QString(), 0.40, Qt::AlignLeft},
        {Tr::tr("Year 1"), 0.20, Qt::AlignRight},
        {Tr::tr("4-year average"), 0.20, Qt::AlignRight},
        {Tr::tr("Base"), 0.20, Qt::AlignRight},
    };
    // The asks come in the engine's order: base first.
    const double currentBase = counter.asks.isEmpty() ? 0 : counter.asks.first().current;
    const double askBase = counter.asks.isEmpty() ? 0 : counter.asks.first().ask;
    QList<QList<Runs>> totalRows = {
        {plain(Tr::tr("Target offer today")), money(counter.currentFirstYear), money(counter.currentAnnualized),
         money(currentBase)},
        {plain(Tr::tr("Your counter"), true), money(counter.counterFirstYear, true), money(counter.counterAnnualized, true),
         money(askBase, true)},
        {{{Tr::tr("Walk-away floor"), charFormat(Size::table, Palette::below, true)}}, muted(QString()),
         {{report.money(counter.floorAnnualized), charFormat(Size::table, Palette::below, true)}},
         {{report.money(counter.floorBase), charFormat(Size::table, Palette::below, true)}}},
    };
    addTable(totals, totalRows, 10, {1});
}

void ReportRenderer::Private::addRationale(const QStringList &rationale)
{
    if (rationale.isEmpty())
        return;
    addSubheading(Tr::tr("Why these numbers"));
    TextBlock *list = addText(3);
    QTextCursor cursor = list->cursor();
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextBlockFormat item;
    item.setBottomMargin(metrics.doc(2.5));
    item.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    cursor.setBlockFormat(item);
    QTextList *bullets = cursor.createList(listFormat);
    for (qsizetype i = 0; i < rationale.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock(item);
            bullets->add(cursor.block());
        }
        cursor.insertText(rationale.at(i), charFormat(Size::body));
    }
}

void ReportRenderer::Private::buildScript()
{
    addHeading(report.sectionHeading(NegotiationReport::Section::Script));
    addNote(report.scriptNote, 6)->keepWithNext = true;
    if (report.script.isEmpty())
        return;
    TextBlock *quote = addText(6);
    quote->fill = Palette::quoteFill;
    quote->bar = Palette::accent;
    quote->padding = pt(8);
    QTextCursor cursor = quote->cursor();
    QTextBlockFormat format;
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(metrics.doc(4));
    cursor.setBlockFormat(format);
    const QTextCharFormat text = charFormat(Size::body + 0.5);
    if (report.scriptIsGuides)
        ReportMarkdown::append(cursor, report.script, text, QChar::ParagraphSeparator);
    else
        cursor.insertText(report.script, text); // the engine's own words, plain text

}

void ReportRenderer::Private::buildLevers()
{
    addHeading(report.sectionHeading(NegotiationReport::Section::Levers));
    addNote(report.leversNote, 6)->keepWithNext = true;
    for (const ReportLever &lever : report.levers) {
        TextBlock *block = addText(7);
        QTextCursor cursor = block->cursor();
        QTextBlockFormat titleFormat;
        titleFormat.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        cursor.setBlockFormat(titleFormat);
        cursor.insertText(u"%1.  "_s.arg(lever.number), charFormat(Size::body, Palette::accent, true));
        ReportMarkdown::append(cursor, lever.title, charFormat(Size::body, Palette::text, true));
        QTextBlockFormat textFormat;
        textFormat.setLeftMargin(metrics.docX(14));
        textFormat.setTopMargin(metrics.doc(1.5));
        textFormat.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        if (!lever.markdown.isEmpty()) {
            cursor.insertBlock(textFormat);
            ReportMarkdown::append(cursor, lever.markdown,
                                 charFormat(Size::body, lever.use.isEmpty() ? Palette::text : Palette::muted));
        }
        if (!lever.use.isEmpty()) {
            cursor.insertBlock(textFormat);
            cursor.insertText(Tr::tr("Here: "), charFormat(Size::body, Palette::accent, true));
            cursor.insertText(lever.use, charFormat(Size::body));
        }
    }
}

void ReportRenderer::Private::buildDisclaimer()
{
    addHeading(report.sectionHeading(NegotiationReport::Section::Disclaimer));
    addParagraph({{report.disclaimer, charFormat(Size::note + 0.5, Palette::muted)}}, 6);
}

void ReportRenderer::Private::paginate(double width, double height)
{
    for (auto &block : blocks)
        block->layout(width);

    pages = {Page()};
    double y = 0;
    const auto newPage = [&] {
        pages.append(Page());
        y = 0;
    };
    const auto place = [&](const Block *block, double space, double from, double to) {
        pages.last().append({block, y + space, from, to});
        y += space + (to - from);
    };
    const auto firstPart = [](const Block *block) {
        const QList<double> cuts = block->breakPoints();
        return cuts.isEmpty() ? block->height() : cuts.first();
    };

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block *block = blocks[i].get();
        double space = y > 0 ? block->spaceBefore : 0;

        // A heading, and a table's header row, stay with the start of what follows them.
        double needed = block->height();
        if (block->keepWithNext) {
            needed = block->height();
            std::size_t j = i;
            while (blocks[j]->keepWithNext && j + 1 < blocks.size()) {
                ++j;
                const Block *next = blocks[j].get();
                needed += next->spaceBefore + (next->keepWithNext ? next->height() : firstPart(next));
            }
        } else if (!block->breakPoints().isEmpty()) {
            needed = firstPart(block);
        }
        if (y > 0 && y + space + needed > height) {
            newPage();
            space = 0;
        }

        double from = 0;
        while (true) {
            if (y == 0 && block->tableHeader && block->tableHeader != block)
                place(block->tableHeader, 0, 0, block->tableHeader->height());
            const double available = height - y - space;
            const double remaining = block->height() - from;
            if (remaining <= available + 0.01) {
                place(block, space, from, block->height());
                break;
            }
            double cut = -1;
            for (const double point : block->breakPoints()) {
                if (point > from + 0.01 && point - from <= available)
                    cut = point;
            }
            if (cut < 0) {
                if (y > 0) {
                    newPage();
                    space = 0;
                    continue;
                }
                // Taller than a whole page with no place to cut: cut at the page's end rather than lose it.
                cut = from + available;
            }
            place(block, space, from, cut);
            from = cut;
            newPage();
            space = 0;
        }
    }
    if (pages.size() > 1 && pages.last().isEmpty())
        pages.removeLast();
}

void ReportRenderer::Private::paintFrame(QPainter *painter, int pageIndex, double width, double height) const
{
    painter->save();
    const QFont font = reportFont(Size::margin);
    painter->setFont(font);
    painter->setPen(Palette::muted);
    const double lineHeight = QFontMetricsF(font, device).height();

    // The header: company and role on the left, region and the document's name on the right.
    const QRectF header(0, 0, width, lineHeight);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, report.headerLeft());
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, report.headerRight());
    painter->fillRect(QRectF(0, lineHeight + pt(3), width, pt(0.6)), Palette::rule);

    // The footer: the date and what the figures are, and the page number.
    const QRectF footer(0, height - lineHeight, width, lineHeight);
    painter->fillRect(QRectF(0, footer.top() - pt(3.6), width, pt(0.6)), Palette::rule);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, report.footerLeft());
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      Tr::tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size()));
    painter->restore();
}

ReportRenderer::ReportRenderer(const NegotiationReport &report)
    : d(std::make_unique<Private>(report))
{
}

ReportRenderer::~ReportRenderer() = default;

int ReportRenderer::pageCount() const
{
    return int(d->pages.size());
}

Result<> ReportRenderer::render(QPagedPaintDevice *device)
{
    d->device = device;
    d->unit = device->logicalDpiY() / 72.0;
    const DocumentScale scale = documentLengthsPerPixel(device);
    d->metrics = {device, d->unit, d->unit * scale.vertical, d->unit * scale.horizontal};
    const double width = device->width();
    const double height = device->height();
    const double frameHeight = QFontMetricsF(reportFont(Size::margin), device).height() + d->pt(14);
    const double bodyTop = frameHeight;
    const double bodyHeight = height - 2 * frameHeight;
    if (width < d->pt(144) || bodyHeight < d->pt(144))
        return Error{Tr::tr("the page is too small for the summary once its margins are taken off")};

    d->build();
    d->paginate(width, bodyHeight);

    QPainter painter;
    if (!painter.begin(device))
        return Error{Tr::tr("could not start painting on the output")};
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (qsizetype i = 0; i < d->pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error{Tr::tr("could not start page %1 of the output").arg(i + 1)};
        }
        d->paintFrame(&painter, int(i), width, height);
        for (const Placement &placement : d->pages.at(i))
            placement.block->paint(&painter, 0, bodyTop + placement.y, placement.from, placement.to);
    }
    if (!painter.end())
        return Error{Tr::tr("could not finish writing the output")};
    return {};
}
