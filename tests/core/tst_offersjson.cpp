// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The offers JSON format: defaults, round trips, warnings, and one clear error per bad file.
#include "offers/OffersJson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOffersJson : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField();
    void appliesDefaults();
    void roundTrips();
    void writeIsAtomicAndReadable();
    void unknownFieldIsAWarning();
    void badFiles_data();
    void badFiles();
    void errorsNameTheFile();
    void missingFile();
    void directoryIsNotAFile();
    void validateMatchesTheFormat();
    // Equity that moves.
    void readsEquityTerms();
    void equityTermsRoundTrip();
    void plainOfferWritesNoEquityTerms();
    void shareGrantDisagreeingWithTotalWarns();
    void validateEquityTerms();
};

namespace {

QString offersData(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/"_s + name;
}

} // namespace

void TestOffersJson::readsEveryField()
{
    const OffersReadResult result = OffersJson::readFile(offersData(u"good-all-fields.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.diagnostics.size(), 0);
    QCOMPARE(result.offers.size(), 3);
    const Offer &acme = result.offers.at(0);
    QCOMPARE(acme.company, u"Acme Robotics"_s);
    QCOMPARE(acme.role, u"Software Engineer"_s);
    QCOMPARE(acme.level, u"L5"_s);
    QCOMPARE(acme.region, u"San Francisco"_s);
    QCOMPARE(acme.currency, u"USD"_s);
    QCOMPARE(acme.base, 190000.0);
    QCOMPARE(acme.equityTotal, 200000.0);
    QCOMPARE(acme.vestingSchedule, VestingPresets::backLoaded());
    QCOMPARE(acme.bonusPct, 10.0);
    QCOMPARE(acme.signOn, 20000.0);
    QCOMPARE(acme.signOnYear2, 10000.0);
    QCOMPARE(acme.relocation, 8000.0);
    QCOMPARE(acme.refresherYearly, 15000.0);
    QCOMPARE(acme.deadline, QDate(2026, 12, 15));
    QCOMPARE(acme.notes, u"Recruiter: \"flexible on sign-on\""_s);
    QVERIFY(acme.target);
    QCOMPARE(result.offers.at(1).base, 120000.5);
    QVERIFY(!result.offers.at(1).deadline.isValid());
    QVERIFY(!result.offers.at(1).target);
}

void TestOffersJson::appliesDefaults()
{
    const OffersReadResult result = OffersJson::parse(
        R"({"offers": [{"company": "Initech", "region": "New York", "currency": "USD", "base": 175000}]})", u"x.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Offer &o = result.offers.first();
    QCOMPARE(o.equityTotal, 0.0);
    QCOMPARE(o.vestingSchedule, VestingPresets::even());
    QCOMPARE(o.bonusPct, 0.0);
    QCOMPARE(o.signOn, 0.0);
    QCOMPARE(o.signOnYear2, 0.0);
    QCOMPARE(o.relocation, 0.0);
    QCOMPARE(o.refresherYearly, 0.0);
    QVERIFY(!o.deadline.isValid());
    QVERIFY(o.notes.isEmpty() && o.role.isEmpty() && o.level.isEmpty());
    QVERIFY(!o.target);
}

void TestOffersJson::roundTrips()
{
    const OffersReadResult first = OffersJson::readFile(offersData(u"good-all-fields.json"_s));
    QVERIFY(first.ok());
    const OffersReadResult second = OffersJson::parse(OffersJson::toJson(first.offers), u"again.json"_s);
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    QCOMPARE(second.diagnostics.size(), 0);
    QCOMPARE(second.offers, first.offers);
    // And the text itself is stable.
    QCOMPARE(OffersJson::toJson(second.offers), OffersJson::toJson(first.offers));
}

void TestOffersJson::writeIsAtomicAndReadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.json"_s);
    const OffersReadResult source = OffersJson::readFile(offersData(u"good-all-fields.json"_s));
    const Result<> written = OffersJson::writeFile(path, source.offers);
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.message()));
    QCOMPARE(OffersJson::readFile(path).offers, source.offers);
    // A folder that doesn't exist: an error naming the path, and nothing half-written.
    const QString bad = dir.filePath(u"missing/export.json"_s);
    const Result<> failed = OffersJson::writeFile(bad, source.offers);
    QVERIFY(!failed);
    QVERIFY2(failed.message().contains(bad), qPrintable(failed.message()));
    QVERIFY(!QFile::exists(bad));
}

void TestOffersJson::unknownFieldIsAWarning()
{
    const QString path = offersData(u"unknown-field.json"_s);
    const OffersReadResult result = OffersJson::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.offers.size(), 1);
    QCOMPARE(result.diagnostics.size(), 2);
    QStringList texts;
    for (const Diagnostic &d : result.diagnostics) {
        QVERIFY(!d.isError());
        texts.append(d.toString());
    }
    QVERIFY2(texts.contains(path + u": warning: offers[0].stock: unknown field, ignored"_s), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.contains(path + u": warning: version: unknown field, ignored"_s), qPrintable(texts.join(u'\n')));
}

void TestOffersJson::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QFile list(offersData(u"bad/expected.tsv"_s));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    int count = 0;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        QCOMPARE(parts.size(), 2);
        QTest::newRow(qPrintable(parts.at(0))) << offersData(u"bad/"_s + parts.at(0)) << parts.at(1);
        ++count;
    }
    QVERIFY2(count >= 20, "the bad-offers corpus needs at least 20 files");
    // Every file in the folder has its expectation.
    const QStringList files = QDir(offersData(u"bad"_s)).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(files.size(), count);
}

void TestOffersJson::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const OffersReadResult result = OffersJson::readFile(file);
    QVERIFY2(!result.ok(), "a bad file must not load");
    QVERIFY(result.offers.isEmpty());
    const QString text = result.errorText();
    QVERIFY2(text.contains(u": error: "_s + expected), qPrintable(u"expected '%1' in:\n%2"_s.arg(expected, text)));
}

void TestOffersJson::errorsNameTheFile()
{
    const QString path = offersData(u"bad/negative-base.json"_s);
    const OffersReadResult result = OffersJson::readFile(path);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().toString(), path + u": error: offers[2].base: must be a non-negative number"_s);
    // A syntax error names the line.
    const OffersReadResult syntax = OffersJson::parse("{\n\"offers\": [\n  {\"company\": }\n]}", u"s.json"_s);
    QCOMPARE(syntax.diagnostics.size(), 1);
    QCOMPARE(syntax.diagnostics.first().line, 3);
    QVERIFY(syntax.diagnostics.first().toString().startsWith(u"s.json:3: error: not valid JSON"_s));
}

void TestOffersJson::missingFile()
{
    const OffersReadResult result = OffersJson::readFile(u"/nonexistent/offers.json"_s);
    QCOMPARE(result.errorText(), u"/nonexistent/offers.json: error: no such file"_s);
}

void TestOffersJson::directoryIsNotAFile()
{
    const QString path = offersData(u"bad"_s);
    QCOMPARE(OffersJson::readFile(path).errorText(), path + u": error: is not a file"_s);
}

void TestOffersJson::validateMatchesTheFormat()
{
    Offer o;
    o.company = u"Globex"_s;
    o.region = u"Paris"_s;
    o.currency = u"EUR"_s;
    o.base = 100000;
    QVERIFY(OffersJson::validate(o).isEmpty());
    o.company = u" "_s;
    o.base = -1;
    o.vestingSchedule = {50, 40};
    o.currency = u"XYZ"_s;
    const QList<OffersJson::FieldProblem> problems = OffersJson::validate(o);
    QStringList fields;
    for (const OffersJson::FieldProblem &p : problems)
        fields.append(p.field);
    QCOMPARE(fields, (QStringList{u"company"_s, u"currency"_s, u"base"_s, u"vesting_schedule"_s}));
    QCOMPARE(problems.last().message, u"must sum to 100, not 90"_s);
}

void TestOffersJson::readsEquityTerms()
{
    const OffersReadResult result = OffersJson::readFile(offersData(u"equity-example.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.diagnostics.size(), 0);
    const Offer &initech = result.offers.at(0);
    QCOMPARE(initech.vestingFrequency, VestingFrequency::Monthly);
    QCOMPARE(initech.cliffMonths, 12);
    QCOMPARE(initech.refresherGrant, 60000.0);
    QCOMPARE(initech.refresherVestingYears, 4);
    QCOMPARE(initech.growthPct, 12.0);
    QCOMPARE(initech.signOnClawbackMonths, 12);
    QCOMPARE(initech.signOnClawback, SignOnClawback::Full);
    const Offer &globex = result.offers.at(1);
    QCOMPARE(globex.equityShares, 1000.0);
    QCOMPARE(globex.sharePrice, 180.0);
    QCOMPARE(globex.equityTotal, 180000.0); // shares × price: the grant's value today
    QCOMPARE(globex.vestingFrequency, VestingFrequency::Quarterly);
    QCOMPARE(globex.growthPct, 6.0);
    QCOMPARE(globex.signOnClawback, SignOnClawback::Prorated);
}

void TestOffersJson::equityTermsRoundTrip()
{
    const OffersReadResult first = OffersJson::readFile(offersData(u"equity-example.json"_s));
    QVERIFY(first.ok());
    const QByteArray text = OffersJson::toJson(first.offers);
    const OffersReadResult second = OffersJson::parse(text, u"again.json"_s);
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    QCOMPARE(second.diagnostics.size(), 0);
    QCOMPARE(second.offers, first.offers);
    QVERIFY(text.contains("\"vesting_frequency\": \"monthly\""));
    QVERIFY(text.contains("\"sign_on_clawback\": \"full\""));
    QVERIFY(text.contains("\"share_price\": 180"));
}

void TestOffersJson::plainOfferWritesNoEquityTerms()
{
    // An offer without the new fields is written exactly as before: none of their keys appear.
    const OffersReadResult plain = OffersJson::readFile(offersData(u"good-all-fields.json"_s));
    QVERIFY(plain.ok());
    const QByteArray text = OffersJson::toJson(plain.offers);
    for (const char *key : {"equity_shares", "share_price", "growth_pct", "refresher_grant", "refresher_vesting_years",
                            "vesting_frequency", "cliff_months", "sign_on_clawback"})
        QVERIFY2(!text.contains(key), key);
}

void TestOffersJson::shareGrantDisagreeingWithTotalWarns()
{
    const QString path = u"mismatch.json"_s;
    const OffersReadResult result = OffersJson::parse(
        R"({"offers": [{"company": "Globex", "level": "L5", "region": "San Francisco", "currency": "USD",
            "base": 200000, "equity_total": 200000, "equity_shares": 1000, "share_price": 180}]})",
        path);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().toString(),
             path + u": warning: offers[0].equity_total: Globex L5's equity_total (200000) differs from equity_shares "
                    u"× share_price (1000 × 180 = 180000) by more than 1%; the shares are used"_s);
    QCOMPARE(result.offers.first().equityTotal, 180000.0);
    // Within 1%: no warning, and the shares still set the value.
    const OffersReadResult close = OffersJson::parse(
        R"({"offers": [{"company": "Globex", "region": "San Francisco", "currency": "USD", "base": 200000,
            "equity_total": 181000, "equity_shares": 1000, "share_price": 180}]})",
        path);
    QCOMPARE(close.diagnostics.size(), 0);
    QCOMPARE(close.offers.first().equityTotal, 180000.0);
}

void TestOffersJson::validateEquityTerms()
{
    Offer offer;
    offer.company = u"Acme"_s;
    offer.region = u"Paris"_s;
    offer.base = 100000;
    QVERIFY(OffersJson::validate(offer).isEmpty());
    offer.growthPct = -100;
    offer.cliffMonths = -1;
    offer.refresherVestingYears = 11;
    offer.signOnClawbackMonths = 61;
    offer.sharePrice = -1;
    const QList<OffersJson::FieldProblem> problems = OffersJson::validate(offer);
    QStringList fields;
    for (const OffersJson::FieldProblem &problem : problems)
        fields.append(problem.field);
    QCOMPARE(fields, (QStringList{u"share_price"_s, u"growth_pct"_s, u"refresher_vesting_years"_s, u"cliff_months"_s,
                                  u"sign_on_clawback_months"_s}));
}

QTEST_GUILESS_MAIN(TestOffersJson)
#include "tst_offersjson.moc"
