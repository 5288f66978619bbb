#pragma once

#include "Diagnostic.h"
#include "Guide.h"

#include <QDate>
#include <QList>
#include <QStringList>

// Every guide that loaded, and every problem found on the way, from a list of folders or files.
class GuideLibrary
{
public:
    // Loads the given folders (their *.md files, README.md excepted) and files, in order. A guide whose id is
    // already loaded is an error that names both files; the first one stays.
    static GuideLibrary load(const QStringList &paths, const QDate &today = QDate::currentDate());

    const QList<Guide> &guides() const { return m_guides; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    int filesRead() const { return m_filesRead; }

    const Guide *find(const QString &id) const;
    QStringList ids() const;
    Diagnostics diagnosticsFor(const QString &path) const;

private:
    void loadFile(const QString &path, const QDate &today);

    QList<Guide> m_guides;
    Diagnostics m_diagnostics;
    int m_filesRead = 0;
};

namespace LibraryPaths {
// The guides that ship with the app: ../share/offerdesk/guides from the executable, in a build tree or an install.
QString bundledGuidesFolder();
// The person's own guides: AppDataLocation/guides.
QString userGuidesFolder();
// Bundled, then the user's folder, then each extra folder (from --guides), without duplicates.
QStringList defaultFolders(const QStringList &extraFolders);
} // namespace LibraryPaths
