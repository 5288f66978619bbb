// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"

#include "guide/GuideFolderWalk.h"
#include "guide/GuideIndexCache.h"
#include "guide/GuideParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuideLibrary)
};

// Quiet unless asked for (QT_LOGGING_RULES="offerdesk.cache.info=true"): a rebuilt cache is routine, and
// offerdesk-cli keeps stderr for problems.
Q_LOGGING_CATEGORY(lcCache, "offerdesk.cache", QtWarningMsg)

std::atomic_bool g_cacheEnabled{true};

// Guides are parsed as if today were this day, so every guide with a next_review_due carries its staleness
// warning; the loader then keeps the warning only when the date is before the real today. Parse results, and
// the index cache, are the same whatever the day.
const QDate kParseDay(9999, 12, 31);

// Recognises the parser's staleness warnings. The words before the date come from the parser's own message for a
// sample date, so this holds in every translation, and the whole message must then match. Built once per load:
// the messages are made once per date, as thousands of guides share a few hundred review dates.
class StaleWarnings
{
public:
    StaleWarnings()
    {
        const QDate sample(2000, 1, 1);
        const QString sampleMessage = GuideParser::staleReviewMessage(sample);
        m_prefix = sampleMessage.left(sampleMessage.indexOf(sample.toString(Qt::ISODate)));
    }

    // The review date of a staleness warning, or an invalid date for any other diagnostic.
    QDate dateOf(const Diagnostic &diagnostic)
    {
        if (diagnostic.isError() || !diagnostic.message.startsWith(m_prefix))
            return QDate();
        const QDate date = QDate::fromString(QStringView(diagnostic.message).mid(m_prefix.size(), 10), Qt::ISODate);
        if (!date.isValid())
            return QDate();
        auto message = m_messages.constFind(date);
        if (message == m_messages.cend())
            message = m_messages.insert(date, GuideParser::staleReviewMessage(date));
        return diagnostic.message == *message ? date : QDate();
    }

private:
    QString m_prefix;
    QHash<QDate, QString> m_messages;
};

} // namespace

// One load: the files in order, their parse results, and the cache of each folder.
class GuideLibraryLoad
{
public:
    GuideLibraryLoad(const QStringList &paths, const GuideLoadOptions &options)
        : m_paths(paths)
        , m_options(options)
        , m_cacheFolder(options.cacheFolder.isEmpty() ? LibraryPaths::defaultCacheFolder() : options.cacheFolder)
        , m_useCache(options.useCache && !options.withBodies)
    {
    }

    GuideLibrary run();

private:
    // A file to read, or a problem with no file to read (a missing path, a folder not read): its diagnostic keeps
    // its place in the order.
    struct Slot
    {
        QString path; // the file, cleaned
        std::optional<Diagnostic> problem;
        int folder = -1; // index in m_folders; -1 for a file named on its own
        bool fromCache = false;
        bool parsed = false;
        GuideIndexCache::Entry entry;
    };
    struct Folder
    {
        QString path; // absolute
        QString cacheFile;
        bool cacheChanged = false;
    };

    void listAndMatchCache();
    void listFolder(const QString &path);
    void addProblem(Diagnostic problem);
    void parse(Slot &slot);
    void writeCaches();
    GuideLibrary merge();
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    void reportProgress(int done) const
    {
        if (m_options.progress)
            m_options.progress(done, m_total);
    }

    QStringList m_paths;
    const GuideLoadOptions &m_options;
    QString m_cacheFolder;
    bool m_useCache;
    std::vector<Slot> m_slots;
    QList<Folder> m_folders;
    QStringList m_foldersRead;
    int m_total = 0;
    std::atomic_int m_done{0};
};

void GuideLibraryLoad::listAndMatchCache()
{
    for (const QString &path : m_paths) {
        switch (GuideFolderWalk::kindOf(path)) {
        case GuideFolderWalk::PathKind::Missing:
            addProblem(Diagnostic::error(path, 0, Tr::tr("no such file or folder")));
            break;
        case GuideFolderWalk::PathKind::FolderNamedLikeAGuide:
            addProblem(Diagnostic::error(path, 0, Tr::tr("not a guide file: a folder")));
            break;
        case GuideFolderWalk::PathKind::File: {
            Slot slot;
            slot.path = QDir::cleanPath(path);
            m_slots.push_back(std::move(slot));
            break;
        }
        case GuideFolderWalk::PathKind::Folder:
            listFolder(path);
            break;
        }
    }
}

void GuideLibraryLoad::addProblem(Diagnostic problem)
{
    Slot slot;
    slot.path = problem.path;
    slot.problem = std::move(problem);
    m_slots.push_back(std::move(slot));
}

void GuideLibraryLoad::listFolder(const QString &path)
{
    Folder folder{QDir(path).absolutePath(), QString(), false};
    // Read the cache on another core while this one lists and stats the folder.
    QFuture<GuideIndexCache::ReadResult> cacheRead;
    // The cache is keyed by the absolute folder, so a relative path from another working folder cannot match.
    const QString absolute = QDir(path).absolutePath();
    if (m_useCache) {
        folder.cacheFile = GuideIndexCache::cacheFileFor(m_cacheFolder, absolute);
        cacheRead = QtConcurrent::run([cacheFile = folder.cacheFile, absolute]() {
            return GuideIndexCache::read(cacheFile, absolute);
        });
    }
    GuideFolderWalk::Listing listing = GuideFolderWalk::list(path);
    m_foldersRead.append(listing.folders);
    for (Diagnostic &problem : listing.problems)
        addProblem(std::move(problem));
    const QList<GuideFolderWalk::File> &files = listing.files;
    GuideIndexCache::ReadResult read;
    if (m_useCache) {
        read = cacheRead.takeResult();
        if (!read.whyRejected.isEmpty())
            qCInfo(lcCache) << "not using" << folder.cacheFile << "for" << path << ":" << read.whyRejected;
        // A cache with other files than the folder's (some were removed) is rewritten.
        folder.cacheChanged = !read.usable || read.entries.size() != files.size();
    }
    // The cache holds its entries in the listing's order: match the two lists in one walk.
    qsizetype next = 0;
    m_slots.reserve(m_slots.size() + std::size_t(files.size()));
    for (const GuideFolderWalk::File &file : files) {
        Slot slot;
        slot.path = file.path;
        slot.folder = int(m_folders.size());
        if (m_useCache) {
            while (next < read.entries.size()
                   && GuideFolderWalk::lessInWalkOrder(read.entries.at(next).fileName, file.relativePath))
                ++next;
            GuideIndexCache::Entry *hit = next < read.entries.size() ? &read.entries[next] : nullptr;
            if (hit && hit->fileName == file.relativePath && hit->size == file.size
                && hit->modifiedNsecs == file.modifiedNsecs) {
                slot.entry = std::move(*hit);
                slot.fromCache = true;
                ++next;
            } else {
                folder.cacheChanged = true;
            }
        }
        slot.entry.fileName = file.relativePath;
        slot.entry.size = file.size;
        slot.entry.modifiedNsecs = file.modifiedNsecs;
        m_slots.push_back(std::move(slot));
    }
    m_folders.append(folder);
}

void GuideLibraryLoad::parse(Slot &slot)
{
    if (cancelled())
        return;
    slot.entry.result = m_options.withBodies ? GuideParser::parseFile(slot.path, kParseDay)
                                             : GuideParser::parseFrontMatterFile(slot.path, kParseDay);
    slot.parsed = true;
    reportProgress(++m_done);
}

void GuideLibraryLoad::writeCaches()
{
    for (qsizetype f = 0; f < m_folders.size(); ++f) {
        const Folder &folder = m_folders.at(f);
        if (!folder.cacheChanged)
            continue;
        QList<const GuideIndexCache::Entry *> entries;
        for (const Slot &slot : m_slots) {
            if (slot.folder == f)
                entries.append(&slot.entry);
        }
        if (const Result<> written = GuideIndexCache::write(folder.cacheFile, folder.path, entries); !written)
            qCWarning(lcCache) << "cannot write the guide index cache" << folder.cacheFile << ":" << written.message();
    }
}

GuideLibrary GuideLibraryLoad::merge()
{
    GuideLibrary library;
    StaleWarnings staleWarnings;
    library.m_guides.reserve(qsizetype(m_slots.size()));
    library.m_indexById.reserve(qsizetype(m_slots.size()));
    for (Slot &slot : m_slots) {
        if (slot.problem) {
            library.m_diagnostics.append(std::move(*slot.problem));
            continue;
        }
        if (!slot.fromCache && !slot.parsed) {
            library.m_cancelled = true;
            continue;
        }
        ++library.m_filesRead;
        if (slot.fromCache)
            ++library.m_filesFromCache;
        GuideParseResult &result = slot.entry.result;
        for (Diagnostic &diagnostic : result.diagnostics) {
            const QDate staleSince = staleWarnings.dateOf(diagnostic);
            if (staleSince.isValid() && staleSince >= m_options.today)
                continue;
            diagnostic.path = slot.path; // cached entries carry no paths
            library.m_diagnostics.append(std::move(diagnostic));
        }
        if (!result.guide)
            continue;
        Guide &guide = *result.guide;
        guide.path = slot.path;
        QString id = guide.id();
        if (const auto existing = library.m_indexById.constFind(id); existing != library.m_indexById.cend()) {
            library.m_diagnostics.append(Diagnostic::error(
                slot.path, 1,
                Tr::tr("duplicate guide id '%1': already loaded from %2")
                    .arg(id, library.m_guides.at(*existing).path)));
            continue;
        }
        library.m_indexById.insert(std::move(id), library.m_guides.size());
        library.m_guides.append(std::move(guide));
    }
    library.m_guides.squeeze();
    library.m_foldersRead = std::move(m_foldersRead);
    return library;
}

GuideLibrary GuideLibraryLoad::run()
{
    listAndMatchCache();
    QList<Slot *> pending;
    for (Slot &slot : m_slots) {
        if (slot.problem)
            continue;
        ++m_total;
        if (!slot.fromCache)
            pending.append(&slot);
    }
    m_done = m_total - int(pending.size());
    if (m_done > 0)
        reportProgress(m_done);
    if (m_options.parallel && pending.size() > 1)
        QtConcurrent::blockingMap(GuideLibrary::parsingPool(), pending, [this](Slot *slot) { parse(*slot); });
    else
        for (Slot *slot : pending)
            parse(*slot);
    const bool complete = !cancelled();
    if (m_useCache && complete)
        writeCaches();
    return merge();
}

GuideLoadOptions::GuideLoadOptions()
    : useCache(LibraryCacheSettings::enabled())
{
}

QThreadPool *GuideLibrary::parsingPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(QThread::idealThreadCount());
        return true;
    }();
    Q_UNUSED(sized)
    return &pool;
}

GuideLibrary GuideLibrary::load(const QStringList &paths, const GuideLoadOptions &options)
{
    return GuideLibraryLoad(paths, options).run();
}

GuideLibrary GuideLibrary::load(const QStringList &paths, const QDate &today)
{
    GuideLoadOptions options;
    options.today = today;
    options.withBodies = true;
    options.useCache = false;
    return load(paths, options);
}

GuideParseResult GuideLibrary::withBody(const Guide &guide, const QDate &today)
{
    GuideParseResult result = GuideParser::parseFile(guide.path, today);
    if (result.guide && result.guide->id() != guide.id()) {
        const QString now = result.guide->id();
        result.guide.reset();
        result.diagnostics.append(Diagnostic::error(
            guide.path, 1, Tr::tr("the file changed since the library was loaded: its guide id is now '%1', not '%2'")
                .arg(
                               now, guide.id())));
    }
    return result;
}

const Guide *GuideLibrary::loadBody(const QString &id, Diagnostics *problems, const QDate &today)
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.cend())
        return nullptr;
    Guide &guide = m_guides[*found];
    GuideParseResult result = withBody(guide, today);
    if (!result.guide) {
        if (problems)
            problems->append(result.diagnostics);
        return nullptr;
    }
    guide = std::move(*result.guide);
    return &guide;
}

const Guide *GuideLibrary::find(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.cend() ? nullptr : &m_guides.at(*found);
}

QStringList GuideLibrary::ids() const
{
    QStringList ids;
    for (const Guide &guide : m_guides)
        ids.append(guide.id());
    return ids;
}

Diagnostics GuideLibrary::diagnosticsFor(const QString &path) const
{
    Diagnostics found;
    for (const Diagnostic &diagnostic : m_diagnostics) {
        if (diagnostic.path == path)
            found.append(diagnostic);
    }
    return found;
}

bool LibraryCacheSettings::enabled()
{
    return g_cacheEnabled.load();
}

void LibraryCacheSettings::setEnabled(bool enabled)
{
    g_cacheEnabled.store(enabled);
}

QString LibraryPaths::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/guide-index"_s;
}

QString LibraryPaths::bundledGuidesFolder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/offerdesk/guides"_s);
}

QString LibraryPaths::userGuidesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/guides"_s;
}

QStringList LibraryPaths::defaultFolders(const QStringList &extraFolders)
{
    QStringList folders;
    const auto add = [&folders](const QString &folder, bool mustExist) {
        const QString clean = QDir::cleanPath(QDir::current().absoluteFilePath(folder));
        if (folders.contains(clean))
            return;
        if (mustExist || QFileInfo(clean).isDir())
            folders.append(clean);
    };
    add(bundledGuidesFolder(), false);
    add(userGuidesFolder(), false);
    for (const QString &folder : extraFolders)
        add(folder, true);
    return folders;
}
