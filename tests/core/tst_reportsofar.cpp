// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The negotiation summary's "So far" section: each offer's rounds and counters sent, with the changes, in date
// order; the target first; only offers with a history; no section at all without one.
#include "counter/NegotiationReport.h"
#include "counter/ReportSoFar.h"
#include "guide/GuideParser.h"
#include "offers/OffersJson.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestReportSoFar : public QObject
{
    Q_OBJECT

private slots:
    void threeRoundExample();
    void targetFirstAndOnlyOffersWithHistory();
    void inTheSummaryBeforeTheCounter();
    void noHistoryNoSection();
};

namespace {

QList<Offer> example()
{
    const OffersReadResult read =
        OffersJson::readFile(QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/history-three-rounds.json"_s);
    if (!read.ok())
        qFatal("%s", qPrintable(read.errorText()));
    return read.offers;
}

NegotiationReport summary(const QList<Offer> &offers)
{
    const GuideParseResult parsed = GuideParser::parseFile(QStringLiteral(OFFERDESK_SEED_GUIDE), QDate(2026, 3, 10));
    if (!parsed.ok())
        qFatal("the seed guide does not parse");
    NegotiationReportInput input;
    input.guide = *parsed.guide;
    input.region = u"San Francisco"_s;
    input.offers = offers;
    input.date = QDate(2026, 3, 10);
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    if (!report)
        qFatal("%s", qPrintable(report.message()));
    return *report;
}

} // namespace

void TestReportSoFar::threeRoundExample()
{
    const QList<ReportSoFarOffer> soFar = ReportSoFar::from(example());
    QCOMPARE(soFar.size(), 1);
    const ReportSoFarOffer &offer = soFar.first();
    QCOMPARE(offer.label, u"Northwind Labs L5"_s);
    QVERIFY(offer.target);
    QCOMPARE(offer.entries.size(), 3);
    QCOMPARE(offer.entries.at(0).date, u"2 March 2026"_s);
    QCOMPARE(offer.entries.at(0).step, u"Round 1: first offer"_s);
    QCOMPARE(offer.entries.at(0).detail, u"first round"_s);
    QCOMPARE(offer.entries.at(0).annualized, 262750.0);
    QCOMPARE(offer.entries.at(1).date, u"4 March 2026"_s);
    QCOMPARE(offer.entries.at(1).step, u"Counter sent"_s);
    QVERIFY(offer.entries.at(1).counterSent);
    QCOMPARE(offer.entries.at(1).detail, u"asked base $215,000, equity $260,000, sign-on $30,000"_s);
    QVERIFY(!offer.entries.at(1).annualized);
    QCOMPARE(offer.entries.at(2).step, u"Round 2: revised after my counter"_s);
    QCOMPARE(offer.entries.at(2).detail, u"base +10,000, equity +40,000, sign-on +15,000"_s);
    QCOMPARE(offer.entries.at(2).annualized, 287500.0);
    QCOMPARE(ReportSoFar::plainTextLines(soFar),
             (QStringList{u"So far"_s, u"Northwind Labs L5 (target)"_s,
                          u"2 March 2026 · Round 1: first offer: first round; 4-year average $262,750"_s,
                          u"4 March 2026 · Counter sent: asked base $215,000, equity $260,000, sign-on $30,000"_s,
                          u"9 March 2026 · Round 2: revised after my counter: base +10,000, equity +40,000, "
                          u"sign-on +15,000; 4-year average $287,500"_s,
                          QString()}));
}

void TestReportSoFar::targetFirstAndOnlyOffersWithHistory()
{
    QList<Offer> offers = example();
    offers.swapItemsAt(0, 1); // the target second in the file
    Offer euro = offers.first();
    euro.company = u"Contoso"_s;
    euro.level.clear();
    euro.currency = u"EUR"_s;
    euro.countersSent = {{QDate(), {100000, 0, 0}, QString()}};
    offers.append(euro);
    const QList<ReportSoFarOffer> soFar = ReportSoFar::from(offers);
    QCOMPARE(soFar.size(), 2);
    QCOMPARE(soFar.at(0).label, u"Northwind Labs L5"_s);
    QCOMPARE(soFar.at(1).label, u"Contoso"_s);
    QVERIFY(!soFar.at(1).target);
    // Without revisions the offer is one undated round, then the undated counter; amounts in its own currency.
    QCOMPARE(soFar.at(1).entries.size(), 2);
    QCOMPARE(soFar.at(1).entries.at(0).date, u"date not recorded"_s);
    QCOMPARE(soFar.at(1).entries.at(0).step, u"Round 1"_s);
    QCOMPARE(soFar.at(1).entries.at(1).detail, u"asked base €100,000, equity €0, sign-on €0"_s);
}

void TestReportSoFar::inTheSummaryBeforeTheCounter()
{
    const NegotiationReport report = summary(example());
    QCOMPARE(report.soFar.size(), 1);
    const QString text = report.toPlainText();
    const qsizetype soFar = text.indexOf(u"\nSo far\n"_s);
    QVERIFY2(soFar > 0, qPrintable(text));
    QVERIFY(soFar > text.indexOf(report.sectionHeading(NegotiationReport::Section::Chart)));
    QVERIFY(soFar < text.indexOf(report.sectionHeading(NegotiationReport::Section::Counter)));
    QVERIFY(text.contains(u"Round 2: revised after my counter: base +10,000"_s));
}

void TestReportSoFar::noHistoryNoSection()
{
    QList<Offer> offers = example();
    for (Offer &offer : offers) {
        offer.revisions.clear();
        offer.countersSent.clear();
    }
    QVERIFY(ReportSoFar::from(offers).isEmpty());
    QVERIFY(ReportSoFar::plainTextLines({}).isEmpty());
    const NegotiationReport report = summary(offers);
    QVERIFY(report.soFar.isEmpty());
    QVERIFY(!report.toPlainText().contains(u"So far"_s));
}

QTEST_GUILESS_MAIN(TestReportSoFar)
#include "tst_reportsofar.moc"
