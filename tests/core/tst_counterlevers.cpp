// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The counter's sixth stage: the guide's levers that fit, and how to use each here.

#include "CounterFixtures.h"
#include "counter/LeverStage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCounterLevers : public QObject
{
    Q_OBJECT

private slots:
    void topicsAreReadFromTheLeversWords();
    void topicsNeededFollowTheAsks();
    void competingOffersLeverNeedsAnOfferToName();
    void useNamesThePersonsNumbers();
};

namespace {

LeverInput leverInput(const QStringList &named, const CounterAsks &asks)
{
    return LeverInput{CounterFixtures::guide().levers, named, asks,
                      CounterFixtures::offer(u"Acme Robotics"_s, u"SWE II"_s, 160000, 120000, 10), u"USD"_s};
}

QStringList titles(const QList<CitedLever> &levers)
{
    QStringList result;
    for (const CitedLever &lever : levers)
        result.append(lever.title);
    return result;
}

} // namespace

void TestCounterLevers::topicsAreReadFromTheLeversWords()
{
    const QList<Lever> levers = CounterFixtures::guide().levers;
    QCOMPARE(LeverStage::topicsOf(levers.at(0)), LeverStage::Competing | LeverStage::Base | LeverStage::Equity);
    QCOMPARE(LeverStage::topicsOf(levers.at(1)), int(LeverStage::Base));
    QCOMPARE(LeverStage::topicsOf(levers.at(2)), int(LeverStage::SignOn));
}

void TestCounterLevers::topicsNeededFollowTheAsks()
{
    QCOMPARE(LeverStage::topicsNeeded(leverInput({}, CounterAsks(160000, 120000, 0))), 0);
    QCOMPARE(LeverStage::topicsNeeded(leverInput({u"Globex L4"_s}, CounterAsks(190000, 120000, 5000))),
             LeverStage::Competing | LeverStage::Base | LeverStage::SignOn);
}

void TestCounterLevers::competingOffersLeverNeedsAnOfferToName()
{
    const QList<CitedLever> alone = LeverStage::choose(leverInput({}, CounterAsks(190000, 175000, 0)));
    QCOMPARE(titles(alone), QStringList{u"Robotics Expertise"_s});
    const QList<CitedLever> named = LeverStage::choose(leverInput({u"Globex L4"_s}, CounterAsks(200000, 200000, 58000)));
    QCOMPARE(titles(named), (QStringList{u"Competing Offers"_s, u"Relocation Cost"_s, u"Robotics Expertise"_s}));
    QCOMPARE(named.first().number, 1);
}

void TestCounterLevers::useNamesThePersonsNumbers()
{
    const QList<CitedLever> levers = LeverStage::choose(leverInput({u"Globex L4"_s}, CounterAsks(200000, 200000, 58000)));
    QCOMPARE(levers.at(0).use, u"Name Globex L4 and its figures; back the $200K base and the $200K equity with it."_s);
    QCOMPARE(levers.at(1).use, u"Back the $58K signing bonus with it."_s);
    QVERIFY(levers.at(2).needsOwnFacts);
    QCOMPARE(levers.at(2).use, u"Back the $200K base with it. Use it only if it's true for you, with your own details "
                               u"where the guide has brackets."_s);
}

QTEST_GUILESS_MAIN(TestCounterLevers)
#include "tst_counterlevers.moc"
