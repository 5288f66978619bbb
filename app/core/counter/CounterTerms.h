// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/CounterTypes.h"

// What every stage of the counter reads: the target offer, the band's parts in the target's terms, and each
// competing offer in the target's terms. Built once from the input, then passed to each stage.

// Tolerance for comparing money computed in doubles: half a currency unit.
constexpr double kCounterSlack = 0.5;

// One recurring part (base or equity) against its band, in the target's terms.
struct PartBand
{
    double low = 0;
    double cap = 0; // the band's top
    double current = 0;
};

// One competing offer in the target's terms.
struct Competitor
{
    Offer offer;     // in the band's currency
    Offer original;  // as written on its offer letter, in its own currency
    double rate = 1; // the rate used to convert it
    QDate rateEntered; // the day the person entered that rate
    QString label;
    double base = 0;
    double bonusRate = 0;
    double equityEquivalent = 0;    // the equity per year over the target's vesting years
    double equityYearOneFactor = 0; // year-1 equity = factor × equityEquivalent
    double signOn = 0;
    double firstYear = 0;
    double annualized = 0;
};

struct CounterTerms
{
    QString currency; // the band's; every amount is in it
    QString region;
    QString company; // the guide's company name, or the target offer's
    QString role;    // the guide's role name, or the target offer's
    Offer target;
    int targetYears = 4;
    double targetBonusRate = 0;
    double targetYearOneShare = 0.25; // the share of the grant vesting in year 1
    double targetFourYearShare = 1;   // the share of the grant vesting within the 4 years the average counts
    double targetAnnualized = 0;
    PartBand baseBand;
    PartBand equityBand; // the band's 4-year stock per year, over the target's vesting years
    QList<Competitor> competitors;

    static CounterTerms from(const CounterInput &input);
    const PartBand &band(CounterPart part) const; // base or equity
    // The target offer with these asks in it, and its 4-year average.
    Offer withAsks(const CounterAsks &asks) const;
    double annualizedWith(const CounterAsks &asks) const;
    // What the target pays in year 1 at these base and equity asks, before any sign-on.
    double yearOneBeforeSignOn(const CounterAsks &asks) const;
    // The competing offer beats the target in this part (base, equity in the target's terms, or year 1 for the
    // sign-on): only then may it be cited for it.
    bool beats(const Competitor &c, CounterPart part) const;
    bool beatsInTotal(const Competitor &c) const;
};

// The best alternative beats an offer worth targetAnnualized a year over 4 years: only then may it be named.
bool bestAlternativeBeats(const BestAlternative &best, double targetAnnualized);
// The best alternative's label when it beats the target offer in total; otherwise "your best alternative", since a
// weaker offer is never named.
QString bestAlternativeName(const CounterTerms &terms, const BestAlternative &best);

// Amounts compared as the JSON shows them, to the cent, so "meets the floor" never disagrees with the figures.
bool reachesAmount(double value, double target);

// Rounds an ask up to its step, but never past the cap: a band's top that is not on a step is used as is.
double roundUpWithin(double value, double cap);
