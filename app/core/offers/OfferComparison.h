// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/Guide.h"
#include "offers/OfferMath.h"
#include "offers/OptionsValuation.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Several offers seen against one region's band, in the band's currency: what the CLI's compare prints, the Offers
// tab draws, and the PDF report lists.
struct OffersComparison
{
    QString guideId;
    QString guideTitle;
    RegionBand band;
    QList<BandComparison> rows; // one per offer that could be converted, in the offers' order
    // One line per offer that could not be compared: a currency pair without a rate ("no exchange rate from EUR to
    // USD for the Globex L5 offer"; never guessed), or an amount past the limit once converted.
    QStringList problems;
    // The exits every options offer is shown at (compare --exit-multiples); each one's expected case is its own.
    QList<double> exitMultiples = OptionsValuation::defaultExitMultiples();
    int horizonYears = OfferMath::kYears; // of every row's yearsOverHorizon

    bool complete() const { return problems.isEmpty(); }
    // The row of the offer marked target, or nullptr.
    const BandComparison *target() const;
};

namespace OfferComparison {
OffersComparison compare(const Guide &guide, const RegionBand &band, const QList<Offer> &offers,
                         const ExchangeRates &rates, int horizonYears = OfferMath::kYears);

// The CLI's --json document: {guide, region, currency, band, offers: [...]}; an options offer also has `options`
// and `breakeven_exit_multiple` (OptionsOutlook).
QJsonObject toJson(const OffersComparison &comparison);

// 0.8 -> "0.8", 0.8333 -> "0.83": positions as people read them.
QString formatPosition(double position);
} // namespace OfferComparison
