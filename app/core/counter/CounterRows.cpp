// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/CounterRows.h"

std::array<CounterRow, kCounterPartCount> counterRows(const CounterInput &input, const CounterSuggestion &suggestion)
{
    const Offer &target = input.target.offer;
    const RegionBand &band = input.band;
    const int years = target.vestingPeriodYears();
    const std::optional<BestAlternative> &alternative = suggestion.bestAlternative;
    const Offer *best = alternative && alternative->index >= 0 && alternative->index < input.competing.size()
        ? &input.competing.at(alternative->index).offer
        : nullptr;

    const CounterAsks current(target.base, target.equityTotal, target.signOn);
    std::array<CounterRow, kCounterPartCount> rows;
    for (CounterPart part : kCounterParts) {
        CounterRow &row = rows[std::size_t(part)];
        row.part = part;
        row.current = current.value(part);
        row.ask = suggestion.asks.value(part);
        row.suggested = suggestion.suggested.value(part);
        row.overridden = suggestion.isOverridden(part);
    }
    CounterRow &base = rows[std::size_t(CounterPart::Base)];
    base.bandLow = band.baseLow;
    base.bandHigh = band.baseHigh;
    CounterRow &equity = rows[std::size_t(CounterPart::Equity)];
    equity.bandLow = band.stockPerYearLow() * years;
    equity.bandHigh = band.stockPerYearHigh() * years;
    if (best) {
        base.bestAlternative = best->base;
        // In the target's terms: the alternative's yearly equity over the target's vesting years.
        equity.bestAlternative = best->equityTotal / best->vestingPeriodYears() * years;
        rows[std::size_t(CounterPart::SignOn)].bestAlternative = best->signOn;
    }
    return rows;
}
