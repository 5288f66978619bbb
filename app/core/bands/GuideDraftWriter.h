// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "bands/BandStatistics.h"
#include "common/Diagnostic.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// What a draft says about where its bands come from.
struct GuideDraftSource
{
    QString dataFile; // the CSV file's name, as the body names it
    QDate today;      // the draft's last_updated
    BandPercentiles percentiles;
};

// A guide drafted from bands: its id, its file name in the guide format's convention and its text.
struct GuideDraft
{
    QString id; // company/role
    QString fileName;
    QByteArray text;
};

// Drafts one guide per company and role, its regions from the groups; the front matter is written by yaml-cpp's
// emitter. Every draft is read back through the GuideParser before it is offered, so a draft that `check` would
// refuse is never written.
namespace GuideDraftWriter {

// "Acme Robotics" -> "acme-robotics": lower-case letters and digits, runs of anything else as one dash, accents
// dropped. Empty when the name has no letter or digit a slug can hold.
QString slug(const QString &name);

QList<GuideDraft> drafts(const QList<BandGroup> &groups, const GuideDraftSource &source, Diagnostics *problems);

// Writes each draft into dir (made when missing) through AtomicFile, replacing a file of the same name.
// Stops at the first file that can't be written, with the reason; *writtenPaths lists what was written before.
Result<> write(const QList<GuideDraft> &drafts, const QString &dir, QStringList *writtenPaths);

} // namespace GuideDraftWriter
