// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"

#include <QAbstractTableModel>

// The library's load problems, one row per diagnostic: "file:line" and the message, and the same split into the
// Problems table's columns (file, line, severity, message).
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Location, // "file:line"
        Message,  // "Error: message"
        Summary,  // the whole "file:line: error: message" row
        File,     // the file's name; its path in the tooltip
        Line,     // the line number, empty when the problem is about the whole file
        Severity, // "Error" or "Warning"
        Text,     // the message alone
        ColumnCount
    };
    enum Role {
        // Location sorts by path then line; summary and severity errors first, then by path and line; line as a
        // number; file, message and text by text.
        RawValueRole = Qt::UserRole + 1,
        PathRole,
        LineRole,
        IsErrorRole,
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // A problem in a guide file opens in the guide editor; one about a folder (a loop, too deep) opens the folder.
    static bool isGuideFile(const QString &path);
    // "guide.md:12: error: message", as in the CLI.
    QString rowText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString location(const Diagnostic &diagnostic) const;
    QVariant displayText(const Diagnostic &diagnostic, const QModelIndex &index) const;

    Diagnostics m_diagnostics;
    QList<QString> m_summaryKeys; // the Summary column's raw values, one per row
};
