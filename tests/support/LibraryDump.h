// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/GuideLibrary.h"

#include <QStringList>

// Every field of every guide and every diagnostic of a library as text lines, to compare two loads exactly.
namespace LibraryDump {
QStringList guideLines(const Guide &guide);
QStringList lines(const GuideLibrary &library);
} // namespace LibraryDump
