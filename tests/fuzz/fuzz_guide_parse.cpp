// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// libFuzzer target: the guide parser alone (FuzzEntries::guideParse).
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEntries::guideParse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
