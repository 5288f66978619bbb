// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The stock options fields of the offers JSON: read, written back, checked, and one clear error per bad file.
#include "offers/OffersJson.h"
#include "offers/OptionsJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOptionsJson : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryOptionsField();
    void appliesOptionsDefaults();
    void roundTrips();
    void rsuOffersWriteNoOptionsFields();
    void underwaterStrikeIsAWarning();
    void optionsFieldsOnAnRsuOfferAreIgnored();
    void badFiles_data();
    void badFiles();
    void validateNamesEachField();
};

namespace {

QString offersData(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/"_s + name;
}

OffersReadResult parse(const QString &offerJson)
{
    return OffersJson::parse(u"{\"offers\": [%1]}"_s.arg(offerJson).toUtf8(), u"test.json"_s);
}

const QString kStartup = u"{\"company\": \"Nimbus Labs\", \"region\": \"San Francisco\", \"currency\": \"USD\", "
                         u"\"base\": 175000, \"equity_type\": \"options\", \"options\": 20000, "
                         u"\"strike_price\": 2, \"preferred_price\": 10 %1}"_s;

} // namespace

void TestOptionsJson::readsEveryOptionsField()
{
    const OffersReadResult result = OffersJson::readFile(offersData(u"options-startup.json"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.diagnostics.size(), 0);
    QCOMPARE(result.offers.size(), 2);
    const Offer &nimbus = result.offers.at(0);
    QCOMPARE(nimbus.equityType, EquityType::Options);
    QVERIFY(nimbus.hasOptions());
    QCOMPARE(nimbus.equityTotal, 0.0);
    const StockOptions &o = nimbus.stockOptions;
    QCOMPARE(o.count, 20000.0);
    QCOMPARE(o.strikePrice, 2.0);
    QCOMPARE(o.preferredPrice, 10.0);
    QCOMPARE(o.fmvPrice, 3.5);
    QCOMPARE(o.fullyDilutedShares, 10000000.0);
    QCOMPARE(o.preferenceTotal, 0.0);
    QCOMPARE(o.dilutionPct, 20.0);
    QCOMPARE(o.roundsToExit, 1);
    QCOMPARE(o.exerciseWindowDays, 90);
    QCOMPARE(o.expectedExitMultiple, 1.0);
    const Offer &globex = result.offers.at(1);
    QCOMPARE(globex.equityType, EquityType::Rsu);
    QCOMPARE(globex.stockOptions, StockOptions());
}

void TestOptionsJson::appliesOptionsDefaults()
{
    const OffersReadResult result = parse(kStartup.arg(QString()));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const StockOptions &o = result.offers.first().stockOptions;
    QCOMPARE(o.fmvPrice, 0.0);
    QCOMPARE(o.fullyDilutedShares, 0.0);
    QCOMPARE(o.preferenceTotal, 0.0);
    QCOMPARE(o.dilutionPct, 0.0);
    QCOMPARE(o.roundsToExit, 0);
    QCOMPARE(o.exerciseWindowDays, 90);
    QCOMPARE(o.expectedExitMultiple, 1.0);
    // A strike of 0 is allowed (early employees' options), and null means "not given".
    const OffersReadResult zeroStrike =
        parse(u"{\"company\": \"Nimbus Labs\", \"region\": \"SF\", \"currency\": \"USD\", \"base\": 1, "
              u"\"equity_type\": \"options\", \"options\": 5, \"strike_price\": 0, \"preferred_price\": 1, "
              u"\"fmv_price\": null}"_s);
    QVERIFY2(zeroStrike.ok(), qPrintable(zeroStrike.errorText()));
    QCOMPARE(zeroStrike.offers.first().stockOptions.strikePrice, 0.0);
    // "rsu" written out is the default.
    const OffersReadResult rsu = parse(u"{\"company\": \"Globex\", \"region\": \"SF\", \"currency\": \"USD\", "
                                       u"\"base\": 1, \"equity_type\": \"rsu\"}"_s);
    QVERIFY2(rsu.ok(), qPrintable(rsu.errorText()));
    QCOMPARE(rsu.offers.first().equityType, EquityType::Rsu);
}

void TestOptionsJson::roundTrips()
{
    const OffersReadResult first = OffersJson::readFile(offersData(u"options-startup.json"_s));
    QVERIFY(first.ok());
    Offer withPreference = first.offers.first();
    withPreference.stockOptions.preferenceTotal = 25000000;
    withPreference.stockOptions.exerciseWindowDays = 3650;
    const QList<Offer> offers{withPreference, first.offers.at(1)};
    const OffersReadResult second = OffersJson::parse(OffersJson::toJson(offers), u"again.json"_s);
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    QCOMPARE(second.offers, offers);
}

void TestOptionsJson::rsuOffersWriteNoOptionsFields()
{
    const OffersReadResult read = OffersJson::readFile(offersData(u"options-startup.json"_s));
    QVERIFY(read.ok());
    const QJsonObject written = QJsonDocument::fromJson(OffersJson::toJson(read.offers)).object();
    const QJsonObject startup = written.value(u"offers"_s)[0].toObject();
    const QJsonObject rsu = written.value(u"offers"_s)[1].toObject();
    for (const QString &field : OptionsJson::fieldNames())
        QVERIFY2(!rsu.contains(field), qPrintable(field));
    QCOMPARE(startup.value(u"equity_type"_s).toString(), u"options"_s);
    QCOMPARE(startup.value(u"options"_s).toDouble(), 20000.0);
    // Not given stays not given.
    QVERIFY(!startup.contains(u"preference_total"_s));
}

void TestOptionsJson::underwaterStrikeIsAWarning()
{
    const OffersReadResult result = parse(u"{\"company\": \"Nimbus Labs\", \"region\": \"SF\", \"currency\": "
                                          u"\"USD\", \"base\": 1, \"equity_type\": \"options\", \"options\": 100, "
                                          u"\"strike_price\": 12.5, \"preferred_price\": 10}"_s);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.offers.size(), 1);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(!result.diagnostics.first().isError());
    QCOMPARE(result.diagnostics.first().toString(),
             u"test.json: warning: offers[0].strike_price: underwater at the last round's price: the strike (12.5) "
             u"is above the preferred price (10)"_s);
}

void TestOptionsJson::optionsFieldsOnAnRsuOfferAreIgnored()
{
    const OffersReadResult result = parse(u"{\"company\": \"Globex\", \"region\": \"SF\", \"currency\": \"USD\", "
                                          u"\"base\": 1, \"options\": 100, \"strike_price\": 2}"_s);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.offers.first().equityType, EquityType::Rsu);
    QCOMPARE(result.offers.first().stockOptions, StockOptions());
    QStringList texts;
    for (const Diagnostic &d : result.diagnostics)
        texts.append(d.toString());
    QCOMPARE(texts, (QStringList{
                        u"test.json: warning: offers[0].options: is used only when equity_type is \"options\"; ignored"_s,
                        u"test.json: warning: offers[0].strike_price: is used only when equity_type is \"options\"; "
                        u"ignored"_s}));
}

void TestOptionsJson::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QFile list(offersData(u"bad-options/expected.tsv"_s));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    int count = 0;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        QCOMPARE(parts.size(), 2);
        QTest::newRow(qPrintable(parts.at(0))) << offersData(u"bad-options/"_s + parts.at(0)) << parts.at(1);
        ++count;
    }
    // Every file in the folder has its expectation, and every options field has at least one bad file.
    const QStringList files = QDir(offersData(u"bad-options"_s)).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(files.size(), count);
    list.seek(0);
    const QString expectations = QString::fromUtf8(list.readAll());
    for (const QString &field : OptionsJson::fieldNames())
        QVERIFY2(expectations.contains(u"offers[0]."_s + field + u':'), qPrintable(field));
}

void TestOptionsJson::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const OffersReadResult result = OffersJson::readFile(file);
    QVERIFY2(!result.ok(), "a bad file must not load");
    QVERIFY(result.offers.isEmpty());
    const QString text = result.errorText();
    QVERIFY2(text.contains(file + u": error: "_s + expected),
             qPrintable(u"expected '%1' in:\n%2"_s.arg(expected, text)));
}

void TestOptionsJson::validateNamesEachField()
{
    // The offer dialog shows these: one problem per bad field, named as in the file.
    Offer offer;
    offer.company = u"Nimbus Labs"_s;
    offer.region = u"San Francisco"_s;
    offer.base = 175000;
    offer.equityType = EquityType::Options;
    QCOMPARE(OffersJson::validate(offer),
             (QList<OffersJson::FieldProblem>{
                 {u"options"_s, u"is required for an options offer (the number of options granted)"_s},
                 {u"preferred_price"_s,
                  u"is required for an options offer (the price per share of the last funding round)"_s}}));
    offer.stockOptions.count = 20000;
    offer.stockOptions.preferredPrice = 10;
    QVERIFY(OffersJson::validate(offer).isEmpty());
    offer.stockOptions.dilutionPct = 91;
    offer.stockOptions.preferenceTotal = 1e6;
    offer.equityTotal = 160000;
    QStringList fields;
    for (const OffersJson::FieldProblem &problem : OffersJson::validate(offer))
        fields.append(problem.field);
    QCOMPARE(fields, (QStringList{u"dilution_pct"_s, u"preference_total"_s, u"equity_total"_s}));
    // An RSU offer ignores whatever its options hold.
    offer.equityType = EquityType::Rsu;
    QVERIFY(OffersJson::validate(offer).isEmpty());
}

QTEST_GUILESS_MAIN(TestOptionsJson)
#include "tst_optionsjson.moc"
