// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;

// What a page shows while it has nothing to show: a title, a sentence or two on what to do, and a button for each
// first step. Pages hold it in a QStackedWidget beside their content and switch between the two.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QString &objectName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

    // A button that triggers `action` (and is enabled with it); `text` is the button's own label, with its
    // mnemonic. The first button added is the default one.
    QPushButton *addButton(const QString &text, QAction *action, const QString &objectName);
    // A button for anything else: the caller connects clicked().
    QPushButton *addButton(const QString &text, const QString &objectName);

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_first = nullptr;
};
