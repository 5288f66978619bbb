// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/PreferencesDialog.h"

#include "common/Currency.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ratesTable(new QTableWidget(0, 4, this))
    , m_fromEdit(new QLineEdit(this))
    , m_toEdit(new QLineEdit(this))
    , m_rateSpin(new QDoubleSpinBox(this))
    , m_rateProblem(new QLabel(this))
    , m_regionCombo(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    auto *ratesGroup = new QGroupBox(tr("Exchange rates"), this);
    auto *ratesLayout = new QVBoxLayout(ratesGroup);
    auto *explanation = new QLabel(tr("Offers in another currency are compared in the band's currency with these "
                                      "rates. OfferDesk never guesses a rate: without one, it says which is missing."),
                                   ratesGroup);
    explanation->setWordWrap(true);
    ratesLayout->addWidget(explanation);
    m_ratesTable->setObjectName(u"ratesTable"_s);
    m_ratesTable->setAccessibleName(tr("Exchange rates"));
    m_ratesTable->setAccessibleDescription(tr("One rate per row: from a currency, to another, the rate and the day "
                                              "you entered it."));
    m_ratesTable->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Rate"), tr("Entered")});
    m_ratesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ratesTable->verticalHeader()->hide();
    m_ratesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ratesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ratesLayout->addWidget(m_ratesTable);

    auto *addRow = new QHBoxLayout;
    const auto *codeValidator = new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), this);
    for (QLineEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setValidator(codeValidator);
        edit->setMaximumWidth(70);
        connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) { edit->setText(text.toUpper()); });
    }
    m_fromEdit->setObjectName(u"rateFromEdit"_s);
    m_fromEdit->setAccessibleName(tr("From currency"));
    m_toEdit->setAccessibleName(tr("To currency"));
    m_rateSpin->setAccessibleName(tr("Rate"));
    m_fromEdit->setPlaceholderText(u"EUR"_s);
    m_toEdit->setObjectName(u"rateToEdit"_s);
    m_toEdit->setPlaceholderText(u"USD"_s);
    m_rateSpin->setObjectName(u"rateSpin"_s);
    m_rateSpin->setDecimals(6);
    m_rateSpin->setRange(0, ExchangeRate::kMaximum);
    m_rateSpin->setValue(1);
    auto *addButton = new QPushButton(tr("&Add or Replace"), this);
    addButton->setObjectName(u"addRateButton"_s);
    auto *removeButton = new QPushButton(tr("Re&move"), this);
    addRow->addWidget(new QLabel(tr("1"), this));
    addRow->addWidget(m_fromEdit);
    addRow->addWidget(new QLabel(tr("="), this));
    addRow->addWidget(m_rateSpin);
    addRow->addWidget(m_toEdit);
    addRow->addWidget(addButton);
    addRow->addStretch();
    addRow->addWidget(removeButton);
    ratesLayout->addLayout(addRow);
    m_rateProblem->setObjectName(u"rateProblemLabel"_s);
    m_rateProblem->setStyleSheet(u"color: %1;"_s.arg(Theme::errorColor(palette()).name()));
    m_rateProblem->hide();
    ratesLayout->addWidget(m_rateProblem);
    connect(addButton, &QPushButton::clicked, this, &PreferencesDialog::addRate);
    connect(removeButton, &QPushButton::clicked, this, &PreferencesDialog::removeSelectedRates);

    auto *regionGroup = new QGroupBox(tr("Comparison"), this);
    auto *regionForm = new QFormLayout(regionGroup);
    m_regionCombo->setObjectName(u"defaultRegionCombo"_s);
    m_regionCombo->setEditable(true);
    m_regionCombo->setInsertPolicy(QComboBox::NoInsert);
    regionForm->addRow(tr("Default &region:"), m_regionCombo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ratesGroup, 1);
    layout->addWidget(regionGroup);
    layout->addWidget(buttons);
    resize(620, 440);
}

void PreferencesDialog::setExchangeRates(const ExchangeRates &rates)
{
    m_rates = rates;
    showRates();
}

void PreferencesDialog::setRegions(const QStringList &regions, const QString &defaultRegion)
{
    m_regionCombo->clear();
    m_regionCombo->addItem(QString());
    m_regionCombo->addItems(regions);
    m_regionCombo->setEditText(defaultRegion);
}

QString PreferencesDialog::defaultRegion() const
{
    return m_regionCombo->currentText().trimmed();
}

void PreferencesDialog::addRate()
{
    const QString from = m_fromEdit->text().trimmed().toUpper();
    const QString to = m_toEdit->text().trimmed().toUpper();
    QString problem;
    if (!Currency::isIsoCode(from) || !Currency::isIsoCode(to))
        problem = tr("Both currencies must be ISO 4217 codes, such as EUR and USD.");
    else if (from == to)
        problem = tr("A rate needs two different currencies.");
    else if (!ExchangeRate::inRange(m_rateSpin->value()))
        problem = tr("The rate must lie between 0.000001 and 1,000,000.");
    m_rateProblem->setText(problem);
    m_rateProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    // A new rate replaces the old one for the pair, and the reverse pair, so the two can't disagree.
    m_rates.remove(to, from);
    m_rates.set({from, to, m_rateSpin->value(), QDate::currentDate()});
    showRates();
}

void PreferencesDialog::removeSelectedRates()
{
    QList<QPair<QString, QString>> pairs;
    for (const QModelIndex &index : m_ratesTable->selectionModel()->selectedRows())
        pairs.append({m_ratesTable->item(index.row(), 0)->text(), m_ratesTable->item(index.row(), 1)->text()});
    for (const auto &[from, to] : pairs)
        m_rates.remove(from, to);
    showRates();
}

void PreferencesDialog::showRates()
{
    m_ratesTable->setRowCount(int(m_rates.all().size()));
    for (int row = 0; row < m_rates.all().size(); ++row) {
        const ExchangeRate &rate = m_rates.all().at(row);
        m_ratesTable->setItem(row, 0, new QTableWidgetItem(rate.from));
        m_ratesTable->setItem(row, 1, new QTableWidgetItem(rate.to));
        m_ratesTable->setItem(row, 2, new QTableWidgetItem(QLocale().toString(rate.rate, 'g', 8)));
        m_ratesTable->setItem(row, 3, new QTableWidgetItem(rate.entered.toString(Qt::ISODate)));
    }
}
