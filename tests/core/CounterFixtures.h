// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/AskStage.h"
#include "counter/CounterEngine.h"
#include "counter/FloorStage.h"
#include "counter/ReachStage.h"

// A made-up guide, band and offers for the counter's stage tests: Springfield, USD, base 150K–200K, stock
// 100K–200K over 4 years, a 10% bonus.
namespace CounterFixtures {
Guide guide();
RegionBand band();
Offer offer(const QString &company, const QString &level, double base, double equity, double bonusPct,
            double signOn = 0);
BandComparison inBand(const Offer &offer, const RegionBand &band);
// Acme Robotics SWE II at 160K base, 120K equity, 10% bonus, against the band; no competing offer.
CounterInput acmeInput();
// Globex L4 at 230K base, 260K equity, 10% bonus and a 10K sign-on: above the band, 320,500 a year.
Offer globex();

// The first stages run on an input, for the later stages' tests.
struct Stages
{
    CounterTerms terms;
    AskPlan plan;
    CounterFloor floor;
    FloorReach reach;
    AppliedAsks applied;
};
// Settings with this premium, and a stated walk-away when given.
CounterSettings settings(double premiumPct, std::optional<double> walkAway = std::nullopt);
Stages firstStages(const CounterInput &input);
} // namespace CounterFixtures
