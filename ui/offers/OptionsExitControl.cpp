// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/OptionsExitControl.h"

#include "offers/OptionsValuation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kSettingsKey = u"offers/exitMultiples"_s;

// "0, 0.5, 1, 3, 10": the set as the field shows it.
QString exitsText(const QList<double> &multiples)
{
    return OptionsValuation::exitMultiplesText(multiples).replace(u',', u", "_s);
}
} // namespace

QList<double> OptionsExitControl::storedExitMultiples()
{
    const Result<QList<double>> stored = OptionsValuation::parseExitMultiples(QSettings().value(kSettingsKey).toString());
    return stored ? *stored : OptionsValuation::defaultExitMultiples();
}

OptionsExitControl::OptionsExitControl(QWidget *parent)
    : QWidget(parent)
    , m_multiples(storedExitMultiples())
    , m_exits(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_shown(new QComboBox(this))
{
    setObjectName(u"optionsExitControl"_s);
    setAccessibleName(tr("Exits for stock options"));
    auto *exitsLabel = new QLabel(tr("Options: &exits (× last round):"), this);
    exitsLabel->setBuddy(m_exits);
    m_exits->setObjectName(u"exitMultiplesEdit"_s);
    m_exits->setText(exitsText(m_multiples));
    m_exits->setAccessibleName(tr("Exit multiples for stock options"));
    m_exits->setToolTip(tr("The exits a stock options offer is shown at, as multiples of its last funding round's "
                           "price per share, separated by commas: 0 is a company that returns nothing to common "
                           "stock, 1 an exit at the last round's price, 10 a big win. Press Enter to apply."));
    m_exits->setAccessibleDescription(m_exits->toolTip());
    m_exits->setMinimumWidth(fontMetrics().horizontalAdvance(u"0, 0.5, 1, 3, 10"_s) + 16);
    m_exits->setMaximumWidth(fontMetrics().horizontalAdvance(u"0, 0.25, 0.5, 1, 2, 3, 5, 10, 20"_s) + 16);
    m_problem->setObjectName(u"exitMultiplesProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->hide();
    auto *shownLabel = new QLabel(tr("Year charts show options at:"), this);
    shownLabel->setBuddy(m_shown);
    m_shown->setObjectName(u"shownExitCombo"_s);
    m_shown->setAccessibleName(tr("Exit the year charts show options at"));
    m_shown->setToolTip(tr("The year charts count each options offer at its own expected exit, or at one exit of "
                           "the set. The paper value is never counted."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(exitsLabel);
    layout->addWidget(m_exits);
    layout->addWidget(m_problem);
    layout->addSpacing(12);
    layout->addWidget(shownLabel);
    layout->addWidget(m_shown);
    layout->addStretch();
    fillShownExits();

    connect(m_exits, &QLineEdit::editingFinished, this, &OptionsExitControl::exitsEdited);
    connect(m_shown, &QComboBox::activated, this, &OptionsExitControl::changed);
}

std::optional<double> OptionsExitControl::shownExit() const
{
    const QVariant data = m_shown->currentData();
    return data.isValid() ? std::optional<double>(data.toDouble()) : std::nullopt;
}

void OptionsExitControl::exitsEdited()
{
    const Result<QList<double>> parsed = OptionsValuation::parseExitMultiples(m_exits->text());
    if (!parsed) {
        m_problem->setText(tr("The exits %1").arg(parsed.message()));
        m_problem->show();
        m_exits->setStyleSheet(u"border: 1px solid #c0392b;"_s);
        return;
    }
    m_problem->hide();
    m_exits->setStyleSheet(QString());
    if (*parsed == m_multiples)
        return;
    m_multiples = *parsed;
    QSettings().setValue(kSettingsKey, OptionsValuation::exitMultiplesText(m_multiples));
    fillShownExits();
    emit changed();
}

void OptionsExitControl::fillShownExits()
{
    const std::optional<double> shown = shownExit();
    m_shown->clear();
    m_shown->addItem(tr("each offer's expected exit"));
    for (double multiple : std::as_const(m_multiples))
        m_shown->addItem(tr("%1× the last round").arg(OptionsValuation::formatMultiple(multiple)), multiple);
    const int index = shown ? m_shown->findData(*shown) : 0;
    m_shown->setCurrentIndex(std::max(0, index));
}
