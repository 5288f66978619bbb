// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"
#include "guide/Guide.h"
#include "guide/GuideParser.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

class QThreadPool;

#include <atomic>
#include <functional>

// How GuideLibrary::load reads the guides.
struct GuideLoadOptions
{
    QDate today = QDate::currentDate();
    // Parse whole files (sections, levers, script). Off: front matter only, bodies on demand with withBody().
    bool withBodies = false;
    // Use the index cache (front-matter loads only). Defaults to LibraryCacheSettings::enabled().
    bool useCache;
    // Where the index cache lives; empty: <CacheLocation>/guide-index.
    QString cacheFolder;
    // Parse on all cores. Off: one file after the other on the calling thread (tests compare the two).
    bool parallel = true;
    // Called with (files done, files in all) from any thread, as files are parsed or found in the cache.
    std::function<void(int done, int total)> progress;
    // When set and true, files not parsed yet are skipped and the library is left incomplete.
    const std::atomic_bool *cancel = nullptr;

    GuideLoadOptions();
};

// Every guide that loaded, and every problem found on the way, from a list of folders or files.
class GuideLibrary
{
public:
    // Loads the given folders (their *.md files, README.md excepted, subfolders included by GuideFolderWalk's
    // rules) and files, in order. A guide whose id is already loaded is an error that names both files; the first
    // one stays. Files are parsed in parallel; the
    // result is the same as parsing them one after the other.
    static GuideLibrary load(const QStringList &paths, const GuideLoadOptions &options);
    // The threads that parse, one per core. Not QThreadPool::globalInstance(): Qt's raster paint engine hands
    // parts of a paint to the global pool and waits for them, so a load that filled it would freeze the window.
    static QThreadPool *parsingPool();
    // Whole guides with their bodies, without the cache: for callers that need every guide's levers and script.
    static GuideLibrary load(const QStringList &paths, const QDate &today = QDate::currentDate());

    // The guide read again with its body (sections, levers, script), or the problems that stop it: the file may
    // have changed since the library was loaded, or have a problem after its front matter.
    static GuideParseResult withBody(const Guide &guide, const QDate &today = QDate::currentDate());
    // Replaces the guide with this id by its full version. Returns it, or nullptr with the problems in *problems.
    const Guide *loadBody(const QString &id, Diagnostics *problems = nullptr,
                          const QDate &today = QDate::currentDate());

    const QList<Guide> &guides() const { return m_guides; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    int filesRead() const { return m_filesRead; }
    // Guides found unchanged in the index cache by the last load (0 without the cache).
    int filesFromCache() const { return m_filesFromCache; }
    // Every folder the load walked, subfolders included, absolute: what a file watcher watches.
    const QStringList &foldersRead() const { return m_foldersRead; }
    // True when the load was cancelled through GuideLoadOptions::cancel: the library is incomplete.
    bool wasCancelled() const { return m_cancelled; }

    const Guide *find(const QString &id) const;
    QStringList ids() const;
    Diagnostics diagnosticsFor(const QString &path) const;

private:
    QList<Guide> m_guides;
    QHash<QString, qsizetype> m_indexById;
    Diagnostics m_diagnostics;
    QStringList m_foldersRead;
    int m_filesRead = 0;
    int m_filesFromCache = 0;
    bool m_cancelled = false;

    friend class GuideLibraryLoad;
};

// The process-wide cache switch: `--no-cache` on either executable turns it off before anything loads.
namespace LibraryCacheSettings {
bool enabled();
void setEnabled(bool enabled);
} // namespace LibraryCacheSettings

namespace LibraryPaths {
// The guides that ship with the app: ../share/offerdesk/guides from the executable, in a build tree or an install.
QString bundledGuidesFolder();
// The person's own guides: AppDataLocation/guides.
QString userGuidesFolder();
// Bundled, then the user's folder, then each extra folder (from --guides), without duplicates.
QStringList defaultFolders(const QStringList &extraFolders);
// Where the index cache lives by default: CacheLocation/guide-index.
QString defaultCacheFolder();
} // namespace LibraryPaths
