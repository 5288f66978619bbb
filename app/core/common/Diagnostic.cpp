// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/Diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)
};
} // namespace

QString Diagnostic::toString() const
{
    const QString kind = isError() ? Tr::tr("error") : Tr::tr("warning");
    if (line > 0)
        return u"%1:%2: %3: %4"_s.arg(path).arg(line).arg(kind, message);
    return u"%1: %2: %3"_s.arg(path, kind, message);
}

Diagnostic Diagnostic::error(const QString &path, int line, const QString &message)
{
    return {Severity::Error, path, line, message};
}

Diagnostic Diagnostic::warning(const QString &path, int line, const QString &message)
{
    return {Severity::Warning, path, line, message};
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

qsizetype countErrors(const Diagnostics &diagnostics)
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

qsizetype countWarnings(const Diagnostics &diagnostics)
{
    return diagnostics.size() - countErrors(diagnostics);
}
