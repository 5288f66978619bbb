// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/Money.h"

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

QLocale &reportLocale()
{
    static QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString symbolOf(const QString &currency, const MoneyStyle &style)
{
    return style.symbol ? Currency::symbol(currency) : QString();
}
} // namespace

MoneyStyle::MoneyStyle(const QLocale &displayLocale)
    : locale(displayLocale)
    , minus(displayLocale.negativeSign())
{
}

void MoneyStyle::setReportLocale(const QLocale &locale)
{
    reportLocale() = locale;
}

MoneyStyle MoneyStyle::report()
{
    MoneyStyle style(reportLocale());
    style.minus = u"−"_s;
    return style;
}

MoneyStyle MoneyStyle::withoutSymbol() const
{
    MoneyStyle style = *this;
    style.symbol = false;
    return style;
}

MoneyStyle MoneyStyle::withCents() const
{
    MoneyStyle style = *this;
    style.cents = true;
    return style;
}

QString Money::exact(double amount, const QString &currency, const MoneyStyle &style)
{
    // Rounded first, so an amount that rounds to zero shows no minus sign.
    const double cents = std::round(amount * 100) / 100;
    const bool whole = !style.cents || std::abs(cents - std::round(cents)) < 0.005;
    const double rounded = whole ? std::round(amount) : cents;
    const QString sign = rounded < 0 ? style.minus : QString();
    return sign + symbolOf(currency, style) + style.locale.toString(std::abs(rounded), 'f', whole ? 0 : 2);
}

QString Money::exactRange(double low, double high, const QString &currency, const MoneyStyle &style)
{
    if (low == high)
        return exact(low, currency, style);
    return exact(low, currency, style) + u" – "_s + exact(high, currency, style);
}

QString Money::compact(double amount, const QString &currency, const MoneyStyle &style)
{
    const double magnitude = std::abs(amount);
    if (magnitude < 1e4)
        return exact(amount, currency, style);
    const QString sign = amount < 0 ? style.minus : QString();
    if (magnitude >= 1e6)
        return sign + symbolOf(currency, style) + shortNumber(magnitude / 1e6, 2, style.locale) + u'M';
    return sign + symbolOf(currency, style) + shortNumber(magnitude / 1e3, 1, style.locale) + u'K';
}

QString Money::compactRange(double low, double high, const QString &currency, const MoneyStyle &style)
{
    if (low == high)
        return compact(low, currency, style);
    return compact(low, currency, style) + u'–' + compact(high, currency, style);
}

QString Money::spoken(double amount, const QString &currency)
{
    const double rounded = std::round(amount);
    if (std::abs(rounded) >= 1000 && std::fmod(std::abs(rounded), 100.0) == 0) {
        const double thousands = rounded / 1000.0;
        const bool whole = std::fmod(std::abs(rounded), 1000.0) == 0;
        return Currency::symbol(currency) + QString::number(thousands, 'f', whole ? 0 : 1) + u"K"_s;
    }
    return exact(amount, currency, MoneyStyle::report());
}

double Money::niceStep(double maximum, int targetTicks)
{
    if (maximum <= 0 || targetTicks < 1)
        return 1;
    const double raw = maximum / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}
