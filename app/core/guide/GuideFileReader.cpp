// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideFileReader.h"

#include "guide/GuideParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace GuideFileReader {

namespace {

// One byte past the size limit, so a file that grew since the stat is still refused.
constexpr qsizetype kReadLimit = GuideLimits::kMaxFileBytes + 1;
// A guide's front matter, and most whole guides, fit in the first read.
constexpr qsizetype kFirstChunk = 16 * 1024;

// The messages keep the parser's translation context: they are the ones it always gave.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuideParser)
};

QString tooBigMessage(qint64 size)
{
    return Tr::tr("file is %1 bytes; a guide may be at most 1 MiB (%2 bytes)").arg(size).arg(GuideLimits::kMaxFileBytes);
}

// This thread's buffer, at least `size` bytes. It only grows: a load reads thousands of files on a few threads.
char *threadBuffer(qsizetype size)
{
    thread_local std::vector<char> buffer;
    if (buffer.size() < std::size_t(size))
        buffer.resize(std::size_t(size));
    return buffer.data();
}

// The same test parse() applies to a line, on the raw bytes of one line.
bool isDelimiterLine(QByteArrayView line)
{
    if (!line.startsWith('-'))
        return false;
    return QString::fromUtf8(line).trimmed() == u"---"_s;
}

// An open guide file, after the checks; reads go straight to the system.
class OpenFile
{
public:
    OpenFile() = default;
    OpenFile(const OpenFile &) = delete;
    OpenFile &operator=(const OpenFile &) = delete;
    ~OpenFile();

    // The error message, or a null string when the file is open.
    QString open(const QString &path);
    // Up to `count` bytes, fewer only at the end of the file. A read error counts as the end, as it did for QFile.
    qsizetype readFully(char *into, qsizetype count);

private:
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    QFile m_file;
#endif
};

#ifdef Q_OS_UNIX
OpenFile::~OpenFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString OpenFile::open(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat status = {};
    // stat() follows links, as QFileInfo::exists() and isFile() did.
    if (::stat(name.constData(), &status) != 0)
        return Tr::tr("no such file");
    if (!S_ISREG(status.st_mode))
        return Tr::tr("not a regular file");
    if (status.st_size > GuideLimits::kMaxFileBytes)
        return tooBigMessage(qint64(status.st_size));
    // The path may have been swapped for a FIFO or a device since the stat: open without blocking, then check
    // what was actually opened.
    m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (m_fd < 0)
        return Tr::tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (::fstat(m_fd, &status) != 0 || !S_ISREG(status.st_mode))
        return Tr::tr("not a regular file");
    return QString();
}

qsizetype OpenFile::readFully(char *into, qsizetype count)
{
    qsizetype done = 0;
    while (done < count) {
        const ssize_t got = ::read(m_fd, into + done, std::size_t(count - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += qsizetype(got);
    }
    return done;
}
#else
OpenFile::~OpenFile() = default;

QString OpenFile::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Tr::tr("no such file");
    if (!info.isFile())
        return Tr::tr("not a regular file");
    if (info.size() > GuideLimits::kMaxFileBytes)
        return tooBigMessage(info.size());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Tr::tr("cannot read: %1").arg(m_file.errorString());
    return QString();
}

qsizetype OpenFile::readFully(char *into, qsizetype count)
{
    const qint64 got = m_file.read(into, count);
    return got < 0 ? 0 : qsizetype(got);
}
#endif

qsizetype readFrontMatter(OpenFile &file)
{
    qsizetype size = 0;
    qsizetype chunk = kFirstChunk;
    while (true) {
        const qsizetype wanted = std::min(chunk, kReadLimit - size);
        const qsizetype got = file.readFully(threadBuffer(size + wanted) + size, wanted);
        size += got;
        const bool atEnd = got < wanted || size >= kReadLimit;
        const qsizetype extent = frontMatterExtent(QByteArrayView(threadBuffer(size), size), atEnd);
        if (extent >= 0)
            return extent;
        chunk *= 2; // each look starts again from the top: fewer, larger reads keep that linear
    }
}

} // namespace

qsizetype frontMatterExtent(QByteArrayView bytes, bool atEnd)
{
    const char *const data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype lineStart = 0;
    for (int lineIndex = 0;; ++lineIndex) {
        const void *found = lineStart < size ? std::memchr(data + lineStart, '\n', std::size_t(size - lineStart))
                                             : nullptr;
        const qsizetype newline = found ? qsizetype(static_cast<const char *>(found) - data) : -1;
        if (newline < 0 && !atEnd)
            return -1;
        if (newline < 0 && lineStart >= size)
            return size; // nothing left to look at
        const qsizetype lineEnd = newline < 0 ? size : newline;
        QByteArrayView line = bytes.sliced(lineStart, lineEnd - lineStart);
        if (lineIndex == 0 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        const bool delimiter = isDelimiterLine(line);
        // No front matter: the whole file, so the parser reports exactly what it would for all of it.
        if (lineIndex == 0 && !delimiter)
            return atEnd ? size : -1;
        if (lineIndex > 0 && delimiter)
            return newline < 0 ? size : newline + 1;
        if (newline < 0)
            return size; // the end of the file or of the size limit: never closed
        lineStart = newline + 1;
    }
}

Read read(const QString &path, Extent extent)
{
    Read result;
    OpenFile file;
    result.error = file.open(path);
    if (!result.error.isNull())
        return result;
    const qsizetype size = extent == Extent::Whole ? file.readFully(threadBuffer(kReadLimit), kReadLimit)
                                                   : readFrontMatter(file);
    result.bytes = QByteArray::fromRawData(threadBuffer(size), size);
    return result;
}

} // namespace GuideFileReader
