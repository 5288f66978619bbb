// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "guide/GuideParser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// The index cache of one guide folder and its subfolders: each file's front-matter parse result (guide and
// diagnostics), keyed by its path inside the folder, size and modification time, so a warm start only stats the files.
//
// One binary file per folder, written atomically (QSaveFile). Its header carries a format version and a stamp of
// the parser that wrote it; its payload a 64-bit checksum. A cache that is missing, truncated, corrupt, written
// by another parser or for another folder is not used at all: the library is parsed again and the cache rewritten.
// Entries hold no paths: the loader sets them from the folder listing.
namespace GuideIndexCache {

constexpr quint32 kFormatVersion = 2;

struct Entry
{
    QString fileName; // inside the folder: GuideFolderWalk::File::relativePath, "sub/x.md" in a subfolder
    qint64 size = -1;
    qint64 modifiedNsecs = 0; // since the epoch
    GuideParseResult result; // parsed with GuideLibraryLoad's fixed "today": see GuideLibrary.cpp
};

// The stamp of this build's parser: the format version, the app version and a hash of the parser's sources.
QByteArray currentStamp();

// The cache file for a guide folder inside cacheFolder.
QString cacheFileFor(const QString &cacheFolder, const QString &guideFolder);

struct ReadResult
{
    QList<Entry> entries;
    bool usable = false; // false: missing or rejected; entries is empty
    QString whyRejected; // empty when usable or simply missing
};

ReadResult read(const QString &cacheFile, const QString &guideFolder, const QByteArray &stamp = currentStamp());

// Writes atomically; creates the cache folder. Returns why it cannot.
Result<> write(const QString &cacheFile, const QString &guideFolder, const QList<const Entry *> &entries,
               const QByteArray &stamp = currentStamp());

} // namespace GuideIndexCache
