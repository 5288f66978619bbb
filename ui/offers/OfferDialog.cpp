// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/OfferDialog.h"

#include "ui/offers/OptionsFieldsWidget.h"
#include "ui_OfferDialog.h"

#include "offers/OptionsJson.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace {

enum Preset { EvenPreset, BackLoadedPreset, FrontLoadedPreset, CustomPreset };

QString scheduleText(const QList<double> &schedule)
{
    QStringList parts;
    for (double share : schedule)
        parts.append(QString::number(share, 'g', 6));
    return parts.join(u", "_s);
}

} // namespace

OfferDialog::OfferDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::OfferDialog>())
{
    m_ui->setupUi(this);
    m_ui->vestingCombo->addItem(tr("Even: 25/25/25/25"));
    m_ui->vestingCombo->addItem(tr("Back-loaded: 5/15/40/40"));
    m_ui->vestingCombo->addItem(tr("Front-loaded: 33/33/22/12"));
    m_ui->vestingCombo->addItem(tr("Custom"));
    m_ui->currencyCombo->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"CAD"_s, u"CHF"_s, u"AUD"_s, u"SGD"_s, u"INR"_s,
                                   u"JPY"_s, u"SEK"_s, u"PLN"_s, u"ILS"_s});
    m_ui->currencyCombo->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_ui->currencyCombo));
    m_ui->deadlineEdit->setDate(QDate::currentDate().addDays(14));
    m_ui->deadlineEdit->setEnabled(false);
    m_ui->problemsLabel->setObjectName(u"problemsLabel"_s);
    // Stock options live in their own widget, under the two columns.
    m_options = new OptionsFieldsWidget(this);
    m_ui->mainLayout->insertWidget(1, m_options);
    connect(m_options, &OptionsFieldsWidget::changed, this, &OfferDialog::revalidate);
    connect(m_options, &OptionsFieldsWidget::equityTypeChanged, this, &OfferDialog::showEquityType);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->vestingCombo, &QComboBox::activated, this, &OfferDialog::presetChosen);
    connect(m_ui->scheduleEdit, &QLineEdit::textEdited, this, &OfferDialog::scheduleEdited);
    connect(m_ui->deadlineCheck, &QCheckBox::toggled, m_ui->deadlineEdit, &QWidget::setEnabled);
    connect(m_ui->currencyCombo, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (text != text.toUpper())
            m_ui->currencyCombo->setEditText(text.toUpper());
        m_options->setCurrency(text.toUpper());
        revalidate();
    });
    for (QLineEdit *edit : {m_ui->companyEdit, m_ui->roleEdit, m_ui->levelEdit, m_ui->scheduleEdit})
        connect(edit, &QLineEdit::textChanged, this, &OfferDialog::revalidate);
    connect(m_ui->regionCombo, &QComboBox::editTextChanged, this, &OfferDialog::revalidate);
    for (QDoubleSpinBox *spin : {m_ui->baseSpin, m_ui->bonusSpin, m_ui->equitySpin, m_ui->signOnSpin,
                                 m_ui->signOnYear2Spin, m_ui->relocationSpin, m_ui->refresherSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OfferDialog::revalidate);

    setOffer(Offer());
}

OfferDialog::~OfferDialog() = default;

void OfferDialog::setRegionSuggestions(const QStringList &regions)
{
    const QString current = m_ui->regionCombo->currentText();
    m_ui->regionCombo->clear();
    m_ui->regionCombo->addItems(regions);
    m_ui->regionCombo->setEditText(current);
}

void OfferDialog::setOffer(const Offer &offer)
{
    m_id = offer.id;
    m_ui->companyEdit->setText(offer.company);
    m_ui->roleEdit->setText(offer.role);
    m_ui->levelEdit->setText(offer.level);
    m_ui->regionCombo->setEditText(offer.region);
    m_ui->currencyCombo->setEditText(offer.currency);
    m_ui->deadlineCheck->setChecked(offer.deadline.isValid());
    if (offer.deadline.isValid())
        m_ui->deadlineEdit->setDate(offer.deadline);
    m_ui->targetCheck->setChecked(offer.target);
    const std::pair<QDoubleSpinBox *, double> amounts[] = {
        {m_ui->baseSpin, offer.base},           {m_ui->equitySpin, offer.equityTotal},
        {m_ui->signOnSpin, offer.signOn},       {m_ui->signOnYear2Spin, offer.signOnYear2},
        {m_ui->relocationSpin, offer.relocation}, {m_ui->refresherSpin, offer.refresherYearly},
    };
    for (const auto &[spin, value] : amounts) {
        // Whole amounts read best; an imported amount with cents keeps them.
        spin->setDecimals(value == std::floor(value) ? 0 : 2);
        spin->setValue(value);
    }
    m_ui->bonusSpin->setValue(offer.bonusPct);
    m_ui->scheduleEdit->setText(scheduleText(offer.vestingSchedule));
    scheduleEdited();
    m_ui->notesEdit->setPlainText(offer.notes);
    m_options->setCurrency(offer.currency);
    m_options->setOffer(offer);
    showEquityType(offer.equityType);
    setWindowTitle(offer.id > 0 ? tr("Edit Offer — %1").arg(offer.label()) : tr("New Offer"));
    revalidate();
}

Offer OfferDialog::offer() const
{
    Offer offer;
    offer.id = m_id;
    offer.company = m_ui->companyEdit->text().trimmed();
    offer.role = m_ui->roleEdit->text().trimmed();
    offer.level = m_ui->levelEdit->text().trimmed();
    offer.region = m_ui->regionCombo->currentText().trimmed();
    offer.currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    offer.base = m_ui->baseSpin->value();
    offer.equityTotal = m_ui->equitySpin->value();
    offer.vestingSchedule = schedule().value_or(QList<double>());
    offer.bonusPct = m_ui->bonusSpin->value();
    offer.signOn = m_ui->signOnSpin->value();
    offer.signOnYear2 = m_ui->signOnYear2Spin->value();
    offer.relocation = m_ui->relocationSpin->value();
    offer.refresherYearly = m_ui->refresherSpin->value();
    offer.deadline = m_ui->deadlineCheck->isChecked() ? m_ui->deadlineEdit->date() : QDate();
    offer.notes = m_ui->notesEdit->toPlainText();
    offer.target = m_ui->targetCheck->isChecked();
    m_options->applyTo(offer);
    return offer;
}

Result<QList<double>> OfferDialog::schedule() const
{
    static const QRegularExpression separators(u"[\\s,;/]+"_s);
    const QStringList parts = m_ui->scheduleEdit->text().split(separators, Qt::SkipEmptyParts);
    QList<double> result;
    for (const QString &part : parts) {
        bool ok = false;
        const double share = QString(part).remove(u'%').toDouble(&ok);
        if (!ok)
            return Error{tr("'%1' is not a number").arg(part)};
        result.append(share);
    }
    return result;
}

QList<OffersJson::FieldProblem> OfferDialog::problems() const
{
    QList<OffersJson::FieldProblem> problems = OffersJson::validate(offer());
    if (const Result<QList<double>> typed = schedule(); !typed) {
        problems.removeIf([](const OffersJson::FieldProblem &p) { return p.field == u"vesting_schedule"_s; });
        problems.append({u"vesting_schedule"_s, typed.message()});
    }
    return problems;
}

void OfferDialog::accept()
{
    if (!problems().isEmpty())
        return;
    QDialog::accept();
}

QWidget *OfferDialog::widgetFor(const QString &field) const
{
    const QHash<QString, QWidget *> widgets = {
        {u"company"_s, m_ui->companyEdit},       {u"region"_s, m_ui->regionCombo},
        {u"currency"_s, m_ui->currencyCombo},    {u"base"_s, m_ui->baseSpin},
        {u"equity_total"_s, m_ui->equitySpin},   {u"vesting_schedule"_s, m_ui->scheduleEdit},
        {u"bonus_pct"_s, m_ui->bonusSpin},       {u"sign_on"_s, m_ui->signOnSpin},
        {u"sign_on_year2"_s, m_ui->signOnYear2Spin}, {u"relocation"_s, m_ui->relocationSpin},
        {u"refresher_yearly"_s, m_ui->refresherSpin},
    };
    return widgets.contains(field) ? widgets.value(field) : m_options->widgetFor(field);
}

void OfferDialog::showEquityType(EquityType type)
{
    // An options offer's equity is its options: the RSU total would be counted twice.
    const bool rsu = type == EquityType::Rsu;
    m_ui->equitySpin->setVisible(rsu);
    m_ui->equitySpinLabel->setVisible(rsu);
}

void OfferDialog::revalidate()
{
    const QHash<QString, QString> names = {
        {u"company"_s, tr("Company")},          {u"region"_s, tr("Region")},
        {u"currency"_s, tr("Currency")},        {u"base"_s, tr("Base salary")},
        {u"equity_total"_s, tr("Equity")},      {u"vesting_schedule"_s, tr("Vesting schedule")},
        {u"bonus_pct"_s, tr("Bonus")},          {u"sign_on"_s, tr("Sign-on, year 1")},
        {u"sign_on_year2"_s, tr("Sign-on, year 2")}, {u"relocation"_s, tr("Relocation")},
        {u"refresher_yearly"_s, tr("Refresher")},
    };
    for (const QString &field : names.keys()) {
        if (QWidget *widget = widgetFor(field)) {
            widget->setStyleSheet(QString());
            widget->setToolTip(QString());
        }
    }
    m_options->clearProblems();
    const QList<OffersJson::FieldProblem> problems = this->problems();
    QStringList lines;
    for (const OffersJson::FieldProblem &problem : problems) {
        const QString name = names.contains(problem.field) ? names.value(problem.field)
                                                           : m_options->fieldName(problem.field);
        const QString text = tr("%1 %2").arg(name.isEmpty() ? problem.field : name, problem.message);
        lines.append(text.toHtmlEscaped());
        if (OptionsJson::fieldNames().contains(problem.field)) {
            m_options->showProblem(problem.field, text);
        } else if (QWidget *widget = widgetFor(problem.field)) {
            widget->setStyleSheet(u"border: 1px solid #c0392b;"_s);
            widget->setToolTip(text);
        }
    }
    m_ui->problemsLabel->setText(lines.isEmpty() ? QString()
                                                 : u"<span style='color:#c0392b'>%1</span>"_s.arg(lines.join(u"<br>"_s)));
    m_ui->problemsLabel->setVisible(!lines.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void OfferDialog::presetChosen(int index)
{
    switch (index) {
    case EvenPreset:
        m_ui->scheduleEdit->setText(scheduleText(VestingPresets::even()));
        break;
    case BackLoadedPreset:
        m_ui->scheduleEdit->setText(scheduleText(VestingPresets::backLoaded()));
        break;
    case FrontLoadedPreset:
        m_ui->scheduleEdit->setText(scheduleText(VestingPresets::frontLoaded()));
        break;
    default:
        m_ui->scheduleEdit->setFocus();
        m_ui->scheduleEdit->selectAll();
        break;
    }
    revalidate();
}

void OfferDialog::scheduleEdited()
{
    // The combo follows what was typed: a preset's numbers select it, anything else is Custom.
    const Result<QList<double>> typed = schedule();
    int preset = CustomPreset;
    if (typed == VestingPresets::even())
        preset = EvenPreset;
    else if (typed == VestingPresets::backLoaded())
        preset = BackLoadedPreset;
    else if (typed == VestingPresets::frontLoaded())
        preset = FrontLoadedPreset;
    m_ui->vestingCombo->setCurrentIndex(preset);
}
