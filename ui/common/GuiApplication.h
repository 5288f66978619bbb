#pragma once

// Starts the OfferDesk window: options, the display check, the library and the main window.
namespace GuiApplication {
int run(int argc, char *argv[]);
} // namespace GuiApplication
