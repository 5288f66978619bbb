// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/CounterWording.h"

#include "common/Money.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

QString CounterWording::money(double value, const QString &currency)
{
    return Money::exact(value, currency, MoneyStyle::report());
}

QString CounterWording::spoken(double value, const QString &currency)
{
    return Money::spoken(value, currency);
}

QString CounterWording::percent(double fraction)
{
    return Money::percent(std::round(fraction * 100));
}

QString CounterWording::percentValue(double pct)
{
    const double rounded = std::round(pct * 10) / 10;
    return Money::percent(rounded, 'f', std::fmod(rounded, 1.0) == 0 ? 0 : 1);
}

QString CounterWording::decimal(double value)
{
    QLocale locale = MoneyStyle::report().locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 6);
}

QString CounterWording::joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(u", "_s) + Tr::tr(" and ") + names.last();
}

QString CounterWording::article(const QString &word)
{
    static const QString vowels = u"AEIOUaeiou"_s;
    //: The article before an offer's name in "%1 %2 offer at %3"; a language without it can move "offer" here and
    //: drop it from that sentence.
    return !word.isEmpty() && vowels.contains(word.front()) ? Tr::tr("an") : Tr::tr("a");
}

QString CounterWording::partName(CounterPart part)
{
    switch (part) {
    case CounterPart::Base:
        return Tr::tr("base");
    case CounterPart::Equity:
        return Tr::tr("equity");
    case CounterPart::SignOn:
        return Tr::tr("sign-on");
    }
    return QString();
}

QString CounterWording::capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
