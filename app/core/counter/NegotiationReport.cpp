// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/NegotiationReport.h"

#include "common/Money.h"
#include "counter/CounterRows.h"
#include "counter/CounterTerms.h"
#include "offers/OfferComparison.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationReport)
};

// Numbers and dates are spelled the same on every machine for a language (en_US in English), so the same inputs
// give the same text.
QLocale reportLocale()
{
    return MoneyStyle::report().locale;
}

QString joinWithAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(u", "_s) + Tr::tr(" and ") + items.last();
}

QString rateText(double rate)
{
    // Enough digits to tell the rate that was used, without noise: 1.08, 0.0067, 150.25.
    const QLocale locale = reportLocale();
    const QString point = locale.decimalPoint();
    QString text = locale.toString(rate, 'f', 4);
    while (text.endsWith(u'0') && text.contains(point))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

// The guide's data_quality, in words a person reads when it is one of the usual three; else as the guide wrote it.
QString dataQualityText(const QString &quality)
{
    static const std::array<const char *, 3> known{QT_TRANSLATE_NOOP("NegotiationReport", "high"),
                                                   QT_TRANSLATE_NOOP("NegotiationReport", "medium"),
                                                   QT_TRANSLATE_NOOP("NegotiationReport", "low")};
    for (const char *word : known) {
        if (quality == QLatin1StringView(word))
            return Tr::tr(word);
    }
    return quality;
}

// The JSON's placement names ("below", "within", "above"), in words a person reads.
QString placementText(OfferMath::Placement placement)
{
    switch (placement) {
    case OfferMath::Placement::Below:
        return Tr::tr("below");
    case OfferMath::Placement::Within:
        return Tr::tr("within");
    case OfferMath::Placement::Above:
        return Tr::tr("above");
    }
    return QString();
}

QList<ReportBandRow> makeBandRows(const RegionBand &band)
{
    QList<ReportBandRow> rows;
    rows.append({Tr::tr("Base salary"), band.baseLow, band.baseHigh, QString(), false});
    rows.append({Tr::tr("Stock grant, 4 years"), band.stockLow, band.stockHigh, QString(), false});
    rows.append({Tr::tr("Stock per year"), band.stockPerYearLow(), band.stockPerYearHigh(), Tr::tr("grant ÷ 4"), false});
    rows.append({Tr::tr("Bonus, %1% of base").arg(reportLocale().toString(band.bonusPct, 'g', 4)), band.bonusLow(),
                 band.bonusHigh(), QString(), false});
    rows.append({Tr::tr("Total comp, computed"), band.computedTotalLow(), band.computedTotalHigh(),
                 Tr::tr("base + stock per year + bonus"), false});
    rows.append({Tr::tr("Total comp, stated"), band.totalCompLow, band.totalCompHigh,
                 Tr::tr("stated by the guide; offers are placed against it"), true});
    return rows;
}

QString makeBandNote(const NegotiationReport &report)
{
    const RegionBand &band = report.band;
    const double lowGap = band.totalCompLow - band.computedTotalLow();
    const double highGap = band.totalCompHigh - band.computedTotalHigh();
    if (std::abs(lowGap) < 500 && std::abs(highGap) < 500)
        return Tr::tr("The guide's stated total comp matches the sum of its parts.");
    const auto gap = [&report](double value) {
        return (value >= 0 ? u"+"_s : u"−"_s) + report.money(std::abs(value));
    };
    return Tr::tr("The guide's stated total differs from the sum of its parts (%1 at the low end, %2 at the high end), "
              "perhaps from refreshers or a bonus above target. Offer positions use the stated total.")
        .arg(gap(lowGap), gap(highGap));
}

ReportOfferRow offerRow(const BandComparison &comparison, const Offer &original)
{
    ReportOfferRow row;
    row.label = original.label();
    row.target = original.target;
    row.currency = original.currency;
    row.rate = comparison.rate;
    row.conversion = original.currency == comparison.offer.currency
                         ? Tr::tr("none needed")
                         : u"%1 × %2"_s.arg(original.currency, rateText(comparison.rate));
    row.firstYear = comparison.firstYear;
    row.annualized = comparison.annualized;
    row.basePosition = comparison.basePosition;
    row.totalPosition = comparison.totalPosition;
    const Offer &offer = comparison.offer;
    row.base = offer.base;
    row.bonus = offer.bonus();
    const int vestingYears = offer.vestingPeriodYears();
    row.stockPerYear = offer.equityTotal / vestingYears;
    row.signOnPerYear = (offer.signOn + offer.signOnYear2) / 4.0;
    return row;
}

QString makeConversionNote(const NegotiationReport &report, const QList<Offer> &offers, const ExchangeRates &rates)
{
    QStringList used;
    for (const Offer &offer : offers) {
        if (offer.currency == report.currency)
            continue;
        QString entry;
        for (const ExchangeRate &rate : rates.all()) {
            const bool direct = rate.from == offer.currency && rate.to == report.currency;
            const bool reverse = rate.from == report.currency && rate.to == offer.currency;
            if (!direct && !reverse)
                continue;
            entry = u"%1 → %2 at %3"_s.arg(offer.currency, report.currency,
                                            rateText(*rates.rate(offer.currency, report.currency)));
            if (reverse)
                entry += Tr::tr(" (the inverse of your %1 → %2 rate)").arg(report.currency, offer.currency);
            if (rate.entered.isValid())
                entry += Tr::tr(", entered %1").arg(NegotiationReport::longDate(rate.entered));
            break;
        }
        if (!entry.isEmpty() && !used.contains(entry))
            used.append(entry);
    }
    if (used.isEmpty())
        return Tr::tr("Every offer is in %1, the band's currency: no conversion was needed.").arg(report.currency);
    //: Between the rates in "Converted into %1 with your own rates: %2."
    return Tr::tr("Converted into %1 with your own rates: %2.").arg(report.currency, used.join(Tr::tr("; ")));
}

QString settingsText(const CounterSettings &settings)
{
    const QString premium = settings.premiumPct > 0
                                ? Tr::tr("a %1% premium to join").arg(reportLocale().toString(settings.premiumPct, 'g', 4))
                                : Tr::tr("no premium");
    return Tr::tr("%1, %2").arg(CounterText::boldnessLabel(settings.boldness), premium);
}

QString floorSourceText(const CounterInput &input, const CounterSuggestion &suggestion)
{
    switch (suggestion.floorSource) {
    case FloorSource::Alternative: {
        // A best alternative weaker than the offer on the table is not named, as in the rationale.
        const std::optional<BestAlternative> &best = suggestion.bestAlternative;
        const QString alternative = best && bestAlternativeBeats(*best, input.target.annualized)
                                        ? Tr::tr("your best alternative, %1").arg(best->label)
                                        : Tr::tr("your best alternative");
        if (input.settings.premiumPct <= 0)
            return alternative;
        return Tr::tr("%1, less your %2% premium")
            .arg(alternative, reportLocale().toString(input.settings.premiumPct, 'g', 4));
    }
    case FloorSource::Stated:
        return Tr::tr("your stated walk-away");
    case FloorSource::Offer:
        break;
    }
    return Tr::tr("the offer itself, since you hold no competing offer and stated no walk-away");
}

bool anyOverridden(const CounterSuggestion &suggestion)
{
    return std::any_of(suggestion.overridden.begin(), suggestion.overridden.end(), [](bool set) { return set; });
}

} // namespace

FloorStatus floorStatusOf(const CounterInput &input, const CounterSuggestion &suggestion,
                          const std::function<QString(double)> &money)
{
    FloorStatus status;
    status.meetsFloor = suggestion.meetsFloor;
    status.source = floorSourceText(input, suggestion);
    const QString floor = Tr::tr("your floor of %1 a year over 4 years (from %2)")
                              .arg(money(suggestion.floorAnnualized), status.source);
    if (suggestion.meetsFloor) {
        status.headline = Tr::tr("Meets your floor");
        status.sentence = Tr::tr("The counter meets %1.").arg(floor);
    } else if (!suggestion.bandCanReachFloor) {
        status.headline = Tr::tr("Below your floor: this band can't reach it");
        status.sentence = Tr::tr("This company's band can't reach %1: the script asks for a higher level, a larger "
                             "sign-on or an exception, and commits to nothing.")
                              .arg(floor);
    } else if (anyOverridden(suggestion)) {
        status.headline = Tr::tr("Below your floor: your hand-set asks leave it short");
        status.sentence = Tr::tr("Your hand-set asks leave the counter at %1 a year over 4 years, below %2: the script "
                             "commits to nothing. The suggested asks reach it.")
                              .arg(money(suggestion.counterAnnualized), floor);
    } else {
        status.headline = Tr::tr("Below your floor");
        status.sentence = Tr::tr("The counter comes to %1 a year over 4 years, below %2: the script commits to nothing.")
                              .arg(money(suggestion.counterAnnualized), floor);
    }
    return status;
}

ReportCounter reportCounterFrom(const CounterInput &input, const CounterSuggestion &suggestion)
{
    const int years = input.target.offer.vestingPeriodYears();
    const std::array<QString, kCounterPartCount> names{Tr::tr("Base salary"), Tr::tr("Equity, %1-year grant").arg(years),
                                                       Tr::tr("Sign-on bonus")};
    ReportCounter counter;
    counter.targetLabel = input.target.offer.label();
    counter.settings = settingsText(input.settings);
    for (const CounterRow &row : counterRows(input, suggestion)) {
        ReportAsk ask;
        ask.part = names[std::size_t(row.part)];
        ask.current = row.current;
        ask.ask = row.ask;
        ask.bandLow = row.bandLow.value_or(0);
        ask.bandHigh = row.bandHigh.value_or(0);
        ask.bestAlternative = row.bestAlternative;
        ask.overridden = row.overridden;
        ask.hasBand = row.bandLow.has_value();
        ask.raisedToFloor = suggestion.isRaisedToFloor(row.part) && !row.overridden;
        counter.asks.append(ask);
    }

    counter.currentFirstYear = input.target.firstYear;
    counter.currentAnnualized = input.target.annualized;
    counter.counterFirstYear = suggestion.counterFirstYear;
    counter.counterAnnualized = suggestion.counterAnnualized;
    counter.floorAnnualized = suggestion.floorAnnualized;
    counter.floorBase = suggestion.floorBase;
    counter.bandCanReachFloor = suggestion.bandCanReachFloor;
    const FloorStatus status = floorStatusOf(input, suggestion, [&input](double value) {
        return NegotiationReport::money(value, input.band.currency);
    });
    counter.meetsFloor = status.meetsFloor;
    counter.floorSource = status.source;
    counter.floorHeadline = status.headline;
    counter.floorStatus = status.sentence;
    if (suggestion.bestAlternative) {
        counter.bestAlternativeLabel = suggestion.bestAlternative->label;
        counter.bestAlternativeAnnualized = suggestion.bestAlternative->annualized;
    }
    counter.mostLikelyToMove = suggestion.mostLikelyToMoveReason;
    counter.writtenOffersNeeded = suggestion.writtenOffersNeeded;
    counter.rationale = suggestion.rationale;
    counter.warnings = suggestion.warnings;
    counter.script = suggestion.script;
    for (const CitedLever &cited : suggestion.levers) {
        const qsizetype index = cited.number - 1;
        const QString guideText = index >= 0 && index < input.guide.levers.size() ? input.guide.levers.at(index).text
                                                                                    : QString();
        counter.levers.append({cited.number, cited.title, guideText, cited.use});
    }
    const Offer &offer = suggestion.counter;
    counter.base = offer.base;
    counter.bonus = offer.bonus();
    counter.stockPerYear = offer.equityTotal / offer.vestingPeriodYears();
    counter.signOnPerYear = (offer.signOn + offer.signOnYear2) / 4.0;
    return counter;
}

bool ReportCounter::hasOverrides() const
{
    for (const ReportAsk &ask : asks) {
        if (ask.overridden)
            return true;
    }
    return false;
}

QString counterAbsentReason(const QList<Offer> &offers)
{
    if (offers.isEmpty())
        return Tr::tr("There is no counter-offer in this summary: there are no offers to counter.");
    QStringList targets;
    for (const Offer &offer : offers) {
        if (offer.target)
            targets.append(offer.label());
    }
    if (targets.isEmpty()) {
        return Tr::tr("There is no counter-offer in this summary: none of the offers is marked as the target, the one "
                  "being negotiated. Mark it as the target (\"target\": true in the offers file, or Target in the "
                  "Offers tab) to get the asks, a walk-away floor and a script filled in with these offers.");
    }
    if (targets.size() > 1) {
        return Tr::tr("There is no counter-offer in this summary: %1 offers are marked as the target (%2). Mark only "
                  "the one being negotiated.")
            .arg(targets.size())
            .arg(joinWithAnd(targets));
    }
    return QString();
}

namespace {

// When the guide's data was gathered, when it is due for review, and where it comes from.
void describeGuide(NegotiationReport &report, const Guide &guide, const QDate &date)
{
    QStringList freshness;
    if (guide.lastUpdated.isValid())
        freshness.append(Tr::tr("Guide data last updated %1").arg(NegotiationReport::longDate(guide.lastUpdated)));
    if (!guide.salaryDataQuarter.isEmpty())
        freshness.append(Tr::tr("salary data from %1").arg(guide.salaryDataQuarter));
    if (!guide.dataQuality.isEmpty())
        freshness.append(Tr::tr("data quality %1").arg(dataQualityText(guide.dataQuality)));
    report.freshness = freshness.join(u", "_s);
    if (!report.freshness.isEmpty())
        report.freshness += u'.';
    if (guide.nextReviewDue.isValid()) {
        const QString review = Tr::tr("Next review due %1.").arg(NegotiationReport::longDate(guide.nextReviewDue));
        report.freshness = report.freshness.isEmpty() ? review : report.freshness + u' ' + review;
    }
    if (guide.isStale(date)) {
        report.staleWarning = Tr::tr("This guide was due for review on %1, before this summary was prepared: the "
                                 "figures may be out of date.")
                                  .arg(NegotiationReport::longDate(guide.nextReviewDue));
    }
    report.sources = guide.dataSources;
    report.sourcesLine = guide.dataSources.isEmpty() ? Tr::tr("The guide names no sources.")
                                                     : Tr::tr("Sources: %1.").arg(guide.dataSources.join(u", "_s));
}

// The target first, then the others in the order given.
QList<Offer> targetFirst(const QList<Offer> &offers)
{
    QList<Offer> ordered;
    for (const Offer &offer : offers) {
        if (offer.target)
            ordered.append(offer);
    }
    for (const Offer &offer : offers) {
        if (!offer.target)
            ordered.append(offer);
    }
    return ordered;
}

// The scenarios the counter is tested against: those asked for, or the defaults when an offer has equity terms of
// its own; none otherwise, so a summary without them keeps its warnings.
std::optional<EquityAssumptions> counterScenarios(const NegotiationReportInput &input)
{
    if (input.equity)
        return input.equity;
    if (EquityScenarios::anyEquityTerms(input.offers))
        return EquityAssumptions();
    return std::nullopt;
}

// The offers, the target first, against the band, and their comparison; an Error naming every missing rate when a
// rate is missing.
Result<OffersComparison> addOffers(NegotiationReport &report, const NegotiationReportInput &input,
                                   const RegionBand &band)
{
    const QList<Offer> ordered = targetFirst(input.offers);
    // Every missing rate is named at once, so the person can add them all in one go.
    OffersComparison comparison = OfferComparison::compare(input.guide, band, ordered, input.rates);
    if (!comparison.complete())
        return Error{comparison.problems.join(u"; "_s)};
    for (qsizetype i = 0; i < comparison.rows.size(); ++i) {
        ReportOfferRow row = offerRow(comparison.rows.at(i), ordered.at(i));
        row.basePlacement = OfferMath::placement(row.base, band.baseLow, band.baseHigh);
        row.totalPlacement = OfferMath::placement(row.annualized, band.totalCompLow, band.totalCompHigh);
        report.offerRows.append(row);
    }
    report.conversionNote = input.offers.isEmpty() ? Tr::tr("No offers were given.")
                                                   : makeConversionNote(report, ordered, input.rates);
    report.chartCaption =
        Tr::tr("Each bar is an offer's 4-year average, split into its parts; the shaded area is the guide's total comp "
           "band for %1.")
            .arg(band.region);
    return comparison;
}

// The counter (the one given, or the engine's for the one target offer) and the script it fills in; without a
// counter, the guide's own script.
void addCounterAndScript(NegotiationReport &report, const NegotiationReportInput &input, const RegionBand &band,
                         const OffersComparison &comparison)
{
    const Guide &guide = input.guide;
    report.counter = input.counter;
    if (!report.counter && ::counterAbsentReason(input.offers).isEmpty()) {
        // Exactly one target, and it comes first: the others are the competing offers.
        CounterInput counterInput;
        counterInput.guide = guide;
        counterInput.band = band;
        counterInput.target = comparison.rows.first();
        counterInput.competing = comparison.rows.mid(1);
        counterInput.settings = input.counterSettings;
        counterInput.overrides = input.counterOverrides;
        counterInput.scenarios = counterScenarios(input);
        report.counter = reportCounterFrom(counterInput, CounterEngine::suggest(counterInput));
    }
    if (report.counter) {
        report.chartCaption += Tr::tr(" Left of the red dashed floor, you would walk away.");
        report.script = report.counter->script;
        // The script never names the lowest figure the person would accept, and neither does its note.
        report.scriptNote = report.counter->meetsFloor
                                ? Tr::tr("Filled in with these offers and asks, in the spirit of the guide's own "
                                     "\"negotiate up\" strategy: the words to say on the call.")
                                : Tr::tr("Filled in with these offers and asks, in the spirit of the guide's own "
                                     "\"negotiate up\" strategy. These asks don't reach what you would walk away "
                                     "for, so the script commits to nothing.");
    } else {
        report.counterAbsentReason = ::counterAbsentReason(input.offers);
        report.scriptIsGuides = true;
        report.script = guide.script;
        report.scriptNote = guide.script.isEmpty()
                                ? Tr::tr("The guide has no \"negotiate up\" script, and there is no counter to fill one "
                                     "in.")
                                : Tr::tr("The guide's own \"negotiate up\" strategy, as written. Its figures are the "
                                     "guide's example, not yours: with a target offer, this section is filled in "
                                     "with your offers, asks and floor.");
    }
}

void addLevers(NegotiationReport &report, const Guide &guide)
{
    if (report.counter && !report.counter->levers.isEmpty()) {
        report.levers = report.counter->levers;
        report.leversNote = Tr::tr("The guide's levers that fit this counter, in its own words, with how to use each "
                               "here.");
    } else {
        for (qsizetype i = 0; i < guide.levers.size(); ++i)
            report.levers.append({int(i) + 1, guide.levers.at(i).title, guide.levers.at(i).text, QString()});
        report.leversNote = guide.levers.isEmpty() ? Tr::tr("The guide lists no levers.")
                                                   : Tr::tr("The guide's levers, in its own words.");
    }
}

QString disclaimerFor(const Guide &guide, bool hasCounter)
{
    const QString computed =
        hasCounter ? Tr::tr("Positions, asks and the floor are computed from those estimates and the offers entered.")
                   : Tr::tr("Positions are computed from those estimates and the offers entered.");
    return Tr::tr("Every band figure here is the guide's estimate from public sources%1%2, not an offer and not a promise "
              "of pay. %3 Only a written offer from the company is binding; check each figure against it before "
              "relying on it.")
        .arg(guide.dataSources.isEmpty() ? QString() : u" ("_s + joinWithAnd(guide.dataSources) + u')')
        .arg(guide.salaryDataQuarter.isEmpty() ? QString() : Tr::tr(", salary data from %1").arg(guide.salaryDataQuarter))
        .arg(computed);
}

} // namespace

Result<NegotiationReport> NegotiationReport::build(const NegotiationReportInput &input)
{
    const Guide &guide = input.guide;
    const RegionBand *band = guide.findRegion(input.region);
    if (!band) {
        return Error{Tr::tr("guide '%1' has no region '%2'; its regions are %3")
                         .arg(guide.id(), input.region, guide.regionNames().join(u", "_s))};
    }

    NegotiationReport report;
    report.company = guide.companyName();
    report.role = guide.roleName();
    report.region = band->region;
    report.currency = band->currency;
    report.band = *band;
    report.title = Tr::tr("Negotiation summary: %1, %2").arg(guide.title(), band->region);
    report.date = input.date;
    report.dateLine = Tr::tr("Prepared %1").arg(longDate(input.date));
    describeGuide(report, guide, input.date);
    report.bandRows = makeBandRows(*band);
    report.bandNote = makeBandNote(report);
    const Result<OffersComparison> comparison = addOffers(report, input, *band);
    if (!comparison)
        return comparison.error();
    report.soFar = ReportSoFar::from(input.offers);
    report.startupEquity = StartupEquitySection::build(
        *comparison, input.counterSettings.exitMultiples,
        input.equity ? input.equity->horizonYears : comparison->horizonYears);
    addCounterAndScript(report, input, *band, *comparison);
    if (ReportWhatIfBuilder::wanted(input.offers, input.equity)) {
        report.whatIf = ReportWhatIfBuilder::build(*comparison, targetFirst(input.offers),
                                                   input.equity.value_or(EquityAssumptions()));
    }
    addLevers(report, guide);
    report.disclaimer = disclaimerFor(guide, report.counter.has_value());
    return report;
}

QString NegotiationReport::sectionTitle(Section section)
{
    switch (section) {
    case Section::Band:
        return Tr::tr("Pay band");
    case Section::Offers:
        return Tr::tr("Offers");
    case Section::Chart:
        return Tr::tr("Offers against the band");
    case Section::Counter:
        return Tr::tr("Counter-offer");
    case Section::Script:
        return Tr::tr("Script");
    case Section::Levers:
        return Tr::tr("Levers");
    case Section::Disclaimer:
        return Tr::tr("About these figures");
    case Section::StartupEquity:
        return Tr::tr("Startup equity");
    }
    return QString();
}

QString NegotiationReport::sectionHeading(Section section) const
{
    switch (section) {
    case Section::Band:
        return Tr::tr("Pay band: %1, %2").arg(region, currency);
    case Section::Offers:
        return Tr::tr("Offers, in %1").arg(currency);
    default:
        return sectionTitle(section);
    }
}

QString NegotiationReport::headerLeft() const
{
    return u"%1 · %2"_s.arg(company, role);
}

QString NegotiationReport::headerRight() const
{
    return Tr::tr("%1 · Negotiation summary").arg(region);
}

QString NegotiationReport::footerLeft() const
{
    return Tr::tr("%1 with OfferDesk · estimates, not an offer").arg(dateLine);
}

QString NegotiationReport::toPlainText() const
{
    QStringList lines;
    lines << title << dateLine << freshness;
    if (!staleWarning.isEmpty())
        lines << staleWarning;
    lines << sourcesLine << QString();

    lines << sectionHeading(Section::Band);
    for (const ReportBandRow &row : bandRows) {
        QString line = u"%1: %2 – %3"_s.arg(row.label, money(row.low), money(row.high));
        if (!row.note.isEmpty())
            line += u" (%1)"_s.arg(row.note);
        lines << line;
    }
    lines << bandNote << QString();

    lines << sectionHeading(Section::Offers);
    for (const ReportOfferRow &row : offerRows) {
        lines << Tr::tr("%1%2: year 1 %3, 4-year average %4, base %5 %6, total %7 %8, conversion %9")
                     .arg(row.label, row.target ? Tr::tr(" (target)") : QString(), money(row.firstYear),
                          money(row.annualized), position(row.basePosition), placementText(row.basePlacement),
                          position(row.totalPosition), placementText(row.totalPlacement), row.conversion);
    }
    lines << conversionNote << QString();

    lines << sectionHeading(Section::Chart) << chartCaption << QString();
    lines << ReportSoFar::plainTextLines(soFar);

    if (whatIf)
        lines << whatIf->toPlainLines(currency) << QString();
    if (!startupEquity.isEmpty()) {
        lines << sectionHeading(Section::StartupEquity) << StartupEquitySection::note()
              << StartupEquitySection::plainText(startupEquity, currency) << QString();
    }

    lines << sectionHeading(Section::Counter);
    if (counter) {
        lines << Tr::tr("Target: %1 (%2)").arg(counter->targetLabel, counter->settings);
        for (const ReportAsk &ask : counter->asks) {
            lines << Tr::tr("%1: current %2, ask %3%4, band %5 – %6, best alternative %7")
                         .arg(ask.part, money(ask.current), money(ask.ask),
                              ask.overridden        ? Tr::tr(" (set by hand)")
                              : ask.raisedToFloor ? Tr::tr(" (raised to reach the floor)")
                                                  : QString(),
                              ask.hasBand ? money(ask.bandLow) : Tr::tr("no cap"),
                              ask.hasBand ? money(ask.bandHigh) : QString(),
                              ask.bestAlternative ? money(*ask.bestAlternative) : Tr::tr("none"));
        }
        lines << Tr::tr("Counter: year 1 %1, 4-year average %2").arg(money(counter->counterFirstYear),
                                                                 money(counter->counterAnnualized));
        lines << Tr::tr("Walk-away floor: 4-year average %1, base %2").arg(money(counter->floorAnnualized),
                                                                       money(counter->floorBase));
        lines << Tr::tr("Floor from: %1").arg(counter->floorSource);
        lines << Tr::tr("%1. %2").arg(counter->floorHeadline, counter->floorStatus);
        for (const QString &line : counter->rationale)
            lines << u"- "_s + line;
        for (const QString &warning : counter->warnings)
            lines << u"! "_s + warning;
    } else {
        lines << counterAbsentReason;
    }
    lines << QString();

    lines << sectionTitle(Section::Script) << scriptNote << script << QString();

    lines << sectionTitle(Section::Levers) << leversNote;
    for (const ReportLever &lever : levers) {
        lines << u"%1. %2: %3"_s.arg(lever.number).arg(lever.title, lever.markdown);
        if (!lever.use.isEmpty())
            lines << Tr::tr("   Here: %1").arg(lever.use);
    }
    lines << QString();

    lines << sectionTitle(Section::Disclaimer) << disclaimer;
    return lines.join(u'\n') + u'\n';
}

QString NegotiationReport::money(double value) const
{
    return money(value, currency);
}

QString NegotiationReport::money(double value, const QString &currency)
{
    return Money::exact(value, currency, MoneyStyle::report());
}

QString NegotiationReport::position(double value)
{
    const QString text = reportLocale().toString(std::abs(value), 'f', 2);
    return (value < -0.005 ? u"−"_s : QString()) + text;
}

QString NegotiationReport::longDate(const QDate &date)
{
    if (!date.isValid())
        return Tr::tr("an unknown date");
    //: The summary's date format (QLocale::toString): "26 November 2026".
    return reportLocale().toString(date, Tr::tr("d MMMM yyyy"));
}
