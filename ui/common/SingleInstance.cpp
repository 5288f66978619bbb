// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QWidget>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

// What a second start sends: a magic number and a version, so a stray connection or another program is ignored.
constexpr quint32 kMagic = 0x0FFDE5C1;
constexpr quint32 kProtocol = 1;
constexpr char kAcknowledged = 'A';

} // namespace

SingleInstance::SingleInstance(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_name(serverName(storePath))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file, so the next start needn't take it over
}

QString SingleInstance::serverName(const QString &storePath)
{
    const QString path = QDir::cleanPath(QFileInfo(storePath).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return u"offerdesk-"_s + QString::fromLatin1(hash);
}

SingleInstance::Outcome SingleInstance::start(const QStringList &files, int timeoutMs)
{
    // Under the lock, "is there an instance?" and "then I am it" happen as one step.
    QLockFile lock(QDir(QDir::tempPath()).filePath(m_name + u".lock"_s));
    const bool locked = lock.tryLock(timeoutMs);
    switch (handOver(files, timeoutMs)) {
    case HandOver::Done:
        return Outcome::HandedOver;
    case HandOver::NoAnswer:
        m_error = tr("OfferDesk is already open on these offers but does not answer. Close it, then start "
                     "OfferDesk again.");
        return Outcome::Failed;
    case HandOver::NoInstance:
        break;
    }
    if (!listen()) {
        // Without the socket this window works on, alone, as before: nothing is lost but the guard.
        qWarning("offerdesk: %s", qPrintable(m_error));
    }
    if (locked)
        lock.unlock();
    return Outcome::Primary;
}

SingleInstance::HandOver SingleInstance::handOver(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return HandOver::NoInstance; // none, or a socket file a crashed instance left behind
    QByteArray request;
    {
        QDataStream out(&request, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kMagic << kProtocol << files;
    }
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return HandOver::NoAnswer;
    while (socket.bytesAvailable() == 0) {
        if (!socket.waitForReadyRead(timeoutMs))
            return HandOver::NoAnswer;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == kAcknowledged ? HandOver::Done : HandOver::NoAnswer;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    if (m_server->listen(m_name))
        return true;
    // No instance answered, yet the name is taken: a socket file left by a crash. Under the lock it is ours.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && QLocalServer::removeServer(m_name)
        && m_server->listen(m_name))
        return true;
    m_error = tr("A second OfferDesk window could not be kept from opening on the same offers: %1")
                  .arg(m_server->errorString());
    return false;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    constexpr qint64 kMaxRequest = 1 << 20; // a few thousand paths; anything longer is not a start of ours
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_4);
    in.startTransaction();
    quint32 magic = 0;
    quint32 protocol = 0;
    QStringList files;
    in >> magic >> protocol;
    // A stranger's bytes are never read as a list: a length read from them could ask for gigabytes.
    bool stranger = (in.status() == QDataStream::Ok && (magic != kMagic || protocol != kProtocol))
                    || socket->bytesAvailable() > kMaxRequest;
    if (!stranger)
        in >> files;
    const QDataStream::Status status = in.status();
    stranger = stranger || (magic != 0 && magic != kMagic);
    if (!in.commitTransaction() || stranger) {
        if (status != QDataStream::ReadPastEnd || stranger)
            socket->abort();
        return; // else the rest is on its way
    }
    if (protocol != kProtocol) {
        socket->abort();
        return;
    }
    socket->putChar(kAcknowledged);
    socket->flush();
    socket->disconnectFromServer();
    emit activationRequested(files);
}

void bringToFront(QWidget *window)
{
    if (!window)
        return;
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
    if (QWindow *handle = window->windowHandle())
        handle->requestActivate();
}
