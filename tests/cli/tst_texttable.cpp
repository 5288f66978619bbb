// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The CLI's one table printer: widths, alignment, spacing and the missing trailing spaces that the list, show and
// compare outputs (and the scripts reading them) rely on.
#include "TextTable.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void headerOnlyWhenEmpty();
    void columnsAsWideAsTheirWidestCell();
    void rightAlignedColumnsPadOnTheLeft();
    void noTrailingSpaces();
    void leadingSpacesOfACellAreKept();
    void printWritesTheSameText();
};

void TestTextTable::headerOnlyWhenEmpty()
{
    const TextTable table({{u"ID"_s}, {u"Company"_s}});
    QVERIFY(table.isEmpty());
    QCOMPARE(table.toString(), u"ID  Company\n"_s);
}

void TestTextTable::columnsAsWideAsTheirWidestCell()
{
    TextTable table({{u"ID"_s}, {u"Company"_s}, {u"Regions"_s}});
    table.addRow({u"acme/swe"_s, u"Acme"_s, u"Berlin, London"_s});
    table.addRow({u"x/y"_s, u"Globex Corporation"_s, u"Tokyo"_s});
    QVERIFY(!table.isEmpty());
    QCOMPARE(table.toString(), u"ID        Company             Regions\n"
                               u"acme/swe  Acme                Berlin, London\n"
                               u"x/y       Globex Corporation  Tokyo\n"_s);
}

void TestTextTable::rightAlignedColumnsPadOnTheLeft()
{
    TextTable table({{u"Offer"_s}, {u"Year 1"_s, TextTable::Align::Right}, {u"Note"_s}});
    table.addRow({u"Acme"_s, u"170,000"_s, u"ok"_s});
    table.addRow({u"Globex"_s, u"9"_s, u"fine"_s});
    QCOMPARE(table.toString(), u"Offer    Year 1  Note\n"
                               u"Acme    170,000  ok\n"
                               u"Globex        9  fine\n"_s);
}

void TestTextTable::noTrailingSpaces()
{
    TextTable table({{u"A"_s}, {u"Longer header"_s}});
    table.addRow({u"wide cell"_s, u""_s});
    const QString text = table.toString();
    QCOMPARE(text, u"A          Longer header\nwide cell\n"_s);
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
}

void TestTextTable::leadingSpacesOfACellAreKept()
{
    // compare marks the target with "* " and pads the others with two spaces: both must survive.
    TextTable table({{u"Offer"_s}, {u"Cur"_s}});
    table.addRow({u"* Acme"_s, u"USD"_s});
    table.addRow({u"  Globex"_s, u"EUR"_s});
    QCOMPARE(table.toString(), u"Offer     Cur\n* Acme    USD\n  Globex  EUR\n"_s);
}

void TestTextTable::printWritesTheSameText()
{
    TextTable table({{u"Region"_s}, {u"Base"_s}});
    table.addRow({u"São Paulo"_s, u"1–2"_s});
    QString printed;
    QTextStream stream(&printed);
    table.print(stream);
    stream.flush();
    QCOMPARE(printed, table.toString());
    QCOMPARE(printed, u"Region     Base\nSão Paulo  1–2\n"_s);
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
