// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "guide/Guide.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A guide file cut at its front matter, as the parser cuts it: the YAML between the two '---' lines and the body
// bytes after the closing one, untouched (line endings and all).
struct GuideFileParts
{
    QByteArray frontMatter;
    QByteArray body;
};

// An amount a person typed that is not a number: written as typed (left out when empty), so the parser names the
// problem, with its own message, at its own line, as `check` would.
struct TypedAmount
{
    int region = 0;  // index in Guide::regions
    QString key;     // "base_low", …
    QString text;
};

// Writes guide files. The front matter always goes through yaml-cpp's emitter, never by hand, so any text a person
// types is quoted as YAML needs. Only the keys a Guide holds are written or updated: every other key of an edited
// file, at the top and inside a region, is kept.
namespace GuideWriter {

// The front matter (without its '---' lines) of a new guide: the keys in the parser's order, empty ones left out.
QByteArray frontMatter(const Guide &guide, const QList<TypedAmount> &typed = {});

// The front matter `original` (YAML text) with the guide's keys set from `guide` and every other key kept. A region
// keeps the unknown keys of the original region of the same name. Fails when `original` is not a YAML mapping.
Result<QByteArray> updatedFrontMatter(const QByteArray &original, const Guide &guide,
                                      const QList<TypedAmount> &typed = {});

// "---\n" + front matter + "\n---\n" + body.
QByteArray fileText(const QByteArray &frontMatter, const QByteArray &body);

// The parts of a guide file; nullopt when it does not open with a '---' line or never closes it.
std::optional<GuideFileParts> split(const QByteArray &fileText);

// The guide's whole file: from scratch when `original` is empty, else `original` with its front matter updated and
// its body replaced by `body`.
Result<QByteArray> write(const Guide &guide, const QByteArray &body, const QByteArray &original = QByteArray(),
                         const QList<TypedAmount> &typed = {});

// "company--role.md", the guide format's file name convention.
QString fileName(const Guide &guide);

} // namespace GuideWriter
