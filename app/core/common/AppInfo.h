// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QString>

namespace AppInfo {
// Names the application for QSettings and QStandardPaths; both executables call it first.
void initialize();
QString version();
} // namespace AppInfo
