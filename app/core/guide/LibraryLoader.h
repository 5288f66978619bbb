// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "guide/GuideLibrary.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

// Loads the guide library in the background so a window can show first. Reports progress as (done, total) and
// emits finished() with the library ready in library(). Lives in the thread that uses it (the GUI thread); its
// signals arrive there.
class LibraryLoader final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryLoader(QObject *parent = nullptr);
    // Cancels a load still running and waits for it (a few files' worth of parsing).
    ~LibraryLoader() override;

    // Starts loading; a load still running is cancelled first and its signals are not emitted any more.
    void start(const QStringList &paths, const GuideLoadOptions &options = GuideLoadOptions());
    void cancel();
    // From start() until finished() is emitted (or the load is cancelled): the work may be done already while
    // its result waits for this thread's event loop.
    bool isLoading() const;

    // The last load that finished; empty before the first one.
    const GuideLibrary &library() const { return m_library; }

signals:
    // At most about a hundred times per load, and always once with done == total at the end.
    void progressChanged(int done, int total);
    void finished();

private:
    void onFinished();

    struct Run
    {
        std::atomic_bool cancel{false};
        std::atomic_int lastReported{-1};
    };

    QFutureWatcher<GuideLibrary> m_watcher;
    std::shared_ptr<Run> m_run;
    quint64 m_generation = 0;
    int m_lastEmitted = -1; // the progress last emitted: workers' reports can arrive out of order, and never go back
    bool m_loading = false;
    GuideLibrary m_library;
};
