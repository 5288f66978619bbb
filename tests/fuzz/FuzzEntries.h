// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QByteArray>

// The fuzzers' entry points, shared with tst_fuzzregressions, which replays every saved crash and hang through
// them in the normal (and the sanitizer) test run.
namespace FuzzEntries {
// The guide entry point, end to end: split, parse and validate, then render the body into a SafeMarkdownDocument,
// lay it out and paint it offscreen. Input that is not a valid guide is still rendered whole, as a body, so the
// renderer sees arbitrary text too. Needs a QGuiApplication.
void guide(const QByteArray &bytes);
// The guide parser alone (split, parse, validate, body sections): many times faster than guide(), so it explores
// the parser's own paths further in the same time.
void guideParse(const QByteArray &bytes);
// The offers JSON import: parse, validate every offer, and when the file is good, write it back and read it
// again. Returns false when the round trip changes the offers.
bool offers(const QByteArray &bytes);
} // namespace FuzzEntries
