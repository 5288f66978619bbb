// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Issue 15 on the Offers tab, offscreen: the horizon and scenario controls redraw the year charts, the scenarios
// chart and the cost of leaving; they are kept in the settings and reach the Counter tab and the PDF. Figures are
// worked out by hand below.
#include "guide/GuideLibrary.h"
#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/counter/CounterWidget.h"
#include "ui/models/OfferCommands.h"
#include "ui/models/OffersModel.h"
#include "ui/models/ScenarioChartModel.h"
#include "ui/offers/CostOfLeavingChart.h"
#include "ui/offers/EquityControls.h"
#include "ui/offers/EquityPreferences.h"
#include "ui/offers/EquityScenariosPanel.h"
#include "ui/offers/OffersWidget.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestEquityUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void scenarioModelHasTheHandComputedTotals();
    void horizonRedrawsEveryChart();
    void scenarioSetAndSliderRedrawTheCharts();
    void badScenarioSetIsNamedAndIgnored();
    void choicesAreKeptInTheSettings();
    void breakEvenAndFlipsAreShown();
    void costOfLeavingFollowsTheVesting();
    void chartsDescribeThemselves();
    void counterAndSummaryGetTheChoices();

private:
    QString storePath() const { return m_dir->filePath(u"offers.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    TemporaryHome m_home; // the settings of test mode (~/.qttest) live here
};

namespace {

// Acme L5 (target): base 100,000 and a 40,000 grant, even over 4 years, no growth.
// Globex: base 92,000 and an 80,000 grant, even, expected to grow 10% a year.
// With S(g) = (1+g) + (1+g)² + (1+g)³ + (1+g)⁴ over 4 years, Acme's total is 400,000 + 10,000 × S(g) and Globex's
// 368,000 + 20,000 × S(g):
//   g      S(g)          Acme          Globex
//   −30%   1.7731        417,731       403,462
//   −15%   2.70863125    427,086.3125  422,172.625
//   0%     4             440,000       448,000
//   +10%   5.1051        451,051       470,102      (Globex's expected case)
//   +25%   7.20703125    472,070.3125  512,140.625
// So Globex wins in its expected case, and Acme at −30% and −15%: the two flips.
Offer acme()
{
    Offer offer;
    offer.company = u"Acme"_s;
    offer.level = u"L5"_s;
    offer.region = u"San Francisco"_s;
    offer.base = 100000;
    offer.equityTotal = 40000;
    offer.target = true;
    return offer;
}

Offer globex()
{
    Offer offer;
    offer.company = u"Globex"_s;
    offer.region = u"San Francisco"_s;
    offer.base = 92000;
    offer.equityTotal = 80000;
    offer.growthPct = 10;
    return offer;
}

struct OffersTab
{
    explicit OffersTab(const QString &store)
        : library(GuideLibrary::load({QStringLiteral(OFFERDESK_SEED_GUIDE)}))
        , widget(store)
    {
        widget.setLibrary(&library);
        widget.resize(1200, 800);
        widget.show();
        widget.undoStack()->push(new AddOffersCommand(widget.model(), {acme(), globex()}, u"Add"_s));
    }
    GuideLibrary library;
    OffersWidget widget;
};

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

double raw(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(ScenarioChartModel::RawValueRole).toDouble();
}

// The equity bars (in thousands) of one year chart.
QList<double> equityBars(QWidget *offers, int chart)
{
    auto *view = child<QChartView>(offers, u"yearChart%1"_s.arg(chart));
    auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
    if (!series)
        return {};
    QList<double> values;
    const QBarSet *equity = series->barSets().at(2);
    for (int i = 0; i < equity->count(); ++i)
        values.append(equity->at(i));
    return values;
}

int yearCategories(QWidget *offers, int chart)
{
    auto *view = child<QChartView>(offers, u"yearChart%1"_s.arg(chart));
    const auto axes = view->chart()->axes(Qt::Horizontal);
    auto *years = qobject_cast<QBarCategoryAxis *>(axes.value(0));
    return years ? int(years->count()) : -1;
}

// The last point of each line of the cost-of-leaving chart.
QList<QPointF> lastLeavingPoints(QWidget *offers)
{
    auto *view = child<QChartView>(offers, u"costOfLeavingChart"_s);
    QList<QPointF> last;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            last.append(line->points().value(line->count() - 1));
    }
    return last;
}

} // namespace

void TestEquityUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEquityUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(u"offers"_s); // each test starts from the default horizon and scenarios
    QFile::remove(OfferStore::defaultPath());
}

void TestEquityUi::scenarioModelHasTheHandComputedTotals()
{
    ScenarioChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(EquityScenarios::analyse({acme(), globex()}, EquityAssumptions()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ScenarioChartModel::ColumnCount));
    QCOMPARE(raw(&model, 0, ScenarioChartModel::WorstColumn), 417731.0);
    QCOMPARE(raw(&model, 0, ScenarioChartModel::ExpectedColumn), 440000.0);
    QCOMPARE(raw(&model, 0, ScenarioChartModel::BestColumn), 472070.3125);
    QCOMPARE(raw(&model, 1, ScenarioChartModel::WorstColumn), 403462.0);
    QCOMPARE(raw(&model, 1, ScenarioChartModel::ExpectedColumn), 470102.0);
    QCOMPARE(raw(&model, 1, ScenarioChartModel::BestColumn), 512140.625);
    QCOMPARE(raw(&model, 1, ScenarioChartModel::ExpectedGrowthColumn), 10.0);
    QCOMPARE(model.index(0, ScenarioChartModel::WorstColumn).data(ScenarioChartModel::GrowthRole).toDouble(), -30.0);
    QCOMPARE(model.index(0, ScenarioChartModel::BestColumn).data(ScenarioChartModel::GrowthRole).toDouble(), 25.0);
    QVERIFY(model.index(0, ScenarioChartModel::OfferColumn).data(ScenarioChartModel::IsTargetRole).toBool());
    QCOMPARE(model.index(0, ScenarioChartModel::OfferColumn).data().toString(), u"Acme L5 ★"_s);
    QCOMPARE(model.highestTotal(), 512140.625);
    QCOMPARE(model.headerData(ScenarioChartModel::ExpectedColumn, Qt::Horizontal).toString(),
             u"Expected, 4-year total"_s);

    // A new horizon resets the model: 2 years of Acme at 0% are 2 × 110,000.
    EquityAssumptions twoYears;
    twoYears.horizonYears = 2;
    model.setAnalysis(EquityScenarios::analyse({acme(), globex()}, twoYears));
    QCOMPARE(raw(&model, 0, ScenarioChartModel::ExpectedColumn), 220000.0);
    // Globex over 2 years at 10%: 184,000 + 20,000 × (1.1 + 1.21).
    QCOMPARE(raw(&model, 1, ScenarioChartModel::ExpectedColumn), 230200.0);
}

void TestEquityUi::horizonRedrawsEveryChart()
{
    OffersTab tab(storePath());
    QWidget *offers = &tab.widget;
    auto *scenarios = child<EquityScenariosPanel>(offers, u"equityScenarios"_s)->model();
    QAbstractItemModelTester tester(scenarios, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(yearCategories(offers, 0), 4);
    QCOMPARE(scenarios->rowCount(), 2);
    QCOMPARE(raw(scenarios, 0, ScenarioChartModel::ExpectedColumn), 440000.0);
    QCOMPARE(lastLeavingPoints(offers).value(0).x(), 48.0);

    auto *horizon = child<QSpinBox>(offers, u"horizonSpin"_s);
    QCOMPARE(horizon->value(), 4);
    typeInto(horizon, u"6"_s);
    QCOMPARE(horizon->value(), 6);
    QCOMPARE(tab.widget.equityAssumptions().horizonYears, 6);
    QCOMPARE(yearCategories(offers, 0), 6);
    QCOMPARE(yearCategories(offers, 1), 6);
    // Acme over 6 years: 600,000 of base and the whole 40,000 grant (it is vested by year 4).
    QCOMPARE(raw(scenarios, 0, ScenarioChartModel::ExpectedColumn), 640000.0);
    QCOMPARE(lastLeavingPoints(offers).value(0).x(), 72.0);
    QCOMPARE(equityBars(offers, 0), (QList<double>{10, 10, 10, 10, 0, 0}));

    typeInto(horizon, u"1"_s);
    QCOMPARE(yearCategories(offers, 0), 1);
    QCOMPARE(raw(scenarios, 0, ScenarioChartModel::ExpectedColumn), 110000.0);
    QCOMPARE(lastLeavingPoints(offers).value(0).x(), 12.0);
}

void TestEquityUi::scenarioSetAndSliderRedrawTheCharts()
{
    OffersTab tab(storePath());
    QWidget *offers = &tab.widget;
    auto *scenarios = child<EquityScenariosPanel>(offers, u"equityScenarios"_s)->model();

    // The expected case: Acme's equity at 0%, Globex's at 10% a year (20,000 × 1.1, × 1.21, …; in thousands).
    QCOMPARE(equityBars(offers, 0), (QList<double>{10, 10, 10, 10}));
    QCOMPARE(equityBars(offers, 1).value(0), 22.0);

    // A new set: worst and best follow it. Acme at −50%: S = 0.5 + 0.25 + 0.125 + 0.0625 = 0.9375.
    auto *set = child<QLineEdit>(offers, u"scenariosEdit"_s);
    typeInto(set, u"-50, 0, 50"_s);
    QTest::keyClick(set, Qt::Key_Return);
    QCOMPARE(tab.widget.equityAssumptions().scenarioGrowthPcts, (QList<double>{-50, 0, 50}));
    QCOMPARE(raw(scenarios, 0, ScenarioChartModel::WorstColumn), 409375.0);
    // At +50%: S = 1.5 + 2.25 + 3.375 + 5.0625 = 12.1875.
    QCOMPARE(raw(scenarios, 0, ScenarioChartModel::BestColumn), 521875.0);
    auto *shown = child<QComboBox>(offers, u"shownCaseCombo"_s);
    QCOMPARE(shown->count(), 5); // expected, the three rates, custom

    // A scenario chosen for the year charts: every stock at +50% a year.
    shown->setCurrentIndex(3);
    emit shown->activated(3);
    QCOMPARE(equityBars(offers, 0), (QList<double>{15, 22.5, 33.75, 50.625}));

    // The slider: every stock at its rate (+20%: 10,000 × 1.2, 1.44, 1.728, 2.0736).
    auto *slider = child<QSlider>(offers, u"customGrowthSlider"_s);
    slider->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(slider, Qt::Key_PageUp); // 5 points a step
    QCOMPARE(slider->value(), 20);
    QCOMPARE(shown->currentIndex(), shown->count() - 1);
    QCOMPARE(child<QLabel>(offers, u"customGrowthValue"_s)->text(), u"+20% a year"_s);
    const QList<double> bars = equityBars(offers, 0);
    QCOMPARE(bars.size(), 4);
    QCOMPARE(bars.at(0), 12.0);
    QVERIFY(qFuzzyCompare(bars.at(3), 20.736));
    // Globex at +20% instead of its own 10%.
    QCOMPARE(equityBars(offers, 1).value(0), 24.0);

    // Back to the expected case.
    shown->setCurrentIndex(0);
    emit shown->activated(0);
    QCOMPARE(equityBars(offers, 1).value(0), 22.0);
}

void TestEquityUi::badScenarioSetIsNamedAndIgnored()
{
    OffersTab tab(storePath());
    QWidget *offers = &tab.widget;
    auto *set = child<QLineEdit>(offers, u"scenariosEdit"_s);
    auto *problem = child<QLabel>(offers, u"scenariosProblem"_s);
    QVERIFY(problem->isHidden());
    typeInto(set, u"-30, lots"_s);
    QTest::keyClick(set, Qt::Key_Return);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(u"lots"_s), qPrintable(problem->text()));
    QCOMPARE(tab.widget.equityAssumptions().scenarioGrowthPcts, EquityAssumptions::defaultScenarios());
    typeInto(set, u"-120"_s);
    QTest::keyClick(set, Qt::Key_Return);
    QVERIFY2(problem->text().contains(u"-120"_s), qPrintable(problem->text()));
    QCOMPARE(tab.widget.equityAssumptions().scenarioGrowthPcts, EquityAssumptions::defaultScenarios());

    // Reset brings the defaults back, and the message goes.
    QTest::mouseClick(child<QToolButton>(offers, u"resetScenarios"_s), Qt::LeftButton);
    QVERIFY(problem->isHidden());
    QCOMPARE(set->text(), u"-30, -15, 0, 10, 25"_s);
}

void TestEquityUi::choicesAreKeptInTheSettings()
{
    {
        OffersTab tab(storePath());
        typeInto(child<QSpinBox>(&tab.widget, u"horizonSpin"_s), u"3"_s);
        auto *set = child<QLineEdit>(&tab.widget, u"scenariosEdit"_s);
        typeInto(set, u"-20, 40"_s);
        QTest::keyClick(set, Qt::Key_Return);
    }
    const EquityAssumptions kept = EquityPreferences::assumptions();
    QCOMPARE(kept.horizonYears, 3);
    QCOMPARE(kept.scenarioGrowthPcts, (QList<double>{-20, 40}));

    // The next start shows them.
    OffersTab again(storePath());
    QCOMPARE(child<QSpinBox>(&again.widget, u"horizonSpin"_s)->value(), 3);
    QCOMPARE(child<QLineEdit>(&again.widget, u"scenariosEdit"_s)->text(), u"-20, 40"_s);
    QCOMPARE(again.widget.equityAnalysis().assumptions, kept);
    QCOMPARE(again.widget.chosenEquityAssumptions(), std::optional(kept));

    // A damaged setting gives the defaults, not an error.
    QSettings().setValue(u"offers/horizonYears"_s, u"99"_s);
    QSettings().setValue(u"offers/scenarios"_s, u"a,b"_s);
    QCOMPARE(EquityPreferences::assumptions(), EquityAssumptions());
}

void TestEquityUi::breakEvenAndFlipsAreShown()
{
    OffersTab tab(storePath());
    QWidget *offers = &tab.widget;
    const EquityAnalysis &analysis = tab.widget.equityAnalysis();
    QCOMPARE(analysis.breakEvens.size(), 1);
    auto *breakEvens = child<QLabel>(offers, u"breakEvens"_s);
    for (const QString &statement : analysis.breakEvens.first().statements)
        QVERIFY2(breakEvens->text().contains(statement.toHtmlEscaped()), qPrintable(breakEvens->text()));
    // Acme ahead at −30% and −15%, Globex in its expected case: the flips are highlighted.
    auto *flips = child<QLabel>(offers, u"rankingFlips"_s);
    QVERIFY(!analysis.flips.isEmpty());
    QVERIFY(!flips->isHidden());
    for (const RankingFlip &flip : analysis.flips) {
        QVERIFY(flip.growthPct < 0);
        QVERIFY2(flips->text().contains(flip.sentence.toHtmlEscaped()), qPrintable(flips->text()));
    }
    QVERIFY(!flips->styleSheet().isEmpty());

    // A set with no falling stock has no flip: the box goes, and the sentences say so.
    auto *set = child<QLineEdit>(offers, u"scenariosEdit"_s);
    typeInto(set, u"0, 10"_s);
    QTest::keyClick(set, Qt::Key_Return);
    QVERIFY(tab.widget.equityAnalysis().flips.isEmpty());
    QVERIFY(flips->isHidden());
    QVERIFY2(breakEvens->text().contains(u"No scenario in the set changes"_s), qPrintable(breakEvens->text()));
}

void TestEquityUi::costOfLeavingFollowsTheVesting()
{
    OffersTab tab(storePath());
    auto *view = child<QChartView>(&tab.widget, u"costOfLeavingChart"_s);
    const QList<QAbstractSeries *> series = view->chart()->series();
    QCOMPARE(series.size(), 2);
    auto *acmeLine = qobject_cast<QLineSeries *>(series.at(0));
    QVERIFY(acmeLine);
    QCOMPARE(acmeLine->name(), u"Acme L5"_s);
    // Every 3 months from 3 to 48: before the 12-month cliff the whole 40,000 is given up; then a quarter a year.
    QCOMPARE(acmeLine->count(), 16);
    QCOMPARE(acmeLine->at(0), QPointF(3, 40000));
    QCOMPARE(acmeLine->at(3), QPointF(12, 30000));
    QCOMPARE(acmeLine->at(7), QPointF(24, 20000));
    QCOMPARE(acmeLine->at(15), QPointF(48, 0));
    auto *globexLine = qobject_cast<QLineSeries *>(series.at(1));
    QCOMPARE(globexLine->at(0), QPointF(3, 80000)); // at today's price, whatever the growth
}

void TestEquityUi::chartsDescribeThemselves()
{
    OffersTab tab(storePath());
    QWidget *offers = &tab.widget;
    auto *scenarioChart = child<QChartView>(offers, u"scenarioChart"_s);
    QVERIFY(!scenarioChart->accessibleName().isEmpty());
    const QString scenarioWords = scenarioChart->accessibleDescription();
    QVERIFY2(scenarioWords.contains(u"Acme L5: from $417,731 (stock −30% a year)"_s), qPrintable(scenarioWords));
    QVERIFY2(scenarioWords.contains(u"expected $470,102 (stock +10% a year)"_s), qPrintable(scenarioWords));
    auto *leaving = child<QChartView>(offers, u"costOfLeavingChart"_s);
    QVERIFY(!leaving->accessibleName().isEmpty());
    QVERIFY2(leaving->accessibleDescription().contains(u"Acme L5: $40,000 at month 3, $0 at month 48"_s),
             qPrintable(leaving->accessibleDescription()));
    auto *yearChart = child<QChartView>(offers, u"yearChart0"_s);
    QVERIFY2(yearChart->accessibleDescription().contains(u"year 1 $110,000"_s),
             qPrintable(yearChart->accessibleDescription()));
    for (const QString &name : {u"horizonSpin"_s, u"scenariosEdit"_s, u"customGrowthSlider"_s}) {
        auto *control = child<QWidget>(offers, name);
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!control->accessibleDescription().isEmpty(), qPrintable(name));
    }
    QVERIFY(!child<QWidget>(offers, u"shownCaseCombo"_s)->accessibleName().isEmpty());
    QVERIFY(!child<QWidget>(offers, u"breakEvens"_s)->accessibleName().isEmpty());
    QVERIFY(!child<QWidget>(offers, u"rankingFlips"_s)->accessibleName().isEmpty());
    QVERIFY(!child<QWidget>(offers, u"equityScenarios"_s)->accessibleName().isEmpty());

    // The words follow the horizon.
    typeInto(child<QSpinBox>(offers, u"horizonSpin"_s), u"2"_s);
    QVERIFY2(scenarioChart->accessibleDescription().contains(u"over 2 years"_s),
             qPrintable(scenarioChart->accessibleDescription()));
}

void TestEquityUi::counterAndSummaryGetTheChoices()
{
    {
        OfferStore store;
        QVERIFY(store.open().has_value());
        Offer hf = acme();
        hf.company = u"Hugging Face Enterprise"_s;
        hf.level.clear();
        QVERIFY(store.insertAll({hf, globex()}).has_value());
    }
    MainWindow window({QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
                       QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    QVERIFY(waitForLibrary(window));
    OffersWidget *offers = window.offersWidget();
    // Globex has a growth of its own: the counter is tested against the default scenarios, as `suggest` does.
    QCOMPARE(window.counterWidget()->input().scenarios, std::optional(EquityAssumptions()));
    QVERIFY(!window.negotiationSummaryInput()->equity); // the defaults: the summary decides by itself

    typeInto(child<QSpinBox>(offers, u"horizonSpin"_s), u"5"_s);
    auto *set = child<QLineEdit>(offers, u"scenariosEdit"_s);
    typeInto(set, u"-40, 0, 20"_s);
    QTest::keyClick(set, Qt::Key_Return);
    EquityAssumptions chosen;
    chosen.horizonYears = 5;
    chosen.scenarioGrowthPcts = {-40, 0, 20};
    QCOMPARE(window.counterWidget()->input().scenarios, std::optional(chosen));
    const std::optional<NegotiationReportInput> summary = window.negotiationSummaryInput();
    QVERIFY(summary);
    QCOMPARE(summary->equity, std::optional(chosen));
}

QTEST_MAIN(TestEquityUi)
#include "tst_equityui.moc"
