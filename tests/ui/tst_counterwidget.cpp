// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The Counter tab: choose the target, see the asks, set one by hand and see it marked, undo it, and see a setting
// change update the suggestion at once.

#include "guide/GuideParser.h"
#include "ui/counter/CounterWidget.h"
#include "ui/models/CounterTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

Offer makeOffer(const QString &company, const QString &level, double base, double equity, double bonusPct)
{
    Offer offer;
    offer.company = company;
    offer.level = level;
    offer.region = u"San Francisco"_s;
    offer.currency = u"USD"_s;
    offer.base = base;
    offer.equityTotal = equity;
    offer.bonusPct = bonusPct;
    return offer;
}

} // namespace

class TestCounterWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectTargetAndSeeTheAsks();
    void overrideIsMarkedAndUndone();
    void settingChangeUpdatesAtOnce();
    void copyPutsTheScriptOnTheClipboard();
    void statusSaysTheCounterMeetsTheFloor();
    void walkAwayRaisesTheFloorAndTheAsks();
    void statusSaysTheBandCannotReachTheFloor();
    void statusSaysHandSetAsksLeaveItBelow();
    void raisedAsksAreMarkedInTheTable();

private:
    QString askText(int row) const;
    QString floorStatus() const;
    void enterWalkAway(const QString &typed);
    double askValue(int row) const;

    Guide m_guide;
    RegionBand m_band;
    QList<BandComparison> m_offers;
    std::unique_ptr<CounterWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCounterWidget::initTestCase()
{
    const GuideParseResult parsed = GuideParser::parseFile(QStringLiteral(OFFERDESK_SEED_GUIDE), QDate(2026, 3, 1));
    QVERIFY(parsed.ok());
    m_guide = *parsed.guide;
    m_band = *m_guide.findRegion(u"San Francisco"_s);
    // Made-up offers against the seed guide's San Francisco band (base 170,000–220,000, stock 140,000–250,000).
    for (const Offer &offer : {makeOffer(u"Acme Robotics"_s, u"SWE II"_s, 180000, 160000, 5),
                               makeOffer(u"Globex"_s, u"L4"_s, 205000, 230000, 10),
                               makeOffer(u"Initech"_s, QString(), 175000, 150000, 0)}) {
        const Result<BandComparison> comparison = compareWithBand(offer, m_band, ExchangeRates());
        QVERIFY2(comparison, qPrintable(comparison ? QString() : comparison.message()));
        m_offers.append(*comparison);
    }
}

void TestCounterWidget::init()
{
    m_widget = std::make_unique<CounterWidget>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_widget->tableModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_widget->setOffers(m_guide, m_band, m_offers, 0);
    m_widget->resize(1024, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestCounterWidget::cleanup()
{
    m_tester.reset();
    m_widget.reset();
}

QString TestCounterWidget::askText(int row) const
{
    const CounterTableModel *model = m_widget->tableModel();
    return model->data(model->index(row, CounterTableModel::AskColumn)).toString();
}

QString TestCounterWidget::floorStatus() const
{
    auto *label = m_widget->findChild<QLabel *>(u"floorStatusLabel"_s);
    return label && label->isVisible() ? label->text() : QString();
}

// As a person types it: select what the field shows, type the figure, press Enter.
void TestCounterWidget::enterWalkAway(const QString &typed)
{
    auto *walkAway = m_widget->findChild<QDoubleSpinBox *>(u"walkAway"_s);
    QVERIFY(walkAway);
    walkAway->setFocus();
    QTest::keyClick(walkAway, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(walkAway, typed);
    QTest::keyClick(walkAway, Qt::Key_Return);
}

double TestCounterWidget::askValue(int row) const
{
    const CounterTableModel *model = m_widget->tableModel();
    return model->data(model->index(row, CounterTableModel::AskColumn), CounterTableModel::RawValueRole).toDouble();
}

void TestCounterWidget::selectTargetAndSeeTheAsks()
{
    auto *chooser = m_widget->findChild<QComboBox *>(u"targetChooser"_s);
    QVERIFY(chooser);
    QCOMPARE(chooser->count(), 3);
    QCOMPARE(chooser->currentText(), u"Acme Robotics SWE II"_s);
    // Acme: Globex's base of 205,000 is inside the band; the balanced step (75%) asks 210,000, raised to 215,000 so
    // the counter reaches the floor of 283,000 a year over 4 years (Globex L4's value).
    QCOMPARE(askValue(0), 215000.0);
    QCOMPARE(askText(0), u"$215,000"_s);
    QCOMPARE(askValue(1), 230000.0); // Globex's equity, inside the band

    QSignalSpy changed(m_widget.get(), &CounterWidget::suggestionChanged);
    chooser->setCurrentIndex(2); // negotiate with Initech instead
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_widget->input().target.offer.company, u"Initech"_s);
    QCOMPARE(m_widget->input().competing.size(), 2);
    QVERIFY(m_widget->suggestion().bestAlternative);
    QCOMPARE(m_widget->suggestion().bestAlternative->label, u"Globex L4"_s);
    const CounterTableModel *model = m_widget->tableModel();
    QCOMPARE(model->data(model->index(0, CounterTableModel::CurrentColumn)).toString(), u"$175,000"_s);
    QCOMPARE(model->data(model->index(0, CounterTableModel::BestAlternativeColumn)).toString(), u"$205,000"_s);
    auto *floor = m_widget->findChild<QLabel *>(u"floorLabel"_s);
    QVERIFY(floor->text().contains(u"Globex L4"_s));
    auto *rationale = m_widget->findChild<QLabel *>(u"rationaleLabel"_s);
    QVERIFY(rationale->text().contains(u"Globex L4"_s));
}

void TestCounterWidget::overrideIsMarkedAndUndone()
{
    CounterTableModel *model = m_widget->tableModel();
    const double suggestedSignOn = askValue(2);
    const double firstYear = m_widget->suggestion().counterFirstYear;
    QVERIFY(!model->data(model->index(2, CounterTableModel::AskColumn), CounterTableModel::OverriddenRole).toBool());

    // Through the table, as a double-click edit commits it.
    auto *table = m_widget->findChild<QTableView *>(u"counterTable"_s);
    QVERIFY(table->model()->flags(model->index(2, CounterTableModel::AskColumn)) & Qt::ItemIsEditable);
    QVERIFY(table->model()->setData(model->index(2, CounterTableModel::AskColumn), 40000.0));

    QVERIFY(model->data(model->index(2, CounterTableModel::AskColumn), CounterTableModel::OverriddenRole).toBool());
    QCOMPARE(askText(2), u"$40,000 ✎"_s);
    QVERIFY(m_widget->suggestion().isOverridden(CounterPart::SignOn));
    QCOMPARE(m_widget->suggestion().counterFirstYear, firstYear - suggestedSignOn + 40000);
    QVERIFY(m_widget->findChild<QLabel *>(u"rationaleLabel"_s)->text().contains(u"set by hand"_s));
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText().contains(u"$40K signing bonus"_s));
    QVERIFY(m_widget->findChild<QPushButton *>(u"clearOverrides"_s)->isEnabled());

    m_widget->undoStack()->undo();
    QVERIFY(!model->data(model->index(2, CounterTableModel::AskColumn), CounterTableModel::OverriddenRole).toBool());
    QCOMPARE(askValue(2), suggestedSignOn);
    m_widget->undoStack()->redo();
    QCOMPARE(askValue(2), 40000.0);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"clearOverrides"_s), Qt::LeftButton);
    QCOMPARE(askValue(2), suggestedSignOn);
    QVERIFY(!m_widget->suggestion().isOverridden(CounterPart::SignOn));
}

void TestCounterWidget::settingChangeUpdatesAtOnce()
{
    // Alone (no competing offer), boldness decides the step: bold asks the band's top.
    m_widget->setOffers(m_guide, m_band, {m_offers.at(0)}, 0);
    QCOMPARE(askValue(0), 210000.0);
    auto *boldness = m_widget->findChild<QComboBox *>(u"boldness"_s);
    boldness->setCurrentIndex(boldness->findData(int(Boldness::Bold)));
    QCOMPARE(askValue(0), 220000.0);
    QCOMPARE(m_widget->input().settings.boldness, Boldness::Bold);

    m_widget->setOffers(m_guide, m_band, m_offers, 0);
    const double floor = m_widget->suggestion().floorAnnualized;
    m_widget->findChild<QDoubleSpinBox *>(u"premium"_s)->setValue(10);
    QCOMPARE(m_widget->suggestion().floorAnnualized, floor * 0.9);
}

void TestCounterWidget::copyPutsTheScriptOnTheClipboard()
{
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyScript"_s), Qt::LeftButton);
    // The levers that fit follow the words to say, as the script box shows them.
    QCOMPARE(QApplication::clipboard()->text(), m_widget->suggestion().scriptWithLevers());
    QCOMPARE(m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText(), m_widget->suggestion().scriptWithLevers());
    QVERIFY(m_widget->suggestion().script.contains(u"I'm holding a Globex L4 offer"_s));
}

void TestCounterWidget::statusSaysTheCounterMeetsTheFloor()
{
    auto *walkAway = m_widget->findChild<QDoubleSpinBox *>(u"walkAway"_s);
    QVERIFY(walkAway);
    QCOMPARE(walkAway->text(), u"None"_s);
    QCOMPARE(walkAway->accessibleName(), u"Walk-away figure"_s);
    QVERIFY(walkAway->toolTip().contains(u"4-year average"_s));
    QCOMPARE(walkAway->prefix(), u"$"_s);
    QVERIFY(!m_widget->input().settings.walkAway);

    const CounterSuggestion &s = m_widget->suggestion();
    QVERIFY(s.meetsFloor);
    QCOMPARE(s.floorSource, FloorSource::Alternative);
    QCOMPARE(floorStatus(), u"<b>Meets your floor.</b> The counter meets your floor of $283,000 a year over 4 years "
                            u"(from your best alternative, Globex L4)."_s);
    QVERIFY(m_widget->findChild<QLabel *>(u"floorLabel"_s)->text().contains(u"from your best alternative, Globex L4"_s));
    // The tab shows the engine's script as it is: it commits at the asks and never says the floor.
    const QString script = m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText();
    QCOMPARE(script, s.scriptWithLevers());
    QVERIFY(s.script.endsWith(u"If we can get to those numbers, I'm ready to sign."_s));
    QVERIFY(!script.contains(u"floor"_s) && !script.contains(u"283"_s));

    m_widget->findChild<QDoubleSpinBox *>(u"premium"_s)->setValue(5);
    QVERIFY2(floorStatus().contains(u"(from your best alternative, Globex L4, less your 5% premium)"_s),
             qPrintable(floorStatus()));
}

void TestCounterWidget::walkAwayRaisesTheFloorAndTheAsks()
{
    QSignalSpy changed(m_widget.get(), &CounterWidget::suggestionChanged);
    enterWalkAway(u"300000"_s);
    QCOMPARE(changed.count(), 1); // once, when the figure is entered
    QCOMPARE(m_widget->input().settings.walkAway, std::optional<double>(300000));
    const CounterSuggestion &s = m_widget->suggestion();
    QCOMPARE(s.floorAnnualized, 300000.0);
    QCOMPARE(s.floorSource, FloorSource::Stated);
    // Base and equity rise to the band's top (from 215,000 and 230,000), then the sign-on (from 5,000).
    QCOMPARE(askValue(0), 220000.0);
    QCOMPARE(askValue(1), 250000.0);
    QCOMPARE(askValue(2), 26000.0);
    QCOMPARE(s.counterAnnualized, 300000.0);
    QVERIFY(s.meetsFloor);
    QCOMPARE(floorStatus(), u"<b>Meets your floor.</b> The counter meets your floor of $300,000 a year over 4 years "
                            u"(from your stated walk-away)."_s);
    QCOMPARE(m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText(), s.scriptWithLevers());
    QVERIFY(s.script.contains(u"I need $220K base, $250K equity over 4 years, and a $26K signing bonus. If we can get "
                              u"to those numbers, I'm ready to sign."_s));
    QVERIFY(!s.script.contains(u"300"_s));

    // Back to None: the floor comes from the best alternative again.
    enterWalkAway(u"0"_s);
    QCOMPARE(m_widget->findChild<QDoubleSpinBox *>(u"walkAway"_s)->text(), u"None"_s);
    QVERIFY(!m_widget->input().settings.walkAway);
    QCOMPARE(m_widget->suggestion().floorAnnualized, 283000.0);
    QCOMPARE(askValue(0), 215000.0);
}

void TestCounterWidget::statusSaysTheBandCannotReachTheFloor()
{
    enterWalkAway(u"500000"_s);
    const CounterSuggestion &s = m_widget->suggestion();
    QVERIFY(!s.meetsFloor);
    QVERIFY(!s.bandCanReachFloor);
    // The asks sit at the band's top, the sign-on at its limit, a quarter of the base ask.
    QCOMPARE(askValue(0), 220000.0);
    QCOMPARE(askValue(1), 250000.0);
    QCOMPARE(askValue(2), 55000.0);
    QCOMPARE(floorStatus(), u"<b>Below your floor: this band can't reach it.</b> This company's band can't "
                            u"reach your floor of $500,000 a year over 4 years (from your stated walk-away): the "
                            u"script asks for a higher level, a larger sign-on or an exception, and commits to "
                            u"nothing."_s);
    const QString script = m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText();
    QCOMPARE(script, s.scriptWithLevers());
    QVERIFY(script.contains(u"a higher level, more on the signing bonus, or an exception to the band would get us there"_s));
    QVERIFY(!script.contains(u"ready to sign"_s));
    QVERIFY(!script.contains(u"500"_s));
}

void TestCounterWidget::statusSaysHandSetAsksLeaveItBelow()
{
    m_widget->setOverride(CounterPart::Base, 180000);
    const CounterSuggestion &s = m_widget->suggestion();
    QVERIFY(!s.meetsFloor);
    QVERIFY(s.bandCanReachFloor);
    QCOMPARE(s.counterAnnualized, 247750.0);
    QCOMPARE(floorStatus(), u"<b>Below your floor: your hand-set asks leave it short.</b> Your hand-set asks leave "
                            u"the counter at $247,750 a year over 4 years, below your floor of $283,000 a year over 4 "
                            u"years (from your best alternative, Globex L4): the script commits to nothing. The "
                            u"suggested asks reach it."_s);
    QCOMPARE(m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText(), s.scriptWithLevers());
    QVERIFY(!s.script.contains(u"ready to sign"_s));

    m_widget->undoStack()->undo();
    QVERIFY(floorStatus().startsWith(u"<b>Meets your floor.</b>"_s));
}

void TestCounterWidget::raisedAsksAreMarkedInTheTable()
{
    // Acme's base was raised from the balanced 210,000 to 215,000 to reach the floor; equity rests on Globex alone.
    const CounterTableModel *model = m_widget->tableModel();
    const QModelIndex base = model->index(0, CounterTableModel::AskColumn);
    const QModelIndex equity = model->index(1, CounterTableModel::AskColumn);
    QVERIFY(m_widget->suggestion().isRaisedToFloor(CounterPart::Base));
    QVERIFY(model->data(base, CounterTableModel::RaisedToFloorRole).toBool());
    QVERIFY(model->data(base, Qt::ToolTipRole).toString().contains(u"raised to reach your walk-away floor"_s));
    QCOMPARE(model->data(base, Qt::AccessibleDescriptionRole).toString(), u"raised to reach the floor"_s);
    QVERIFY(!model->data(equity, CounterTableModel::RaisedToFloorRole).toBool());
    QVERIFY(!model->data(equity, Qt::ToolTipRole).toString().contains(u"raised"_s));
    // The display keeps its amount alone.
    QCOMPARE(askText(0), u"$215,000"_s);

    // A hand-set ask is the person's, not raised by the engine.
    m_widget->setOverride(CounterPart::Base, 216000);
    QVERIFY(!model->data(base, CounterTableModel::RaisedToFloorRole).toBool());
    QCOMPARE(model->data(base, Qt::AccessibleDescriptionRole).toString(), u"set by hand"_s);
}

QTEST_MAIN(TestCounterWidget)
#include "tst_counterwidget.moc"
