// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"

#include <QAbstractTableModel>

// The library's load problems, one row per diagnostic: "file:line" and the message.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Location, Message, Summary, ColumnCount }; // Summary: the whole "file:line: message" row
    enum Role {
        RawValueRole = Qt::UserRole + 1, // location sorts by path then line; summary errors first; message by text
        PathRole,
        LineRole,
        IsErrorRole,
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // "guide.md:12: error: message", as in the CLI.
    QString rowText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString location(const Diagnostic &diagnostic) const;

    Diagnostics m_diagnostics;
    QList<QString> m_summaryKeys; // the Summary column's raw values, one per row
};
