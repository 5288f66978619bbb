// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/SystemNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {

SystemNotifier::Sender &testSender()
{
    static SystemNotifier::Sender sender;
    return sender;
}

} // namespace

SystemNotifier::SystemNotifier(QObject *parent) : QObject(parent) {}

void SystemNotifier::setSenderForTesting(Sender sender)
{
    testSender() = std::move(sender);
}

bool SystemNotifier::notify(const QString &title, const QString &message)
{
    if (testSender()) {
        testSender()(title, message);
        return true;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("OfferDesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &SystemNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &SystemNotifier::activated);
    }
    m_tray->show();
    constexpr int kShownMs = 15000;
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning, kShownMs);
    return true;
}

void SystemNotifier::withdraw()
{
    if (m_tray)
        m_tray->hide();
}
