// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/OfferDialog.h"

#include "ui/offers/OptionsFieldsWidget.h"
#include "ui_OfferDialog.h"

#include "ui/common/Theme.h"
#include "offers/OptionsJson.h"

#include <QPushButton>
#include <QScopedValueRollback>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace {

// The tooltip a field has when nothing is wrong with it; a problem's text shows in its place.
constexpr char kPlainToolTip[] = "plainToolTip";

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
    // The check box has no text of its own: the Deadline label beside it names the date.
    m_ui->deadlineCheck->setAccessibleName(tr("The offer has a deadline"));
    // Stock options live in their own widget, under the two columns.
    m_options = new OptionsFieldsWidget(this);
    m_ui->mainLayout->insertWidget(1, m_options);
    connect(m_options, &OptionsFieldsWidget::changed, this, &OfferDialog::revalidate);
    connect(m_options, &OptionsFieldsWidget::equityTypeChanged, this, &OfferDialog::showEquityType);
    m_ui->frequencyCombo->addItem(tr("Yearly"), int(VestingFrequency::Yearly));
    m_ui->frequencyCombo->addItem(tr("Quarterly"), int(VestingFrequency::Quarterly));
    m_ui->frequencyCombo->addItem(tr("Monthly"), int(VestingFrequency::Monthly));
    m_ui->clawbackKindCombo->addItem(tr("Prorated: the unserved share"), int(SignOnClawback::Prorated));
    m_ui->clawbackKindCombo->addItem(tr("Full: all of it"), int(SignOnClawback::Full));
    m_ui->moreButton->setAccessibleName(tr("More equity terms"));
    m_ui->moreButton->setAccessibleDescription(tr("Shows or hides the shares and price, refresher grants, vesting "
                                                  "frequency and cliff, and the sign-on clawback"));
    m_ui->moreGroup->setAccessibleName(tr("Equity in detail"));
    m_ui->moreGroup->hide();
    connect(m_ui->moreButton, &QToolButton::toggled, this, &OfferDialog::showMore);
    for (QDoubleSpinBox *spin : {m_ui->sharesSpin, m_ui->priceSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OfferDialog::shareGrantEdited);
    for (QDoubleSpinBox *spin : {m_ui->growthSpin, m_ui->refresherGrantSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OfferDialog::revalidate);
    for (QSpinBox *spin : {m_ui->refresherYearsSpin, m_ui->cliffSpin, m_ui->clawbackMonthsSpin})
        connect(spin, &QSpinBox::valueChanged, this, &OfferDialog::revalidate);

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

    for (QWidget *field : findChildren<QAbstractSpinBox *>())
        field->setProperty(kPlainToolTip, field->toolTip());
    for (QWidget *field : {static_cast<QWidget *>(m_ui->scheduleEdit), static_cast<QWidget *>(m_ui->companyEdit)})
        field->setProperty(kPlainToolTip, field->toolTip());
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
    const QScopedValueRollback loading(m_loading, true);
    m_id = offer.id;
    m_given = offer;
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
    setEquityTerms(offer);
    m_options->setCurrency(offer.currency);
    m_options->setOffer(offer);
    showEquityType(offer.equityType);
    setWindowTitle(offer.id > 0 ? tr("Edit Offer — %1").arg(offer.label()) : tr("New Offer"));
    revalidate();
}

Offer OfferDialog::offer() const
{
    Offer offer = m_given;
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
    readEquityTerms(offer);
    m_options->applyTo(offer);
    return offer;
}

void OfferDialog::setEquityTerms(const Offer &offer)
{
    m_ui->growthSpin->setValue(offer.growthPct);
    m_ui->sharesSpin->setDecimals(offer.equityShares == std::floor(offer.equityShares) ? 0 : 4);
    m_ui->sharesSpin->setValue(offer.equityShares);
    m_ui->priceSpin->setValue(offer.sharePrice);
    m_ui->refresherGrantSpin->setDecimals(offer.refresherGrant == std::floor(offer.refresherGrant) ? 0 : 2);
    m_ui->refresherGrantSpin->setValue(offer.refresherGrant);
    m_ui->refresherYearsSpin->setValue(offer.refresherVestingYears);
    m_ui->frequencyCombo->setCurrentIndex(m_ui->frequencyCombo->findData(int(offer.vestingFrequency)));
    m_ui->cliffSpin->setValue(offer.cliffMonths);
    m_ui->clawbackMonthsSpin->setValue(offer.signOnClawbackMonths);
    m_ui->clawbackKindCombo->setCurrentIndex(m_ui->clawbackKindCombo->findData(int(offer.signOnClawback)));
    // An offer with terms of its own opens with them shown; growth is outside the disclosure, so it doesn't count.
    Offer plain = offer;
    plain.growthPct = 0;
    m_ui->moreButton->setChecked(plain.hasEquityTerms());
    showShareGrant();
}

void OfferDialog::readEquityTerms(Offer &offer) const
{
    offer.growthPct = m_ui->growthSpin->value();
    offer.equityShares = m_ui->sharesSpin->value();
    offer.sharePrice = m_ui->priceSpin->value();
    offer.refresherGrant = m_ui->refresherGrantSpin->value();
    offer.refresherVestingYears = m_ui->refresherYearsSpin->value();
    offer.vestingFrequency = VestingFrequency(m_ui->frequencyCombo->currentData().toInt());
    offer.cliffMonths = m_ui->cliffSpin->value();
    offer.signOnClawbackMonths = m_ui->clawbackMonthsSpin->value();
    offer.signOnClawback = SignOnClawback(m_ui->clawbackKindCombo->currentData().toInt());
}

void OfferDialog::showMore(bool shown)
{
    m_ui->moreButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->moreGroup->setVisible(shown);
    // Grow to show the group, and shrink back when it hides, unless the person sized the dialog by hand.
    if (isVisible())
        resize(width(), sizeHint().height());
}

void OfferDialog::shareGrantEdited()
{
    // A grant in shares is worth shares × price today: the total follows, as the offers file reads it.
    if (!m_loading && m_ui->sharesSpin->value() > 0 && m_ui->priceSpin->value() > 0)
        m_ui->equitySpin->setValue(m_ui->sharesSpin->value() * m_ui->priceSpin->value());
    showShareGrant();
    revalidate();
}

void OfferDialog::showShareGrant()
{
    const bool inShares = m_ui->sharesSpin->value() > 0 && m_ui->priceSpin->value() > 0;
    m_ui->equitySpin->setReadOnly(inShares);
    m_ui->equitySpin->setButtonSymbols(inShares ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_ui->equitySpin->setProperty(kPlainToolTip, inShares ? tr("Shares × price per share (under More)")
                                                           : tr("The whole grant's value, vested over the schedule"));
    m_ui->equitySpin->setToolTip(m_ui->equitySpin->property(kPlainToolTip).toString());
}

void OfferDialog::addSection(QWidget *section)
{
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->problemsLabel), section);
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
    // Shares and a price come together, as in the offers file.
    const bool shares = m_ui->sharesSpin->value() > 0;
    const bool price = m_ui->priceSpin->value() > 0;
    if (shares != price) {
        problems.append({shares ? u"share_price"_s : u"equity_shares"_s,
                         tr("is required with %1: a grant in shares needs both the number of shares and the price")
                             .arg(shares ? tr("the shares") : tr("the price"))});
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
        {u"growth_pct"_s, m_ui->growthSpin},     {u"equity_shares"_s, m_ui->sharesSpin},
        {u"share_price"_s, m_ui->priceSpin},     {u"refresher_grant"_s, m_ui->refresherGrantSpin},
        {u"refresher_vesting_years"_s, m_ui->refresherYearsSpin}, {u"cliff_months"_s, m_ui->cliffSpin},
        {u"sign_on_clawback_months"_s, m_ui->clawbackMonthsSpin},
    };
    return widgets.contains(field) ? widgets.value(field) : m_options->widgetFor(field);
}

void OfferDialog::showEquityType(EquityType type)
{
    // An options offer's equity is its options, valued at an exit: an RSU total, shares or growth would be counted
    // twice.
    const bool rsu = type == EquityType::Rsu;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->equitySpin), static_cast<QWidget *>(m_ui->equitySpinLabel),
                            static_cast<QWidget *>(m_ui->growthSpin), static_cast<QWidget *>(m_ui->growthSpinLabel),
                            static_cast<QWidget *>(m_ui->sharesSpin), static_cast<QWidget *>(m_ui->sharesSpinLabel),
                            static_cast<QWidget *>(m_ui->priceSpin), static_cast<QWidget *>(m_ui->priceSpinLabel)})
        widget->setVisible(rsu);
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
        {u"growth_pct"_s, tr("Stock growth")},  {u"equity_shares"_s, tr("Shares granted")},
        {u"share_price"_s, tr("Price per share")}, {u"refresher_grant"_s, tr("Refresher grant")},
        {u"refresher_vesting_years"_s, tr("Refresher vesting years")}, {u"cliff_months"_s, tr("Cliff")},
        {u"sign_on_clawback_months"_s, tr("Sign-on clawback")},
    };
    for (const QString &field : names.keys()) {
        if (QWidget *widget = widgetFor(field)) {
            widget->setStyleSheet(QString());
            // Back to the field's own explanation, which a problem's text replaced.
            widget->setToolTip(widget->property(kPlainToolTip).toString());
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
                                                 : u"<span style='color:%1'>%2</span>"_s.arg(Theme::errorColor(palette()).name(), lines.join(u"<br>"_s)));
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
