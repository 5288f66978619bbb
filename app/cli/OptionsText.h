// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "offers/OfferComparison.h"

#include <QCommandLineParser>

#include <optional>

namespace Cli {

// --exit-multiples LIST, on compare, suggest and export: the exits every options offer is shown at.
void addExitMultiplesOption(QCommandLineParser &parser);
// The multiples given, or the default set; an exit code (1, with the message naming the option and the range) after
// a bad list.
std::optional<int> readExitMultiples(const QCommandLineParser &parser, const QString &command,
                                     QList<double> &multiples);

// compare's text after its table: each options offer with its paper value, cost to exercise, exit scenarios and
// break-even sentence. Nothing without an options offer.
void printOptionsOutlooks(const OffersComparison &comparison);

} // namespace Cli
