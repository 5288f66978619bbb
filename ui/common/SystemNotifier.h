// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QObject>

#include <functional>

class QSystemTrayIcon;

// A notification from the desktop (QSystemTrayIcon::showMessage), where the desktop has a tray. Its icon stays in
// the tray until withdraw(); clicking it or the message emits activated().
class SystemNotifier final : public QObject
{
    Q_OBJECT

public:
    using Sender = std::function<void(const QString &title, const QString &message)>;

    explicit SystemNotifier(QObject *parent = nullptr);

    // Sends the notification; false when the desktop has no tray (and no test sender is set).
    bool notify(const QString &title, const QString &message);
    // Takes the icon out of the tray.
    void withdraw();

    // A test's own sender in place of the desktop's; an empty function gives the desktop's back.
    static void setSenderForTesting(Sender sender);

signals:
    void activated();

private:
    QSystemTrayIcon *m_tray = nullptr;
};
