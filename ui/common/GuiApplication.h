// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

// Starts the OfferDesk window: options, the display check, the library and the main window.
namespace GuiApplication {
int run(int argc, char *argv[]);
} // namespace GuiApplication
