// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

struct GuideImportResult
{
    QStringList imported;    // destination paths written
    QStringList rejected;    // source paths not imported
    Diagnostics diagnostics; // why each rejected file was refused (and warnings of the imported ones)

    bool allImported() const { return rejected.isEmpty(); }
};

// Validates guide files and copies the good ones into a folder. Each copy is atomic (QSaveFile): a guide is
// either fully there or not there at all.
class GuideImporter
{
public:
    // knownIds maps the id of every guide already in the library to its file. A file whose guide id is already
    // known from a different file than its destination is refused, so the library never holds a duplicate.
    static GuideImportResult importFiles(const QStringList &sources, const QString &targetFolder,
                                         const QHash<QString, QString> &knownIds,
                                         const QDate &today = QDate::currentDate());
};
