// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The CSV reader for pay data points: RFC 4180 quoting through libcsv, the header, every kind of bad row (reported
// as file:line on the row's first physical line and skipped), and the limits.
#include "bands/CsvDataPoints.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvDataPoints : public QObject
{
    Q_OBJECT

private slots:
    void readsTheExample();
    void columnsInAnyOrderWithStockPerYear();
    void badRowsAreReportedAndSkipped();
    void unterminatedQuoteKeepsTheRowsBefore();
    void quotedNewlinesAndCommasCountLines();
    void byteOrderMarkAndCrlf();
    void emptyFile();
    void headerOnly();
    void headerWithoutRequiredColumns();
    void headerWithBothStockColumns();
    void hugeField();
    void rowLimit();
    void fileSizeLimit();
    void missingFile();
};

namespace {

QString bandsData(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/bands/"_s + name;
}

QStringList messages(const DataPointFile &file)
{
    QStringList list;
    for (const Diagnostic &diagnostic : file.diagnostics)
        list.append(diagnostic.toString());
    return list;
}

QList<int> lines(const DataPointFile &file)
{
    QList<int> list;
    for (const DataPoint &point : file.points)
        list.append(point.line);
    return list;
}

const QByteArray kHeader = "company,role,level,region,currency,base,stock_4yr,bonus_pct,date,source\n";
const QByteArray kGoodRow = "Initech,Software Engineer,SE II,Austin,USD,120000,40000,5,2025-06-01,Levels.fyi\n";

} // namespace

void TestCsvDataPoints::readsTheExample()
{
    const DataPointFile file = CsvDataPoints::readFile(bandsData(u"example-data-points.csv"_s));
    QVERIFY2(file.diagnostics.isEmpty(), qPrintable(messages(file).join(u'\n')));
    QVERIFY(file.allRowsGood());
    QCOMPARE(file.badRows, 0);
    QCOMPARE(file.points.size(), 30);
    const DataPoint &first = file.points.first();
    QCOMPARE(first.company, u"Acme Robotics"_s);
    QCOMPARE(first.role, u"Software Engineer"_s);
    QCOMPARE(first.level, u"L4"_s);
    QCOMPARE(first.region, u"San Francisco"_s);
    QCOMPARE(first.currency, u"USD"_s);
    QCOMPARE(first.base, 165000.0);
    QCOMPARE(first.stock4yr, 120000.0);
    QCOMPARE(first.bonusPct, 10.0);
    QCOMPARE(first.date, QDate(2025, 4, 10));
    QCOMPARE(first.source, u"Levels.fyi"_s);
    QCOMPARE(first.line, 2);
    // A quoted comma stays in its field.
    QCOMPARE(file.points.at(4).source, u"Friend, ex-colleague"_s);
    QCOMPARE(file.points.last().line, 31);
    QCOMPARE(file.points.last().totalComp(), 155000.0 + 90000.0 / 4 + 15500.0);
}

void TestCsvDataPoints::columnsInAnyOrderWithStockPerYear()
{
    const QString path = bandsData(u"stock-per-year.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    QCOMPARE(messages(file), QStringList{path + u":1: warning: unknown column 'notes' is ignored"_s});
    QVERIFY(file.allRowsGood());
    QCOMPARE(file.points.size(), 1);
    const DataPoint &point = file.points.first();
    QCOMPARE(point.source, u"Levels.fyi"_s);
    QCOMPARE(point.date, QDate(2025, 6, 1));
    QCOMPARE(point.base, 120000.0);
    QCOMPARE(point.stock4yr, 40000.0); // 10000 a year, four years
    QCOMPARE(point.bonusPct, 5.0);
}

void TestCsvDataPoints::badRowsAreReportedAndSkipped()
{
    const QString path = bandsData(u"bad-rows.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    const QStringList expected = {
        path + u":3: error: the row has 9 fields; the header has 10"_s,
        path + u":4: error: 'base' is not a plain number such as 170000 or 7.5: '120k'"_s,
        path + u":5: error: unknown ISO 4217 currency 'XYZ'"_s,
        path + u":6: error: 'date' is not a date written YYYY-MM-DD: '2025-02-30'"_s,
        path + u":7: error: no value for 'role'"_s,
        path + u":8: error: 'base' is not a plain number such as 170000 or 7.5: '-5'"_s,
        path + u":9: error: 'bonus_pct' is 150, above 100"_s,
        path + u":10: error: bad quoting: a quote inside an unquoted field, or text after a closing quote (quote a "
               u"field that holds a quote, and write the quote twice)"_s,
    };
    QCOMPARE(messages(file), expected);
    QCOMPARE(file.badRows, 8);
    QVERIFY(!file.allRowsGood());
    QCOMPARE(lines(file), (QList<int>{2, 11}));
    QCOMPARE(file.points.last().base, 130000.0);
}

void TestCsvDataPoints::unterminatedQuoteKeepsTheRowsBefore()
{
    const QString path = bandsData(u"unterminated-quote.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    QCOMPARE(messages(file),
             QStringList{path + u":4: error: a quoted field is never closed: its quote runs to the end of the file"_s});
    QCOMPARE(lines(file), (QList<int>{2, 3}));
    QCOMPARE(file.badRows, 1);
}

void TestCsvDataPoints::quotedNewlinesAndCommasCountLines()
{
    const QString path = bandsData(u"quoted-newlines-and-commas.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    // The first row runs over lines 2 to 4, so the bad row after it is on line 5.
    QCOMPARE(messages(file),
             QStringList{path + u":5: error: 'base' is not a plain number such as 170000 or 7.5: 'lots'"_s});
    QCOMPARE(lines(file), (QList<int>{2, 6}));
    QCOMPARE(file.points.at(0).company, u"Initech, Inc."_s);
    QCOMPARE(file.points.at(0).region, u"Austin, Texas"_s);
    QCOMPARE(file.points.at(0).source, u"Friend ex-colleague"_s);
    QCOMPARE(file.points.at(1).region, u"Austin \"HQ\""_s);
}

void TestCsvDataPoints::byteOrderMarkAndCrlf()
{
    const QString path = bandsData(u"bom-crlf.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    QCOMPARE(messages(file),
             QStringList{path + u":5: error: 'base' is not a plain number such as 170000 or 7.5: 'NaN'"_s});
    QCOMPARE(lines(file), (QList<int>{2, 3, 6}));
    QCOMPARE(file.points.at(0).company, u"Initech"_s); // the BOM is not part of the first column's name
    QCOMPARE(file.points.at(0).source, u"Levels.fyi"_s); // no carriage return left at the end of a row
    QCOMPARE(file.points.at(1).region, u"Austin Texas"_s);
}

void TestCsvDataPoints::emptyFile()
{
    const QString path = bandsData(u"empty.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    QCOMPARE(messages(file),
             QStringList{path + u":1: error: the file is empty: it needs a header row naming the columns"_s});
    QVERIFY(file.points.isEmpty());
}

void TestCsvDataPoints::headerOnly()
{
    const QString path = bandsData(u"header-only.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    QCOMPARE(messages(file), QStringList{path + u":1: warning: no data rows after the header"_s});
    QVERIFY(file.allRowsGood());
    QVERIFY(file.points.isEmpty());
}

void TestCsvDataPoints::headerWithoutRequiredColumns()
{
    const QString path = bandsData(u"missing-columns.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    QCOMPARE(messages(file),
             QStringList{path + u":1: error: the header has no column date (it needs company, role, level, region, "
                                u"currency, base, bonus_pct, date, source, and stock_4yr or stock_per_year); no row "
                                u"was read"_s});
    QVERIFY(file.points.isEmpty());
}

void TestCsvDataPoints::headerWithBothStockColumns()
{
    const QByteArray bytes = "\n\ncompany,role,level,region,currency,base,stock_4yr,stock_per_year,bonus_pct,date,"
                             "source,base\n";
    DataPointFile file = CsvDataPoints::parse(bytes, u"x.csv"_s);
    QCOMPARE(messages(file), QStringList{u"x.csv:3: error: column 'base' appears twice in the header; no row was read"_s});
    file = CsvDataPoints::parse("company,role,level,region,currency,base,stock_4yr,stock_per_year,bonus_pct,date,"
                                "source\n",
                                u"x.csv"_s);
    QCOMPARE(messages(file), QStringList{u"x.csv:1: error: the header has both stock_4yr and stock_per_year; keep "
                                         u"one; no row was read"_s});
}

void TestCsvDataPoints::hugeField()
{
    const QString path = bandsData(u"huge-field.csv"_s);
    const DataPointFile file = CsvDataPoints::readFile(path);
    QCOMPARE(messages(file), QStringList{path + u":3: error: field 4 is longer than 4096 bytes"_s});
    QCOMPARE(lines(file), (QList<int>{2, 4}));
}

void TestCsvDataPoints::rowLimit()
{
    QByteArray bytes = kHeader;
    for (int i = 0; i < DataPointLimits::kMaxRows + 5; ++i)
        bytes += kGoodRow;
    const DataPointFile file = CsvDataPoints::parse(bytes, u"many.csv"_s);
    QCOMPARE(file.points.size(), qsizetype(DataPointLimits::kMaxRows));
    QCOMPARE(messages(file), QStringList{u"many.csv:100002: error: more than 100,000 data rows, the limit for a data "
                                         u"file; the rest is not read"_s});
}

void TestCsvDataPoints::fileSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes = kHeader;
    while (bytes.size() <= DataPointLimits::kMaxFileBytes)
        bytes += kGoodRow;
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const DataPointFile result = CsvDataPoints::readFile(path);
    QCOMPARE(messages(result),
             QStringList{path + u": error: the file is larger than 8 MiB, the limit for a data file"_s});
    QVERIFY(result.points.isEmpty());
}

void TestCsvDataPoints::missingFile()
{
    const DataPointFile file = CsvDataPoints::readFile(bandsData(u"no-such-file.csv"_s));
    QCOMPARE(file.diagnostics.size(), 1);
    QVERIFY(file.diagnostics.first().isError());
    QVERIFY2(file.diagnostics.first().toString().contains(u"no-such-file.csv: error: cannot read"_s),
             qPrintable(file.diagnostics.first().toString()));
}

QTEST_GUILESS_MAIN(TestCsvDataPoints)
#include "tst_csvdatapoints.moc"
