// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A program run to its end, as the tests that start offerdesk-cli, the GUI or a system tool see it.
struct Run
{
    int exitCode = -1; // -1 when the program crashed, timed out or did not start
    QString out;
    QString err;

    QString describe() const;
};

// The test's own environment with the person's data, settings and cache (XDG_DATA_HOME, XDG_CONFIG_HOME,
// XDG_CACHE_HOME) moved into folders under home, so a child process reads none of the person's guides and writes
// nothing outside the test's temporary folder.
QProcessEnvironment isolatedEnvironment(const QString &home);

// Runs program with env in workingDirectory (the test's own when empty) and waits for it. A program that does not
// finish within timeoutMs is killed; its Run says "timed out" in err.
Run runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
               int timeoutMs = 120000, const QString &workingDirectory = QString());
