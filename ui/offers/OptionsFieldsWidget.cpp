// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/OptionsFieldsWidget.h"

#include "common/Money.h"
#include "offers/OptionsValuation.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Which of the four forms a field goes in: the two columns always shown (what every grant letter states and the
// exit), then the two behind "More option terms". Two columns keep the dialog short enough for a 700-pixel screen.
int formOf(const QString &field)
{
    static const QHash<QString, int> forms = {
        {u"options"_s, 0},   {u"strike_price"_s, 0},         {u"preferred_price"_s, 0},
        {u"expected_exit_multiple"_s, 1}, {u"dilution_pct"_s, 1}, {u"rounds_to_exit"_s, 1},
        {u"fmv_price"_s, 2}, {u"fully_diluted_shares"_s, 2}, {u"preference_total"_s, 3},
        {u"exercise_window_days"_s, 3},
    };
    return forms.value(field, 0);
}
} // namespace

OptionsFieldsWidget::OptionsFieldsWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *typeRow = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("Equity type:"), this);
    // The pair has no Alt keys: every letter is taken by the dialog's fields. Tab reaches the pair and the arrow
    // keys move between them.
    m_rsu = new QRadioButton(tr("RSUs (shares at their price)"), this);
    m_options = new QRadioButton(tr("Stock options (a startup's)"), this);
    m_rsu->setObjectName(u"equityTypeRsu"_s);
    m_options->setObjectName(u"equityTypeOptions"_s);
    m_rsu->setAccessibleName(tr("Equity type: RSUs"));
    m_options->setAccessibleName(tr("Equity type: stock options"));
    m_rsu->setToolTip(tr("Restricted stock units: shares you receive as they vest, worth the share price. The "
                         "equity total above is their value."));
    m_options->setToolTip(tr("Stock options: the right to buy shares at a fixed price (the strike) once they vest. "
                             "They are worth something only if the company is sold or listed above the strike, so "
                             "OfferDesk values them at an exit you choose, never at the recruiter's paper value."));
    m_type = new QButtonGroup(this);
    m_type->addButton(m_rsu);
    m_type->addButton(m_options);
    m_rsu->setChecked(true);
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(m_rsu);
    typeRow->addWidget(m_options);
    typeRow->addStretch();
    layout->addLayout(typeRow);

    m_group = new QGroupBox(tr("Stock options (prices per share, in the offer's currency)"), this);
    m_group->setObjectName(u"optionsGroup"_s);
    m_group->setAccessibleName(tr("Stock options"));
    auto *groupLayout = new QVBoxLayout(m_group);
    auto *mainColumns = new QHBoxLayout;
    m_forms = {new QFormLayout, new QFormLayout};
    mainColumns->addLayout(m_forms[0]);
    mainColumns->addLayout(m_forms[1]);
    groupLayout->addLayout(mainColumns);
    // The terms fewer letters state sit behind a disclosure, so the common case stays short.
    m_moreButton = new QToolButton(m_group);
    m_moreButton->setObjectName(u"moreOptionTermsButton"_s);
    m_moreButton->setText(tr("More option terms (409A, shares, preference, exercise window)"));
    m_moreButton->setAccessibleName(tr("More option terms"));
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setCheckable(true);
    m_moreButton->setArrowType(Qt::RightArrow);
    groupLayout->addWidget(m_moreButton);
    m_more = new QWidget(m_group);
    m_more->setObjectName(u"moreOptionTerms"_s);
    auto *moreColumns = new QHBoxLayout(m_more);
    moreColumns->setContentsMargins(0, 0, 0, 0);
    m_forms.append({new QFormLayout, new QFormLayout});
    moreColumns->addLayout(m_forms[2]);
    moreColumns->addLayout(m_forms[3]);
    groupLayout->addWidget(m_more);
    m_more->hide();
    connect(m_moreButton, &QToolButton::toggled, this, [this](bool open) {
        m_more->setVisible(open);
        m_moreButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(m_group);

    addFields();

    // The fields in reading order, the disclosure after the fields it doesn't hide.
    const QList<QWidget *> order = {m_rsu,    m_options,  m_count,      m_strike, m_preferred,  m_dilution, m_rounds,
                                    m_exit,   m_moreButton, m_fmv,      m_shares, m_preference, m_window};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_note = new QLabel(this);
    m_note->setObjectName(u"optionsNote"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_type, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            typeChosen();
    });
    setOffer(Offer());
}

// Each field with its one-line explanation and the tooltip that explains the term.
void OptionsFieldsWidget::addFields()
{
    constexpr double maxAmount = kMaxOfferAmount;
    const double maxPrice = StockOptionsLimits::kMaxPrice;
    m_count = addAmount(u"options"_s, tr("Options:"), tr("The number granted (required)."),
                        tr("The number of options granted. Each is the right to buy one share at the strike."),
                        StockOptionsLimits::kMaxCount, 0);
    m_strike = addAmount(u"strike_price"_s, tr("Strike price:"), tr("What you pay per share to buy."),
                         tr("The strike (or exercise) price: what you pay for each share when you exercise an option. "
                            "An option is worth the share's price less the strike, and nothing below it."),
                         maxPrice, 2);
    m_preferred = addAmount(u"preferred_price"_s, tr("Last round's price:"),
                            tr("Investors' price a share (required)."),
                            tr("The preferred price: what investors paid per share in the last funding round. "
                               "Recruiters' \"paper value\" uses it; exits are measured as multiples of it."),
                            maxPrice, 2);
    m_fmv = addAmount(u"fmv_price"_s, tr("409A price:"), tr("Optional: fair market value a share."),
                      tr("The 409A valuation: the fair market value of a common share set for tax. The spread "
                         "between it and the strike is what tax applies to when you exercise. 0 if you don't know it."),
                      maxPrice, 2);
    m_shares = addAmount(u"fully_diluted_shares"_s, tr("Fully diluted shares:"),
                         tr("Optional: shows your ownership."),
                         tr("Every share the company has and has promised (options, warrants, convertibles "
                            "included). Your options divided by it is your share of the company. 0 if unknown."),
                         StockOptionsLimits::kMaxCount, 0);
    m_preference = addAmount(u"preference_total"_s, tr("Liquidation preference:"),
                             tr("Optional: paid before common stock."),
                             tr("The liquidation preference: what investors get back before common stock (yours) "
                                "gets anything at an exit. OfferDesk takes it all off the top, the cautious view. "
                                "Needs the fully diluted shares."),
                             maxAmount, 0);
    m_dilution = addAmount(u"dilution_pct"_s, tr("Dilution per round:"), tr("What each future round takes."),
                           tr("Dilution: each new funding round issues new shares, so your options are a smaller "
                              "part of the company. 15–25% a round is common."),
                           StockOptionsLimits::kMaxDilutionPct, 1);
    m_dilution->setSuffix(u" %"_s);
    m_rounds = addWhole(u"rounds_to_exit"_s, tr("Rounds to exit:"), tr("Rounds before a sale or listing."),
                        tr("How many more funding rounds you expect before the company is sold or lists; each one "
                           "dilutes by the percentage above."),
                        StockOptionsLimits::kMaxRoundsToExit);
    m_window = addWhole(u"exercise_window_days"_s, tr("Exercise window:"), tr("Days to buy them after leaving."),
                        tr("The post-termination exercise window: how long after you leave you may still buy your "
                           "vested options. Often 90 days; some companies give years."),
                        StockOptionsLimits::kMaxExerciseWindowDays);
    m_window->setSuffix(tr(" days"));
    m_exit = addAmount(u"expected_exit_multiple"_s, tr("Expected exit:"),
                       tr("Your guess, × the last round's price."),
                       tr("The exit multiple: the price per share at a sale or listing, as a multiple of the last "
                          "round's price. 1× is the paper value's price before dilution; 0× is a company that "
                          "returns nothing to common. Every yearly figure counts the options here."),
                       StockOptionsLimits::kMaxExitMultiple, 2);
    m_exit->setSuffix(u"×"_s);
    m_exit->setSingleStep(0.5);

}

void OptionsFieldsWidget::addRow(const QString &field, const QString &label, QWidget *editor,
                                 const QString &explanation, const QString &tooltip)
{
    QFormLayout *form = m_forms.at(formOf(field));
    QWidget *parent = form->parentWidget() ? form->parentWidget() : m_group;
    auto *cell = new QWidget(parent);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    auto *hint = new QLabel(explanation, cell);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    hint->setForegroundRole(QPalette::PlaceholderText);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(hint);
    // Never squeezed: on a short screen the dialog grows instead of drawing the hint over the editor.
    cell->setMinimumHeight(cell->sizeHint().height());
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setBuddy(editor);
    labelWidget->setToolTip(tooltip);
    editor->setToolTip(tooltip);
    editor->setObjectName(field);
    editor->setAccessibleName(QString(label).remove(u':'));
    editor->setAccessibleDescription(explanation + u' ' + tooltip);
    form->addRow(labelWidget, cell);
    m_editors.insert(field, editor);
    m_names.insert(field, QString(label).remove(u':'));
    m_tooltips.insert(field, tooltip);
}

QDoubleSpinBox *OptionsFieldsWidget::addAmount(const QString &field, const QString &label, const QString &explanation,
                                               const QString &tooltip, double maximum, int decimals)
{
    auto *spin = new QDoubleSpinBox(m_group);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setDecimals(decimals);
    spin->setMaximum(maximum);
    spin->setGroupSeparatorShown(true);
    spin->setSingleStep(decimals > 0 ? 0.1 : 1000);
    addRow(field, label, spin, explanation, tooltip);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
        updateNote();
        emit changed();
    });
    return spin;
}

QSpinBox *OptionsFieldsWidget::addWhole(const QString &field, const QString &label, const QString &explanation,
                                        const QString &tooltip, int maximum)
{
    auto *spin = new QSpinBox(m_group);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setMaximum(maximum);
    spin->setGroupSeparatorShown(true);
    addRow(field, label, spin, explanation, tooltip);
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        updateNote();
        emit changed();
    });
    return spin;
}

void OptionsFieldsWidget::setOffer(const Offer &offer)
{
    const StockOptions &o = offer.stockOptions;
    const QSignalBlocker blockType(m_type);
    (offer.hasOptions() ? m_options : m_rsu)->setChecked(true);
    const std::pair<QDoubleSpinBox *, double> values[] = {
        {m_count, o.count},           {m_strike, o.strikePrice},       {m_preferred, o.preferredPrice},
        {m_fmv, o.fmvPrice},          {m_shares, o.fullyDilutedShares}, {m_preference, o.preferenceTotal},
        {m_dilution, o.dilutionPct},  {m_exit, o.expectedExitMultiple},
    };
    for (const auto &[spin, value] : values) {
        const QSignalBlocker block(spin);
        spin->setValue(value);
    }
    for (const auto &[spin, value] : {std::pair{m_rounds, o.roundsToExit}, std::pair{m_window, o.exerciseWindowDays}}) {
        const QSignalBlocker block(spin);
        spin->setValue(value);
    }
    m_group->setVisible(offer.hasOptions());
    // Terms the offer states are never hidden.
    m_moreButton->setChecked(o.hasFmv() || o.hasFullyDilutedShares() || o.preferenceTotal > 0
                             || o.exerciseWindowDays != StockOptions().exerciseWindowDays);
    updateNote();
}

EquityType OptionsFieldsWidget::equityType() const
{
    return m_options->isChecked() ? EquityType::Options : EquityType::Rsu;
}

void OptionsFieldsWidget::applyTo(Offer &offer) const
{
    offer.equityType = equityType();
    if (!offer.hasOptions()) {
        offer.stockOptions = StockOptions();
        return;
    }
    // The grant is the options, valued at an exit: no RSU value, shares or growth beside them.
    offer.equityTotal = 0;
    offer.equityShares = 0;
    offer.sharePrice = 0;
    offer.growthPct = 0;
    StockOptions &o = offer.stockOptions;
    o.count = m_count->value();
    o.strikePrice = m_strike->value();
    o.preferredPrice = m_preferred->value();
    o.fmvPrice = m_fmv->value();
    o.fullyDilutedShares = m_shares->value();
    o.preferenceTotal = m_preference->value();
    o.dilutionPct = m_dilution->value();
    o.roundsToExit = m_rounds->value();
    o.exerciseWindowDays = m_window->value();
    o.expectedExitMultiple = m_exit->value();
}

void OptionsFieldsWidget::setCurrency(const QString &currency)
{
    m_currency = currency;
    updateNote();
}

QWidget *OptionsFieldsWidget::widgetFor(const QString &field) const
{
    return m_options->isChecked() ? m_editors.value(field) : nullptr;
}

QString OptionsFieldsWidget::fieldName(const QString &field) const
{
    return m_names.value(field);
}

void OptionsFieldsWidget::showProblem(const QString &field, const QString &text)
{
    QWidget *editor = m_editors.value(field);
    if (!editor)
        return;
    editor->setStyleSheet(u"border: 1px solid #c0392b;"_s);
    editor->setToolTip(text + u"\n\n"_s + m_tooltips.value(field));
    // A problem is never hidden behind the disclosure.
    if (m_more->isAncestorOf(editor))
        m_moreButton->setChecked(true);
}

void OptionsFieldsWidget::clearProblems()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        it.value()->setStyleSheet(QString());
        it.value()->setToolTip(m_tooltips.value(it.key()));
    }
}

void OptionsFieldsWidget::typeChosen()
{
    m_group->setVisible(m_options->isChecked());
    updateNote();
    emit equityTypeChanged(equityType());
    emit changed();
}

void OptionsFieldsWidget::updateNote()
{
    if (!m_options->isChecked()) {
        m_note->clear();
        m_note->hide();
        return;
    }
    Offer offer;
    offer.equityType = EquityType::Options;
    applyTo(offer);
    const StockOptions &o = offer.stockOptions;
    QStringList lines;
    // The paper value is shown so the person recognises the recruiter's figure, and told apart from pay.
    lines.append(tr("Paper value %1: what recruiters quote, never counted as pay. At your expected exit: %2. "
                    "Cost to exercise: %3.")
                     .arg(Money::exact(OptionsValuation::paperValue(o), m_currency),
                          Money::exact(OptionsValuation::grantValueAtExit(o, o.expectedExitMultiple), m_currency),
                          Money::exact(OptionsValuation::costToExercise(o), m_currency)));
    if (o.preferredPrice > 0 && OptionsValuation::isUnderwater(o))
        lines.append(tr("Underwater at the last round's price: the strike is above it."));
    m_note->setText(lines.join(u' '));
    m_note->show();
}
