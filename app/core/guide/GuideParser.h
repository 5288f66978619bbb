// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"
#include "guide/Guide.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <optional>

struct GuideParseResult
{
    std::optional<Guide> guide; // set when the guide has no errors
    Diagnostics diagnostics;

    bool ok() const { return guide.has_value(); }
};

// Limits that keep a hostile or broken guide from eating memory or time. guides/README.md documents them.
namespace GuideLimits {
constexpr qint64 kMaxFileBytes = 1024 * 1024;
constexpr qsizetype kMaxFrontMatterBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 256 * 1024;
constexpr qsizetype kMaxBodyLines = 5000;
constexpr qsizetype kMaxBodyLineLength = 20000;
// Checked on the raw text before yaml-cpp parses it; the format itself needs three levels.
constexpr int kMaxYamlDepth = 16;
constexpr int kMaxRegions = 200;
constexpr double kMaxAmount = 1e9;
} // namespace GuideLimits

// Reads one guide: front matter (YAML) and Markdown body. Never throws; every problem becomes a Diagnostic
// that names the file's own line.
class GuideParser
{
    Q_DECLARE_TR_FUNCTIONS(GuideParser)

public:
    static GuideParseResult parseFile(const QString &path, const QDate &today);
    static GuideParseResult parse(const QByteArray &bytes, const QString &path, const QDate &today);

    // Reads the file only up to the line '---' that closes its front matter, so a library of thousands of guides
    // loads without reading their bodies. The guide comes back with an empty body (no sections, levers or script);
    // problems after the front matter are found by parseFile() when the guide is opened.
    static GuideParseResult parseFrontMatterFile(const QString &path, const QDate &today);

    // The warning for a guide whose next_review_due is before today. The index cache recognises it by this text
    // to recompute it on another day.
    static QString staleReviewMessage(const QDate &nextReviewDue);
};
