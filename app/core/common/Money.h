// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QLocale>
#include <QString>

// Money as people read it in OfferDesk, formatted in one place, in whole units: the currency's symbol first ("€188K",
// "CHF 120,000") in English; after the amount where the locale writes it there ("215 000 €", "215.000 €", "188 k€").
//
// Two styles: the display style follows the person's locale (the screen); the report style is the same on every
// machine for a language (en_US grouping and a typographic minus in English), so the same inputs give the same
// PDF, CLI and engine text.
struct MoneyStyle
{
    // The display style in `locale`, with its own minus sign. Implicit, so a locale can be passed where a style is.
    MoneyStyle(const QLocale &displayLocale = QLocale()); // NOLINT(google-explicit-constructor)
    static MoneyStyle report(); // "$185,000", "−$5,000"
    // The report style's locale: en_US unless Translations::install chose another language's.
    static void setReportLocale(const QLocale &locale);
    MoneyStyle withoutSymbol() const;
    MoneyStyle withCents() const;


    QLocale locale;
    QString minus;      // put before the symbol of a negative amount
    bool symbolAfter = false; // "215 000 €": the locale writes the currency after the amount (never in English)
    bool symbol = true; // false for a bare number in a column whose header names the currency
    bool cents = false; // true to keep two decimals when the amount has any (the CLI's tables), else whole units
};

namespace Money {
// "$220,000" (rounded to a whole unit, or "$220,000.50" with cents in a style that keeps them).
QString exact(double amount, const QString &currency, const MoneyStyle &style = MoneyStyle());
// "$170,000 – $220,000"
QString exactRange(double low, double high, const QString &currency, const MoneyStyle &style = MoneyStyle());
// "$220K", "€53.3K", "$1.2M" ("220 k€", "1,2 M€" with the symbol after); small amounts are written out ("$950").
QString compact(double amount, const QString &currency, const MoneyStyle &style = MoneyStyle());
// "$170K–$220K"
QString compactRange(double low, double high, const QString &currency, const MoneyStyle &style = MoneyStyle());
// "$215K", "$306.5K": the short form people say aloud, as the guides write it, when the amount is a whole
// hundred of at least 1,000; otherwise the exact amount. Always in the report style: it goes into the script. In a
// language other than English, always the exact amount ("215 000 €"), as people write it there.
QString spoken(double amount, const QString &currency);
// "170K", "62.5K", "1.25M", "950" (three significant digits, no symbol; "170 k", "1,25 M" where the locale writes
// the symbol after the amount): short enough to sit under a bar.
QString shortAmount(double amount, const MoneyStyle &style = MoneyStyle());
// A chart axis's label for an amount in thousands: "$250K", "€2.5K", "$0" ("250 k€" with the symbol after).
QString thousands(double thousands, const QString &currency, const MoneyStyle &style = MoneyStyle::report());

// "7.5%", "30%" ("7,5 %" in French): a percentage in the style's locale, without grouping. `format` and `precision`
// are QLocale::toString's.
QString percent(double value, char format = 'g', int precision = 6, const MoneyStyle &style = MoneyStyle::report());

// A round step (1, 2, 2.5 or 5 times a power of ten) that gives about `targetTicks` gridlines up to `maximum`;
// shared by the charts on screen and in the PDF.
double niceStep(double maximum, int targetTicks = 6);
} // namespace Money
