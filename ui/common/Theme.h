// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QPalette>
#include <QString>

class QMenu;

// The window's colours: the system's own style and palette, or Fusion in light or dark. The choice is kept in
// QSettings and applied at start; switching at run time sends every widget a PaletteChange, and every chart on
// screen is given the matching Qt Charts theme (ChartSupport::applyPalette). The PDF is drawn light whatever the
// theme (ReportRenderer has its own colours).
namespace Theme {

enum class Choice { System, Light, Dark };

// The choice saved in QSettings ("appearance/theme": system, light or dark); System when unset or unknown.
Choice saved();
void save(Choice choice);
// The name QSettings keeps, and back (an unknown name reads as System).
QString keyOf(Choice choice);
Choice fromKey(const QString &key);

// Sets the application's style and palette and re-themes every chart on screen. Needs a QApplication.
void apply(Choice choice);
// The choice last applied (System before any).
Choice current();

// Fusion's dark palette: light text on dark greys, with readable disabled, link and placeholder colours.
QPalette darkPalette();
QPalette lightPalette();
// Whether a palette draws light text on a dark window.
bool isDark(const QPalette &palette);
// Text colours that read on the palette's window: a warning's orange and an error's red, lighter on dark.
QColor warningColor(const QPalette &palette);
QColor errorColor(const QPalette &palette);

// The colours of a boxed message: a notice (amber), a good outcome (green) or a bad one (red), pale on a light
// palette and deep on a dark one, with text that reads on them.
enum class Tone { Notice, Good, Bad };
struct BoxColors
{
    QColor background;
    QColor border;
    QColor text;
};
BoxColors boxColors(Tone tone, const QPalette &palette);
// A QLabel style sheet for such a box: background, border, rounded corners, padding and text colour.
QString boxStyleSheet(Tone tone, const QPalette &palette);

// Adds "Theme" with System, Light and Dark (one checked, exclusive) to `view`; choosing one applies and saves it.
QMenu *addMenu(QMenu *view);

} // namespace Theme
