// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// An LD_PRELOAD library for the crash-safety tests: it makes the files in one folder behave like a full disk or a
// read-only file system, for any user (no mount, no root), so CI can run it.
//   OFFERDESK_FAULT_DIR=/path/   the folder (a prefix of the files' real paths)
//   OFFERDESK_FAULT_BYTES=N      after N bytes written to files there, every write fails with ENOSPC
//   OFFERDESK_FAULT_READONLY=1   opening a file there for writing fails with EROFS
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

const char *faultDir()
{
    static const char *dir = std::getenv("OFFERDESK_FAULT_DIR");
    return dir && *dir ? dir : nullptr;
}

long long &bytesLeft()
{
    static long long left = [] {
        const char *text = std::getenv("OFFERDESK_FAULT_BYTES");
        return text ? std::atoll(text) : -1LL; // -1: no limit
    }();
    return left;
}

bool readOnly()
{
    static const bool value = [] {
        const char *text = std::getenv("OFFERDESK_FAULT_READONLY");
        return text && std::strcmp(text, "1") == 0;
    }();
    return value;
}

bool underFaultDir(const char *path)
{
    const char *dir = faultDir();
    return dir && path && std::strncmp(path, dir, std::strlen(dir)) == 0;
}

bool fdUnderFaultDir(int fd)
{
    if (!faultDir())
        return false;
    char link[64];
    char target[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, target, sizeof target - 1);
    if (length <= 0)
        return false;
    target[length] = '\0';
    return underFaultDir(target);
}

// True when the write may go ahead; false (errno ENOSPC) when the "disk" is full.
bool spend(int fd, size_t count)
{
    if (bytesLeft() < 0 || count == 0 || !fdUnderFaultDir(fd))
        return true;
    if (static_cast<long long>(count) > bytesLeft()) {
        bytesLeft() = 0;
        errno = ENOSPC;
        return false;
    }
    bytesLeft() -= static_cast<long long>(count);
    return true;
}

bool refusedOpen(const char *path, int flags)
{
    if (!readOnly() || !underFaultDir(path))
        return false;
    if ((flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) == 0)
        return false;
    errno = EROFS;
    return true;
}

template <typename Function>
Function real(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    return spend(fd, count) ? next(fd, buffer, count) : -1;
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    return spend(fd, count) ? next(fd, buffer, count, offset) : -1;
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    return spend(fd, count) ? next(fd, buffer, count, offset) : -1;
}

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    static auto next = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += vector[i].iov_len;
    return spend(fd, total) ? next(fd, vector, count) : -1;
}

int open(const char *path, int flags, ...)
{
    static auto next = real<int (*)(const char *, int, ...)>("open");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    return refusedOpen(path, flags) ? -1 : next(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    static auto next = real<int (*)(const char *, int, ...)>("open64");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    return refusedOpen(path, flags) ? -1 : next(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    static auto next = real<int (*)(int, const char *, int, ...)>("openat");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    return refusedOpen(path, flags) ? -1 : next(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    static auto next = real<int (*)(int, const char *, int, ...)>("openat64");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = static_cast<mode_t>(va_arg(args, int));
        va_end(args);
    }
    return refusedOpen(path, flags) ? -1 : next(dirfd, path, flags, mode);
}

} // extern "C"
