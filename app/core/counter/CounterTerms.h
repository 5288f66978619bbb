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
    double rate = 1; // the rate used to convert it
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
    double targetAnnualized = 0;
    PartBand baseBand;
    PartBand equityBand; // the band's 4-year stock per year, over the target's vesting years
    QList<Competitor> competitors;

    static CounterTerms from(const CounterInput &input);
    const PartBand &band(CounterPart part) const; // base or equity
};

// Rounds an ask up to its step, but never past the cap: a band's top that is not on a step is used as is.
double roundUpWithin(double value, double cap);
