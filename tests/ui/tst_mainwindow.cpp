// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/counter/CounterWidget.h"
#include "ui/guides/GuidesPage.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OffersWidget.h"

#include <QDoubleSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The tabs working together: the target offer picks its guide, and the Counter tab counters it against that
// company's own band, following every edit of the offers.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void targetOfferOpensItsGuideAndCounters();
    void counterFollowsOfferEdits();
    void noOffersShowsTheEmptyCounter();
    void summaryShowsTheCountersWalkAway();

private:
    static Offer offer(const QString &company, const QString &level, double base, double equity, double bonusPct,
                       bool target);
    void seedStore(const QList<Offer> &offers);
    QStringList folders() const;

    TemporaryHome m_home; // the store, settings and guide index cache of test mode (~/.qttest) live here
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QFile::remove(OfferStore::defaultPath());
}

Offer TestMainWindow::offer(const QString &company, const QString &level, double base, double equity,
                            double bonusPct, bool target)
{
    Offer o;
    o.company = company;
    o.level = level;
    o.role = u"Software Engineer"_s;
    o.region = u"San Francisco"_s;
    o.currency = u"USD"_s;
    o.base = base;
    o.equityTotal = equity;
    o.bonusPct = bonusPct;
    o.target = target;
    return o;
}

void TestMainWindow::seedStore(const QList<Offer> &offers)
{
    OfferStore store;
    QVERIFY(store.open().has_value());
    QVERIFY(store.insertAll(offers).has_value());
}

QStringList TestMainWindow::folders() const
{
    // Made-up guides first, so the seed guide is not what opens by default.
    return {QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
            QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s};
}

void TestMainWindow::targetOfferOpensItsGuideAndCounters()
{
    seedStore({offer(u"Hugging Face Enterprise"_s, QString(), 185000, 180000, 5, true),
               offer(u"Google"_s, u"L4"_s, 210000, 260000, 15, false),
               offer(u"Anthropic"_s, QString(), 215000, 250000, 0, false)});
    MainWindow window(folders());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));

    QCOMPARE(window.guidesPage()->currentGuideId(), u"huggingface-enterprise/software-engineer"_s);
    QCOMPARE(window.guidesPage()->currentRegion(), u"San Francisco"_s);
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QVERIFY(tabs->widget(2)->isAncestorOf(window.counterWidget()));

    const CounterSuggestion &suggestion = window.counterWidget()->suggestion();
    QCOMPARE(suggestion.currency, u"USD"_s);
    QCOMPARE(window.counterWidget()->input().target.offer.company, u"Hugging Face Enterprise"_s);
    QCOMPARE(window.counterWidget()->input().band.baseHigh, 220000.0);
    // Issue 14: the base rises from Anthropic's 215,000 to the band's top, and the sign-on to 52,000, so the counter
    // reaches the floor of 306,500 (Google L4's value).
    QCOMPARE(suggestion.asks.base(), 220000.0);
    QCOMPARE(suggestion.asks.equityTotal(), 250000.0);
    QCOMPARE(suggestion.asks.signOn(), 52000.0);
    QVERIFY(suggestion.meetsFloor);
    QVERIFY(suggestion.bestAlternative.has_value());
    QCOMPARE(suggestion.bestAlternative->annualized, 306500.0);

    // Browsing another company's guide does not move the counter off the target's own band.
    QVERIFY(window.guidesPage()->selectGuide(u"acme-robotics/software-engineer"_s));
    QCOMPARE(window.guidesPage()->currentGuideId(), u"acme-robotics/software-engineer"_s);
    QCOMPARE(window.counterWidget()->input().band.baseHigh, 220000.0);
}

void TestMainWindow::counterFollowsOfferEdits()
{
    seedStore({offer(u"Hugging Face Enterprise"_s, QString(), 185000, 180000, 5, true)});
    MainWindow window(folders());
    QVERIFY(waitForLibrary(window));
    // With no competing offer the floor is the target's own value.
    QCOMPARE(window.counterWidget()->suggestion().floorAnnualized, 185000 + 9250 + 45000.0);
    QVERIFY(!window.counterWidget()->suggestion().bestAlternative);

    // A competing offer added in the Offers tab reaches the Counter tab at once.
    OffersModel *model = window.offersWidget()->model();
    QVERIFY(model->insertOffers({offer(u"Google"_s, u"L4"_s, 210000, 260000, 15, false)}).has_value());
    QTRY_VERIFY(window.counterWidget()->suggestion().bestAlternative.has_value());
    QCOMPARE(window.counterWidget()->suggestion().floorAnnualized, 306500.0);
}

void TestMainWindow::noOffersShowsTheEmptyCounter()
{
    MainWindow window(folders());
    QVERIFY(waitForLibrary(window));
    QVERIFY(window.counterWidget()->input().band.currency.isEmpty());
    QVERIFY(window.counterWidget()->suggestion().script.isEmpty());
}

void TestMainWindow::summaryShowsTheCountersWalkAway()
{
    seedStore({offer(u"Hugging Face Enterprise"_s, QString(), 185000, 180000, 5, true),
               offer(u"Google"_s, u"L4"_s, 210000, 260000, 15, false),
               offer(u"Anthropic"_s, QString(), 215000, 250000, 0, false)});
    MainWindow window(folders());
    QVERIFY(waitForLibrary(window));
    auto *walkAway = window.counterWidget()->findChild<QDoubleSpinBox *>(u"walkAway"_s);
    QVERIFY(walkAway);
    walkAway->setValue(307000); // a 4-year average above Google L4's 306,500
    const CounterSuggestion &tab = window.counterWidget()->suggestion();
    QCOMPARE(tab.floorAnnualized, 307000.0);
    QCOMPARE(tab.asks.signOn(), 54000.0);

    // File > Export Negotiation Summary… builds from the tab's counter: the same asks, floor, status and script.
    const std::optional<NegotiationReportInput> input = window.negotiationSummaryInput();
    QVERIFY(input);
    QCOMPARE(input->counterSettings.walkAway, std::optional<double>(307000));
    const Result<NegotiationReport> report = NegotiationReport::build(*input);
    QVERIFY2(report, qPrintable(report ? QString() : report.message()));
    QVERIFY(report->counter);
    QCOMPARE(report->counter->floorAnnualized, 307000.0);
    QCOMPARE(report->counter->floorSource, u"your stated walk-away"_s);
    QVERIFY(report->counter->meetsFloor);
    for (int part = 0; part < kCounterPartCount; ++part)
        QCOMPARE(report->counter->asks.at(part).ask, tab.asks.amounts[std::size_t(part)]);
    QCOMPARE(report->script, tab.script);

    // Built from the settings alone (no counter made in the tab), the summary still has the tab's floor.
    NegotiationReportInput fromSettings = *input;
    fromSettings.counter.reset();
    const Result<NegotiationReport> computed = NegotiationReport::build(fromSettings);
    QVERIFY(computed && computed->counter);
    QCOMPARE(computed->counter->floorAnnualized, 307000.0);
    QCOMPARE(computed->script, tab.script);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
