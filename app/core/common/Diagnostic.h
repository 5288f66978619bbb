// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QList>
#include <QString>

// One problem found in an input file, reported as `path:line: error: message`.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString path;
    int line = 0; // 1-based line in the file itself; 0 when no line applies
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;

    static Diagnostic error(const QString &path, int line, const QString &message);
    static Diagnostic warning(const QString &path, int line, const QString &message);
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
qsizetype countErrors(const Diagnostics &diagnostics);
qsizetype countWarnings(const Diagnostics &diagnostics);
