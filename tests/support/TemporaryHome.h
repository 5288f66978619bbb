// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QByteArray>
#include <QTemporaryDir>

// HOME in a temporary folder for as long as it lives, for a test that writes where QStandardPaths points: in test
// mode (QStandardPaths::setTestModeEnabled) that is ~/.qttest/, which would otherwise be the person's home. Child
// processes started meanwhile inherit it. Hold one as a member of the test object, so it is in place before
// initTestCase() and gone, with all it holds, after cleanupTestCase().
class TemporaryHome
{
public:
    TemporaryHome();
    ~TemporaryHome();
    TemporaryHome(const TemporaryHome &) = delete;
    TemporaryHome &operator=(const TemporaryHome &) = delete;

    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_previousHome;
};
