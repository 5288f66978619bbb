// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

// Replaces a file with new contents in one step: the old file stays whole until every byte of the new one is on
// disk. Every writer of a file a person keeps (offers exports, imported guides, summaries) goes through here.
namespace AtomicFile {

// Writes bytes to path through QSaveFile, unbuffered. Qt 6.4's QSaveFile::commit() ignores a write error in its
// final flush (a full disk) and would replace the old file with a truncated one; unbuffered, every error reaches
// the write or the commit. On failure the Error is the system's reason.
Result<> write(const QString &path, const QByteArray &bytes);

} // namespace AtomicFile
