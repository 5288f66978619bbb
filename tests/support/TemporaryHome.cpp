// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "support/TemporaryHome.h"

#include <QFile>

TemporaryHome::TemporaryHome()
    : m_previousHome(qgetenv("HOME"))
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary HOME: %s", qPrintable(m_dir.errorString()));
    qputenv("HOME", QFile::encodeName(m_dir.path()));
}

TemporaryHome::~TemporaryHome()
{
    qputenv("HOME", m_previousHome);
}
