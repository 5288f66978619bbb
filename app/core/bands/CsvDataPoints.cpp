// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "bands/CsvDataPoints.h"

#include <QCoreApplication>

#include "common/Currency.h"
#include "guide/GuideParser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvDataPoints)
};
} // namespace

namespace {

// One record as libcsv split it, with the physical line it starts on.
struct RawRow
{
    QList<QByteArray> fields;
    int line = 0;
    QString error; // set when the row cannot be read (bad quoting, a field over the limit)
};

// Splits the file into rows with libcsv, which reports fields and row ends but no positions; the splitter keeps the
// physical line each row starts on, quoted line breaks counted.
class RowSplitter
{
public:
    RowSplitter() { csv_init(&m_parser, kOptions); }
    ~RowSplitter() { csv_free(&m_parser); }
    RowSplitter(const RowSplitter &) = delete;
    RowSplitter &operator=(const RowSplitter &) = delete;

    QList<RawRow> split(const QByteArray &bytes);
    bool stoppedAtRowLimit() const { return m_stoppedAtRowLimit; }

private:
    static constexpr unsigned char kOptions = CSV_STRICT | CSV_STRICT_FINI;

    static void onField(void *data, size_t length, void *self);
    static void onRowEnd(int terminator, void *self);
    void finishRow();
    void restartAfterError(const QString &error);

    csv_parser m_parser{};
    QList<RawRow> m_rows;
    RawRow m_current;
    bool m_rowOpen = false;
    bool m_stoppedAtRowLimit = false;
    int m_line = 1;
};

void RowSplitter::onField(void *data, size_t length, void *self)
{
    auto *splitter = static_cast<RowSplitter *>(self);
    RawRow &row = splitter->m_current;
    if (length > size_t(DataPointLimits::kMaxFieldBytes)) {
        if (row.error.isEmpty())
            row.error = Tr::tr("field %1 is longer than %2 bytes").arg(row.fields.size() + 1)
                            .arg(DataPointLimits::kMaxFieldBytes);
        row.fields.append(QByteArray());
        return;
    }
    row.fields.append(QByteArray(static_cast<const char *>(data), qsizetype(length)));
}

void RowSplitter::onRowEnd(int, void *self)
{
    static_cast<RowSplitter *>(self)->finishRow();
}

void RowSplitter::finishRow()
{
    m_rows.append(std::move(m_current));
    m_current = RawRow();
    m_rowOpen = false;
    // The header row plus kMaxRows data rows; one more row means the file is over the limit.
    if (m_rows.size() > DataPointLimits::kMaxRows + 1)
        m_stoppedAtRowLimit = true;
}

void RowSplitter::restartAfterError(const QString &error)
{
    if (m_current.error.isEmpty())
        m_current.error = error;
    finishRow();
    csv_free(&m_parser);
    m_parser = csv_parser{};
    csv_init(&m_parser, kOptions);
}

QList<RawRow> RowSplitter::split(const QByteArray &bytes)
{
    // Fed one physical line at a time (up to and with its CR or LF): a row can only end on a line break, so a row
    // that opens in a piece starts on that piece's line.
    qsizetype start = 0;
    while (start < bytes.size() && !m_stoppedAtRowLimit) {
        qsizetype end = start;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        const qsizetype length = std::min(end + 1, bytes.size()) - start;
        const char *piece = bytes.constData() + start;
        // libcsv skips blank lines and leading blanks; a row starts on the first line with anything else.
        if (!m_rowOpen && std::any_of(piece, piece + length, [](char c) {
                return c != ' ' && c != '\t' && c != '\n' && c != '\r';
            })) {
            m_rowOpen = true;
            m_current.line = m_line;
        }
        if (csv_parse(&m_parser, piece, size_t(length), onField, onRowEnd, this) != size_t(length)) {
            // Strict RFC 4180: a quote inside an unquoted field, or text after a closing quote. The rest of the
            // physical line belongs to the broken row; reading resumes on the next line.
            restartAfterError(Tr::tr("bad quoting: a quote inside an unquoted field, or text after a closing quote "
                                     "(quote a field that holds a quote, and write the quote twice)"));
        }
        // "\n", "\r\n" and a lone "\r" each end one physical line.
        if (end < bytes.size() && (bytes.at(end) == '\r' || end == 0 || bytes.at(end - 1) != '\r'))
            ++m_line;
        start += length;
    }
    if (m_stoppedAtRowLimit)
        return std::move(m_rows);
    if (csv_fini(&m_parser, onField, onRowEnd, this) != 0)
        restartAfterError(Tr::tr("a quoted field is never closed: its quote runs to the end of the file"));
    return std::move(m_rows);
}

// A value as a message may show it: one line, not too long.
QString shown(const QString &value)
{
    QString text = value;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    constexpr qsizetype kMaxShown = 40;
    if (text.size() > kMaxShown)
        text = text.left(kMaxShown) + u"…"_s;
    return text;
}

enum class Column { Company, Role, Level, Region, Currency, Base, BonusPct, Date, Source, Stock4yr, StockPerYear };

const QList<std::pair<QString, Column>> &knownColumns()
{
    static const QList<std::pair<QString, Column>> columns = {
        {u"company"_s, Column::Company},   {u"role"_s, Column::Role},          {u"level"_s, Column::Level},
        {u"region"_s, Column::Region},     {u"currency"_s, Column::Currency},  {u"base"_s, Column::Base},
        {u"bonus_pct"_s, Column::BonusPct}, {u"date"_s, Column::Date},         {u"source"_s, Column::Source},
        {u"stock_4yr"_s, Column::Stock4yr}, {u"stock_per_year"_s, Column::StockPerYear},
    };
    return columns;
}

std::optional<Column> columnNamed(const QString &name)
{
    for (const auto &[known, column] : knownColumns()) {
        if (known == name)
            return column;
    }
    return std::nullopt;
}

QString columnName(Column column)
{
    for (const auto &[name, known] : knownColumns()) {
        if (known == column)
            return name;
    }
    return QString();
}

// Where each known column sits in a row, from the header.
struct Header
{
    QHash<Column, qsizetype> index;
    qsizetype fieldCount = 0;
    Column stockColumn = Column::Stock4yr;
};

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<Header> readHeader(const RawRow &row, const QString &path, Diagnostics &diagnostics)
{
    const auto fail = [&](const QString &message) {
        diagnostics.append(Diagnostic::error(path, row.line, Tr::tr("%1; no row was read").arg(message)));
        return std::nullopt;
    };
    if (!row.error.isEmpty())
        return fail(Tr::tr("the header row: ") + row.error);
    Header header;
    header.fieldCount = row.fields.size();
    for (qsizetype i = 0; i < row.fields.size(); ++i) {
        const QString name = decodeUtf8(row.fields.at(i)).value_or(QString()).trimmed().toLower();
        const std::optional<Column> column = columnNamed(name);
        if (!column) {
            diagnostics.append(Diagnostic::warning(path, row.line, Tr::tr("unknown column '%1' is ignored").arg(shown(name))));
            continue;
        }
        if (header.index.contains(*column))
            return fail(Tr::tr("column '%1' appears twice in the header").arg(name));
        header.index.insert(*column, i);
    }
    QStringList missing;
    for (const QString &name : CsvDataPoints::requiredColumns()) {
        if (!header.index.contains(*columnNamed(name)))
            missing.append(name);
    }
    if (!missing.isEmpty())
        return fail(Tr::tr("the header has no column %1 (it needs %2, and stock_4yr or stock_per_year)")
                        .arg(missing.join(u", "_s), CsvDataPoints::requiredColumns().join(u", "_s)));
    const bool has4yr = header.index.contains(Column::Stock4yr);
    const bool hasPerYear = header.index.contains(Column::StockPerYear);
    if (has4yr == hasPerYear)
        return fail(has4yr ? Tr::tr("the header has both stock_4yr and stock_per_year; keep one")
                           : Tr::tr("the header has no stock column: it needs stock_4yr or stock_per_year"));
    header.stockColumn = has4yr ? Column::Stock4yr : Column::StockPerYear;
    return header;
}

// Turns one row into a point, or lists what is wrong with it.
class RowReader
{
public:
    RowReader(const Header &header, const RawRow &row) : m_header(header), m_row(row) {}

    std::optional<DataPoint> read();
    const QStringList &problems() const { return m_problems; }

private:
    QString text(Column column);
    double number(Column column, double max);

    const Header &m_header;
    const RawRow &m_row;
    QStringList m_problems;
};

QString RowReader::text(Column column)
{
    const QString name = columnName(column);
    const std::optional<QString> decoded = decodeUtf8(m_row.fields.at(m_header.index.value(column)));
    if (!decoded) {
        m_problems.append(Tr::tr("'%1' is not valid UTF-8").arg(name));
        return QString();
    }
    // A quoted line break or tab is allowed, and read as a space: names and sources stay on one line.
    const QString value = decoded->simplified();
    if (value.isEmpty())
        m_problems.append(Tr::tr("no value for '%1'").arg(name));
    else if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        m_problems.append(Tr::tr("'%1' holds a control character").arg(name));
    return value;
}

double RowReader::number(Column column, double max)
{
    static const QRegularExpression plainNumber(u"^[0-9]+(\\.[0-9]+)?$"_s);
    const QString value = text(column);
    if (value.isEmpty())
        return 0;
    if (!plainNumber.match(value).hasMatch()) {
        m_problems.append(Tr::tr("'%1' is not a plain number such as 170000 or 7.5: '%2'").arg(columnName(column),
                                                                                        shown(value)));
        return 0;
    }
    const double number = value.toDouble();
    if (number > max)
        m_problems.append(Tr::tr("'%1' is %2, above %3").arg(columnName(column), value,
                                                        QLocale(QLocale::English).toString(max, 'f', 0)));
    return number;
}

std::optional<DataPoint> RowReader::read()
{
    if (!m_row.error.isEmpty()) {
        m_problems.append(m_row.error);
        return std::nullopt;
    }
    if (m_row.fields.size() != m_header.fieldCount) {
        m_problems.append(m_row.fields.size() == 1
                              ? Tr::tr("the row has 1 field; the header has %1").arg(m_header.fieldCount)
                              : Tr::tr("the row has %1 fields; the header has %2")
                                    .arg(m_row.fields.size())
                                    .arg(m_header.fieldCount));
        return std::nullopt;
    }
    DataPoint point;
    point.line = m_row.line;
    point.company = text(Column::Company);
    point.role = text(Column::Role);
    point.level = text(Column::Level);
    point.region = text(Column::Region);
    point.currency = text(Column::Currency).toUpper();
    if (!point.currency.isEmpty() && !Currency::isIsoCode(point.currency))
        m_problems.append(u"unknown ISO 4217 currency '%1'"_s.arg(shown(point.currency)));
    point.base = number(Column::Base, GuideLimits::kMaxAmount);
    point.bonusPct = number(Column::BonusPct, 100);
    const bool perYear = m_header.stockColumn == Column::StockPerYear;
    const double stock = number(m_header.stockColumn, GuideLimits::kMaxAmount / (perYear ? 4 : 1));
    point.stock4yr = perYear ? stock * 4 : stock;
    const QString date = text(Column::Date);
    static const QRegularExpression isoDate(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    point.date = QDate::fromString(date, u"yyyy-MM-dd"_s);
    if (!date.isEmpty() && (!isoDate.match(date).hasMatch() || !point.date.isValid()))
        m_problems.append(Tr::tr("'date' is not a date written YYYY-MM-DD: '%1'").arg(shown(date)));
    point.source = text(Column::Source);
    if (m_problems.isEmpty() && point.totalComp() > GuideLimits::kMaxAmount)
        m_problems.append(Tr::tr("the total comp %1 is above %2").arg(point.totalComp(), 0, 'f', 0)
                              .arg(QLocale(QLocale::English).toString(GuideLimits::kMaxAmount, 'f', 0)));
    if (!m_problems.isEmpty())
        return std::nullopt;
    return point;
}

} // namespace

QStringList CsvDataPoints::requiredColumns()
{
    return {u"company"_s, u"role"_s, u"level"_s, u"region"_s, u"currency"_s,
            u"base"_s, u"bonus_pct"_s, u"date"_s, u"source"_s};
}

DataPointFile CsvDataPoints::readFile(const QString &path)
{
    DataPointFile result;
    const auto tooLarge = [&] {
        result.diagnostics.append(Diagnostic::error(
            path, 0, Tr::tr("the file is larger than %1 MiB, the limit for a data file")
                         .arg(DataPointLimits::kMaxFileBytes / (1024 * 1024))));
        return result;
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        result.diagnostics.append(Diagnostic::error(path, 0, Tr::tr("not a regular file")));
        return result;
    }
    if (info.size() > DataPointLimits::kMaxFileBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append(Diagnostic::error(path, 0, Tr::tr("cannot read: %1").arg(file.errorString())));
        return result;
    }
    // Read one byte past the limit, so a file that grew since it was measured is still refused.
    const QByteArray bytes = file.read(DataPointLimits::kMaxFileBytes + 1);
    if (bytes.size() > DataPointLimits::kMaxFileBytes)
        return tooLarge();
    return parse(bytes, path);
}

DataPointFile CsvDataPoints::parse(const QByteArray &bytes, const QString &path)
{
    DataPointFile result;
    const QByteArray bom("\xEF\xBB\xBF");
    RowSplitter splitter;
    const QList<RawRow> rows = splitter.split(bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes);
    if (rows.isEmpty()) {
        result.diagnostics.append(
            Diagnostic::error(path, 1, Tr::tr("the file is empty: it needs a header row naming the columns")));
        return result;
    }
    const std::optional<Header> header = readHeader(rows.first(), path, result.diagnostics);
    if (!header)
        return result;
    if (rows.size() == 1)
        result.diagnostics.append(Diagnostic::warning(path, rows.first().line, Tr::tr("no data rows after the header")));
    for (qsizetype i = 1; i < rows.size() && i <= DataPointLimits::kMaxRows; ++i) {
        RowReader reader(*header, rows.at(i));
        if (std::optional<DataPoint> point = reader.read()) {
            result.points.append(std::move(*point));
            continue;
        }
        ++result.badRows;
        result.diagnostics.append(Diagnostic::error(path, rows.at(i).line, reader.problems().join(u"; "_s)));
    }
    if (splitter.stoppedAtRowLimit())
        result.diagnostics.append(Diagnostic::error(
            path, rows.last().line, Tr::tr("more than %1 data rows, the limit for a data file; the rest is not read")
                                        .arg(QLocale(QLocale::English).toString(DataPointLimits::kMaxRows))));
    return result;
}
