// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/OpenFiles.h"

#include "ui/common/MainWindow.h"
#include "ui/offers/OffersWidget.h"

#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {

void openNow(MainWindow *window, const QStringList &files)
{
    QStringList guides;
    QStringList unknown;
    for (const QString &file : files) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (suffix == u"md"_s) {
            guides.append(file);
        } else if (suffix == u"json"_s) {
            OffersWidget *offers = window->offersWidget();
            offers->importOffersFile(file);
            if (auto *tabs = window->findChild<QTabWidget *>(u"mainTabs"_s))
                tabs->setCurrentWidget(offers->parentWidget()); // the Offers tab's page, where they arrive
        } else {
            unknown.append(QDir::toNativeSeparators(file));
        }
    }
    if (!guides.isEmpty())
        window->openGuideFiles(guides); // shown when in the library already, else imported
    if (!unknown.isEmpty()) {
        window->statusBar()->showMessage(
            MainWindow::tr("Not opened: %1. OfferDesk opens guides (.md) and offers files (.json).")
                .arg(unknown.join(u", "_s)),
            15000);
    }
}

} // namespace

void openFiles(MainWindow *window, const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (!window->isLoadingLibrary()) {
        openNow(window, files);
        return;
    }
    auto *connection = new QMetaObject::Connection;
    *connection = QObject::connect(window, &MainWindow::libraryLoaded, window, [window, files, connection] {
        QObject::disconnect(*connection);
        delete connection;
        openNow(window, files);
    });
}
