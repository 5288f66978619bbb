#pragma once

#include <QLocale>
#include <QString>

// Money as people read it in OfferDesk: the currency's symbol, and numbers written by QLocale.
namespace Money {
// "$220K", "€53.3K", "$1.2M"; small amounts are written out ("$950").
QString compact(double amount, const QString &currency, const QLocale &locale = QLocale());
// "$170K–$220K"
QString compactRange(double low, double high, const QString &currency, const QLocale &locale = QLocale());
// "$220,000" with the locale's grouping and the currency's symbol.
QString exact(double amount, const QString &currency, const QLocale &locale = QLocale());
// "$170,000 – $220,000"
QString exactRange(double low, double high, const QString &currency, const QLocale &locale = QLocale());
} // namespace Money
