// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/OfferMath.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Exchange rates (each with the day it was entered), the default region and the language. Copies values in and
// out only; the caller saves them.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void setExchangeRates(const ExchangeRates &rates);
    ExchangeRates exchangeRates() const { return m_rates; }
    void setRegions(const QStringList &regions, const QString &defaultRegion);
    QString defaultRegion() const;
    // "" for the system's language, else "en" or one of Translations::shippedLanguages().
    void setLanguage(const QString &language);
    QString language() const;

private:
    void addRate();
    void removeSelectedRates();
    void showRates();

    ExchangeRates m_rates;
    QTableWidget *m_ratesTable;
    QLineEdit *m_fromEdit;
    QLineEdit *m_toEdit;
    QDoubleSpinBox *m_rateSpin;
    QLabel *m_rateProblem;
    QComboBox *m_regionCombo;
    QComboBox *m_languageCombo;
};
