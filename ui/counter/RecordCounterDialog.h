// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QPlainTextEdit;

// Records a counter the person sent: the day, the asks (in the offer's currency) and the words as sent, from the
// email draft or the call script, edited if they said something else.
class RecordCounterDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordCounterDialog(const QString &offerLabel, const QString &currency, QWidget *parent = nullptr);

    // The starting values: today's date, the counter's asks, and the two texts the words can come from (the email,
    // when fromEmail and it is not empty).
    void setCounter(const CounterSent &counter, const QString &emailText, const QString &scriptText, bool fromEmail);
    CounterSent counter() const;

private:
    void sourceChosen(int index);

    QDateEdit *m_date;
    QDoubleSpinBox *m_base;
    QDoubleSpinBox *m_equity;
    QDoubleSpinBox *m_signOn;
    QComboBox *m_source;
    QPlainTextEdit *m_words;
    QString m_emailText;
    QString m_scriptText;
};
