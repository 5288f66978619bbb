// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A strip across the top of the window that tells of something time-bound (a deadline close), with an optional
// action and a Dismiss button. Hidden until show()n with a message.
class NoticeBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    // Shows the banner with this text (rich text allowed; escape what came from the person) and, when actionText
    // is not empty, a button that emits actionTriggered().
    void showMessage(const QString &text, const QString &actionText = QString());
    QString text() const;

signals:
    void actionTriggered();
    void dismissed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_dismiss;
};
