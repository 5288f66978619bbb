#include "ui/common/Money.h"

#include "common/Currency.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Up to `decimals` digits after the point, without trailing zeros: 53.25 -> "53.3" with 1, 220 -> "220".
QString shortNumber(double value, int decimals, const QLocale &locale)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return locale.toString(rounded, 'f', whole ? 0 : decimals);
}
} // namespace

QString Money::compact(double amount, const QString &currency, const QLocale &locale)
{
    const QString symbol = Currency::symbol(currency);
    const QString sign = amount < 0 ? QString(locale.negativeSign()) : QString();
    const double magnitude = std::abs(amount);
    if (magnitude >= 1e6)
        return sign + symbol + shortNumber(magnitude / 1e6, 2, locale) + u'M';
    if (magnitude >= 1e4)
        return sign + symbol + shortNumber(magnitude / 1e3, 1, locale) + u'K';
    return sign + symbol + locale.toString(magnitude, 'f', 0);
}

QString Money::compactRange(double low, double high, const QString &currency, const QLocale &locale)
{
    if (low == high)
        return compact(low, currency, locale);
    return compact(low, currency, locale) + u'–' + compact(high, currency, locale);
}

QString Money::exact(double amount, const QString &currency, const QLocale &locale)
{
    // The symbol goes first for every currency, as in the guides ("€188K", "CHF 120K"), whatever the locale.
    const QString sign = amount < 0 ? QString(locale.negativeSign()) : QString();
    return sign + Currency::symbol(currency) + locale.toString(std::abs(amount), 'f', 0);
}

QString Money::exactRange(double low, double high, const QString &currency, const QLocale &locale)
{
    if (low == high)
        return exact(low, currency, locale);
    return exact(low, currency, locale) + u" – "_s + exact(high, currency, locale);
}
