// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/GuiApplication.h"

int main(int argc, char *argv[])
{
    return GuiApplication::run(argc, argv);
}
