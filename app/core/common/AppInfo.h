#pragma once

#include <QString>

namespace AppInfo {
// Names the application for QSettings and QStandardPaths; both executables call it first.
void initialize();
QString version();
} // namespace AppInfo
