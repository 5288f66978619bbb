#include "GuideLibrary.h"

#include "GuideParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QStringList guideFilesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {u"*.md"_s}, QDir::Files | QDir::Readable);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileName().compare(u"README.md"_s, Qt::CaseInsensitive) != 0)
            files.append(path);
    }
    files.sort();
    return files;
}
} // namespace

GuideLibrary GuideLibrary::load(const QStringList &paths, const QDate &today)
{
    GuideLibrary library;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QString &file : guideFilesIn(path))
                library.loadFile(file, today);
        } else if (info.exists()) {
            library.loadFile(path, today);
        } else {
            library.m_diagnostics.append(Diagnostic::error(path, 0, u"no such file or folder"_s));
        }
    }
    return library;
}

void GuideLibrary::loadFile(const QString &path, const QDate &today)
{
    ++m_filesRead;
    GuideParseResult result = GuideParser::parseFile(QDir::cleanPath(path), today);
    m_diagnostics.append(result.diagnostics);
    if (!result.guide)
        return;
    if (const Guide *existing = find(result.guide->id())) {
        m_diagnostics.append(Diagnostic::error(result.guide->path, 1,
                                               u"duplicate guide id '%1': already loaded from %2"_s.arg(
                                                   result.guide->id(), existing->path)));
        return;
    }
    m_guides.append(std::move(*result.guide));
}

const Guide *GuideLibrary::find(const QString &id) const
{
    for (const Guide &guide : m_guides) {
        if (guide.id() == id)
            return &guide;
    }
    return nullptr;
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
