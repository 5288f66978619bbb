#pragma once

#include <QByteArray>
#include <QString>

// Replaces a file with new contents in one step: the old file stays whole until every byte of the new one is on
// disk. Every writer of a file a person keeps (offers exports, imported guides, summaries) goes through here.
namespace AtomicFile {

// Writes bytes to path through QSaveFile, unbuffered. Qt 6.4's QSaveFile::commit() ignores a write error in its
// final flush (a full disk) and would replace the old file with a truncated one; unbuffered, every error reaches
// the write or the commit. Returns false with the system's reason in *error.
bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace AtomicFile
