// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/Guide.h"

// Splits a guide's Markdown body into sections, the numbered levers and the "Negotiate Up" script.
namespace GuideBody {
void parseInto(Guide &guide, const QString &body, int firstLine);
} // namespace GuideBody
