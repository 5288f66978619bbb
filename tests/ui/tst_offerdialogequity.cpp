// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The offer dialog's equity fields (issue 15), offscreen: typed in, they round-trip into the Offer and back; the
// "More" disclosure hides and shows the advanced ones; problems show the core's messages.
#include "ui/offers/OfferDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestOfferDialogEquity : public QObject
{
    Q_OBJECT

private slots:
    void dialogFieldsRoundTrip();
    void moreDisclosureHidesAndShows();
    void dialogShowsTheCoresMessages();
};

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void typeInto(QWidget *widget, const QString &text)
{
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->selectAll();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    QTest::keyClicks(widget, text);
}

} // namespace

void TestOfferDialogEquity::dialogFieldsRoundTrip()
{
    OfferDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(&dialog, u"companyEdit"_s), u"Initech"_s);
    typeInto(child<QComboBox>(&dialog, u"regionCombo"_s)->lineEdit(), u"Austin"_s);
    typeInto(child<QDoubleSpinBox>(&dialog, u"baseSpin"_s), u"150000"_s);
    typeInto(child<QDoubleSpinBox>(&dialog, u"growthSpin"_s), u"12.5"_s);
    QTest::mouseClick(child<QToolButton>(&dialog, u"moreButton"_s), Qt::LeftButton);
    typeInto(child<QDoubleSpinBox>(&dialog, u"sharesSpin"_s), u"1000"_s);
    typeInto(child<QDoubleSpinBox>(&dialog, u"priceSpin"_s), u"85.5"_s);
    typeInto(child<QDoubleSpinBox>(&dialog, u"refresherGrantSpin"_s), u"40000"_s);
    typeInto(child<QSpinBox>(&dialog, u"refresherYearsSpin"_s), u"3"_s);
    auto *frequency = child<QComboBox>(&dialog, u"frequencyCombo"_s);
    frequency->setFocus();
    QTest::keyClick(frequency, Qt::Key_Down); // yearly -> quarterly
    typeInto(child<QSpinBox>(&dialog, u"cliffSpin"_s), u"6"_s);
    typeInto(child<QSpinBox>(&dialog, u"clawbackMonthsSpin"_s), u"24"_s);
    auto *clawback = child<QComboBox>(&dialog, u"clawbackKindCombo"_s);
    clawback->setFocus();
    QTest::keyClick(clawback, Qt::Key_Down); // prorated -> full
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(child<QLabel>(&dialog, u"problemsLabel"_s)->text()));

    const Offer offer = dialog.offer();
    QCOMPARE(offer.growthPct, 12.5);
    QCOMPARE(offer.equityShares, 1000.0);
    QCOMPARE(offer.sharePrice, 85.5);
    QCOMPARE(offer.equityTotal, 85500.0); // shares × price fills in the total
    QVERIFY(child<QDoubleSpinBox>(&dialog, u"equitySpin"_s)->isReadOnly());
    QCOMPARE(offer.refresherGrant, 40000.0);
    QCOMPARE(offer.refresherVestingYears, 3);
    QCOMPARE(offer.vestingFrequency, VestingFrequency::Quarterly);
    QCOMPARE(offer.cliffMonths, 6);
    QCOMPARE(offer.signOnClawbackMonths, 24);
    QCOMPARE(offer.signOnClawback, SignOnClawback::Full);

    // Into another dialog and out again: the same offer.
    Offer stored = offer;
    stored.id = 7;
    OfferDialog again;
    again.setOffer(stored);
    QCOMPARE(again.offer(), stored);
    QVERIFY(child<QToolButton>(&again, u"moreButton"_s)->isChecked()); // its own terms: shown

    // An offer with no equity terms round-trips with the defaults.
    Offer plain;
    plain.company = u"Hooli"_s;
    plain.region = u"Austin"_s;
    plain.base = 120000;
    plain.equityTotal = 30000;
    OfferDialog third;
    third.setOffer(plain);
    QCOMPARE(third.offer(), plain);
    QVERIFY(!child<QDoubleSpinBox>(&third, u"equitySpin"_s)->isReadOnly());
}

void TestOfferDialogEquity::moreDisclosureHidesAndShows()
{
    OfferDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *more = child<QToolButton>(&dialog, u"moreButton"_s);
    auto *group = child<QGroupBox>(&dialog, u"moreGroup"_s);
    QVERIFY(!more->accessibleName().isEmpty());
    QVERIFY(!more->isChecked());
    QVERIFY(!group->isVisible());
    // The simple case: growth stays outside the disclosure.
    QVERIFY(child<QDoubleSpinBox>(&dialog, u"growthSpin"_s)->isVisible());
    const int closedHeight = dialog.height();
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(more->isChecked());
    QVERIFY(group->isVisible());
    QVERIFY(child<QSpinBox>(&dialog, u"cliffSpin"_s)->isVisible());
    QCOMPARE(more->arrowType(), Qt::DownArrow);
    QVERIFY(dialog.height() > closedHeight);
    more->setFocus();
    QTest::keyClick(more, Qt::Key_Space);
    QVERIFY(!group->isVisible());
    QCOMPARE(more->arrowType(), Qt::RightArrow);

    // An offer with a term of its own behind the disclosure opens with it shown; growth alone doesn't.
    Offer noCliff;
    noCliff.cliffMonths = 0;
    dialog.setOffer(noCliff);
    QVERIFY(group->isVisible());
    Offer growing;
    growing.growthPct = 8;
    dialog.setOffer(growing);
    QVERIFY(!group->isVisible());
}

void TestOfferDialogEquity::dialogShowsTheCoresMessages()
{
    OfferDialog dialog;
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, u"companyEdit"_s), u"Initech"_s);
    typeInto(child<QComboBox>(&dialog, u"regionCombo"_s)->lineEdit(), u"Austin"_s);
    typeInto(child<QDoubleSpinBox>(&dialog, u"baseSpin"_s), u"150000"_s);
    QPushButton *ok = child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    auto *problems = child<QLabel>(&dialog, u"problemsLabel"_s);
    QVERIFY(ok->isEnabled());

    // Shares without a price.
    QTest::mouseClick(child<QToolButton>(&dialog, u"moreButton"_s), Qt::LeftButton);
    auto *shares = child<QDoubleSpinBox>(&dialog, u"sharesSpin"_s);
    typeInto(shares, u"500"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(u"Price per share is required with the shares"_s), qPrintable(problems->text()));
    typeInto(child<QDoubleSpinBox>(&dialog, u"priceSpin"_s), u"20"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.offer().equityTotal, 10000.0);

    // A grant past the amount limit: the core's own message, on the shares.
    typeInto(shares, u"1000000000"_s);
    typeInto(child<QDoubleSpinBox>(&dialog, u"priceSpin"_s), u"5000"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(u"equity_shares × share_price must be at most 1,000,000,000,000"_s),
             qPrintable(problems->text()));
    QVERIFY(shares->toolTip().contains(u"must be at most"_s));
    typeInto(shares, u"100"_s);
    QVERIFY(ok->isEnabled());
    // The field's own explanation is back once the problem is gone.
    QVERIFY(!shares->toolTip().contains(u"must be at most"_s));
    QVERIFY(!shares->toolTip().isEmpty());
}


QTEST_MAIN(TestOfferDialogEquity)
#include "tst_offerdialogequity.moc"
