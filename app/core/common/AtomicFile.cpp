// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/AtomicFile.h"

#include <QSaveFile>

Result<> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(bytes) == bytes.size()
        && file.commit()) {
        return {};
    }
    Error error{file.errorString()};
    file.cancelWriting();
    return error;
}
