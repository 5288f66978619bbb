// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The one set of rules for finding the guides in a folder, used by the library load, its index cache, `check` and
// the file watcher:
// - every *.md file (any case) but README.md, in the folder and its subfolders;
// - hidden files and folders (names starting with '.') are skipped;
// - a folder reached again through a symbolic link (a loop, or a second link to it) is reported once, not read;
// - folders deeper than kMaxDepth below the root are reported once each, not read.
namespace GuideFolderWalk {

// Levels of subfolders read below a root folder: root/1/2/…/8/guide.md is read, root/1/…/9/ is reported.
constexpr int kMaxDepth = 8;

struct File
{
    QString path; // the root as given, then the names as listed (through any link), cleaned
    QString relativePath; // inside the root folder, '/' between folders: the index cache's key
    qint64 size = -1;
    qint64 modifiedNsecs = 0; // since the epoch
};

struct Listing
{
    QList<File> files; // in walk order: a folder's files by name, then each subfolder by name
    QStringList folders; // every folder read, the root first, absolute and cleaned
    Diagnostics problems; // warnings naming the folders not read (loops, too deep)
};

// Lists and stats the guide files under folder. One stat per file and one canonical path per folder.
Listing list(const QString &folder);

// The order of Listing::files, by relative path: true when a comes before b. For files of one folder it is the
// order of their names, as before subfolders were read.
bool lessInWalkOrder(QStringView a, QStringView b);

// What a path named by the person (on the command line, in --guides) is to a load.
enum class PathKind {
    Missing,
    File, // read as a guide, whatever its name
    Folder, // walked
    FolderNamedLikeAGuide, // `x.md/`: not a guide file, and not walked
};
PathKind kindOf(const QString &path);

} // namespace GuideFolderWalk
