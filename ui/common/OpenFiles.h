// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QStringList>

class MainWindow;

// The files named on the command line (or handed over by a second start): guides (.md) are imported as
// File > Import Guide does, once the library has loaded so their ids are checked against it; an offers file
// (.json) is imported into the Offers tab as one undoable step. Anything else is named in the status bar.
void openFiles(MainWindow *window, const QStringList &files);
