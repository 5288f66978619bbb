// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"

#include <QWidget>

class ProblemsModel;
class QLabel;
class QListView;

// Guides that failed to load, and the warnings of those that did, as "file:line: message" rows.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    ProblemsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    // The folder that holds the file of a problem row.
    static QString folderOf(const QString &path);

signals:
    // Double-click or Enter on a row: the window opens this folder in the file manager.
    void openFolderRequested(const QString &folder);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ProblemsModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QListView *m_view = nullptr;
};
