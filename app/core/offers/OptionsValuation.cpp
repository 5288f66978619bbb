// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "offers/OptionsValuation.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OptionsValuation)
};

// Trailing zeros and a trailing point dropped: "3.40" -> "3.4", "10.00" -> "10".
QString trimmed(QString text)
{
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == u"-0"_s ? u"0"_s : text;
}
} // namespace

QString EquityTypes::name(EquityType type)
{
    return type == EquityType::Options ? u"options"_s : u"rsu"_s;
}

std::optional<EquityType> EquityTypes::parse(const QString &name)
{
    if (name == u"rsu"_s)
        return EquityType::Rsu;
    if (name == u"options"_s)
        return EquityType::Options;
    return std::nullopt;
}

QList<double> OptionsValuation::defaultExitMultiples()
{
    return {0, 0.5, 1, 3, 10};
}

Result<QList<double>> OptionsValuation::parseExitMultiples(const QString &text)
{
    const auto problem = [&] {
        return Error{Tr::tr("must be a comma-separated list of 1 to %1 exit multiples, each from 0 to 100 (such as "
                            "0,0.5,1,3,10), not '%2'")
                         .arg(kMaxExitMultiples)
                         .arg(text.left(80))};
    };
    const QStringList parts = text.split(u',');
    if (text.trimmed().isEmpty() || parts.size() > kMaxExitMultiples)
        return problem();
    QList<double> multiples;
    for (const QString &part : parts) {
        bool ok = false;
        const double multiple = part.trimmed().toDouble(&ok);
        // Written so that NaN fails too.
        if (!ok || !(multiple >= 0 && multiple <= StockOptionsLimits::kMaxExitMultiple))
            return problem();
        if (!multiples.contains(multiple))
            multiples.append(multiple);
    }
    return multiples;
}

QString OptionsValuation::exitMultiplesText(const QList<double> &multiples)
{
    QStringList parts;
    for (double multiple : multiples)
        parts.append(QString::number(multiple, 'g', 10));
    return parts.join(u',');
}

double OptionsValuation::exitPricePerShare(const StockOptions &options, double multiple)
{
    const double m = std::max(0.0, multiple);
    double perShare = m * options.preferredPrice;
    if (options.preferenceTotal > 0 && options.hasFullyDilutedShares()) {
        // Conservative on purpose: all preferred is taken as non-participating and paid its preference first.
        const double exitValue = perShare * options.fullyDilutedShares;
        perShare = std::max(0.0, exitValue - options.preferenceTotal) / options.fullyDilutedShares;
    }
    const double kept = 1.0 - std::clamp(options.dilutionPct, 0.0, 100.0) / 100.0;
    return perShare * std::pow(kept, std::max(0, options.roundsToExit));
}

double OptionsValuation::spreadPerShare(const StockOptions &options, double multiple)
{
    return std::max(0.0, exitPricePerShare(options, multiple) - options.strikePrice);
}

double OptionsValuation::grantValueAtExit(const StockOptions &options, double multiple)
{
    return options.count * spreadPerShare(options, multiple);
}

double OptionsValuation::valueVestingInYear(const StockOptions &options, const QList<double> &schedulePct, int index,
                                            double multiple)
{
    if (index < 0 || index >= schedulePct.size())
        return 0;
    return grantValueAtExit(options, multiple) * schedulePct.at(index) / 100.0;
}

double OptionsValuation::paperValue(const StockOptions &options)
{
    return options.count * std::max(0.0, options.preferredPrice - options.strikePrice);
}

double OptionsValuation::costToExercise(const StockOptions &options)
{
    return options.count * options.strikePrice;
}

std::optional<double> OptionsValuation::exerciseSpread(const StockOptions &options)
{
    if (!options.hasFmv())
        return std::nullopt;
    return options.count * std::max(0.0, options.fmvPrice - options.strikePrice);
}

std::optional<double> OptionsValuation::ownershipPct(const StockOptions &options)
{
    if (!options.hasFullyDilutedShares())
        return std::nullopt;
    return options.count / options.fullyDilutedShares * 100.0;
}

bool OptionsValuation::isUnderwater(const StockOptions &options)
{
    return options.strikePrice > options.preferredPrice;
}

std::optional<double> OptionsValuation::breakEvenMultiple(const std::function<double(double)> &totalAt,
                                                          double target)
{
    double low = 0;
    double high = StockOptionsLimits::kMaxExitMultiple;
    if (!std::isfinite(target))
        return std::nullopt;
    if (totalAt(low) >= target)
        return low;
    if (!(totalAt(high) >= target))
        return std::nullopt;
    // totalAt(low) < target <= totalAt(high) throughout; 60 halvings of 100 leave far less than 1e-9.
    for (int step = 0; step < 60; ++step) {
        const double middle = (low + high) / 2;
        if (totalAt(middle) >= target)
            high = middle;
        else
            low = middle;
    }
    return high;
}

StockOptions OptionsValuation::converted(const StockOptions &options, double rate)
{
    StockOptions result = options;
    result.strikePrice *= rate;
    result.preferredPrice *= rate;
    result.fmvPrice *= rate;
    result.preferenceTotal *= rate;
    return result;
}

Offer OptionsValuation::valuedAt(const Offer &offer, double multiple)
{
    if (!offer.hasOptions())
        return offer;
    Offer result = offer;
    result.equityTotal = grantValueAtExit(offer.stockOptions, multiple);
    return result;
}

Offer OptionsValuation::expectedCase(const Offer &offer)
{
    return valuedAt(offer, offer.stockOptions.expectedExitMultiple);
}

QString OptionsValuation::formatMultiple(double multiple)
{
    if (!std::isfinite(multiple))
        return u"?"_s;
    return trimmed(QString::number(multiple, 'f', std::abs(multiple) < 1 ? 2 : 1));
}
