// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One OfferDesk window per offers store. Two windows on one store would each keep their own copy of the offers, and
// the later save would undo the earlier one's edit; so a second start hands its files to the first and quits, and
// the first comes forward. The first listens on a local socket (QLocalServer) named after the store's path; the
// start-up check runs under a lock file, so two starts at the same moment can't both become the first, and a socket
// left behind by a crash is taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Primary,    // no other instance: this one listens now, and receives activationRequested()
        HandedOver, // another instance has the files and comes forward: this one should quit
        Failed,     // another instance holds the store but did not answer; errorString() says so
    };

    explicit SingleInstance(const QString &storePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket's name for this store: the same for every start on the same file, private to the user.
    static QString serverName(const QString &storePath);

    // Hands `files` (absolute paths) to the instance already running on the store, or becomes that instance.
    Outcome start(const QStringList &files, int timeoutMs = 5000);
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }

signals:
    // Another start asked this instance to come forward, with the files it was given (possibly none).
    void activationRequested(const QStringList &files);

private:
    enum class HandOver { Done, NoInstance, NoAnswer };
    HandOver handOver(const QStringList &files, int timeoutMs);
    bool listen();
    void acceptConnection();
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

// Brings a top-level window to the front: out of the minimized state, raised, and asked to take the focus.
void bringToFront(class QWidget *window);
