// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The negotiation summary's content, before any layout: the title, freshness, band, offers, the counter or why it
// is absent, script, levers and disclaimer, worded the same for the same inputs.

#include "counter/NegotiationReport.h"
#include "guide/GuideParser.h"
#include "offers/OfferComparison.h"
#include "offers/OffersJson.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u'/' + relative;
}

Guide loadGuide(const QString &path)
{
    const GuideParseResult parsed = GuideParser::parseFile(path, QDate(2026, 11, 26));
    if (!parsed.ok())
        qFatal("test guide %s does not parse", qPrintable(path));
    return *parsed.guide;
}

QList<Offer> loadOffers(const QString &relative)
{
    const OffersReadResult read = OffersJson::readFile(dataPath(relative));
    if (!read.ok())
        qFatal("test offers %s do not read: %s", qPrintable(relative), qPrintable(read.errorText()));
    return read.offers;
}

NegotiationReportInput seedInput()
{
    NegotiationReportInput input;
    input.guide = loadGuide(QStringLiteral(OFFERDESK_SEED_GUIDE));
    input.region = u"San Francisco"_s;
    input.offers = loadOffers(u"report/seed-scenario.json"_s);
    input.date = QDate(2026, 11, 26);
    return input;
}

NegotiationReport build(const NegotiationReportInput &input)
{
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    if (!report)
        qFatal("report did not build: %s", qPrintable(report.message()));
    return *report;
}

ReportCounter sampleCounter()
{
    ReportCounter counter;
    counter.targetLabel = u"Hugging Face Enterprise"_s;
    counter.settings = u"balanced, no premium"_s;
    counter.asks = {
        {u"Base salary"_s, 185000, 215000, 170000, 220000, 215000.0, false, true},
        {u"Equity, 4-year grant"_s, 180000, 240000, 140000, 250000, 260000.0, true, true},
        {u"Sign-on bonus"_s, 0, 25000, 0, 0, std::nullopt, false, false},
    };
    counter.counterFirstYear = 305000;
    counter.counterAnnualized = 286000;
    counter.floorAnnualized = 277500;
    counter.floorBase = 223000;
    counter.rationale = {u"Google L4 pays $210,000 base."_s};
    counter.script = u"I'm holding offers from Google and Anthropic."_s;
    counter.levers = {{3, u"Competing AI Company Offers"_s, u"Cite Google L4 and Anthropic."_s, QString()}};
    return counter;
}

} // namespace

class TestNegotiationReport : public QObject
{
    Q_OBJECT

private slots:
    void titleDateAndFreshness();
    void staleOnlyAfterReviewDate();
    void bandRowsStatedAndComputed();
    void offersTargetFirstWithNumbers();
    void conversionNamesTheRate();
    void missingRateIsAnError();
    void unknownRegionIsAnError();
    void noTargetSaysWhy();
    void twoTargetsSaysWhy();
    void guideScriptAndLeversWithoutCounter();
    void counterCarriesOverridesScriptAndLevers();
    void engineCounterForTheTarget();
    void engineCounterMarksOverrides();
    void counterSaysItMeetsTheFloor();
    void counterSaysTheBandCannotReachTheFloor();
    void statedWalkAwaySetsTheFloor();
    void floorFromTheOfferItself();
    void scriptIsTheEnginesAndNeverSaysTheFloor();
    void sameInputsSameText();
    void moneyAndPositionFormats();
};

void TestNegotiationReport::titleDateAndFreshness()
{
    const NegotiationReport report = build(seedInput());
    QCOMPARE(report.title, u"Negotiation summary: Software Engineer at Hugging Face Enterprise, San Francisco"_s);
    QCOMPARE(report.dateLine, u"Prepared 26 November 2026"_s);
    QVERIFY2(report.freshness.contains(u"23 February 2026"_s), qPrintable(report.freshness));
    QVERIFY(report.freshness.contains(u"2025-Q4"_s));
    QVERIFY(report.freshness.contains(u"23 May 2026"_s));
    QCOMPARE(report.sources, QStringList({u"Levels.fyi"_s, u"Glassdoor"_s, u"Blind"_s}));
    QCOMPARE(report.sourcesLine, u"Sources: Levels.fyi, Glassdoor, Blind."_s);
    QCOMPARE(report.headerLeft(), u"Hugging Face Enterprise · Software Engineer"_s);
}

void TestNegotiationReport::staleOnlyAfterReviewDate()
{
    NegotiationReportInput input = seedInput();
    input.date = QDate(2026, 5, 1);
    QVERIFY(build(input).staleWarning.isEmpty());
    input.date = QDate(2026, 5, 24);
    QVERIFY(build(input).staleWarning.contains(u"23 May 2026"_s));
}

void TestNegotiationReport::bandRowsStatedAndComputed()
{
    const NegotiationReport report = build(seedInput());
    QCOMPARE(report.currency, u"USD"_s);
    QCOMPARE(report.bandRows.size(), 6);
    const auto row = [&](int i) { return std::make_pair(report.bandRows.at(i).low, report.bandRows.at(i).high); };
    QCOMPARE(row(0), std::make_pair(170000.0, 220000.0)); // base
    QCOMPARE(row(1), std::make_pair(140000.0, 250000.0)); // stock, 4 years
    QCOMPARE(row(2), std::make_pair(35000.0, 62500.0));   // stock per year
    QCOMPARE(row(3), std::make_pair(8500.0, 11000.0));    // bonus, 5%
    QCOMPARE(row(4), std::make_pair(213500.0, 293500.0)); // computed total
    QCOMPARE(row(5), std::make_pair(223000.0, 315000.0)); // stated total
    QVERIFY(report.bandRows.at(5).emphasized);
    // The stated total is above the sum of the parts: the note gives both gaps.
    QVERIFY2(report.bandNote.contains(u"+$9,500"_s) && report.bandNote.contains(u"+$21,500"_s),
             qPrintable(report.bandNote));
}

void TestNegotiationReport::offersTargetFirstWithNumbers()
{
    NegotiationReportInput input = seedInput();
    std::rotate(input.offers.begin(), input.offers.begin() + 1, input.offers.end()); // target last in the file
    const NegotiationReport report = build(input);
    QCOMPARE(report.offerRows.size(), 3);
    QCOMPARE(report.offerRows.at(0).label, u"Hugging Face Enterprise"_s);
    QVERIFY(report.offerRows.at(0).target);
    QCOMPARE(report.offerRows.at(0).firstYear, 239250.0);
    QCOMPARE(report.offerRows.at(0).annualized, 239250.0);
    QCOMPARE(report.offerRows.at(1).label, u"Google L4"_s);
    QCOMPARE(report.offerRows.at(1).annualized, 306500.0);
    QVERIFY(qFuzzyCompare(report.offerRows.at(1).basePosition, 0.8));
    QCOMPARE(report.offerRows.at(1).basePlacement, OfferMath::Placement::Within);
    // The plain text names the placement as the JSON does.
    QVERIFY2(report.toPlainText().contains(u"4-year average $306,500, base 0.80 within, total "_s),
             qPrintable(report.toPlainText()));
    QCOMPARE(report.offerRows.at(2).label, u"Anthropic"_s);
    QCOMPARE(report.offerRows.at(2).annualized, 277500.0);
    QCOMPARE(report.offerRows.at(2).conversion, u"none needed"_s);
    QVERIFY(report.conversionNote.contains(u"no conversion was needed"_s));
}

void TestNegotiationReport::conversionNamesTheRate()
{
    NegotiationReportInput input;
    input.guide = loadGuide(dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s));
    input.region = u"springfield"_s; // any case
    input.offers = loadOffers(u"report/other-currency.json"_s);
    input.date = QDate(2026, 11, 26);
    input.rates.set({u"EUR"_s, u"USD"_s, 1.08, QDate(2026, 11, 20)});
    const NegotiationReport report = build(input);
    QCOMPARE(report.region, u"Springfield"_s);
    const ReportOfferRow &globex = report.offerRows.at(1);
    QCOMPARE(globex.currency, u"EUR"_s);
    QCOMPARE(globex.conversion, u"EUR × 1.08"_s);
    QCOMPARE(globex.base, 125000 * 1.08);
    QVERIFY2(report.conversionNote.contains(u"EUR → USD at 1.08, entered 20 November 2026"_s),
             qPrintable(report.conversionNote));

    // Only the reverse rate: it is used, and the note says so.
    input.rates = ExchangeRates();
    input.rates.set({u"USD"_s, u"EUR"_s, 0.8, QDate(2026, 11, 20)});
    const NegotiationReport reverse = build(input);
    QCOMPARE(reverse.offerRows.at(1).base, 125000 / 0.8);
    QVERIFY2(reverse.conversionNote.contains(u"inverse"_s), qPrintable(reverse.conversionNote));
}

void TestNegotiationReport::missingRateIsAnError()
{
    NegotiationReportInput input;
    input.guide = loadGuide(dataPath(u"guides-valid/acme-robotics--backend-engineer.md"_s));
    input.region = u"Springfield"_s;
    input.offers = loadOffers(u"report/other-currency.json"_s);
    input.date = QDate(2026, 11, 26);
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    QVERIFY(!report);
    const QString &error = report.message();
    QVERIFY2(error.contains(u"EUR"_s) && error.contains(u"USD"_s) && error.contains(u"Globex"_s), qPrintable(error));
}

void TestNegotiationReport::unknownRegionIsAnError()
{
    NegotiationReportInput input = seedInput();
    input.region = u"Atlantis"_s;
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    QVERIFY(!report);
    const QString &error = report.message();
    QVERIFY2(error.contains(u"Atlantis"_s) && error.contains(u"San Francisco, New York, Paris"_s), qPrintable(error));
}

void TestNegotiationReport::noTargetSaysWhy()
{
    NegotiationReportInput input = seedInput();
    input.offers = loadOffers(u"report/no-target.json"_s);
    const NegotiationReport report = build(input);
    QVERIFY(!report.counter);
    QVERIFY2(report.counterAbsentReason.contains(u"none of the offers is marked as the target"_s),
             qPrintable(report.counterAbsentReason));
    QVERIFY(report.toPlainText().contains(report.counterAbsentReason));

    input.offers.clear();
    const NegotiationReport empty = build(input);
    QVERIFY(empty.offerRows.isEmpty());
    QVERIFY2(empty.counterAbsentReason.contains(u"no offers"_s), qPrintable(empty.counterAbsentReason));
}

void TestNegotiationReport::twoTargetsSaysWhy()
{
    NegotiationReportInput input = seedInput();
    input.offers[1].target = true;
    const NegotiationReport report = build(input);
    QVERIFY(!report.counter);
    QVERIFY2(report.counterAbsentReason.contains(u"2 offers are marked as the target"_s)
                 && report.counterAbsentReason.contains(u"Hugging Face Enterprise and Google L4"_s),
             qPrintable(report.counterAbsentReason));
}

void TestNegotiationReport::guideScriptAndLeversWithoutCounter()
{
    NegotiationReportInput input = seedInput();
    input.offers = loadOffers(u"report/no-target.json"_s);
    const NegotiationReport report = build(input);
    QVERIFY(report.scriptIsGuides);
    QCOMPARE(report.script, input.guide.script);
    QVERIFY(report.scriptNote.contains(u"guide's example, not yours"_s));
    QCOMPARE(report.levers.size(), input.guide.levers.size());
    QCOMPARE(report.levers.size(), 4);
    QCOMPARE(report.levers.at(2).number, 3);
    QCOMPARE(report.levers.at(2).title, u"Competing AI Company Offers"_s);
    QVERIFY(report.disclaimer.contains(u"not an offer"_s));
    QVERIFY(report.disclaimer.contains(u"Levels.fyi, Glassdoor and Blind"_s));
}

void TestNegotiationReport::counterCarriesOverridesScriptAndLevers()
{
    NegotiationReportInput input = seedInput();
    input.counter = sampleCounter();
    const NegotiationReport report = build(input);
    QVERIFY(report.counter);
    QVERIFY(report.counterAbsentReason.isEmpty());
    QVERIFY(report.counter->hasOverrides());
    QVERIFY(!report.scriptIsGuides);
    QCOMPARE(report.script, u"I'm holding offers from Google and Anthropic."_s);
    QCOMPARE(report.levers.size(), 1);
    QCOMPARE(report.levers.first().number, 3);
    const QString text = report.toPlainText();
    QVERIFY2(text.contains(u"Equity, 4-year grant: current $180,000, ask $240,000 (set by hand)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Sign-on bonus: current $0, ask $25,000, band no cap"_s));
    QVERIFY(text.contains(u"Walk-away floor: 4-year average $277,500, base $223,000"_s));
}

void TestNegotiationReport::engineCounterForTheTarget()
{
    const NegotiationReport report = build(seedInput());
    QVERIFY(report.counter);
    QVERIFY(report.counterAbsentReason.isEmpty());
    const ReportCounter &counter = *report.counter;
    QCOMPARE(counter.targetLabel, u"Hugging Face Enterprise"_s);
    QCOMPARE(counter.settings, u"balanced, no premium"_s);
    QCOMPARE(counter.asks.size(), 3);
    QCOMPARE(counter.asks.at(0).part, u"Base salary"_s);
    QCOMPARE(counter.asks.at(0).current, 185000.0);
    // Issue 14: the asks rise until the counter reaches the floor (Anthropic's 215,000 base to the band's top, the
    // sign-on from the 19,000 year-1 gap to 52,000).
    QCOMPARE(counter.asks.at(0).ask, 220000.0);
    QCOMPARE(counter.asks.at(1).ask, 250000.0);
    QCOMPARE(counter.asks.at(2).ask, 52000.0);
    QCOMPARE(counter.asks.at(0).bandHigh, 220000.0);
    QCOMPARE(counter.asks.at(1).bandLow, 140000.0); // the equity band over the target's 4 years
    QVERIFY(!counter.asks.at(2).hasBand);
    QVERIFY(!counter.hasOverrides());
    QCOMPARE(counter.currentAnnualized, 239250.0);
    QCOMPARE(counter.bestAlternativeLabel, u"Google L4"_s);
    QCOMPARE(counter.floorAnnualized, 306500.0);
    QCOMPARE(*counter.asks.at(0).bestAlternative, 210000.0);
    // The rationale names both competing offers; the script is the spoken words, with the levers in their section.
    const QString rationale = counter.rationale.join(u'\n');
    QVERIFY(rationale.contains(u"Google L4"_s) && rationale.contains(u"Anthropic"_s));
    QVERIFY(!report.scriptIsGuides);
    QVERIFY(report.script.contains(u"Google L4"_s));
    QVERIFY2(!report.script.contains(u"Levers from the guide"_s), qPrintable(report.script));
    QVERIFY(!report.levers.isEmpty());
    for (const ReportLever &lever : report.levers) {
        QVERIFY(!lever.use.isEmpty());
        QCOMPARE(lever.markdown, seedInput().guide.levers.at(lever.number - 1).text);
    }
    QVERIFY(report.chartCaption.contains(u"red dashed floor"_s));
}

void TestNegotiationReport::engineCounterMarksOverrides()
{
    NegotiationReportInput input = seedInput();
    input.counterSettings.boldness = Boldness::Bold;
    input.counterSettings.premiumPct = 5;
    input.counterOverrides.setValue(CounterPart::Base, 200000);
    const NegotiationReport report = build(input);
    QVERIFY(report.counter);
    QCOMPARE(report.counter->settings, u"bold, a 5% premium to join"_s);
    QCOMPARE(report.counter->asks.at(0).ask, 200000.0);
    QVERIFY(report.counter->asks.at(0).overridden);
    QVERIFY(!report.counter->asks.at(1).overridden);
    QVERIFY(report.toPlainText().contains(u"ask $200,000 (set by hand)"_s));
}

void TestNegotiationReport::counterSaysItMeetsTheFloor()
{
    const NegotiationReport report = build(seedInput());
    QVERIFY(report.counter);
    const ReportCounter &counter = *report.counter;
    QVERIFY(counter.meetsFloor);
    QCOMPARE(counter.counterAnnualized, 306500.0);
    QCOMPARE(counter.floorSource, u"your best alternative, Google L4"_s);
    QCOMPARE(counter.floorHeadline, u"Meets your floor"_s);
    QCOMPARE(counter.floorStatus, u"The counter meets your floor of $306,500 a year over 4 years (from your best "
                                  u"alternative, Google L4)."_s);
    // Base and sign-on were raised to reach the floor; equity already sat at the band's top.
    QVERIFY(counter.asks.at(0).raisedToFloor);
    QVERIFY(!counter.asks.at(1).raisedToFloor);
    QVERIFY(counter.asks.at(2).raisedToFloor);
    const QString text = report.toPlainText();
    for (const QString &line :
         {u"Base salary: current $185,000, ask $220,000 (raised to reach the floor), band $170,000 – $220,000"_s,
          u"Equity, 4-year grant: current $180,000, ask $250,000, band $140,000 – $250,000"_s,
          u"Sign-on bonus: current $0, ask $52,000 (raised to reach the floor), band no cap"_s,
          u"Counter: year 1 $345,500, 4-year average $306,500"_s,
          u"Walk-away floor: 4-year average $306,500, base $250,000"_s,
          u"Floor from: your best alternative, Google L4"_s,
          u"Meets your floor. The counter meets your floor of $306,500 a year over 4 years (from your best "
          u"alternative, Google L4)."_s})
        QVERIFY2(text.contains(line), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(line, text)));
}

void TestNegotiationReport::counterSaysTheBandCannotReachTheFloor()
{
    NegotiationReportInput input = seedInput();
    input.offers = loadOffers(u"counter-scenarios/band-cannot-reach-floor/offers.json"_s);
    const NegotiationReport report = build(input);
    QVERIFY(report.counter);
    const ReportCounter &counter = *report.counter;
    QVERIFY(!counter.meetsFloor);
    QVERIFY(!counter.bandCanReachFloor);
    QCOMPARE(counter.asks.at(0).ask, 220000.0);
    QCOMPARE(counter.asks.at(1).ask, 250000.0);
    QCOMPARE(counter.asks.at(2).ask, 200000.0);
    QCOMPARE(counter.floorAnnualized, 454500.0);
    QCOMPARE(counter.floorHeadline, u"Below your floor: this band can't reach it"_s);
    const QString status = u"This company's band can't reach your floor of $454,500 a year over 4 years (from your "
                           u"best alternative, Globex L5): the script asks for a higher level, a larger sign-on or an "
                           u"exception, and commits to nothing."_s;
    QCOMPARE(counter.floorStatus, status);
    QVERIFY(report.toPlainText().contains(u"Below your floor: this band can't reach it. "_s + status));
    QVERIFY(report.script.contains(u"a higher level, more on the signing bonus, or an exception to the band would get us there"_s));
    QVERIFY(!report.script.contains(u"ready to sign"_s));
    QVERIFY(report.scriptNote.contains(u"commits to nothing"_s));
}

void TestNegotiationReport::statedWalkAwaySetsTheFloor()
{
    NegotiationReportInput input = seedInput();
    input.counterSettings.walkAway = 307000;
    const NegotiationReport report = build(input);
    QVERIFY(report.counter);
    const ReportCounter &counter = *report.counter;
    QCOMPARE(counter.floorAnnualized, 307000.0);
    QCOMPARE(counter.floorSource, u"your stated walk-away"_s);
    // The sign-on rises from 52,000 to 54,000 to reach the higher floor.
    QCOMPARE(counter.asks.at(2).ask, 54000.0);
    QCOMPARE(counter.counterAnnualized, 307000.0);
    QVERIFY(counter.meetsFloor);
    QVERIFY(report.toPlainText().contains(u"Meets your floor. The counter meets your floor of $307,000 a year over 4 "
                                          u"years (from your stated walk-away)."_s));

    // With a premium, the alternative's floor names it.
    input.counterSettings.walkAway.reset();
    input.counterSettings.premiumPct = 5;
    QCOMPARE(build(input).counter->floorSource, u"your best alternative, Google L4, less your 5% premium"_s);
}

void TestNegotiationReport::floorFromTheOfferItself()
{
    NegotiationReportInput input = seedInput();
    input.offers = {input.offers.first()}; // the target alone
    QVERIFY(input.offers.first().target);
    const NegotiationReport report = build(input);
    QVERIFY(report.counter);
    QCOMPARE(report.counter->floorSource,
             u"the offer itself, since you hold no competing offer and stated no walk-away"_s);
    QCOMPARE(report.counter->floorAnnualized, 239250.0);
    QVERIFY(report.counter->meetsFloor);
}

void TestNegotiationReport::scriptIsTheEnginesAndNeverSaysTheFloor()
{
    const NegotiationReportInput input = seedInput();
    const NegotiationReport report = build(input);
    CounterInput counterInput;
    counterInput.guide = input.guide;
    counterInput.band = report.band;
    const OffersComparison comparison = OfferComparison::compare(input.guide, report.band, input.offers, input.rates);
    counterInput.target = comparison.rows.first();
    counterInput.competing = comparison.rows.mid(1);
    QVERIFY(counterInput.target.offer.target);
    const CounterSuggestion suggestion = CounterEngine::suggest(counterInput);
    QCOMPARE(report.script, suggestion.script);
    QVERIFY(report.script.endsWith(u"If we can get to those numbers, I'm ready to sign."_s));
    for (const QString &said : {report.script, report.scriptNote}) {
        QVERIFY2(!said.contains(u"floor"_s, Qt::CaseInsensitive), qPrintable(said));
        QVERIFY2(!said.contains(u"306"_s), qPrintable(said));
    }
}

void TestNegotiationReport::sameInputsSameText()
{
    const QString first = build(seedInput()).toPlainText();
    const QString second = build(seedInput()).toPlainText();
    QCOMPARE(second, first);
    NegotiationReportInput later = seedInput();
    later.date = QDate(2026, 11, 27);
    const QString third = build(later).toPlainText();
    QVERIFY(third != first);
    QCOMPARE(QString(third).replace(u"27 November"_s, u"26 November"_s), first);
}

void TestNegotiationReport::moneyAndPositionFormats()
{
    QCOMPARE(NegotiationReport::money(185000, u"USD"_s), u"$185,000"_s);
    QCOMPARE(NegotiationReport::money(145000.4, u"EUR"_s), u"€145,000"_s);
    QCOMPARE(NegotiationReport::money(1200, u"CHF"_s), u"CHF 1,200"_s);
    QCOMPARE(NegotiationReport::money(-9500, u"USD"_s), u"−$9,500"_s);
    QCOMPARE(NegotiationReport::position(0.3), u"0.30"_s);
    QCOMPARE(NegotiationReport::position(-0.126), u"−0.13"_s);
    QCOMPARE(NegotiationReport::position(0.001), u"0.00"_s);
    QCOMPARE(NegotiationReport::longDate(QDate(2026, 2, 3)), u"3 February 2026"_s);
}

QTEST_GUILESS_MAIN(TestNegotiationReport)
#include "tst_negotiationreport.moc"
