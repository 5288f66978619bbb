// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideImporter.h"

#include "common/AtomicFile.h"
#include "guide/GuideParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuideImporter)
};
bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}
} // namespace

GuideImportResult GuideImporter::importFiles(const QStringList &sources, const QString &targetFolder,
                                             const QHash<QString, QString> &knownIds, const QDate &today)
{
    GuideImportResult result;
    QHash<QString, QString> ids = knownIds;
    const auto reject = [&result](const QString &path, int line, const QString &message) {
        result.rejected.append(path);
        result.diagnostics.append(Diagnostic::error(path, line, message));
    };

    for (const QString &source : sources) {
        if (!source.endsWith(u".md"_s, Qt::CaseInsensitive)) {
            reject(source, 0, Tr::tr("not a guide: guide files end in .md"));
            continue;
        }
        // Read once and validate exactly the bytes that get copied, so the copy is the guide that was checked.
        const QFileInfo info(source);
        if (!info.isFile()) {
            reject(source, 0, info.exists() ? Tr::tr("not a regular file") : Tr::tr("no such file"));
            continue;
        }
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            reject(source, 0, Tr::tr("cannot read: %1").arg(in.errorString()));
            continue;
        }
        const QByteArray bytes = in.read(GuideLimits::kMaxFileBytes + 1);
        GuideParseResult parsed = GuideParser::parse(bytes, source, today);
        if (!parsed.ok()) {
            result.rejected.append(source);
            result.diagnostics.append(parsed.diagnostics);
            continue;
        }
        const QString destination = QDir(targetFolder).filePath(info.fileName());
        const QString id = parsed.guide->id();
        if (const auto known = ids.constFind(id); known != ids.cend() && !sameFile(*known, destination)) {
            reject(source, 1, Tr::tr("a guide for '%1' is already in the library: %2").arg(id, *known));
            continue;
        }
        if (sameFile(source, destination)) {
            reject(source, 0, Tr::tr("this file is already in the guides folder"));
            continue;
        }
        if (!QDir().mkpath(targetFolder)) {
            reject(source, 0, Tr::tr("cannot create the guides folder %1").arg(targetFolder));
            continue;
        }
        if (const Result<> written = AtomicFile::write(destination, bytes); !written) {
            reject(source, 0, Tr::tr("cannot write %1: %2").arg(destination, written.message()));
            continue;
        }
        for (const Diagnostic &warning : std::as_const(parsed.diagnostics))
            result.diagnostics.append(warning);
        ids.insert(id, destination);
        result.imported.append(destination);
    }
    return result;
}
