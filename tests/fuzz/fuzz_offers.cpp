// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// libFuzzer target: the offers JSON import (FuzzEntries::offers).
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!FuzzEntries::offers(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)))) {
        std::fprintf(stderr, "offers changed in a write/read round trip\n");
        std::abort();
    }
    return 0;
}
