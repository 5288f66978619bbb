// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "common/Currency.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// Active codes of ISO 4217 (list one), as of 2024.
const QSet<QString> &activeCodes()
{
    static const QSet<QString> codes = [] {
        const char *const list[] = {
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
            "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF",
            "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
            "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
            "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR",
            "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA",
            "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO",
            "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB",
            "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC",
            "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN",
            "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR",
            "ZMW", "ZWL",
        };
        QSet<QString> set;
        for (const char *code : list)
            set.insert(QString::fromLatin1(code));
        return set;
    }();
    return codes;
}
} // namespace

bool Currency::isIsoCode(const QString &code)
{
    return activeCodes().contains(code);
}

QStringList Currency::isoCodes()
{
    QStringList codes = activeCodes().values();
    codes.sort();
    return codes;
}

QString Currency::symbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {
        {u"USD"_s, u"$"_s},    {u"EUR"_s, u"€"_s},    {u"GBP"_s, u"£"_s},  {u"JPY"_s, u"¥"_s},
        {u"CNY"_s, u"CN¥"_s},  {u"INR"_s, u"₹"_s},    {u"KRW"_s, u"₩"_s},  {u"CAD"_s, u"CA$"_s},
        {u"AUD"_s, u"A$"_s},   {u"NZD"_s, u"NZ$"_s},  {u"CHF"_s, u"CHF "_s}, {u"SEK"_s, u"SEK "_s},
        {u"SGD"_s, u"S$"_s},   {u"HKD"_s, u"HK$"_s},  {u"ILS"_s, u"₪"_s},  {u"BRL"_s, u"R$"_s},
        {u"PLN"_s, u"zł "_s},  {u"MXN"_s, u"MX$"_s},
    };
    return symbols.value(code, code + u' ');
}
