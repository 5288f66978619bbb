// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The offer dialog's equity type switch and stock options fields (OptionsFieldsWidget), offscreen.
#include "ui/offers/OfferDialog.h"
#include "ui/offers/OptionsFieldsWidget.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestOptionsFields : public QObject
{
    Q_OBJECT

private slots:
    void optionsFieldsShowOnlyForOptions();
    void roundTripsAnOptionsOffer();
    void everyFieldIsExplained();
    void problemsNameTheOptionsFields();
    void paperValueNoteAndUnderwater();
    void moreTermsOpenWhenTheOfferStatesThem();
};

namespace {

Offer startup()
{
    Offer o;
    o.company = u"Nimbus Labs"_s;
    o.level = u"Senior"_s;
    o.region = u"San Francisco"_s;
    o.currency = u"USD"_s;
    o.base = 175000;
    o.equityType = EquityType::Options;
    o.stockOptions.count = 20000;
    o.stockOptions.strikePrice = 2;
    o.stockOptions.preferredPrice = 10;
    o.stockOptions.dilutionPct = 20;
    o.stockOptions.roundsToExit = 1;
    o.stockOptions.expectedExitMultiple = 1.5;
    return o;
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

void TestOptionsFields::optionsFieldsShowOnlyForOptions()
{
    OfferDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *group = child<QGroupBox>(dialog, u"optionsGroup"_s);
    auto *equity = child<QDoubleSpinBox>(dialog, u"equitySpin"_s);
    QVERIFY(!group->isVisible());
    QVERIFY(equity->isVisible());
    QTest::mouseClick(child<QRadioButton>(dialog, u"equityTypeOptions"_s), Qt::LeftButton);
    QVERIFY(group->isVisible());
    // An options offer's equity is its options: the RSU total is hidden and not counted.
    QVERIFY(!equity->isVisible());
    QCOMPARE(dialog.offer().equityType, EquityType::Options);
    QTest::mouseClick(child<QRadioButton>(dialog, u"equityTypeRsu"_s), Qt::LeftButton);
    QVERIFY(!group->isVisible());
    QVERIFY(equity->isVisible());
    QCOMPARE(dialog.offer().equityType, EquityType::Rsu);
    QCOMPARE(dialog.offer().stockOptions, StockOptions());
}

void TestOptionsFields::roundTripsAnOptionsOffer()
{
    OfferDialog dialog;
    Offer offer = startup();
    offer.stockOptions.fmvPrice = 3.5;
    offer.stockOptions.fullyDilutedShares = 10000000;
    offer.stockOptions.preferenceTotal = 5000000;
    offer.stockOptions.exerciseWindowDays = 3650;
    dialog.setOffer(offer);
    QCOMPARE(dialog.offer(), offer);
    QVERIFY(dialog.problems().isEmpty());
    // Typing into a field changes the offer.
    auto *strike = child<QDoubleSpinBox>(dialog, u"strike_price"_s);
    strike->selectAll();
    QTest::keyClicks(strike, u"2.5"_s);
    QCOMPARE(dialog.offer().stockOptions.strikePrice, 2.5);
    auto *rounds = child<QSpinBox>(dialog, u"rounds_to_exit"_s);
    rounds->setValue(3);
    QCOMPARE(dialog.offer().stockOptions.roundsToExit, 3);
    // An RSU offer's equity total stays as it was.
    Offer rsu = startup();
    rsu.equityType = EquityType::Rsu;
    rsu.stockOptions = StockOptions();
    rsu.equityTotal = 240000;
    dialog.setOffer(rsu);
    QCOMPARE(dialog.offer(), rsu);
}

void TestOptionsFields::everyFieldIsExplained()
{
    OfferDialog dialog;
    dialog.setOffer(startup());
    auto *widget = dialog.findChild<OptionsFieldsWidget *>();
    QVERIFY(widget);
    for (const QString &field : {u"options"_s, u"strike_price"_s, u"preferred_price"_s, u"fmv_price"_s,
                                 u"fully_diluted_shares"_s, u"preference_total"_s, u"dilution_pct"_s,
                                 u"rounds_to_exit"_s, u"exercise_window_days"_s, u"expected_exit_multiple"_s}) {
        QWidget *editor = widget->widgetFor(field);
        QVERIFY2(editor, qPrintable(field));
        QVERIFY2(editor->toolTip().size() > 40, qPrintable(field));
        QVERIFY2(!editor->toolTip().contains(u"http"_s), qPrintable(field)); // link-free
        QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(field));
        // The one-line explanation sits right under the editor.
        const QList<QLabel *> hints = editor->parentWidget()->findChildren<QLabel *>();
        QCOMPARE(hints.size(), 1);
        QVERIFY2(!hints.first()->text().isEmpty(), qPrintable(field));
        QVERIFY(editor->accessibleDescription().startsWith(hints.first()->text()));
    }
    // The terms the issue names are explained in words.
    QVERIFY(widget->widgetFor(u"strike_price"_s)->toolTip().contains(u"strike"_s));
    QVERIFY(widget->widgetFor(u"fmv_price"_s)->toolTip().contains(u"409A"_s));
    QVERIFY(widget->widgetFor(u"preference_total"_s)->toolTip().contains(u"preference"_s));
    QVERIFY(widget->widgetFor(u"dilution_pct"_s)->toolTip().contains(u"Dilution"_s));
}

void TestOptionsFields::problemsNameTheOptionsFields()
{
    OfferDialog dialog;
    Offer offer = startup();
    offer.stockOptions.count = 0;
    dialog.setOffer(offer);
    const QList<OffersJson::FieldProblem> problems = dialog.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, u"options"_s);
    auto *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    const QString shown = child<QLabel>(dialog, u"problemsLabel"_s)->text();
    QVERIFY2(shown.contains(u"Options is required for an options offer"_s), qPrintable(shown));
    QVERIFY(child<QDoubleSpinBox>(dialog, u"options"_s)->styleSheet().contains(u"border"_s));
    child<QDoubleSpinBox>(dialog, u"options"_s)->setValue(20000);
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(ok->isEnabled());
    QVERIFY(child<QDoubleSpinBox>(dialog, u"options"_s)->styleSheet().isEmpty());
}

void TestOptionsFields::paperValueNoteAndUnderwater()
{
    OfferDialog dialog;
    dialog.setOffer(startup());
    auto *note = child<QLabel>(dialog, u"optionsNote"_s);
    // 20,000 × ($10 − $2) on paper; at 1.5×: 20,000 × ($12 − $2) = $200,000; 20,000 × $2 to exercise.
    QVERIFY2(note->text().contains(u"Paper value $160,000"_s), qPrintable(note->text()));
    QVERIFY2(note->text().contains(u"never counted as pay"_s), qPrintable(note->text()));
    QVERIFY2(note->text().contains(u"$200,000"_s), qPrintable(note->text()));
    QVERIFY2(note->text().contains(u"$40,000"_s), qPrintable(note->text()));
    QVERIFY(!note->text().contains(u"Underwater"_s));
    child<QDoubleSpinBox>(dialog, u"strike_price"_s)->setValue(12);
    QVERIFY2(note->text().contains(u"Underwater at the last round's price"_s), qPrintable(note->text()));
    // A warning only: the offer can still be saved.
    QVERIFY(dialog.problems().isEmpty());
}

void TestOptionsFields::moreTermsOpenWhenTheOfferStatesThem()
{
    OfferDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setOffer(startup());
    auto *more = child<QWidget>(dialog, u"moreOptionTerms"_s);
    auto *button = child<QToolButton>(dialog, u"moreOptionTermsButton"_s);
    QVERIFY(!more->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(more->isVisible());
    Offer stated = startup();
    stated.stockOptions.preferenceTotal = 5000000;
    stated.stockOptions.fullyDilutedShares = 10000000;
    dialog.setOffer(stated);
    QVERIFY(more->isVisible());
    dialog.setOffer(startup());
    QVERIFY(!more->isVisible());
}

QTEST_MAIN(TestOptionsFields)
#include "tst_optionsfields.moc"
