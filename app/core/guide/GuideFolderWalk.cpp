// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideFolderWalk.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuideFolderWalk)
};

void readSizeAndTime(GuideFolderWalk::File &file, const QDirIterator &it)
{
#ifdef Q_OS_UNIX
    Q_UNUSED(it)
    // One stat for size and a nanosecond mtime: QFileInfo's QDateTime costs more than the system call.
    struct stat status;
    if (::stat(QFile::encodeName(file.path).constData(), &status) == 0) {
        file.size = qint64(status.st_size);
        file.modifiedNsecs = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    }
#else
    const QFileInfo info = it.fileInfo();
    file.size = info.size();
    file.modifiedNsecs = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() * 1000000;
#endif
}

// Folder names compared one level after the other: '/' sorts before any character, so a folder's subfolders
// follow it straight away ("a", "a/x", "a-b"), as the walk reads them.
bool folderLess(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a[i] == b[i])
            continue;
        if (a[i] == u'/')
            return true;
        if (b[i] == u'/')
            return false;
        return a[i] < b[i];
    }
    return a.size() < b.size();
}

class Walk
{
public:
    explicit Walk(const QString &root)
        : m_root(QDir::cleanPath(root))
    {
    }

    GuideFolderWalk::Listing run()
    {
        const QString canonical = QFileInfo(m_root).canonicalFilePath();
        m_seen.insert(canonical, m_root);
        readFolder(m_root, QString(), 0, {canonical});
        return std::move(m_listing);
    }

private:
    // folder: under the root as given (guides keep the paths the person typed); relative: inside the root, empty for the root; ancestors: the canonical paths from the
    // root down to this folder.
    void readFolder(const QString &folder, const QString &relative, int depth, const QStringList &ancestors);
    // False, with the reason reported, when the subfolder must not be read.
    bool mayEnter(const QString &folder, const QString &canonical, int depth, const QStringList &ancestors);

    QString m_root; // as given, cleaned
    GuideFolderWalk::Listing m_listing;
    QHash<QString, QString> m_seen; // canonical path -> the path it was read as
};

void Walk::readFolder(const QString &folder, const QString &relative, int depth, const QStringList &ancestors)
{
    m_listing.folders.append(QDir(folder).absolutePath());
    const QString prefix = relative.isEmpty() ? QString() : relative + u'/';
    QList<GuideFolderWalk::File> files;
    QStringList subfolders;
    // AllDirs: the name filter applies to files only. Without QDir::Hidden, names starting with '.' are skipped.
    QDirIterator it(folder, {u"*.md"_s}, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot | QDir::Readable);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.startsWith(u'.'))
            continue; // hidden on every system, not only where the system says so
        if (it.fileInfo().isDir()) {
            subfolders.append(name);
            continue;
        }
        if (name.compare(u"README.md"_s, Qt::CaseInsensitive) == 0)
            continue;
        GuideFolderWalk::File file{QDir::cleanPath(path), prefix + name, -1, 0};
        readSizeAndTime(file, it);
        files.append(std::move(file));
    }
    // The same order as sorting the paths (they share the folder), without comparing the folder each time.
    std::sort(files.begin(), files.end(), [&prefix](const GuideFolderWalk::File &a, const GuideFolderWalk::File &b) {
        return QStringView(a.relativePath).sliced(prefix.size()) < QStringView(b.relativePath).sliced(prefix.size());
    });
    m_listing.files.append(std::move(files));
    std::sort(subfolders.begin(), subfolders.end());
    for (const QString &name : std::as_const(subfolders)) {
        const QString subfolder = folder + u'/' + name;
        const QString canonical = QFileInfo(subfolder).canonicalFilePath();
        if (!mayEnter(subfolder, canonical, depth + 1, ancestors))
            continue;
        m_seen.insert(canonical, subfolder);
        readFolder(subfolder, prefix + name, depth + 1, ancestors + QStringList{canonical});
    }
}

bool Walk::mayEnter(const QString &folder, const QString &canonical, int depth, const QStringList &ancestors)
{
    if (canonical.isEmpty())
        return false; // gone since it was listed
    if (ancestors.contains(canonical)) {
        m_listing.problems.append(Diagnostic::warning(
            folder, 0, Tr::tr("symbolic link loop: this folder is %1 again; not followed").arg(m_seen.value(canonical))));
        return false;
    }
    if (const auto seen = m_seen.constFind(canonical); seen != m_seen.cend()) {
        m_listing.problems.append(
            Diagnostic::warning(folder, 0, Tr::tr("this folder is %1, already read; not read twice").arg(*seen)));
        return false;
    }
    if (depth > GuideFolderWalk::kMaxDepth) {
        m_listing.problems.append(Diagnostic::warning(
            folder, 0,
            Tr::tr("more than %1 levels of folders below %2; not read").arg(GuideFolderWalk::kMaxDepth).arg(m_root)));
        return false;
    }
    return true;
}

} // namespace

GuideFolderWalk::Listing GuideFolderWalk::list(const QString &folder)
{
    return Walk(folder).run();
}

bool GuideFolderWalk::lessInWalkOrder(QStringView a, QStringView b)
{
    const qsizetype slashA = a.lastIndexOf(u'/');
    const qsizetype slashB = b.lastIndexOf(u'/');
    const QStringView folderA = slashA < 0 ? QStringView() : a.first(slashA);
    const QStringView folderB = slashB < 0 ? QStringView() : b.first(slashB);
    if (folderA != folderB)
        return folderLess(folderA, folderB);
    return a.sliced(slashA + 1) < b.sliced(slashB + 1);
}

GuideFolderWalk::PathKind GuideFolderWalk::kindOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return PathKind::Missing;
    if (!info.isDir())
        return PathKind::File;
    const QString name = QFileInfo(QDir::cleanPath(path)).fileName();
    return name.endsWith(u".md"_s, Qt::CaseInsensitive) ? PathKind::FolderNamedLikeAGuide : PathKind::Folder;
}
