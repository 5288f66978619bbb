// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/counter/RecordCounterDialog.h"


#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDoubleSpinBox *amountSpin(QWidget *parent, const QString &name, const QString &accessibleName,
                           const QString &currency)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, 1e12);
    spin->setDecimals(0);
    spin->setSingleStep(1000);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setSuffix(u' ' + currency);
    return spin;
}

} // namespace

RecordCounterDialog::RecordCounterDialog(const QString &offerLabel, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_base(amountSpin(this, u"askedBase"_s, tr("Base asked"), currency))
    , m_equity(amountSpin(this, u"askedEquity"_s, tr("Equity asked (total grant)"), currency))
    , m_signOn(amountSpin(this, u"askedSignOn"_s, tr("Sign-on asked"), currency))
    , m_source(new QComboBox(this))
    , m_words(new QPlainTextEdit(this))
{
    setObjectName(u"recordCounterDialog"_s);
    setWindowTitle(tr("Record Counter Sent — %1").arg(offerLabel));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Keeps the counter you sent with the offer, for its timeline."));
    m_date->setObjectName(u"counterDate"_s);
    m_date->setAccessibleName(tr("Date sent"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_source->setObjectName(u"counterWordsSource"_s);
    m_source->setAccessibleName(tr("Words sent from"));
    m_source->addItem(tr("The email draft"));
    m_source->addItem(tr("The call script"));
    m_words->setObjectName(u"counterWords"_s);
    m_words->setAccessibleName(tr("Words as sent"));
    m_words->setTabChangesFocus(true);

    auto *intro = new QLabel(tr("Keep what you asked %1 for, and the words you used, with the offer.").arg(offerLabel),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Sent on:"), m_date);
    form->addRow(tr("&Base asked:"), m_base);
    form->addRow(tr("&Equity asked (total):"), m_equity);
    form->addRow(tr("Si&gn-on asked:"), m_signOn);
    form->addRow(tr("&Words from:"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_words, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QComboBox::activated, this, &RecordCounterDialog::sourceChosen);
    resize(560, 520);
}

void RecordCounterDialog::setCounter(const CounterSent &counter, const QString &emailText, const QString &scriptText,
                                     bool fromEmail)
{
    m_date->setDate(counter.date);
    m_base->setValue(counter.asks.base);
    m_equity->setValue(counter.asks.equityTotal);
    m_signOn->setValue(counter.asks.signOn);
    m_emailText = emailText;
    m_scriptText = scriptText;
    m_source->setCurrentIndex(fromEmail && !emailText.trimmed().isEmpty() ? 0 : 1);
    sourceChosen(m_source->currentIndex());
}

void RecordCounterDialog::sourceChosen(int index)
{
    m_words->setPlainText(index == 0 ? m_emailText : m_scriptText);
}

CounterSent RecordCounterDialog::counter() const
{
    CounterSent counter;
    counter.date = m_date->date();
    counter.asks.base = m_base->value();
    counter.asks.equityTotal = m_equity->value();
    counter.asks.signOn = m_signOn->value();
    counter.script = m_words->toPlainText();
    return counter;
}
