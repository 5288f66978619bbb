// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"
#include "common/AppInfo.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
// The text in the locale's language (the GUI's Preferences override is the GUI's). JSON is for scripts: its values
// (the counter's text, the amounts) stay in English with en_US numbers whatever the locale.
void installTranslations()
{
    Translations::install(QCoreApplication::arguments().contains(u"--json"_s) ? u"en"_s : QString());
}
} // namespace

int main(int argc, char *argv[])
{
    // The summary's chart is a Qt Charts widget, which needs a QApplication. Only export gets one, on the offscreen
    // platform unless told otherwise, so it works without a display; every other command stays windowless.
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        AppInfo::initialize();
        installTranslations();
        return Cli::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    AppInfo::initialize();
    installTranslations();
    return Cli::run(QCoreApplication::arguments());
}
