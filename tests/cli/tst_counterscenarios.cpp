// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's advice on named scenarios (issue 14), one folder per case under tests/data/counter-scenarios/:
// offers.json, args (extra suggest arguments, one per line) and expected.json (the exact asks, floor and key
// sentences). Each runs `offerdesk-cli suggest --json` as a script would, and every case is also checked against
// the rules that hold for all: the script never says the floor, a counter that meets the floor reaches it, and no
// amount is infinite, NaN or null.

#include "support/RunProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kScenarios = QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/counter-scenarios"_s;
const QString kGuide = u"huggingface-enterprise/software-engineer"_s;
constexpr int kLeastScenarios = 12;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// The ways the script could say an amount: "$306,500", "306,500", "$306.5K", "306.5K".
QStringList spokenForms(double amount)
{
    const double rounded = std::round(amount);
    const QString grouped = QLocale(QLocale::English, QLocale::UnitedStates).toString(rounded, 'f', 0);
    QStringList forms{grouped};
    if (std::fmod(rounded, 100.0) == 0) {
        const bool whole = std::fmod(rounded, 1000.0) == 0;
        forms.append(QString::number(rounded / 1000.0, 'f', whole ? 0 : 1) + u"K"_s);
    }
    return forms;
}

// Every number anywhere in the JSON is finite, and no amount is null.
void collectBadAmounts(const QJsonValue &value, const QString &path, QStringList &bad)
{
    static const QStringList amountKeys{u"base"_s,         u"equity_total"_s, u"sign_on"_s,     u"annualized"_s,
                                        u"first_year"_s,   u"band_reach_annualized"_s};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isNull() && amountKeys.contains(it.key()))
                bad.append(path + u'.' + it.key() + u" is null"_s);
            collectBadAmounts(it.value(), path + u'.' + it.key(), bad);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectBadAmounts(array.at(i), path + u'[' + QString::number(i) + u']', bad);
    } else if (value.isDouble() && !std::isfinite(value.toDouble())) {
        bad.append(path + u" is not finite"_s);
    }
}

} // namespace

class TestCounterScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenario_data();
    void scenario();

private:
    Run suggest(const QStringList &arguments) const;

    QTemporaryDir m_home;
};

void TestCounterScenarios::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QDir(kScenarios).exists(), qPrintable(kScenarios + u" is missing"_s));
}

Run TestCounterScenarios::suggest(const QStringList &arguments) const
{
    // Nothing of the person's own folders: data, config and cache are private to the test.
    return runProcess(QStringLiteral(OFFERDESK_CLI_PATH), QStringList{u"suggest"_s} + arguments,
                      isolatedEnvironment(m_home.path()), 60000);
}

void TestCounterScenarios::scenario_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList names = QDir(kScenarios).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(names.size() >= kLeastScenarios,
             qPrintable(u"%1 scenarios, at least %2 expected"_s.arg(names.size()).arg(kLeastScenarios)));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << kScenarios + u'/' + name;
}

void TestCounterScenarios::scenario()
{
    QFETCH(QString, folder);
    QJsonParseError parseError;
    const QJsonObject expected = QJsonDocument::fromJson(readFile(folder + u"/expected.json"_s), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError && !expected.isEmpty(),
             qPrintable(folder + u"/expected.json: "_s + parseError.errorString()));
    QStringList arguments{u"--guide"_s, kGuide, u"--offers"_s, folder + u"/offers.json"_s, u"--json"_s,
                          u"--no-cache"_s};
    const QString extra = QString::fromUtf8(readFile(folder + u"/args"_s));
    for (const QString &line : extra.split(u'\n', Qt::SkipEmptyParts))
        arguments.append(line);

    const Run run = suggest(arguments);
    QCOMPARE(run.exitCode, expected.value(u"exit_code"_s).toInt());
    for (const QString &text : strings(expected.value(u"stderr_contains"_s)))
        QVERIFY2(run.err.contains(text), qPrintable(u"stderr lacks '%1':\n%2"_s.arg(text, run.err)));
    if (run.exitCode != 0) {
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        return;
    }
    static const QRegularExpression notANumber(u"\\b(inf|nan)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!run.out.contains(notANumber), qPrintable(run.out));
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QStringList bad;
    collectBadAmounts(result, u"$"_s, bad);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u"; "_s)));

    // The exact asks, floor and whether the counter meets it.
    const QJsonObject asks = result.value(u"asks"_s).toObject();
    const QJsonObject expectedAsks = expected.value(u"asks"_s).toObject();
    for (const QString &key : {u"base"_s, u"equity_total"_s, u"sign_on"_s})
        QCOMPARE(asks.value(key).toDouble(), expectedAsks.value(key).toDouble());
    const QJsonObject floor = result.value(u"floor"_s).toObject();
    const QJsonObject expectedFloor = expected.value(u"floor"_s).toObject();
    QCOMPARE(floor.value(u"annualized"_s).toDouble(), expectedFloor.value(u"annualized"_s).toDouble());
    QCOMPARE(floor.value(u"source"_s).toString(), expectedFloor.value(u"source"_s).toString());
    const QJsonObject counter = result.value(u"counter"_s).toObject();
    QCOMPARE(counter.value(u"annualized"_s).toDouble(), expected.value(u"counter_annualized"_s).toDouble());
    QCOMPARE(counter.value(u"meets_floor"_s).toBool(), expected.value(u"meets_floor"_s).toBool());
    QVERIFY(counter.value(u"meets_floor"_s).isBool());
    if (counter.value(u"meets_floor"_s).toBool())
        QVERIFY(counter.value(u"annualized"_s).toDouble() >= floor.value(u"annualized"_s).toDouble());
    QCOMPARE(strings(result.value(u"written_offers_needed"_s)), strings(expected.value(u"written_offers_needed"_s)));

    // The key sentences, and what must never be said.
    const QString script = result.value(u"script"_s).toString();
    const QString rationale = strings(result.value(u"rationale"_s)).join(u'\n');
    for (const QString &text : strings(expected.value(u"script_contains"_s)))
        QVERIFY2(script.contains(text), qPrintable(u"script lacks '%1':\n%2"_s.arg(text, script)));
    for (const QString &text : strings(expected.value(u"script_excludes"_s)))
        QVERIFY2(!script.contains(text), qPrintable(u"script says '%1':\n%2"_s.arg(text, script)));
    for (const QString &text : strings(expected.value(u"rationale_contains"_s)))
        QVERIFY2(rationale.contains(text), qPrintable(u"rationale lacks '%1':\n%2"_s.arg(text, rationale)));
    for (const QString &text : strings(expected.value(u"rationale_excludes"_s)))
        QVERIFY2(!rationale.contains(text), qPrintable(u"rationale says '%1':\n%2"_s.arg(text, rationale)));
    const QString warnings = strings(result.value(u"warnings"_s)).join(u'\n');
    for (const QString &text : strings(expected.value(u"warnings_contains"_s)))
        QVERIFY2(warnings.contains(text), qPrintable(u"warnings lack '%1':\n%2"_s.arg(text, warnings)));
    // The floor's figure never appears, unless the same figure is an ask or a figure on an offer letter, which the
    // script names for what it is.
    QStringList legitimate;
    for (const QString &key : {u"base"_s, u"equity_total"_s, u"sign_on"_s})
        legitimate += spokenForms(asks.value(key).toDouble());
    const QJsonArray offers =
        QJsonDocument::fromJson(readFile(folder + u"/offers.json"_s)).object().value(u"offers"_s).toArray();
    for (const QJsonValue &offer : offers) {
        for (const QString &key : {u"base"_s, u"equity_total"_s, u"sign_on"_s})
            legitimate += spokenForms(offer.toObject().value(key).toDouble());
    }
    for (const QString &form : spokenForms(floor.value(u"annualized"_s).toDouble())) {
        if (!legitimate.contains(form))
            QVERIFY2(!script.contains(form), qPrintable(u"script says the floor (%1):\n%2"_s.arg(form, script)));
    }
    QVERIFY2(!script.contains(u"floor"_s, Qt::CaseInsensitive), qPrintable(script));
}

QTEST_GUILESS_MAIN(TestCounterScenarios)
#include "tst_counterscenarios.moc"
