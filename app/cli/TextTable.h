// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

// The CLI's text tables (list, show, compare): a header line and one line per row, every column as wide as its
// widest cell, columns two spaces apart, no trailing spaces.
class TextTable
{
public:
    enum class Align { Left, Right };
    struct Column
    {
        QString header;
        Align align = Align::Left;
    };

    explicit TextTable(QList<Column> columns);

    // One cell per column.
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }

    // Every line, each ending in a newline.
    QString toString() const;
    void print(QTextStream &stream) const;

private:
    QString line(const QStringList &cells, const QList<qsizetype> &widths) const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};
