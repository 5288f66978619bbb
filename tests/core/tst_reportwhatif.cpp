// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The summary's "What if the stock moves" section: when it is there, and what it says.
#include "counter/NegotiationReport.h"
#include "guide/GuideParser.h"
#include "offers/OffersJson.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestReportWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void onlyWhenItSaysSomething();
    void exampleSection();
    void askedAssumptionsAreUsed();
    void optionsAreNotAGrantToday();
    void eachBreakEvenSentenceOnce();
};

namespace {

NegotiationReportInput exampleInput()
{
    NegotiationReportInput input;
    const GuideParseResult parsed = GuideParser::parseFile(QStringLiteral(OFFERDESK_SEED_GUIDE), QDate(2026, 11, 26));
    input.guide = *parsed.guide;
    input.region = u"San Francisco"_s;
    input.offers = OffersJson::readFile(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/equity-example.json"_s).offers;
    input.date = QDate(2026, 11, 26);
    return input;
}

Offer plain(const QString &company, double equity)
{
    Offer offer;
    offer.company = company;
    offer.region = u"San Francisco"_s;
    offer.base = 150000;
    offer.equityTotal = equity;
    return offer;
}

} // namespace

void TestReportWhatIf::onlyWhenItSaysSomething()
{
    // One plain offer, or offers without any equity: nothing to say.
    QVERIFY(!ReportWhatIfBuilder::wanted({plain(u"Acme"_s, 100000)}, std::nullopt));
    QVERIFY(!ReportWhatIfBuilder::wanted({plain(u"Acme"_s, 0), plain(u"Globex"_s, 0)}, std::nullopt));
    // Two offers with equity, one offer with growth, or scenarios asked for.
    QVERIFY(ReportWhatIfBuilder::wanted({plain(u"Acme"_s, 100000), plain(u"Globex"_s, 0)}, std::nullopt));
    Offer growing = plain(u"Acme"_s, 100000);
    growing.growthPct = 8;
    QVERIFY(ReportWhatIfBuilder::wanted({growing}, std::nullopt));
    QVERIFY(ReportWhatIfBuilder::wanted({plain(u"Acme"_s, 0)}, EquityAssumptions()));
    // And a report without it has no such section in its text.
    NegotiationReportInput input = exampleInput();
    input.offers = {plain(u"Acme"_s, 100000)};
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    QVERIFY(report);
    QVERIFY(!report->whatIf);
    QVERIFY(!report->toPlainText().contains(u"What if the stock moves"_s));
}

void TestReportWhatIf::exampleSection()
{
    const Result<NegotiationReport> report = NegotiationReport::build(exampleInput());
    QVERIFY(report);
    QVERIFY(report->whatIf);
    const ReportWhatIf &whatIf = *report->whatIf;
    QCOMPARE(whatIf.heading, u"What if the stock moves"_s);
    QCOMPARE(whatIf.horizonYears, 4);
    QCOMPARE(whatIf.growthPcts, EquityAssumptions::defaultScenarios());
    QCOMPARE(whatIf.rows.size(), 2);
    QCOMPARE(whatIf.rows.first().label, u"Initech Senior"_s); // the target first
    QVERIFY(whatIf.rows.first().target);
    QVERIFY(std::abs(whatIf.rows.first().expectedTotal - 1486478.38208) < 1e-4);
    QCOMPARE(whatIf.rows.at(1).scenarioTotals.at(2), 1153000.0);
    QCOMPARE(whatIf.breakEvens.size(), 2);
    QCOMPARE(whatIf.breakEvens.first(),
             u"Initech Senior stays ahead of Globex L5 unless its stock falls more than 14.9% a year."_s);
    QCOMPARE(whatIf.assumptions.at(1),
             u"Globex L5: 1,000 shares at $180 (a grant of $180,000 today); growth 6% a year; vesting 25/25/25/25, "
             u"quarterly, 12-month cliff; sign-on repaid prorated if you leave within 12 months."_s);
    QVERIFY(whatIf.assumptions.first().contains(u"deadline 15 December 2026"_s));
    QVERIFY(whatIf.assumptions.first().contains(u"a refresher grant of $60,000 a year, each over 4 years"_s));
    const QString text = report->toPlainText();
    QVERIFY(text.contains(u"Globex L5: expected $1,181,669 (at +6% a year); −30% $1,052,790, −15% $1,094,888, 0% "
                          u"$1,153,000, +10% $1,202,730, +25% $1,297,316"_s));
    // The section sits after the chart and before the counter.
    QVERIFY(text.indexOf(u"What if the stock moves"_s) > text.indexOf(u"Offers against the band"_s));
    QVERIFY(text.indexOf(u"What if the stock moves"_s) < text.indexOf(u"Counter-offer"_s));
}

void TestReportWhatIf::askedAssumptionsAreUsed()
{
    NegotiationReportInput input = exampleInput();
    EquityAssumptions assumptions;
    assumptions.horizonYears = 2;
    assumptions.scenarioGrowthPcts = {-50, 50};
    input.equity = assumptions;
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    QVERIFY(report && report->whatIf);
    QCOMPARE(report->whatIf->horizonYears, 2);
    QCOMPARE(report->whatIf->growthPcts, (QList<double>{-50, 50}));
    QCOMPARE(report->whatIf->rows.first().scenarioTotals.size(), 2);
    QVERIFY(report->whatIf->intro.contains(u"over 2 years, in USD"_s));
}

// An options offer has no grant value today and no growth rate: its line says its exit decides.
void TestReportWhatIf::optionsAreNotAGrantToday()
{
    NegotiationReportInput input = exampleInput();
    input.offers = OffersJson::readFile(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/options-startup.json"_s).offers;
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    QVERIFY(report && report->whatIf);
    const QStringList &assumptions = report->whatIf->assumptions;
    QCOMPARE(assumptions.size(), 2);
    QVERIFY2(assumptions.first().startsWith(u"Nimbus Labs Senior: 20,000 stock options, valued at an exit (see Startup "
                                            u"equity), not at a growth rate; vesting"_s),
             qPrintable(assumptions.first()));
    QVERIFY(!assumptions.first().contains(u"a grant of"_s));
    QVERIFY(!assumptions.first().contains(u"a year;"_s));
    QVERIFY(assumptions.at(1).contains(u"a grant of $240,000 today; growth 0% a year"_s));
}

// With an options offer and two others, "its exit decides" comes from both pairs; the section says it once.
void TestReportWhatIf::eachBreakEvenSentenceOnce()
{
    NegotiationReportInput input = exampleInput();
    input.offers = OffersJson::readFile(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/options-startup.json"_s).offers;
    input.offers.append(plain(u"Acme"_s, 100000));
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    QVERIFY(report && report->whatIf);
    const QStringList &breakEvens = report->whatIf->breakEvens;
    QVERIFY(breakEvens.size() >= 2);
    QCOMPARE(QSet<QString>(breakEvens.cbegin(), breakEvens.cend()).size(), breakEvens.size());
    QCOMPARE(breakEvens.filter(u"grants stock options"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestReportWhatIf)
#include "tst_reportwhatif.moc"
