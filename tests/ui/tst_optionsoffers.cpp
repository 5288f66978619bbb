// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Stock options on the Offers tab, offscreen: the offers table, the exits row, the scenarios chart's exit marks
// (paper value and break-even marked) and the year charts at a chosen exit.
#include "guide/GuideLibrary.h"
#include "offers/OfferStore.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/counter/CounterWidget.h"
#include "support/TemporaryHome.h"
#include "ui/models/OfferCommands.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/EquityScenariosPanel.h"
#include "ui/offers/OffersWidget.h"
#include "ui/offers/OptionsExitControl.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOptionsOffers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tableCountsTheExpectedExit();
    void exitsRowShowsOnlyWithOptions();
    void scenariosChartMarksExitsPaperValueAndBreakEven();
    void yearChartsShowTheChosenExit();
    void exitSetIsEditableAndKept();
    void counterAndSummaryGetTheExits();

private:
    QString storePath() const { return m_dir->filePath(u"offers.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    TemporaryHome m_home; // the settings of test mode live here
};

namespace {

// The README's example: Nimbus Labs ($175,000 base; 20,000 options at $2, $10 last round, 20% dilution over one
// round; exit price 8m) against Globex L5 ($290,000 a year). Over 4 years Nimbus comes to 700,000 + 20,000 × (8m − 2):
// 700,000 at 0×, 820,000 at 1× (expected), 1,140,000 at 3×, 2,260,000 at 10×; 860,000 at its paper value; it
// reaches Globex's 1,160,000 at m = 3.125.
Offer nimbus()
{
    Offer o;
    o.company = u"Nimbus Labs"_s;
    o.level = u"Senior"_s;
    o.region = u"San Francisco"_s;
    o.base = 175000;
    o.target = true;
    o.equityType = EquityType::Options;
    o.stockOptions.count = 20000;
    o.stockOptions.strikePrice = 2;
    o.stockOptions.preferredPrice = 10;
    o.stockOptions.dilutionPct = 20;
    o.stockOptions.roundsToExit = 1;
    return o;
}

Offer globex()
{
    Offer o;
    o.company = u"Globex"_s;
    o.level = u"L5"_s;
    o.region = u"San Francisco"_s;
    o.base = 200000;
    o.bonusPct = 15;
    o.equityTotal = 240000;
    return o;
}

struct OffersTab
{
    explicit OffersTab(const QString &store, const QList<Offer> &offers)
        : library(GuideLibrary::load({QStringLiteral(OFFERDESK_SEED_GUIDE)}))
        , widget(store)
    {
        widget.setLibrary(&library);
        widget.resize(1200, 800);
        widget.show();
        widget.undoStack()->push(new AddOffersCommand(widget.model(), offers, u"Add"_s));
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

QList<QPointF> pointsOf(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name) {
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                return xy->points();
        }
    }
    return {};
}

// The equity bars (in thousands) of one year chart.
QList<double> equityBars(QWidget *widget, int index)
{
    auto *view = child<QChartView>(widget, u"yearChart%1"_s.arg(index));
    const auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().first());
    QList<double> bars;
    const QBarSet *equity = series->barSets().at(2);
    for (int i = 0; i < equity->count(); ++i)
        bars.append(equity->at(i));
    return bars;
}

} // namespace

void TestOptionsOffers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOptionsOffers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().clear();
}

void TestOptionsOffers::tableCountsTheExpectedExit()
{
    OffersTab tab(storePath(), {nimbus(), globex()});
    const OffersModel *model = tab.widget.model();
    const int row = model->rowOf(model->offers().first().id);
    // At 1×: ($8 − $2) × 20,000 = $120,000 over 4 years; never the $160,000 paper value.
    QCOMPARE(model->index(row, OffersModel::AnnualizedColumn).data(OffersModel::RawValueRole).toDouble(), 205000.0);
    QVERIFY2(model->index(row, OffersModel::EquityColumn).data().toString().contains(u"options"_s),
             qPrintable(model->index(row, OffersModel::EquityColumn).data().toString()));
    QCOMPARE(model->index(row, OffersModel::EquityColumn).data(OffersModel::RawValueRole).toDouble(), 120000.0);
}

void TestOptionsOffers::exitsRowShowsOnlyWithOptions()
{
    OffersTab rsu(storePath(), {globex()});
    QVERIFY(!child<OptionsExitControl>(&rsu.widget, u"optionsExitControl"_s)->isVisible());
    QTemporaryDir other;
    OffersTab options(other.filePath(u"offers.sqlite"_s), {nimbus(), globex()});
    QVERIFY(child<OptionsExitControl>(&options.widget, u"optionsExitControl"_s)->isVisible());
}

void TestOptionsOffers::scenariosChartMarksExitsPaperValueAndBreakEven()
{
    OffersTab tab(storePath(), {nimbus(), globex()});
    auto *panel = child<EquityScenariosPanel>(&tab.widget, u"equityScenarios"_s);
    QChart *chart = panel->scenarioChart()->chart();
    // Nimbus is the first offer, at the top (y = 1): its exits, less the expected 1× under the diamond.
    QCOMPARE(pointsOf(chart, u"Exit"_s),
             (QList<QPointF>{{700000, 1}, {740000, 1}, {1140000, 1}, {2260000, 1}}));
    QCOMPARE(pointsOf(chart, u"Paper value"_s), (QList<QPointF>{{860000, 1}}));
    const QList<QPointF> breakEven = pointsOf(chart, u"Break-even"_s);
    QCOMPARE(breakEven.size(), 2);
    QCOMPARE(breakEven.first().x(), 1160000.0);
    // Its range spans its exits, not the growth scenarios (which don't move options).
    QCOMPARE(pointsOf(chart, u"Nimbus Labs Senior"_s), (QList<QPointF>{{700000, 1}, {2260000, 1}}));
    QVERIFY(chart->title().contains(u"options by exit"_s));
    // The sentence is under the chart, and the chart says it in words.
    QVERIFY2(child<QLabel>(panel, u"breakEvens"_s)->text().contains(u"3.1×"_s),
             qPrintable(child<QLabel>(panel, u"breakEvens"_s)->text()));
    const QString description = panel->scenarioChart()->accessibleDescription();
    QVERIFY2(description.contains(u"$860,000 if the options paid their paper value, which is never counted as pay"_s),
             qPrintable(description));
}

void TestOptionsOffers::yearChartsShowTheChosenExit()
{
    OffersTab tab(storePath(), {nimbus(), globex()});
    // The expected case: $120,000 over 4 years, 30K a year.
    QCOMPARE(equityBars(&tab.widget, 0), (QList<double>{30, 30, 30, 30}));
    auto *shown = child<QComboBox>(&tab.widget, u"shownExitCombo"_s);
    const int atThree = shown->findData(3.0);
    QVERIFY(atThree > 0);
    shown->setCurrentIndex(atThree);
    emit shown->activated(atThree);
    // At 3×: ($24 − $2) × 20,000 = $440,000, 110K a year; the RSU offer is unchanged.
    QCOMPARE(equityBars(&tab.widget, 0), (QList<double>{110, 110, 110, 110}));
    QCOMPARE(equityBars(&tab.widget, 1), (QList<double>{60, 60, 60, 60}));
}

void TestOptionsOffers::exitSetIsEditableAndKept()
{
    {
        OffersTab tab(storePath(), {nimbus(), globex()});
        auto *edit = child<QLineEdit>(&tab.widget, u"exitMultiplesEdit"_s);
        edit->setText(u"0, 2, 50"_s);
        emit edit->editingFinished();
        QCOMPARE(tab.widget.exitMultiples(), (QList<double>{0, 2, 50}));
        QCOMPARE(tab.widget.comparison().exitMultiples, (QList<double>{0, 2, 50}));
        // A bad set is named and ignored.
        edit->setText(u"0, 200"_s);
        emit edit->editingFinished();
        auto *problem = child<QLabel>(&tab.widget, u"exitMultiplesProblem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"each from 0 to 100"_s), qPrintable(problem->text()));
        QCOMPARE(tab.widget.exitMultiples(), (QList<double>{0, 2, 50}));
    }
    QCOMPARE(OptionsExitControl::storedExitMultiples(), (QList<double>{0, 2, 50}));
}

void TestOptionsOffers::counterAndSummaryGetTheExits()
{
    {
        OfferStore store;
        QVERIFY(store.open().has_value());
        Offer startup = nimbus();
        startup.company = u"Hugging Face Enterprise"_s;
        startup.level.clear();
        QVERIFY(store.insertAll({startup, globex()}).has_value());
    }
    MainWindow window({QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    QVERIFY(waitForLibrary(window));
    OffersWidget *offers = window.offersWidget();
    const auto restsOnTheExit = [&window] {
        for (const QString &warning : window.counterWidget()->suggestion().warnings) {
            if (warning.contains(u"rests on the exit"_s))
                return warning;
        }
        return QString();
    };
    QVERIFY2(restsOnTheExit().contains(u"(0× to 10×)"_s), qPrintable(restsOnTheExit()));
    auto *edit = child<QLineEdit>(offers, u"exitMultiplesEdit"_s);
    edit->setText(u"0, 5"_s);
    emit edit->editingFinished();
    QCOMPARE(window.counterWidget()->input().settings.exitMultiples, (QList<double>{0, 5}));
    QVERIFY2(restsOnTheExit().contains(u"(0× to 5×)"_s), qPrintable(restsOnTheExit()));
    const std::optional<NegotiationReportInput> summary = window.negotiationSummaryInput();
    QVERIFY(summary);
    QCOMPARE(summary->counterSettings.exitMultiples, (QList<double>{0, 5}));
}

QTEST_MAIN(TestOptionsOffers)
#include "tst_optionsoffers.moc"
