// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

// The Offers tab's row for stock options: the exits options offers are shown at (editable, kept in QSettings) and
// the exit the year charts show them at (each offer's expected exit, or one from the set). Shown only while an
// offer grants options.
class OptionsExitControl final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsExitControl(QWidget *parent = nullptr);

    QList<double> exitMultiples() const { return m_multiples; }
    // nullopt: each options offer at its own expected exit.
    std::optional<double> shownExit() const;

    // The stored set; the default (0, 0.5, 1, 3, 10) when missing or bad.
    static QList<double> storedExitMultiples();

signals:
    void changed();

private:
    void exitsEdited();
    void fillShownExits();

    QList<double> m_multiples;
    QLineEdit *m_exits;
    QLabel *m_problem;
    QComboBox *m_shown;
};
