// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QByteArray>
#include <QString>

// Reads a guide file's bytes for the parser: one stat, one open and read() straight into a buffer that each
// thread reuses, instead of QFileInfo, QFile and its own buffering for every one of thousands of files.
namespace GuideFileReader {

enum class Extent {
    Whole,      // up to the size limit and one byte past it, so a file that grew since the stat is still refused
    FrontMatter // up to and including the line '---' that closes the front matter (the whole file if none does)
};

struct Read
{
    // The bytes, in this thread's buffer (QByteArray::fromRawData): valid until this thread's next read.
    QByteArray bytes;
    QString error; // set when the file cannot be read; the bytes are empty then

    bool ok() const { return error.isNull(); }
};

// The checks every read makes (no such file, not a regular file, too big, cannot open), then the bytes.
Read read(const QString &path, Extent extent);

// Of the bytes read so far (all of the file when atEnd), how many hold the front matter and the line that closes
// it; -1 when more bytes are needed to know. The rule of Extent::FrontMatter, on its own for the tests.
qsizetype frontMatterExtent(QByteArrayView bytes, bool atEnd);

} // namespace GuideFileReader
