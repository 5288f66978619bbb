// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/Offer.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QFormLayout;
class QSpinBox;
class QToolButton;

// The offer dialog's equity type switch (RSUs or stock options) and, for options only, their fields: each with a
// one-line explanation under it and a tooltip that explains the term. It copies fields in and out; the checks are
// OffersJson::validate, which the dialog runs.
class OptionsFieldsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsFieldsWidget(QWidget *parent = nullptr);

    void setOffer(const Offer &offer);
    // Sets the equity type and, for options, the grant; an options offer's equity_total, shares, share price and
    // growth are 0 (its equity is the options, valued at an exit).
    void applyTo(Offer &offer) const;
    EquityType equityType() const;
    // The offer's currency, for the amounts in the note under the fields.
    void setCurrency(const QString &currency);

    // The editor of an options field named as in the JSON ("strike_price"), or nullptr; and its name as the form
    // shows it.
    QWidget *widgetFor(const QString &field) const;
    QString fieldName(const QString &field) const;
    // Marks a field's editor with a problem (its tooltip says the problem, then what the term means), or clears
    // every mark.
    void showProblem(const QString &field, const QString &text);
    void clearProblems();

signals:
    void changed();
    void equityTypeChanged(EquityType type);

private:
    void addFields();
    QDoubleSpinBox *addAmount(const QString &field, const QString &label, const QString &explanation,
                              const QString &tooltip, double maximum, int decimals);
    QSpinBox *addWhole(const QString &field, const QString &label, const QString &explanation,
                       const QString &tooltip, int maximum);
    void addRow(const QString &field, const QString &label, QWidget *editor, const QString &explanation,
                const QString &tooltip);
    void typeChosen();
    void updateNote();

    QRadioButton *m_rsu = nullptr;
    QRadioButton *m_options = nullptr;
    QButtonGroup *m_type = nullptr;
    QGroupBox *m_group = nullptr;
    QList<QFormLayout *> m_forms; // two columns always shown, two behind the disclosure
    QToolButton *m_moreButton = nullptr;
    QWidget *m_more = nullptr;
    QLabel *m_note = nullptr;
    QString m_currency;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_tooltips;
    QDoubleSpinBox *m_count = nullptr;
    QDoubleSpinBox *m_strike = nullptr;
    QDoubleSpinBox *m_preferred = nullptr;
    QDoubleSpinBox *m_fmv = nullptr;
    QDoubleSpinBox *m_shares = nullptr;
    QDoubleSpinBox *m_preference = nullptr;
    QDoubleSpinBox *m_dilution = nullptr;
    QSpinBox *m_rounds = nullptr;
    QSpinBox *m_window = nullptr;
    QDoubleSpinBox *m_exit = nullptr;
};
