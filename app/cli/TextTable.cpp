// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "TextTable.h"

#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

TextTable::TextTable(QList<Column> columns) : m_columns(std::move(columns)) {}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    QStringList headers;
    for (const Column &column : m_columns) {
        widths.append(column.header.size());
        headers.append(column.header);
    }
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    QString text = line(headers, widths);
    for (const QStringList &row : m_rows)
        text += line(row, widths);
    return text;
}

void TextTable::print(QTextStream &stream) const
{
    stream << toString();
}

QString TextTable::line(const QStringList &cells, const QList<qsizetype> &widths) const
{
    QString text;
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        const QString &cell = cells.at(i);
        text += m_columns.at(i).align == Align::Right ? cell.rightJustified(widths.at(i))
                                                      : cell.leftJustified(widths.at(i));
        text += u"  "_s;
    }
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text + u'\n';
}
