// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "support/RunProcess.h"

#include <QDir>
#include <QProcess>

using namespace Qt::StringLiterals;

QString Run::describe() const
{
    return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(exitCode).arg(out, err);
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, QDir(home).filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(home).filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, QDir(home).filePath(u"cache"_s));
    return env;
}

Run runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs,
               const QString &workingDirectory)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return {-1, QString(), u"could not start %1: %2"_s.arg(program, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()), u"timed out: %1"_s.arg(program)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
