// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// Equity that moves through offerdesk-cli: the README's example offers through compare --json (figures worked by
// hand), --years and --scenarios on compare, suggest and export, their bad values, the counter's flip warning and
// the PDF's "What if the stock moves" section.
#include "support/RunProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestCliEquity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleThroughCompareJson();
    void exampleCostOfLeaving();
    void exampleText();
    void horizonFollowsYears();
    void plainOffersKeepTheirOutput();
    void scenariosOption();
    void badValues_data();
    void badValues();
    void suggestWarnsOfAFlip();
    void exportHasTheWhatIfSection();

private:
    Run cli(const QStringList &arguments) const;
    QJsonObject compareJson(const QString &offers, const QStringList &extra = {}) const;

    QTemporaryDir m_home;
};

namespace {

const QString kGuide = u"huggingface-enterprise/software-engineer"_s;

QString offersFile(const QString &name)
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/offers/"_s + name;
}

QList<double> numbers(const QJsonValue &value)
{
    QList<double> result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toDouble());
    return result;
}

QJsonObject offerNamed(const QJsonObject &json, const QString &company)
{
    for (const QJsonValue &offer : json.value(u"offers"_s).toArray()) {
        if (offer.toObject().value(u"company"_s).toString() == company)
            return offer.toObject();
    }
    return {};
}

} // namespace

void TestCliEquity::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestCliEquity::cli(const QStringList &arguments) const
{
    return runProcess(QStringLiteral(OFFERDESK_CLI_PATH), arguments + QStringList{u"--no-cache"_s},
                      isolatedEnvironment(m_home.path()), 60000);
}

QJsonObject TestCliEquity::compareJson(const QString &offers, const QStringList &extra) const
{
    const Run run = cli(QStringList{u"compare"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s,
                                    u"--offers"_s, offers, u"--json"_s}
                        + extra);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestCliEquity::exampleThroughCompareJson()
{
    const QJsonObject json = compareJson(offersFile(u"equity-example.json"_s));
    QCOMPARE(json.value(u"horizon_years"_s).toInt(), 4);
    // Initech: 195,000 + 10% bonus = 214,500 a year. Its 320,000 grant (5/15/40/40) at +12% a year: 16,000 × 1.12,
    // 48,000 × 1.2544, 128,000 × 1.404928, 128,000 × 1.57351936. Refreshers of 60,000 over 4 years (15,000 a year
    // each): 16,800 in year 2; 18,816 + 16,800 in year 3; 21,073.92 + 18,816 + 16,800 in year 4. Sign-on 40,000
    // and 20,000.
    const QJsonObject initech = offerNamed(json, u"Initech"_s);
    QCOMPARE(numbers(initech.value(u"years"_s)), (QList<double>{272420, 311511.2, 429946.78, 472600.4}));
    QCOMPARE(initech.value(u"total"_s).toDouble(), 1486478.38);
    QCOMPARE(initech.value(u"annualized"_s).toDouble(), 371619.6);
    // Globex: 205,000 + 15% = 235,750; 1,000 shares at 180 = 180,000, 45,000 a year × 1.06^i; sign-on 30,000.
    const QJsonObject globex = offerNamed(json, u"Globex"_s);
    QCOMPARE(numbers(globex.value(u"years"_s)), (QList<double>{313450, 286312, 289345.72, 292561.46}));
    QCOMPARE(globex.value(u"total"_s).toDouble(), 1181669.18);
    QCOMPARE(globex.value(u"annualized"_s).toDouble(), 295417.3);
    // The scenarios, in the default set's order; at 0% Globex pays 235,750 × 4 + 180,000 + 30,000.
    const QJsonArray scenarios = globex.value(u"scenarios"_s).toArray();
    QCOMPARE(scenarios.size(), 5);
    QCOMPARE(scenarios.at(2).toObject().value(u"growth_pct"_s).toDouble(), 0.0);
    QCOMPARE(scenarios.at(2).toObject().value(u"total"_s).toDouble(), 1153000.0);
    QCOMPARE(scenarios.at(2).toObject().value(u"average"_s).toDouble(), 288250.0);
    QCOMPARE(numbers(scenarios.at(2).toObject().value(u"years"_s)), (QList<double>{310750, 280750, 280750, 280750}));
    QCOMPARE(initech.value(u"scenarios"_s).toArray().at(2).toObject().value(u"total"_s).toDouble(), 1328000.0);
    // The break-even rates, and the sentences that say them.
    const QJsonArray breakEvens = json.value(u"breakeven"_s).toArray();
    QCOMPARE(breakEvens.size(), 1);
    const QJsonObject breakEven = breakEvens.first().toObject();
    QCOMPARE(breakEven.value(u"target"_s).toString(), u"Initech Senior"_s);
    QCOMPARE(breakEven.value(u"against"_s).toString(), u"Globex L5"_s);
    QCOMPARE(breakEven.value(u"target_growth_pct"_s).toDouble(), -14.9);
    QCOMPARE(breakEven.value(u"against_growth_pct"_s).toDouble(), 46.71);
    const QJsonArray statements = breakEven.value(u"statements"_s).toArray();
    QCOMPARE(statements.at(0).toString(),
             u"Initech Senior stays ahead of Globex L5 unless its stock falls more than 14.9% a year."_s);
    QCOMPARE(statements.at(1).toString(),
             u"Globex L5 beats Initech Senior only if its shares grow at least 46.7% a year."_s);
    // The existing keys are still there.
    QCOMPARE(initech.value(u"first_year"_s).toDouble(), 272420.0);
    QVERIFY(initech.value(u"position"_s).isObject());
}

void TestCliEquity::exampleCostOfLeaving()
{
    const QJsonObject json = compareJson(offersFile(u"equity-example.json"_s));
    const QJsonArray initech = offerNamed(json, u"Initech"_s).value(u"leaving"_s).toArray();
    QCOMPARE(initech.size(), 16); // months 3 to 48
    // Month 9: nothing vested before the 12-month cliff; the whole 40,000 sign-on repaid ("full").
    QCOMPARE(initech.at(2).toObject(),
             (QJsonObject{{u"month"_s, 9}, {u"forfeited"_s, 320000}, {u"repay"_s, 40000}, {u"total"_s, 360000}}));
    // Month 15: 5% at the cliff and 3 months of year 2's 15% (4,000 a month) vested; year 2's 20,000 repaid.
    QCOMPARE(initech.at(4).toObject(),
             (QJsonObject{{u"month"_s, 15}, {u"forfeited"_s, 292000}, {u"repay"_s, 20000}, {u"total"_s, 312000}}));
    const QJsonArray globex = offerNamed(json, u"Globex"_s).value(u"leaving"_s).toArray();
    // Month 3: 30,000 prorated over 12 months, 9 left: 22,500.
    QCOMPARE(globex.at(0).toObject(),
             (QJsonObject{{u"month"_s, 3}, {u"forfeited"_s, 180000}, {u"repay"_s, 22500}, {u"total"_s, 202500}}));
    QCOMPARE(globex.last().toObject().value(u"forfeited"_s).toDouble(), 0.0);
}

void TestCliEquity::exampleText()
{
    const Run run = cli({u"compare"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                         offersFile(u"equity-example.json"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"What if the stock moves: totals over 4 years, USD"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"- Initech Senior stays ahead of Globex L5 unless its stock falls more than 14.9% a year."_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"+25%/yr"_s));
}

void TestCliEquity::horizonFollowsYears()
{
    const QJsonObject json = compareJson(offersFile(u"equity-example.json"_s), {u"--years"_s, u"6"_s});
    QCOMPARE(json.value(u"horizon_years"_s).toInt(), 6);
    const QJsonObject globex = offerNamed(json, u"Globex"_s);
    const QList<double> years = numbers(globex.value(u"years"_s));
    QCOMPARE(years.size(), 6);
    // After year 4 the grant has vested: base and bonus alone.
    QCOMPARE(years.at(4), 235750.0);
    QCOMPARE(years.at(5), 235750.0);
    QCOMPARE(globex.value(u"total"_s).toDouble(), 1653169.18);
    QCOMPARE(globex.value(u"annualized"_s).toDouble(), std::round(1653169.1832 / 6 * 100) / 100);
    QCOMPARE(globex.value(u"leaving"_s).toArray().size(), 24);
    // One year: year 1 alone.
    const QJsonObject one = compareJson(offersFile(u"equity-example.json"_s), {u"--years"_s, u"1"_s});
    QCOMPARE(numbers(offerNamed(one, u"Globex"_s).value(u"years"_s)), QList<double>{313450});
    QCOMPARE(offerNamed(one, u"Globex"_s).value(u"annualized"_s).toDouble(), 313450.0);
    // The text table's columns follow the horizon.
    const Run text = cli({u"compare"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                          offersFile(u"done-when.json"_s), u"--years"_s, u"6"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Year 6"_s) && text.out.contains(u"6-yr avg"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"What if the stock moves: totals over 6 years"_s), qPrintable(text.out));
}

void TestCliEquity::plainOffersKeepTheirOutput()
{
    // Without the options and without the new fields, the text ends where it always did.
    const Run run = cli({u"compare"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                         offersFile(u"done-when.json"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"4-yr avg"_s));
    QVERIFY(!run.out.contains(u"What if"_s));
    QVERIFY(run.out.trimmed().endsWith(u"* marks the target offer."_s) || run.out.trimmed().endsWith(u"high end."_s));
    // The JSON's 4-year figures are those of year 1 to 4.
    const QJsonObject json = compareJson(offersFile(u"done-when.json"_s));
    for (const QJsonValue &value : json.value(u"offers"_s).toArray()) {
        const QJsonObject offer = value.toObject();
        const QList<double> years = numbers(offer.value(u"years"_s));
        QCOMPARE(years.size(), 4);
        QCOMPARE(offer.value(u"annualized"_s).toDouble(),
                 std::round((years.at(0) + years.at(1) + years.at(2) + years.at(3)) / 4 * 100) / 100);
        QCOMPARE(offer.value(u"first_year"_s).toDouble(), years.first());
    }
}

void TestCliEquity::scenariosOption()
{
    const QJsonObject json =
        compareJson(offersFile(u"equity-example.json"_s), {u"--scenarios"_s, u"-50,100"_s, u"--years"_s, u"1"_s});
    const QJsonArray scenarios = offerNamed(json, u"Globex"_s).value(u"scenarios"_s).toArray();
    QCOMPARE(scenarios.size(), 2);
    // One year at −50%: 235,750 + 45,000 × 0.5 + 30,000; at +100%: 235,750 + 90,000 + 30,000.
    QCOMPARE(scenarios.at(0).toObject().value(u"total"_s).toDouble(), 288250.0);
    QCOMPARE(scenarios.at(1).toObject().value(u"total"_s).toDouble(), 355750.0);
}

void TestCliEquity::badValues_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("option");
    QTest::addColumn<QString>("message");
    const QList<std::tuple<QStringList, QString>> cases{
        {{u"--years"_s, u"0"_s}, u"--years '0' must be a whole number of years from 1 to 6"_s},
        {{u"--years"_s, u"7"_s}, u"--years '7' must be a whole number of years from 1 to 6"_s},
        {{u"--years"_s, u"four"_s}, u"--years 'four' must be a whole number of years from 1 to 6"_s},
        {{u"--scenarios=-100"_s}, u"--scenarios -100 is out of range: a growth rate must be above -100 and at most 300"_s},
        {{u"--scenarios"_s, u"0,301"_s}, u"--scenarios 301 is out of range"_s},
        {{u"--scenarios"_s, u"10,,20"_s}, u"--scenarios '' in '10,,20' is not a number"_s},
        {{u"--scenarios"_s, u"ten"_s}, u"--scenarios 'ten' in 'ten' is not a number"_s},
    };
    for (const QString &command : {u"compare"_s, u"suggest"_s, u"export"_s}) {
        for (const auto &[option, message] : cases) {
            QTest::newRow(qPrintable(command + u' ' + option.join(u' '))) << command << option << message;
        }
    }
}

void TestCliEquity::badValues()
{
    QFETCH(QString, command);
    QFETCH(QStringList, option);
    QFETCH(QString, message);
    QTemporaryDir out;
    QStringList arguments{command, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                          offersFile(u"equity-example.json"_s)};
    if (command == u"export"_s)
        arguments << u"--output"_s << out.filePath(u"x.pdf"_s);
    const Run run = cli(arguments + option);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"offerdesk-cli %1: "_s.arg(command) + message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(out.filePath(u"x.pdf"_s)));
}

void TestCliEquity::suggestWarnsOfAFlip()
{
    // The example with Globex's shares at a steep expected rise: the flip warning names the scenario.
    const Run run = cli({u"suggest"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                         offersFile(u"equity-flip.json"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QStringList warnings;
    for (const QJsonValue &warning : json.value(u"warnings"_s).toArray())
        warnings.append(warning.toString());
    QVERIFY2(warnings.filter(u"If every stock"_s).size() == 1, qPrintable(warnings.join(u'\n')));
    // Without the new fields and options, no scenario warning.
    const Run plain = cli({u"suggest"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                           offersFile(u"seed-scenario.json"_s), u"--json"_s});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(!plain.out.contains(u"If every stock"_s), qPrintable(plain.out));
}

void TestCliEquity::exportHasTheWhatIfSection()
{
    QTemporaryDir out;
    const QString pdf = out.filePath(u"summary.pdf"_s);
    const Run run = cli({u"export"_s, u"--guide"_s, kGuide, u"--region"_s, u"San Francisco"_s, u"--offers"_s,
                         offersFile(u"equity-example.json"_s), u"--output"_s, pdf, u"--date"_s, u"2026-11-26"_s,
                         u"--scenarios"_s, u"-30,0,25"_s});
    QCOMPARE(run.exitCode, 0);
    const Run text = runProcess(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}, QProcessEnvironment::systemEnvironment());
    QCOMPARE(text.exitCode, 0);
    const QString flat = text.out.simplified();
    for (const QString &needle :
         {u"What if the stock moves"_s, u"Assumptions as entered"_s, u"1,000 shares at $180"_s, u"growth 12% a year"_s,
          u"unless its stock falls more than 14.9% a year"_s, u"+25%"_s, u"$1.33M"_s,
          u"at +12% a year"_s}) {
        QVERIFY2(flat.contains(needle), qPrintable(u"'%1' missing from:\n%2"_s.arg(needle, text.out)));
    }
}

QTEST_GUILESS_MAIN(TestCliEquity)
#include "tst_cli_equity.moc"
