// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"

#include <QWidget>

class ProblemsModel;
class QLabel;
class QTableView;

// Guides that failed to load, and the warnings of those that did: a table of file, line, severity and message,
// errors first. The main window puts it in a dock that can be widened, moved or floated.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    ProblemsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The folder that holds the file of a problem row.
    static QString folderOf(const QString &path);

signals:
    // Double-click or Enter on a problem in a guide file: the window opens that guide at that line (0: the whole
    // file).
    void openGuideRequested(const QString &path, int line);
    // The same on a problem about a folder (a loop, a folder too deep): the window opens it in the file manager.
    void openFolderRequested(const QString &folder);

private:
    void updateDescription();

    ProblemsModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_view = nullptr;
};
