// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "ui/common/MainWindow.h"

#include <QSignalSpy>

// The main window shows first and loads its library behind it: a test that needs the guides waits for them.
inline bool waitForLibrary(MainWindow &window, int timeoutMs = 30000)
{
    if (!window.isLoadingLibrary())
        return true;
    QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
    return loaded.wait(timeoutMs);
}
