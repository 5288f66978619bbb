// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/ReportWhatIf.h"

#include "common/Money.h"
#include "offers/OfferComparison.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationReport)
};

QString money(double value, const QString &currency)
{
    return Money::exact(value, currency, MoneyStyle::report());
}

QString number(double value)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(value, 'g', 12);
}

QString scheduleText(const Offer &offer)
{
    QStringList shares;
    for (double share : offer.vestingSchedule)
        shares.append(number(share));
    return shares.isEmpty() ? u"25/25/25/25"_s : shares.join(u'/');
}

// One offer's equity terms as entered, in its own currency.
QString assumptionLine(const Offer &offer)
{
    const QString &currency = offer.currency;
    QStringList parts;
    if (offer.hasOptions()) {
        // Options have no value today and no growth rate: their exit decides (the Startup equity section).
        parts.append(Tr::tr("%1 stock options, valued at an exit (see Startup equity), not at a growth rate")
                         .arg(number(offer.stockOptions.count)));
    } else if (offer.hasShareGrant()) {
        parts.append(Tr::tr("%1 shares at %2 (a grant of %3 today)")
                         .arg(number(offer.equityShares),
                              Money::exact(offer.sharePrice, currency, MoneyStyle::report().withCents()),
                              money(offer.equityShares * offer.sharePrice, currency)));
    } else {
        parts.append(Tr::tr("a grant of %1 today").arg(money(offer.equityTotal, currency)));
    }
    if (!offer.hasOptions())
        parts.append(Tr::tr("growth %1 a year").arg(EquityScenarios::formatGrowth(offer.growthPct)));
    parts.append(Tr::tr("vesting %1, %2, %3-month cliff")
                     .arg(scheduleText(offer), EquityTerms::frequencyName(offer.vestingFrequency))
                     .arg(offer.cliffMonths));
    if (offer.refresherGrant > 0) {
        parts.append(Tr::tr("a refresher grant of %1 a year, each over %2 years")
                         .arg(money(offer.refresherGrant, currency))
                         .arg(offer.refresherVestingYears));
    }
    if (offer.refresherYearly > 0)
        parts.append(Tr::tr("a flat refresher of %1 a year from year 2").arg(money(offer.refresherYearly, currency)));
    if (offer.signOn > 0 || offer.signOnYear2 > 0) {
        parts.append(offer.signOnClawbackMonths == 0
                         ? Tr::tr("no sign-on clawback")
                         : Tr::tr("sign-on repaid %1 if you leave within %2 months")
                               .arg(offer.signOnClawback == SignOnClawback::Full ? Tr::tr("in full") : Tr::tr("prorated"))
                               .arg(offer.signOnClawbackMonths));
    }
    if (offer.deadline.isValid()) {
        static const QLocale locale(QLocale::English, QLocale::UnitedStates);
        parts.append(Tr::tr("deadline %1").arg(locale.toString(offer.deadline, u"d MMMM yyyy"_s)));
    }
    return u"%1: %2."_s.arg(offer.label(), parts.join(u"; "_s));
}

} // namespace

QString ReportWhatIf::growthHeading(double pct)
{
    const QString text = EquityScenarios::formatGrowth(std::abs(pct));
    if (pct < 0)
        return u"−"_s + text;
    return pct > 0 ? u"+"_s + text : text;
}

QStringList ReportWhatIf::toPlainLines(const QString &currency) const
{
    QStringList lines{heading, intro};
    for (const ReportWhatIfRow &row : rows) {
        QStringList totals;
        for (qsizetype i = 0; i < row.scenarioTotals.size() && i < growthPcts.size(); ++i)
            totals.append(u"%1 %2"_s.arg(growthHeading(growthPcts.at(i)), money(row.scenarioTotals.at(i), currency)));
        lines << Tr::tr("%1%2: expected %3 (at %4 a year); %5")
                     .arg(row.label, row.target ? Tr::tr(" (target)") : QString(), money(row.expectedTotal, currency),
                          growthHeading(row.expectedGrowthPct), totals.join(u", "_s));
    }
    for (const QString &line : breakEvens)
        lines << u"- "_s + line;
    for (const QString &line : flips)
        lines << u"! "_s + line;
    lines << Tr::tr("Assumptions as entered:");
    for (const QString &line : assumptions)
        lines << u"- "_s + line;
    lines << note;
    return lines;
}

bool ReportWhatIfBuilder::wanted(const QList<Offer> &offers, const std::optional<EquityAssumptions> &asked)
{
    if (asked || EquityScenarios::anyEquityTerms(offers))
        return true;
    const auto withEquity = std::count_if(offers.cbegin(), offers.cend(), [](const Offer &offer) {
        return offer.equityTotal > 0 || offer.refresherYearly > 0;
    });
    return offers.size() > 1 && withEquity > 0;
}

ReportWhatIf ReportWhatIfBuilder::build(const OffersComparison &comparison, const QList<Offer> &originals,
                                        const EquityAssumptions &assumptions)
{
    const EquityAnalysis analysis = EquityScenarios::analyse(comparison, assumptions);
    ReportWhatIf section;
    section.heading = Tr::tr("What if the stock moves");
    section.horizonYears = assumptions.horizonYears;
    section.growthPcts = assumptions.scenarioGrowthPcts;
    section.intro = (assumptions.horizonYears == 1
                         ? Tr::tr("What each offer pays over its first year, in %1, if its share price changes by the "
                              "same rate every year, one rate a year per column. \"Expected\" uses each offer's own growth.")
                         : Tr::tr("What each offer pays over %2 years, in %1, if its share price changes by the same rate "
                              "every year, one rate a year per column. \"Expected\" uses each offer's own growth.")
                               .arg(u"%1"_s, QString::number(assumptions.horizonYears)))
                        .arg(comparison.band.currency);
    for (const OfferScenarios &offer : analysis.offers) {
        ReportWhatIfRow row;
        row.label = offer.label;
        row.target = offer.offer.target;
        row.expectedGrowthPct = offer.offer.growthPct;
        row.expectedTotal = offer.expected.total;
        for (const ScenarioResult &scenario : offer.scenarios)
            row.scenarioTotals.append(scenario.total);
        section.rows.append(row);
    }
    section.breakEvens = EquityScenarios::breakEvenSentences(analysis);
    for (const RankingFlip &flip : analysis.flips)
        section.flips.append(flip.sentence);
    for (const Offer &offer : originals)
        section.assumptions.append(assumptionLine(offer));
    section.note = Tr::tr("Equity vesting in year i is worth its value today × (1 + g)^i; a refresher granted at the end "
                      "of year k is worth its value at grant × (1 + g)^(i − k). Equity that vests after the horizon "
                      "isn't counted. Break-even rates are searched between a 95% fall and a 300% rise a year.");
    return section;
}
