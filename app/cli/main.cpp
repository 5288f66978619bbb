// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"
#include "common/AppInfo.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>

int main(int argc, char *argv[])
{
    // The summary's chart is a Qt Charts widget, which needs a QApplication. Only export gets one, on the offscreen
    // platform unless told otherwise, so it works without a display; every other command stays windowless.
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        AppInfo::initialize();
        return Cli::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    AppInfo::initialize();
    return Cli::run(QCoreApplication::arguments());
}
