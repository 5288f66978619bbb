// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/offers/EquityPreferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

EquityAssumptions EquityPreferences::assumptions()
{
    const QSettings settings;
    EquityAssumptions result;
    // Stored as text the way the CLI takes them, and read back through the same checks: a damaged setting gives
    // the default, never a horizon or rate the core would refuse.
    const QString years = settings.value(u"offers/horizonYears"_s).toString();
    if (const Result<int> horizon = EquityAssumptions::parseHorizon(years))
        result.horizonYears = *horizon;
    const QString set = settings.value(u"offers/scenarios"_s).toString();
    if (const Result<QList<double>> scenarios = EquityAssumptions::parseScenarios(set))
        result.scenarioGrowthPcts = *scenarios;
    return result;
}

void EquityPreferences::setAssumptions(const EquityAssumptions &assumptions)
{
    QSettings settings;
    settings.setValue(u"offers/horizonYears"_s, QString::number(assumptions.horizonYears));
    settings.setValue(u"offers/scenarios"_s, EquityAssumptions::scenariosText(assumptions.scenarioGrowthPcts));
    settings.sync();
}
