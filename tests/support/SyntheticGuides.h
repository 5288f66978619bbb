// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// Valid, varied guides for made-up companies (Acme Robotics, Globex Labs, ...), for tests and offerdesk-bench.
// Guide i is the same on every run. Pay figures are invented and belong to no real company.
namespace SyntheticGuides {

// The guide numbered `index` as file text. Every seventh guide states a total that differs from its parts (a
// warning); about a third have a next_review_due before `today` (stale on that day).
QByteArray guideText(int index, const QDate &today);
// The file name of guide `index`: <company>--<role>.md.
QString fileName(int index);
// Writes guides 0..count-1 into folder (created when missing). Returns the paths written, or an empty list.
QStringList writeFolder(const QString &folder, int count, const QDate &today);

} // namespace SyntheticGuides
