// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/Guide.h"
#include "offers/EquityScenarios.h"
#include "offers/OfferMath.h"
#include "offers/OptionsValuation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The counter's data: its input, its settings and overrides, and the suggestion the engine's stages fill in.

enum class Boldness { Conservative, Balanced, Bold };

namespace CounterText {
QString boldnessName(Boldness boldness); // "conservative", "balanced", "bold": the JSON's and the CLI's, never translated
QString boldnessLabel(Boldness boldness); // the same words as a person reads them, translated
std::optional<Boldness> parseBoldness(const QString &name);
} // namespace CounterText

struct CounterSettings
{
    Boldness boldness = Boldness::Balanced;
    double premiumPct = 0; // how much of the best alternative's value the person would give up to join, in percent
    // A walk-away figure of the person's own, as a 4-year average in the band's currency (their current job's
    // value, or a minimum they set); the floor is never below it.
    std::optional<double> walkAway;
    // The exits an options offer is shown at: the warnings say how the counter fares across them.
    QList<double> exitMultiples = OptionsValuation::defaultExitMultiples();
};

// What set the walk-away floor: the best alternative less the premium, the person's stated figure, or, with
// neither, the offer itself.
enum class FloorSource { Alternative, Stated, Offer };

namespace CounterText {
QString floorSourceName(FloorSource source); // "alternative", "stated", "offer"
} // namespace CounterText

// The three parts a counter asks for, in the order every table shows them.
enum class CounterPart { Base, Equity, SignOn };
constexpr int kCounterPartCount = 3;
constexpr std::array<CounterPart, kCounterPartCount> kCounterParts{CounterPart::Base, CounterPart::Equity,
                                                                   CounterPart::SignOn};

// One amount per part, indexed by CounterPart: base, equity over the target offer's vesting period, and sign-on
// paid in year 1.
struct CounterAsks
{
    std::array<double, kCounterPartCount> amounts{};

    CounterAsks() = default;
    CounterAsks(double base, double equityTotal, double signOn);

    double value(CounterPart part) const { return amounts[std::size_t(part)]; }
    void setValue(CounterPart part, double value) { amounts[std::size_t(part)] = value; }
    double base() const { return value(CounterPart::Base); }
    double equityTotal() const { return value(CounterPart::Equity); }
    double signOn() const { return value(CounterPart::SignOn); }
    friend bool operator==(const CounterAsks &, const CounterAsks &) = default;
};

// Asks the person set by hand, indexed by CounterPart. An override replaces the suggestion for that part; the rest
// is recomputed around it.
struct CounterOverrides
{
    std::array<std::optional<double>, kCounterPartCount> amounts{};

    std::optional<double> value(CounterPart part) const { return amounts[std::size_t(part)]; }
    void setValue(CounterPart part, std::optional<double> value) { amounts[std::size_t(part)] = value; }
    bool isEmpty() const;
};

struct CounterInput
{
    Guide guide;     // for its name, levers, script and level mapping
    RegionBand band; // the region's band; every offer below is already in its currency
    BandComparison target;
    QList<BandComparison> competing;
    CounterSettings settings;
    CounterOverrides overrides;
    // The growth scenarios to test the counter against: a scenario that flips which offer is best is a warning.
    // Unset, the default set when an offer has equity terms of its own (Offer::hasEquityTerms), else none, so
    // offers without them keep the warnings they had before issue 15.
    std::optional<EquityAssumptions> scenarios;
};

// The competing offer with the highest 4-year average.
struct BestAlternative
{
    int index = -1; // in CounterInput::competing
    QString company;
    QString level;
    QString label;
    double firstYear = 0;
    double annualized = 0;
};

// Why one ask is what it is.
struct AskReason
{
    CounterPart part = CounterPart::Base;
    QString line;                 // the rationale line, naming the number behind the ask
    QStringList competingOffers;  // labels of the competing offers the ask rests on
    bool cappedByBand = false;    // leverage beyond the band's top moved into sign-on
    bool needsWrittenOffer = false; // the ask rests on a competing offer the company will want to see
};

// A lever from the guide that fits this person's counter.
struct CitedLever
{
    int number = 0; // 1-based, as the guide numbers it
    QString title;
    QString use; // how to use it here, with the person's numbers
    bool needsOwnFacts = false; // the lever has placeholders such as [company] for the person's own story
};

struct CounterSuggestion
{
    QString currency;
    CounterAsks suggested; // what the engine suggests
    CounterAsks asks;      // the suggestion with the person's overrides applied
    std::array<bool, kCounterPartCount> overridden{};

    Offer counter; // the target offer with the asks in it
    double counterFirstYear = 0;
    double counterAnnualized = 0;

    double floorAnnualized = 0;   // walk away below this 4-year average
    FloorSource floorSource = FloorSource::Offer;
    double floorBase = 0;         // the base that reaches the floor with the target offer's other parts unchanged
    // The most the band gives: base and equity at its top (or the offer's own, if higher), the sign-on at its limit.
    double bandReachAnnualized = 0;
    bool bandCanReachFloor = true;
    double signOnLimit = 0; // a quarter of the base ask, or the sign-on asked before, if more
    std::array<bool, kCounterPartCount> raisedToFloor{}; // the parts raised so the counter reaches the floor
    bool meetsFloor = true; // the counter's 4-year average (with overrides) is at least the floor's

    std::optional<BestAlternative> bestAlternative;

    QList<AskReason> reasons; // one per part, in CounterPart order
    QStringList rationale;    // the reasons' lines, then the floor's
    QString script; // the words to say; the levers are listed apart
    QList<CitedLever> levers;
    QStringList warnings;

    CounterPart mostLikelyToMove = CounterPart::SignOn;
    QString mostLikelyToMoveReason;
    QStringList writtenOffersNeeded; // labels of competing offers to have in writing before asking

    bool isOverridden(CounterPart part) const { return overridden[std::size_t(part)]; }
    bool isRaisedToFloor(CounterPart part) const { return raisedToFloor[std::size_t(part)]; }
    // The script followed by the levers that fit, as the Counter tab and `suggest` show it.
    QString scriptWithLevers() const;
};
