// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Result.h"
#include "counter/CounterEngine.h"
#include "counter/StartupEquitySection.h"
#include "counter/ReportWhatIf.h"
#include "counter/ReportSoFar.h"
#include "guide/Guide.h"
#include "offers/OfferMath.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Everything the negotiation summary shows, computed and worded once, so the PDF, the print preview and the
// tests read the same text. Pure: the date is an input, so the same inputs always give the same report.

// One line of the band table, in the band's currency.
struct ReportBandRow
{
    QString label;
    double low = 0;
    double high = 0;
    QString note; // how the row is computed, or where it comes from
    bool emphasized = false;
};

// One offer as the report shows it, in the band's currency.
struct ReportOfferRow
{
    QString label;           // "Google L4"
    bool target = false;     // the offer being negotiated
    QString currency;        // the offer's own currency
    double rate = 1;         // the rate used to convert into the band's currency
    QString conversion;      // "none needed", or "EUR × 1.08"
    double firstYear = 0;
    double annualized = 0;   // the 4-year average
    double basePosition = 0;
    double totalPosition = 0;
    OfferMath::Placement basePlacement = OfferMath::Placement::Within;
    OfferMath::Placement totalPlacement = OfferMath::Placement::Within;
    // The 4-year average's parts, for the chart.
    double base = 0;
    double bonus = 0;
    double stockPerYear = 0;
    double signOnPerYear = 0;
};

// One part of the counter: what the target offer has, what to ask for, and what the band and the best
// alternative say about it.
struct ReportAsk
{
    QString part; // "Base salary"
    double current = 0;
    double ask = 0;
    double bandLow = 0;
    double bandHigh = 0;
    std::optional<double> bestAlternative;
    bool overridden = false; // set by hand, not by the engine
    bool hasBand = true;     // false for sign-on, which the band doesn't cap
    bool raisedToFloor = false; // raised beyond the first ask so the counter reaches the floor
};

struct ReportLever
{
    int number = 0; // as the guide numbers it
    QString title;
    QString markdown; // the guide's own text: inline Markdown from the guide
    QString use;      // how to use it in this counter, in plain words; empty without a counter
};

struct ReportCounter
{
    QString targetLabel;
    QString settings; // "balanced, no premium"
    QList<ReportAsk> asks;
    double currentFirstYear = 0;
    double currentAnnualized = 0;
    double counterFirstYear = 0;
    double counterAnnualized = 0;
    double floorAnnualized = 0;
    double floorBase = 0;
    bool bandCanReachFloor = true;
    bool meetsFloor = true;
    QString floorSource; // where the floor comes from: "your best alternative, Google L4", "your stated walk-away"…
    QString floorHeadline; // "Meets your floor", "Below your floor: this band can't reach it"…
    QString floorStatus;   // the whole sentence, with the floor's figure and source
    QString bestAlternativeLabel; // empty when there is no competing offer
    double bestAlternativeAnnualized = 0;
    QString mostLikelyToMove; // a sentence, or empty
    QStringList writtenOffersNeeded;
    QStringList rationale;
    QStringList warnings;
    QString script;
    QList<ReportLever> levers; // the guide's levers the engine picked, with how to use each
    // Parts of the counter offer's 4-year average, for the chart.
    double base = 0;
    double bonus = 0;
    double stockPerYear = 0;
    double signOnPerYear = 0;

    bool hasOverrides() const;
};

struct NegotiationReportInput
{
    Guide guide;
    QString region;
    QList<Offer> offers;
    ExchangeRates rates;
    QDate date; // the day the summary is prepared; printed, and used for the guide's freshness
    // With exactly one target offer, the counter engine suggests a counter with these settings and hand-set asks.
    CounterSettings counterSettings;
    CounterOverrides counterOverrides;
    // A counter made elsewhere (the Counter tab already has one); used as it is instead of the engine's.
    std::optional<ReportCounter> counter;
    // The horizon and growth scenarios of the "What if the stock moves" section. Unset: the defaults, and the
    // section only when it says something (more than one offer, or an offer with growth or share fields).
    std::optional<EquityAssumptions> equity;
};

struct NegotiationReport
{
    enum class Section { Band, Offers, Chart, Counter, Script, Levers, Disclaimer, StartupEquity };
    static constexpr int kSectionCount = 8;

    QString title; // "Negotiation summary: Software Engineer at Hugging Face Enterprise, San Francisco"
    QString company;
    QString role;
    QString region;
    QString currency; // the band's
    QDate date;
    QString dateLine;  // "Prepared 26 November 2026"
    QString freshness; // when the guide's data was gathered and is due for review
    QString staleWarning; // empty unless the guide is past its review date
    QStringList sources;
    QString sourcesLine;

    RegionBand band;
    QList<ReportBandRow> bandRows;
    QString bandNote;

    QList<ReportOfferRow> offerRows;
    QString conversionNote;
    QString chartCaption;

    // Each options offer at its exits (after the chart; the section is left out without one).
    QList<ReportStartupEquity> startupEquity;
    // "What if the stock moves", after the chart; only when it says something (ReportWhatIfBuilder::wanted).
    std::optional<ReportWhatIf> whatIf;
    QList<ReportSoFarOffer> soFar; // "So far": the offers' rounds and counters sent; empty without history

    std::optional<ReportCounter> counter;
    QString counterAbsentReason; // set when there is no counter

    QString script; // plain text, or the guide's inline Markdown when it is the guide's own script
    QString scriptNote;
    bool scriptIsGuides = false;

    QList<ReportLever> levers;
    QString leversNote;

    QString disclaimer;

    // Builds the report. An Error when an offer needs an exchange rate that is missing or the guide has no such
    // region.
    static Result<NegotiationReport> build(const NegotiationReportInput &input);

    static QString sectionTitle(Section section);
    QString sectionHeading(Section section) const; // the title, with the region where it helps
    QString headerLeft() const;  // "Hugging Face Enterprise · Software Engineer"
    QString headerRight() const; // "San Francisco · Negotiation summary"
    QString footerLeft() const;

    // The whole report as plain text, in the PDF's order.
    QString toPlainText() const;

    // Amounts the way the report prints them: "$185,000", "€145,000", "CHF 120,000".
    QString money(double value) const;
    static QString money(double value, const QString &currency);
    static QString position(double value); // "0.30", "−0.12"
    static QString longDate(const QDate &date); // "26 November 2026", in the report's language
};

// Whether the counter meets the walk-away floor and where the floor comes from, in plain words, so the Counter tab
// and the summary say it the same way.
struct FloorStatus
{
    bool meetsFloor = true;
    QString headline; // "Meets your floor", "Below your floor: this band can't reach it"…
    QString source;   // "your best alternative, Google L4, less your 5% premium", "your stated walk-away"…
    QString sentence; // "The counter meets your floor of $306,500 a year over 4 years (from …)."
};

// `money` spells an amount in the suggestion's currency, the way the caller shows amounts.
FloorStatus floorStatusOf(const CounterInput &input, const CounterSuggestion &suggestion,
                          const std::function<QString(double)> &money);

// Why a report has no counter, from the offers alone; empty when exactly one offer is the target.
QString counterAbsentReason(const QList<Offer> &offers);

// The counter section from the engine's input and suggestion: asks against the target, the band and the best
// alternative, with hand-set asks marked.
ReportCounter reportCounterFrom(const CounterInput &input, const CounterSuggestion &suggestion);
