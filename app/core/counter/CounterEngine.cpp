#include "counter/CounterEngine.h"

#include "common/Currency.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CounterEngine", text);
}

// Tolerance for comparing money computed in doubles: half a currency unit.
constexpr double kSlack = 0.5;

int vestingYearsOf(const Offer &offer)
{
    return offer.vestingYears() > 0 ? offer.vestingYears() : OfferMath::kYears;
}

double firstYearShare(const Offer &offer)
{
    return offer.vestingSchedule.isEmpty() ? 1.0 / OfferMath::kYears : offer.vestingSchedule.first() / 100.0;
}

// Rounds an ask up to its step, but never past the cap: a band's top that is not on a step is used as is.
double roundUpWithin(double value, double cap)
{
    return std::min(OfferMath::roundUpAmount(value), cap);
}

QString money(double value, const QString &currency)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const QString sign = value < 0 ? u"−"_s : QString();
    return sign + Currency::symbol(currency) + locale.toString(std::round(std::abs(value)), 'f', 0);
}

// "$215K", "$306.5K": the short form people say aloud, as the guides write it.
QString spoken(double value, const QString &currency)
{
    const double rounded = std::round(value);
    if (std::abs(rounded) >= 1000 && std::fmod(std::abs(rounded), 100.0) == 0) {
        const double thousands = rounded / 1000.0;
        const bool whole = std::fmod(std::abs(rounded), 1000.0) == 0;
        return Currency::symbol(currency) + QString::number(thousands, 'f', whole ? 0 : 1) + u"K"_s;
    }
    return money(value, currency);
}

QString percent(double fraction)
{
    return QString::number(std::round(fraction * 100)) + u'%';
}

QString percentValue(double pct)
{
    const double rounded = std::round(pct * 10) / 10;
    return QString::number(rounded, 'f', std::fmod(rounded, 1.0) == 0 ? 0 : 1) + u'%';
}

// "Globex", "Globex and Initech", "Globex, Initech and Acme".
QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(u", "_s) + tr(" and ") + names.last();
}

QString article(const QString &word)
{
    static const QString vowels = u"AEIOUaeiou"_s;
    return !word.isEmpty() && vowels.contains(word.front()) ? tr("an") : tr("a");
}

QString partName(CounterPart part)
{
    switch (part) {
    case CounterPart::Base:
        return tr("base");
    case CounterPart::Equity:
        return tr("equity");
    case CounterPart::SignOn:
        return tr("sign-on");
    }
    return QString();
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// Everything the rules need about one recurring part (base or equity), in the target's terms.
struct PartBand
{
    double low = 0;
    double cap = 0; // the band's top
    double current = 0;
};

// What the boldness setting alone asks for one part, before any competing offer.
struct BaselineAsk
{
    double ask = 0;
    double desired = 0;      // the step before the band's top cut it
    double excess = 0;       // what the band's top cut off; it moves into sign-on
    bool fromPosition = false; // the band position set the step, not the least raise
    bool heldCurrent = false;  // the offer's own value is already at or above the step
};

BaselineAsk baselineAsk(const PartBand &band, Boldness boldness)
{
    BaselineAsk result;
    const double position = band.low + CounterEngine::bandPosition(boldness) * (band.cap - band.low);
    const double raised = band.current * (1 + CounterEngine::minimumRaisePct(boldness) / 100.0);
    result.fromPosition = position >= raised;
    result.desired = std::max(position, raised);
    result.ask = std::max(band.current, roundUpWithin(result.desired, band.cap));
    result.heldCurrent = result.ask <= band.current + kSlack;
    result.excess = std::max(0.0, result.desired - result.ask);
    return result;
}

// One competing offer in the target's terms.
struct Competitor
{
    const BandComparison *comparison = nullptr;
    QString label;
    double base = 0;
    double bonusRate = 0;
    double equityEquivalent = 0; // the equity per year over the target's vesting years
    double equityYearOneFactor = 0; // year-1 equity = factor × equityEquivalent
    double signOn = 0;
    double firstYear = 0;
    double annualized = 0;
};

// The year-1 gap between a competing offer and the target offer matched to it within the band, taken as the
// largest gap over every weaker version of the competing offer. Matching a higher competing base raises this
// offer's bonus too, which could shrink the gap as the competing offer grows; taking the largest gap over the
// weaker versions keeps the sign-on ask from ever falling when a competing offer gets better.
double yearOneGap(const Competitor &c, double baseFloor, double baseCap, double targetBonusRate, double equityFloor,
                  double equityCap, double targetYearOneShare)
{
    const auto baseGap = [&](double base) {
        const double matched = std::max(baseFloor, std::min(base, baseCap));
        return base * (1 + c.bonusRate) - matched * (1 + targetBonusRate);
    };
    const auto equityGap = [&](double equity) {
        const double matched = std::max(equityFloor, std::min(equity, equityCap));
        return equity * c.equityYearOneFactor - matched * targetYearOneShare;
    };
    const double base = std::max(baseGap(c.base), baseGap(std::min(c.base, baseFloor)));
    const double equity =
        std::max(equityGap(c.equityEquivalent), equityGap(std::min(c.equityEquivalent, equityFloor)));
    return base + equity + c.signOn;
}

bool containsAny(const QString &text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (text.contains(QString::fromUtf16(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

enum Topic { TopicCompeting = 1, TopicBase = 2, TopicEquity = 4, TopicSignOn = 8 };

int leverTopics(const Lever &lever)
{
    const QString text = lever.title + u' ' + lever.text;
    int topics = 0;
    if (containsAny(lever.title, {u"compet", u"offer"}) || containsAny(lever.text, {u"competing", u"offering"}))
        topics |= TopicCompeting;
    if (containsAny(text, {u"base"}))
        topics |= TopicBase;
    if (containsAny(text, {u"equity", u"rsu", u"stock"}))
        topics |= TopicEquity;
    if (containsAny(text, {u"signing", u"sign-on", u"sign on"}))
        topics |= TopicSignOn;
    return topics;
}

int bitCount(int value)
{
    int count = 0;
    for (; value; value &= value - 1)
        ++count;
    return count;
}

// The first sentence of the guide's own script, when it is a pitch rather than numbers.
QString scriptOpener(const Guide &guide)
{
    static const QRegularExpression sentenceEnd(u"[.!?](\\s|$)"_s);
    const QString script = guide.script.trimmed();
    const QRegularExpressionMatch match = sentenceEnd.match(script);
    const QString first = match.hasMatch() ? script.left(match.capturedStart() + 1) : script;
    static const QRegularExpression digits(u"[0-9$€£¥]"_s);
    if (first.isEmpty() || first.contains(digits) || first.size() > 400)
        return QString();
    return first;
}

} // namespace

QString CounterText::boldnessName(Boldness boldness)
{
    switch (boldness) {
    case Boldness::Conservative:
        return u"conservative"_s;
    case Boldness::Balanced:
        return u"balanced"_s;
    case Boldness::Bold:
        return u"bold"_s;
    }
    return QString();
}

std::optional<Boldness> CounterText::parseBoldness(const QString &name)
{
    for (Boldness boldness : {Boldness::Conservative, Boldness::Balanced, Boldness::Bold}) {
        if (name.compare(boldnessName(boldness), Qt::CaseInsensitive) == 0)
            return boldness;
    }
    return std::nullopt;
}

double CounterAsks::value(CounterPart part) const
{
    switch (part) {
    case CounterPart::Base:
        return base;
    case CounterPart::Equity:
        return equityTotal;
    case CounterPart::SignOn:
        return signOn;
    }
    return 0;
}

void CounterAsks::setValue(CounterPart part, double value)
{
    switch (part) {
    case CounterPart::Base:
        base = value;
        break;
    case CounterPart::Equity:
        equityTotal = value;
        break;
    case CounterPart::SignOn:
        signOn = value;
        break;
    }
}

std::optional<double> CounterOverrides::value(CounterPart part) const
{
    switch (part) {
    case CounterPart::Base:
        return base;
    case CounterPart::Equity:
        return equityTotal;
    case CounterPart::SignOn:
        return signOn;
    }
    return std::nullopt;
}

void CounterOverrides::setValue(CounterPart part, std::optional<double> value)
{
    switch (part) {
    case CounterPart::Base:
        base = value;
        break;
    case CounterPart::Equity:
        equityTotal = value;
        break;
    case CounterPart::SignOn:
        signOn = value;
        break;
    }
}

double CounterEngine::bandPosition(Boldness boldness)
{
    switch (boldness) {
    case Boldness::Conservative:
        return 0.5;
    case Boldness::Balanced:
        return 0.75;
    case Boldness::Bold:
        return 1.0;
    }
    return 0.75;
}

double CounterEngine::minimumRaisePct(Boldness boldness)
{
    switch (boldness) {
    case Boldness::Conservative:
        return 3;
    case Boldness::Balanced:
        return 5;
    case Boldness::Bold:
        return 8;
    }
    return 5;
}

CounterSuggestion CounterEngine::suggest(const CounterInput &input)
{
    CounterSuggestion result;
    const RegionBand &band = input.band;
    const QString &currency = band.currency;
    result.currency = currency;
    const Offer &target = input.target.offer;
    const Boldness boldness = input.settings.boldness;
    const QString boldnessName = CounterText::boldnessName(boldness);
    const double premiumPct = std::clamp(input.settings.premiumPct, 0.0, 100.0);
    const QString company = input.guide.companyName().isEmpty() ? target.company : input.guide.companyName();

    const int targetYears = vestingYearsOf(target);
    const double targetBonusRate = target.bonusPct / 100.0;
    const double targetYearOneShare = firstYearShare(target);

    // Equity in the target's terms: the band's 4-year stock per year, over the target's vesting years.
    const PartBand baseBand{band.baseLow, std::max(band.baseHigh, band.baseLow), target.base};
    const PartBand equityBand{band.stockPerYearLow() * targetYears,
                              std::max(band.stockPerYearHigh(), band.stockPerYearLow()) * targetYears,
                              target.equityTotal};

    const BaselineAsk baseBaseline = baselineAsk(baseBand, boldness);
    const BaselineAsk equityBaseline = baselineAsk(equityBand, boldness);
    const double baselineSignOnRaw =
        baseBaseline.excess * (1 + targetBonusRate) + equityBaseline.excess * targetYearOneShare;
    const double baselineSignOn = baselineSignOnRaw > kSlack ? OfferMath::roundUpAmount(baselineSignOnRaw) : 0.0;

    QList<Competitor> competitors;
    for (const BandComparison &comparison : input.competing) {
        const Offer &o = comparison.offer;
        Competitor c;
        c.comparison = &comparison;
        c.label = o.label();
        c.base = std::max(0.0, o.base);
        c.bonusRate = std::max(0.0, o.bonusPct / 100.0);
        const int years = vestingYearsOf(o);
        c.equityEquivalent = std::max(0.0, o.equityTotal) / years * targetYears;
        c.equityYearOneFactor = firstYearShare(o) * years / targetYears;
        c.signOn = std::max(0.0, o.signOn);
        c.firstYear = OfferMath::firstYear(o);
        c.annualized = OfferMath::annualized(o);
        competitors.append(c);
    }

    // Competing offers anchor base and equity; a figure above the band stops at its top.
    double baseAsk = baseBaseline.ask;
    double equityAsk = equityBaseline.ask;
    for (const Competitor &c : competitors) {
        baseAsk = std::max(baseAsk, roundUpWithin(c.base, baseBand.cap));
        equityAsk = std::max(equityAsk, roundUpWithin(c.equityEquivalent, equityBand.cap));
    }
    // The year-1 gap to each competing offer is bridged with sign-on.
    double largestGap = 0;
    int largestGapIndex = -1;
    for (int i = 0; i < competitors.size(); ++i) {
        const double gap = yearOneGap(competitors.at(i), baseBaseline.ask, baseBand.cap, targetBonusRate,
                                      equityBaseline.ask, equityBand.cap, targetYearOneShare);
        if (gap > largestGap + kSlack) {
            largestGap = gap;
            largestGapIndex = i;
        }
    }
    const double gapSignOn = largestGapIndex >= 0 ? OfferMath::roundUpAmount(largestGap) : 0.0;
    const double signOnAsk = std::max({std::max(0.0, target.signOn), baselineSignOn, gapSignOn});

    result.suggested = CounterAsks{baseAsk, equityAsk, signOnAsk};
    result.asks = result.suggested;
    for (CounterPart part : {CounterPart::Base, CounterPart::Equity, CounterPart::SignOn}) {
        if (const std::optional<double> value = input.overrides.value(part)) {
            result.asks.setValue(part, std::max(0.0, *value));
            result.overridden[std::size_t(part)] = true;
        }
    }

    result.counter = target;
    result.counter.base = result.asks.base;
    result.counter.equityTotal = result.asks.equityTotal;
    result.counter.signOn = result.asks.signOn;
    result.counterFirstYear = OfferMath::firstYear(result.counter);
    result.counterAnnualized = OfferMath::annualized(result.counter);

    // The best alternative and the floor.
    const double targetAnnualized = OfferMath::annualized(target);
    for (int i = 0; i < competitors.size(); ++i) {
        const Competitor &c = competitors.at(i);
        if (!result.bestAlternative || c.annualized > result.bestAlternative->annualized + kSlack) {
            const Offer &o = c.comparison->offer;
            result.bestAlternative = BestAlternative{i, o.company, o.level, c.label, c.firstYear, c.annualized};
        }
    }
    const std::optional<BestAlternative> &best = result.bestAlternative;
    result.floorAnnualized = best ? best->annualized * (1 - premiumPct / 100.0) : targetAnnualized;
    const double targetOtherParts = target.equityTotal / targetYears + (target.signOn + target.signOnYear2) / 4.0;
    const double rawFloorBase = std::max(0.0, (result.floorAnnualized - targetOtherParts) / (1 + targetBonusRate));
    result.floorBase = rawFloorBase > target.base + kSlack
        ? OfferMath::roundUpAmount(rawFloorBase)
        : std::min(OfferMath::roundUpAmount(rawFloorBase), target.base);
    result.bandReachAnnualized = std::max(baseBand.cap, target.base) * (1 + targetBonusRate)
        + std::max(equityBand.cap, target.equityTotal) / targetYears + (target.signOn + target.signOnYear2) / 4.0;
    result.bandCanReachFloor = result.floorAnnualized <= result.bandReachAnnualized + kSlack;

    // Rationale: one line per ask, naming the number behind it.
    const auto labelsWhere = [&](auto predicate) {
        QStringList labels;
        for (const Competitor &c : competitors) {
            if (predicate(c))
                labels.append(c.label);
        }
        return labels;
    };
    const auto recurringReason = [&](CounterPart part, const PartBand &partBand, const BaselineAsk &baseline,
                                     double suggestedAsk, auto competitorValue) {
        AskReason reason;
        reason.part = part;
        const bool isBase = part == CounterPart::Base;
        const QString what = isBase ? tr("base") : tr("equity");
        const QString askText = isBase ? money(suggestedAsk, currency)
                                       : tr("%1 over %2 years").arg(money(suggestedAsk, currency)).arg(targetYears);
        const QString range = money(partBand.low, currency) + u"–"_s + money(partBand.cap, currency);
        const QStringList above = labelsWhere([&](const Competitor &c) { return competitorValue(c) > partBand.cap + kSlack; });
        const QStringList leading = labelsWhere([&](const Competitor &c) {
            return competitorValue(c) <= partBand.cap + kSlack
                && roundUpWithin(competitorValue(c), partBand.cap) >= suggestedAsk - kSlack;
        });
        const bool competitorLeads = suggestedAsk > baseline.ask + kSlack;
        const bool capped = !above.isEmpty() && suggestedAsk >= partBand.cap - kSlack;
        const double suggestedSignOn = result.suggested.signOn;
        if (competitorLeads && !leading.isEmpty()) {
            QStringList figures;
            for (const Competitor &c : competitors) {
                if (leading.contains(c.label))
                    figures.append(tr("%1's %2").arg(c.label, money(competitorValue(c), currency)));
            }
            reason.line = tr("%1 %2: %3 %4 inside the band (%5), so ask at least that.")
                              .arg(capitalized(what), askText, joinNames(figures),
                                   figures.size() == 1 ? tr("is") : tr("are"), range);
            reason.competingOffers = leading;
        } else if (competitorLeads) {
            reason.line = tr("%1 %2, the band's top: %3 more than that.")
                              .arg(capitalized(what), askText,
                                   joinNames(above) + (above.size() == 1 ? tr(" offers") : tr(" offer")));
        } else if (baseline.heldCurrent) {
            reason.line = partBand.current >= partBand.cap - kSlack
                ? tr("%1 %2: the offer's own %3, already at or above the band's top (%4), so hold it.")
                      .arg(capitalized(what), askText, what, money(partBand.cap, currency))
                : tr("%1 %2: the offer's own %3 is already past the step a %4 ask takes, so hold it.")
                      .arg(capitalized(what), askText, what, boldnessName);
        } else if (baseline.fromPosition) {
            const double position = OfferMath::bandPosition(partBand.current, partBand.low, partBand.cap);
            reason.line = tr("%1 %2: a %3 ask aims at %4 of the band (%5); the offer sits at %6.")
                              .arg(capitalized(what), askText, boldnessName,
                                   percent(CounterEngine::bandPosition(boldness)), range, percent(position));
        } else {
            reason.line = tr("%1 %2: a %3 ask is at least %4 above the offer's %5.")
                              .arg(capitalized(what), askText, boldnessName,
                                   percentValue(CounterEngine::minimumRaisePct(boldness)),
                                   money(partBand.current, currency));
        }
        if (capped) {
            reason.cappedByBand = true;
            const QString beyond = tr("What %1 %2 beyond the band's top of %3 can't go into %4,")
                                       .arg(joinNames(above), above.size() == 1 ? tr("offers") : tr("offer"),
                                            money(partBand.cap, currency), what);
            reason.line += u' ' + beyond + u' '
                + (suggestedSignOn > kSlack
                       ? tr("so it moves into the sign-on, which the band doesn't cap.")
                       : tr("so it would move into the sign-on, but this offer already pays more in year 1."));
            reason.competingOffers.append(above);
            reason.competingOffers.removeDuplicates();
        }
        if (baseline.excess > kSlack && !competitorLeads && !capped) {
            reason.cappedByBand = true;
            reason.line += u' '
                + tr("The rest of the %1 step (%2) is beyond the band's top, so it moves into the sign-on.")
                      .arg(boldnessName, money(baseline.excess, currency));
        }
        reason.needsWrittenOffer = !reason.competingOffers.isEmpty();
        return reason;
    };

    AskReason baseReason = recurringReason(CounterPart::Base, baseBand, baseBaseline, result.suggested.base,
                                           [](const Competitor &c) { return c.base; });
    AskReason equityReason = recurringReason(CounterPart::Equity, equityBand, equityBaseline,
                                             result.suggested.equityTotal,
                                             [](const Competitor &c) { return c.equityEquivalent; });

    AskReason signOnReason;
    signOnReason.part = CounterPart::SignOn;
    {
        const double ask = result.suggested.signOn;
        const QString askText = money(ask, currency);
        if (ask <= kSlack) {
            signOnReason.line = competitors.isEmpty()
                ? tr("Sign-on: none; with room left in the band, the base and equity asks carry the step.")
                : tr("Sign-on: none; no competing offer pays more in year 1 than this offer matched to it.");
        } else if (largestGapIndex >= 0 && gapSignOn >= ask - kSlack) {
            const Competitor &c = competitors.at(largestGapIndex);
            signOnReason.line = tr("Sign-on %1: %2 pays %3 in year 1; this offer, matched to it within the band, pays "
                                   "%4. The sign-on bridges that %5 year-1 gap.")
                                    .arg(askText, c.label, money(c.firstYear, currency),
                                         money(c.firstYear - largestGap, currency), money(largestGap, currency));
            if (c.base > baseBand.cap + kSlack || c.equityEquivalent > equityBand.cap + kSlack)
                signOnReason.line += u' ' + tr("It includes %1's pay beyond the band's top.").arg(c.label);
            signOnReason.competingOffers = {c.label};
            signOnReason.needsWrittenOffer = true;
        } else if (baselineSignOn > kSlack && baselineSignOn >= ask - kSlack) {
            signOnReason.line = tr("Sign-on %1: the %2 step on base and equity (%3 in year 1) goes past the band's top, "
                                   "so it moves into a one-off sign-on, which the band doesn't cap.")
                                    .arg(askText, boldnessName, money(baselineSignOnRaw, currency));
            signOnReason.cappedByBand = true;
        } else {
            signOnReason.line = tr("Sign-on %1: the offer's own sign-on; keep it.").arg(askText);
        }
    }

    result.reasons = {baseReason, equityReason, signOnReason};
    for (AskReason &reason : result.reasons) {
        if (result.isOverridden(reason.part)) {
            const double value = result.asks.value(reason.part);
            reason.line = tr("%1 %2: set by hand (the suggestion was %3).")
                              .arg(capitalized(partName(reason.part)), money(value, currency),
                                   money(result.suggested.value(reason.part), currency));
            reason.needsWrittenOffer = false;
            reason.competingOffers.clear();
        }
        result.rationale.append(reason.line);
    }

    const QString floorBaseText = money(result.floorBase, currency);
    if (best) {
        const QString premiumText = premiumPct > 0
            ? tr(", less your %1 premium").arg(percentValue(premiumPct))
            : QString();
        result.rationale.append(tr("Floor %1 a year over 4 years: %2's 4-year average of %3%4. That is %5 base with "
                                   "the offer's other parts unchanged.")
                                    .arg(money(result.floorAnnualized, currency), best->label,
                                         money(best->annualized, currency), premiumText, floorBaseText));
    } else {
        result.rationale.append(tr("Floor %1 a year over 4 years: the offer's own value (%2 base); with no competing "
                                   "offer, there is nothing better to walk away to.")
                                    .arg(money(result.floorAnnualized, currency), floorBaseText));
    }

    // Which part the company is most likely to move: the one with the most room left in its band.
    const auto roomLeft = [](const PartBand &partBand) {
        const double range = partBand.cap - partBand.low;
        return range > 0 ? (partBand.cap - partBand.current) / range : 0.0;
    };
    const double baseRoom = roomLeft(baseBand);
    const double equityRoom = roomLeft(equityBand);
    if (std::max(baseRoom, equityRoom) >= 0.25) {
        const bool base = baseRoom >= equityRoom;
        const PartBand &partBand = base ? baseBand : equityBand;
        result.mostLikelyToMove = base ? CounterPart::Base : CounterPart::Equity;
        result.mostLikelyToMoveReason =
            tr("%1 is the part most likely to move: the offer sits %2 of the way up the band's %3 range (%4–%5), "
               "with %6 of room to the top that a recruiter can give without an exception.")
                .arg(base ? tr("Base") : tr("Equity"),
                     percent(OfferMath::bandPosition(partBand.current, partBand.low, partBand.cap)),
                     base ? tr("base") : tr("equity"), money(partBand.low, currency), money(partBand.cap, currency),
                     money(partBand.cap - partBand.current, currency));
    } else {
        result.mostLikelyToMove = CounterPart::SignOn;
        result.mostLikelyToMoveReason =
            tr("Sign-on is the part most likely to move: base and equity are near the top of the band, and a "
               "one-off sign-on doesn't touch the band.");
    }

    for (const AskReason &reason : std::as_const(result.reasons)) {
        if (reason.needsWrittenOffer)
            result.writtenOffersNeeded.append(reason.competingOffers);
    }
    result.writtenOffersNeeded.removeDuplicates();

    // Warnings.
    QStringList &warnings = result.warnings;
    if (best && !result.bandCanReachFloor) {
        const double shortfall = result.floorAnnualized - result.bandReachAnnualized;
        const double premiumNeeded = 100.0 * (best->annualized - result.bandReachAnnualized) / best->annualized;
        warnings.append(tr("This company can't match your best alternative. At the top of its band (%1 base, %2 "
                           "equity) the offer comes to %3 a year over 4 years, %4 short of your floor of %5 (%6). "
                           "Only a premium of %7 or more, a sign-on of about %8, or a higher level would close it.")
                            .arg(money(std::max(baseBand.cap, target.base), currency),
                                 money(std::max(equityBand.cap, target.equityTotal), currency),
                                 money(result.bandReachAnnualized, currency), money(shortfall, currency),
                                 money(result.floorAnnualized, currency), best->label, percentValue(premiumNeeded),
                                 money(OfferMath::roundUpAmount(shortfall * 4), currency)));
    } else if (best && result.counterAnnualized < result.floorAnnualized - kSlack) {
        warnings.append(tr("The counter comes to %1 a year over 4 years, below your floor of %2 (%3). The band can "
                           "reach it: ask for more equity or base before you settle.")
                            .arg(money(result.counterAnnualized, currency), money(result.floorAnnualized, currency),
                                 best->label));
    }
    if (best && targetAnnualized >= result.floorAnnualized - kSlack) {
        warnings.append(tr("The offer on the table (%1 a year over 4 years) already meets your floor (%2, from %3): "
                           "you have less leverage than it looks, so push gently.")
                            .arg(money(targetAnnualized, currency), money(result.floorAnnualized, currency),
                                 best->label));
    }
    if (target.base > baseBand.cap + kSlack) {
        warnings.append(tr("The offer's base (%1) is already above the band's top (%2); the base ask holds it rather "
                           "than going higher.")
                            .arg(money(target.base, currency), money(baseBand.cap, currency)));
    }
    if (target.equityTotal > equityBand.cap + kSlack) {
        warnings.append(tr("The offer's equity (%1) is already above the band's top (%2); the equity ask holds it.")
                            .arg(money(target.equityTotal, currency), money(equityBand.cap, currency)));
    }
    if (result.asks.signOn > 0.25 * result.asks.base && result.asks.signOn > kSlack) {
        warnings.append(tr("A sign-on of %1 is more than a quarter of the base; companies often split one this size "
                           "across two years, or pay part of it in equity.")
                            .arg(money(result.asks.signOn, currency)));
    }
    for (const Competitor &c : competitors) {
        const Offer &o = c.comparison->offer;
        if (std::abs(c.comparison->rate - 1.0) > 1e-9) {
            warnings.append(tr("%1's offer is compared in %2 at the rate you gave (%3); a change in the rate moves the "
                               "anchors.")
                                .arg(c.label, currency, QString::number(c.comparison->rate, 'g', 6)));
        }
        if (o.company.isEmpty() || o.level.isEmpty())
            continue;
        QStringList sameCompany;
        bool sameLevel = false;
        for (const QString &mapped : input.guide.levelMapping) {
            if (mapped.compare(c.label, Qt::CaseInsensitive) == 0)
                sameLevel = true;
            else if (mapped.startsWith(o.company + u' ', Qt::CaseInsensitive))
                sameCompany.append(mapped);
        }
        if (!sameLevel && !sameCompany.isEmpty()) {
            warnings.append(tr("The guide maps this level to %1, not %2: an offer at another level moves the anchors, "
                               "so compare like with like.")
                                .arg(joinNames(sameCompany), c.label));
        }
    }
    for (CounterPart part : {CounterPart::Base, CounterPart::Equity, CounterPart::SignOn}) {
        if (!result.isOverridden(part))
            continue;
        const double value = result.asks.value(part);
        const double own = part == CounterPart::Base ? target.base
            : part == CounterPart::Equity          ? target.equityTotal
                                                   : target.signOn;
        if (value < own - kSlack) {
            warnings.append(tr("Your %1 ask (%2) is below the offer's own %1 (%3): it gives ground before the talk "
                               "starts.")
                                .arg(partName(part), money(value, currency), money(own, currency)));
        }
        const double cap = part == CounterPart::Base ? baseBand.cap
            : part == CounterPart::Equity          ? equityBand.cap
                                                   : -1;
        if (cap >= 0 && value > std::max(cap, own) + kSlack) {
            warnings.append(tr("Your %1 ask (%2) is above the band's top (%3): expect it to need an exception; "
                               "a sign-on is easier to grant.")
                                .arg(partName(part), money(value, currency), money(cap, currency)));
        }
    }

    // The script: the guide's own pitch, this person's offers, asks and floor, then the guide's levers that fit.
    const CounterAsks &asks = result.asks;
    QStringList named; // competing offers worth naming: better than the target, or behind an ask
    QStringList holding;
    for (const Competitor &c : competitors) {
        bool drivesAsk = false;
        for (const AskReason &reason : std::as_const(result.reasons))
            drivesAsk = drivesAsk || reason.competingOffers.contains(c.label);
        if (!drivesAsk && c.annualized <= targetAnnualized + kSlack)
            continue;
        const Offer &o = c.comparison->offer;
        QStringList parts{tr("%1 base").arg(spoken(o.base, currency))};
        if (o.equityTotal > kSlack)
            parts.append(tr("%1 equity").arg(spoken(o.equityTotal, currency)));
        if (o.bonusPct > 0)
            parts.append(tr("a %1 bonus").arg(percentValue(o.bonusPct)));
        if (o.signOn + o.signOnYear2 > kSlack)
            parts.append(tr("a %1 signing bonus").arg(spoken(o.signOn + o.signOnYear2, currency)));
        named.append(c.label);
        holding.append(tr("%1 %2 offer at %3").arg(article(c.label), c.label, joinNames(parts)));
    }

    QStringList sentences;
    const QString opener = scriptOpener(input.guide);
    sentences.append(opener.isEmpty()
                         ? tr("I'm excited about the %1 role at %2 and want to make this work.")
                               .arg(input.guide.roleName().isEmpty() ? target.role : input.guide.roleName(), company)
                         : opener);
    QStringList askParts{tr("%1 base").arg(spoken(asks.base, currency))};
    if (asks.equityTotal > kSlack)
        askParts.append(tr("%1 equity over %2 years").arg(spoken(asks.equityTotal, currency)).arg(targetYears));
    if (asks.signOn > kSlack)
        askParts.append(tr("a %1 signing bonus").arg(spoken(asks.signOn, currency)));
    const QString askList = askParts.size() == 3 ? askParts.at(0) + u", "_s + askParts.at(1) + tr(", and ") + askParts.at(2)
                                                 : joinNames(askParts);
    if (!holding.isEmpty()) {
        // Each offer's own figures already use "and", so the offers are joined with ", and".
        const QString offers = holding.size() <= 1 ? holding.value(0)
                                                   : holding.mid(0, holding.size() - 1).join(u", "_s) + tr(", and ")
                + holding.last();
        sentences.append(tr("I'm holding %1.").arg(offers));
        sentences.append(tr("To choose %1, I need %2.").arg(company, askList));
    } else {
        sentences.append(tr("Based on market data for this level in %1, I'd like %2.").arg(band.region, askList));
    }
    sentences.append(asks.base > target.base + kSlack ? tr("At %1 base, I commit.").arg(spoken(asks.base, currency))
                                                      : tr("At these numbers, I commit."));
    if (best) {
        // The base that reaches the floor with the asked equity and sign-on: what the person can still accept.
        const double otherAsked = asks.equityTotal / targetYears + (asks.signOn + target.signOnYear2) / 4.0;
        const double rawScriptFloor = (result.floorAnnualized - otherAsked) / (1 + targetBonusRate);
        const double scriptFloorBase = OfferMath::roundUpAmount(std::max(0.0, rawScriptFloor));
        if (scriptFloorBase <= asks.base + kSlack) {
            if (scriptFloorBase > target.base + kSlack) {
                sentences.append(tr("My floor is %1 base with that equity and signing bonus; below that, %2 wins.")
                                     .arg(spoken(scriptFloorBase, currency), best->label));
            }
        } else if (result.bandCanReachFloor) {
            sentences.append(tr("My floor is %1 a year over four years; that's what %2 comes to.")
                                 .arg(spoken(result.floorAnnualized, currency), best->label));
        } else {
            sentences.append(tr("%1 comes to %2 a year over four years. I know that's beyond your band for this level, "
                                "so I'm asking you to get as close to it as you can.")
                                 .arg(best->label, spoken(best->annualized, currency)));
        }
    }
    QString script = sentences.join(u' ');

    // The guide's levers that fit: each covers a topic this counter needs; the ones covering most come first.
    int needed = 0;
    if (!named.isEmpty())
        needed |= TopicCompeting;
    if (asks.base > target.base + kSlack)
        needed |= TopicBase;
    if (asks.equityTotal > target.equityTotal + kSlack)
        needed |= TopicEquity;
    if (asks.signOn > target.signOn + kSlack)
        needed |= TopicSignOn;
    QList<int> chosen;
    int covered = 0;
    while (chosen.size() < 3) {
        int bestLever = -1;
        int bestScore = 0;
        for (int i = 0; i < input.guide.levers.size(); ++i) {
            if (chosen.contains(i))
                continue;
            // A lever built on competing offers is no use without one worth naming.
            if ((leverTopics(input.guide.levers.at(i)) & TopicCompeting) && named.isEmpty())
                continue;
            const int topics = leverTopics(input.guide.levers.at(i)) & needed;
            // New topics count most; topics already covered still make a lever relevant.
            const int score = bitCount(topics & ~covered) * 10 + bitCount(topics);
            if (score > bestScore) {
                bestScore = score;
                bestLever = i;
            }
        }
        if (bestLever < 0)
            break;
        chosen.append(bestLever);
        covered |= leverTopics(input.guide.levers.at(bestLever));
    }
    for (int i : std::as_const(chosen)) {
        const Lever &lever = input.guide.levers.at(i);
        const int topics = leverTopics(lever) & needed;
        QStringList uses;
        if (topics & TopicCompeting)
            uses.append((named.size() == 1 ? tr("name %1 and its figures") : tr("name %1 and their figures"))
                            .arg(joinNames(named)));
        QStringList backs;
        if (topics & TopicBase)
            backs.append(tr("the %1 base").arg(spoken(asks.base, currency)));
        if (topics & TopicEquity)
            backs.append(tr("the %1 equity").arg(spoken(asks.equityTotal, currency)));
        if (topics & TopicSignOn)
            backs.append(tr("the %1 signing bonus").arg(spoken(asks.signOn, currency)));
        if (!backs.isEmpty())
            uses.append(tr("back %1 with it").arg(joinNames(backs)));
        CitedLever cited;
        cited.number = i + 1;
        cited.title = lever.title;
        cited.needsOwnFacts = lever.text.contains(u'[');
        cited.use = capitalized(uses.join(u"; "_s)) + u'.';
        if (cited.needsOwnFacts)
            cited.use += u' ' + tr("Use it only if it's true for you, with your own details where the guide has brackets.");
        result.levers.append(cited);
    }
    if (!result.levers.isEmpty()) {
        script += u"\n\n"_s + tr("Levers from the guide that fit:");
        for (const CitedLever &lever : std::as_const(result.levers))
            script += u"\n- "_s + tr("%1 (lever %2): %3").arg(lever.title).arg(lever.number).arg(lever.use);
    }
    result.script = script;
    return result;
}
