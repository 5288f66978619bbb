// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/Money.h"

#include "common/Currency.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

// The locale's number, with a no-break space (U+00A0) where it groups with a narrow one (U+202F, French): Qt's rich
// text takes U+202F for a breakable space, so "215 000 €" could wrap after "215".
QString number(const QLocale &locale, double value, char format, int precision)
{
    return locale.toString(value, format, precision).replace(QChar(0x202F), QChar::Nbsp);
}

// Up to `decimals` digits after the point, without trailing zeros: 53.25 -> "53.3" with 1, 220 -> "220".
QString shortNumber(double value, int decimals, const QLocale &locale)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return number(locale, rounded, 'f', whole ? 0 : decimals);
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

// "K" and "M" after the amount, before a symbol-first currency's number ("$188K"); with the symbol after, as the
// language writes them ("188 k€", "1,2 M€").
QString thousandsUnit(const MoneyStyle &style)
{
    //: Thousands, between an amount and a currency written after it: "188 k€".
    return style.symbolAfter ? Tr::tr("k") : u"K"_s;
}

QString millionsUnit(const MoneyStyle &style)
{
    //: Millions, between an amount and a currency written after it: "1,2 M€".
    return style.symbolAfter ? Tr::tr("M") : u"M"_s;
}

// Whether the locale's own currency format puts the symbol after the amount. English (and C) keep OfferDesk's
// symbol-first style everywhere.
bool writesSymbolAfter(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return false;
    return !locale.toCurrencyString(1.0, u"¤"_s).startsWith(u'¤');
}

// The number with its symbol, where the style puts it: "$215,000" or "215 000 €"; `unit` ("K", "k") comes between.
QString withSymbol(const QString &sign, const QString &number, const QString &currency, const MoneyStyle &style,
                   const QString &unit = QString())
{
    if (!style.symbolAfter)
        return sign + symbolOf(currency, style) + number + unit;
    const QString symbol = style.symbol ? Currency::symbol(currency).trimmed() : QString();
    const QString after = unit + symbol;
    return after.isEmpty() ? sign + number : sign + number + u'\u00a0' + after;
}
} // namespace

MoneyStyle::MoneyStyle(const QLocale &displayLocale)
    : locale(displayLocale)
    , minus(displayLocale.negativeSign())
    , symbolAfter(writesSymbolAfter(displayLocale))
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
    return withSymbol(sign, number(style.locale, std::abs(rounded), 'f', whole ? 0 : 2), currency, style);
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
        return withSymbol(sign, shortNumber(magnitude / 1e6, 2, style.locale), currency, style, millionsUnit(style));
    return withSymbol(sign, shortNumber(magnitude / 1e3, 1, style.locale), currency, style, thousandsUnit(style));
}

QString Money::compactRange(double low, double high, const QString &currency, const MoneyStyle &style)
{
    if (low == high)
        return compact(low, currency, style);
    return compact(low, currency, style) + u'–' + compact(high, currency, style);
}

QString Money::spoken(double amount, const QString &currency)
{
    if (reportLocale().language() != QLocale::English)
        return exact(amount, currency, MoneyStyle::report());
    const double rounded = std::round(amount);
    if (std::abs(rounded) >= 1000 && std::fmod(std::abs(rounded), 100.0) == 0) {
        const double thousands = rounded / 1000.0;
        const bool whole = std::fmod(std::abs(rounded), 1000.0) == 0;
        return Currency::symbol(currency) + QString::number(thousands, 'f', whole ? 0 : 1) + u"K"_s;
    }
    return exact(amount, currency, MoneyStyle::report());
}

QString Money::shortAmount(double amount, const MoneyStyle &style)
{
    const double magnitude = std::abs(amount);
    const QString space = style.symbolAfter ? u"\u00a0"_s : QString();
    if (magnitude >= 1e6)
        return number(style.locale, amount / 1e6, 'g', 3) + space + millionsUnit(style);
    if (magnitude >= 1e3)
        return number(style.locale, amount / 1e3, 'g', 3) + space + thousandsUnit(style);
    return number(style.locale, amount, 'f', 0);
}

QString Money::thousands(double thousands, const QString &currency, const MoneyStyle &style)
{
    if (thousands == 0)
        return withSymbol(QString(), u"0"_s, currency, style);
    QLocale locale = style.locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return withSymbol(QString(), locale.toString(thousands, 'g', 6), currency, style, thousandsUnit(style));
}

QString Money::percent(double value, char format, int precision, const MoneyStyle &style)
{
    QLocale locale = style.locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    //: A percentage; %1 is the number ("7.5"). French and German put a no-break space before the sign.
    return Tr::tr("%1%").arg(locale.toString(value, format, precision));
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
