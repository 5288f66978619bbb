// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

struct NegotiationReport;

// Writing the negotiation summary as a PDF file.
namespace ReportExport {

// Letter where it is the usual paper (the US, Canada, Mexico and a few others), A4 everywhere else.
QPageSize defaultPageSize(const QLocale &locale = QLocale());
// "A4" or "Letter", in any case; nothing for anything else.
std::optional<QPageSize> parsePageSize(const QString &name);

// Writes the PDF through a temporary file that replaces `path` only once the whole document is written, so a
// failed export leaves no file behind (and an existing file untouched). Needs a QApplication for the chart. The
// number of pages written, or an Error that names the file and what went wrong.
Result<int> writePdf(const NegotiationReport &report, const QString &path, const QPageSize &pageSize);

} // namespace ReportExport
