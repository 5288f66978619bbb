// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/LibraryLoader.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QThreadPool *coordinatorPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(2); // a load, and the one it cancelled still finishing
        return true;
    }();
    Q_UNUSED(sized)
    return &pool;
}
} // namespace

LibraryLoader::LibraryLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<GuideLibrary>::finished, this, &LibraryLoader::onFinished);
}

LibraryLoader::~LibraryLoader()
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

void LibraryLoader::start(const QStringList &paths, const GuideLoadOptions &options)
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
    m_loading = true;
    const quint64 generation = ++m_generation;
    m_lastEmitted = -1;
    auto run = std::make_shared<Run>();
    m_run = run;

    GuideLoadOptions backgroundOptions = options;
    backgroundOptions.cancel = &run->cancel;
    const std::function<void(int, int)> callerProgress = options.progress;
    // Called on worker threads: forward about every 1% to this object's thread.
    backgroundOptions.progress = [this, run, generation, callerProgress](int done, int total) {
        if (callerProgress)
            callerProgress(done, total);
        const int step = std::max(1, total / 100);
        const int bucket = done == total ? total : done / step * step;
        int last = run->lastReported.load();
        while (bucket > last) {
            if (run->lastReported.compare_exchange_weak(last, bucket)) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, bucket, total]() {
                        if (generation == m_generation && bucket > m_lastEmitted) {
                            m_lastEmitted = bucket;
                            emit progressChanged(bucket, total);
                        }
                    },
                    Qt::QueuedConnection);
                break;
            }
        }
    };
    // The run keeps the cancel flag alive for as long as the worker may read it.
    // Its own thread: it waits on the parsing pool, which must not lose a thread to it, and the global pool
    // must stay free for painting.
    m_watcher.setFuture(QtConcurrent::run(coordinatorPool(), [paths, backgroundOptions, run]() {
        return GuideLibrary::load(paths, backgroundOptions);
    }));
}

void LibraryLoader::cancel()
{
    if (m_run)
        m_run->cancel = true;
    m_loading = false;
}

bool LibraryLoader::isLoading() const
{
    return m_loading;
}

void LibraryLoader::onFinished()
{
    if (!m_run || m_run->cancel || m_watcher.future().resultCount() == 0)
        return;
    m_loading = false;
    // A copy that shares the data (implicit sharing); takeResult() would leave the watcher unable to wait.
    m_library = m_watcher.result();
    const int total = m_library.filesRead();
    if (m_lastEmitted != total) {
        m_lastEmitted = total;
        emit progressChanged(total, total);
    }
    emit finished();
}
