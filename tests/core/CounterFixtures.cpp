// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "CounterFixtures.h"

using namespace Qt::StringLiterals;

Guide CounterFixtures::guide()
{
    Guide guide;
    guide.company = u"acme-robotics"_s;
    guide.companyDisplay = u"Acme Robotics"_s;
    guide.role = u"software-engineer"_s;
    guide.roleDisplay = u"Software Engineer"_s;
    guide.levelMapping = {u"Acme SWE II"_s, u"Globex L4"_s, u"Initech E4"_s};
    guide.levers = {
        {u"Competing Offers"_s, u"\"Globex is offering more. I need a higher base and equity.\""_s},
        {u"Robotics Expertise"_s, u"\"I've shipped robots at [company]. I need a higher base.\""_s},
        {u"Relocation Cost"_s, u"\"Moving costs money; I'd like a signing bonus.\""_s},
    };
    guide.script = u"Acme builds the robots that build things. I'm holding offers."_s;
    return guide;
}

RegionBand CounterFixtures::band()
{
    RegionBand band;
    band.region = u"Springfield"_s;
    band.currency = u"USD"_s;
    band.baseLow = 150000;
    band.baseHigh = 200000;
    band.stockLow = 100000;
    band.stockHigh = 200000;
    band.bonusPct = 10;
    band.totalCompLow = 190000;
    band.totalCompHigh = 270000;
    return band;
}

Offer CounterFixtures::offer(const QString &company, const QString &level, double base, double equity,
                             double bonusPct, double signOn)
{
    Offer offer;
    offer.company = company;
    offer.level = level;
    offer.region = u"Springfield"_s;
    offer.currency = u"USD"_s;
    offer.base = base;
    offer.equityTotal = equity;
    offer.bonusPct = bonusPct;
    offer.signOn = signOn;
    return offer;
}

BandComparison CounterFixtures::inBand(const Offer &offer, const RegionBand &band)
{
    const Result<BandComparison> comparison = compareWithBand(offer, band, ExchangeRates());
    Q_ASSERT(comparison);
    return *comparison;
}

CounterInput CounterFixtures::acmeInput()
{
    CounterInput input;
    input.guide = guide();
    input.band = band();
    input.target = inBand(offer(u"Acme Robotics"_s, u"SWE II"_s, 160000, 120000, 10), input.band);
    return input;
}

Offer CounterFixtures::globex()
{
    return offer(u"Globex"_s, u"L4"_s, 230000, 260000, 10, 10000);
}

CounterFixtures::Stages CounterFixtures::firstStages(const CounterInput &input)
{
    Stages stages;
    stages.terms = CounterTerms::from(input);
    stages.plan = AskStage::suggest(stages.terms, input.settings.boldness);
    stages.floor = FloorStage::compute(stages.terms, input.settings);
    stages.reach = ReachStage::reach(stages.terms, stages.plan.suggested, stages.floor.annualized);
    stages.applied = AskStage::applyOverrides(stages.reach.asks, input.overrides);
    return stages;
}

CounterSettings CounterFixtures::settings(double premiumPct, std::optional<double> walkAway)
{
    CounterSettings settings;
    settings.premiumPct = premiumPct;
    settings.walkAway = walkAway;
    return settings;
}
