// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// One OfferDesk per offers store: a second start hands its files to the first and quits. In process (the second
// start on a worker thread) and with real offerdesk processes: the second exits at once, the first imports the guide
// it was handed, and a socket left behind by a killed first is taken over by the next start.
#include "support/RunProcess.h"
#include "ui/common/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secondStartHandsOverItsFiles();
    void otherStoresStartTheirOwn();
    void strangerIsIgnored();
    void socketLeftByACrashIsTakenOver();
    void twoProcessesOneWindow();

private:
    QString store() const { return m_dir->filePath(u"offers.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

SingleInstance::Outcome startOnAnotherThread(const QString &store, const QStringList &files)
{
    QFuture<SingleInstance::Outcome> future = QtConcurrent::run([store, files] {
        SingleInstance second(store);
        return second.start(files, 5000);
    });
    // This thread runs its event loop meanwhile: the first instance answers from it.
    while (!future.isFinished())
        QTest::qWait(10);
    return future.result();
}

bool isListening(const QString &name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool connected = probe.waitForConnected(200);
    probe.abort();
    return connected;
}

// A socket file with no server behind it, as a killed instance leaves it.
bool leaveStaleSocket(const QString &name)
{
    const QByteArray path = QFile::encodeName(QDir(QDir::tempPath()).filePath(name));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(address.sun_path))
        return false;
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd); // closed without unlink: the file stays, nothing listens
    return bound && QFile::exists(QFile::decodeName(path));
}

} // namespace

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSingleInstance::secondStartHandsOverItsFiles()
{
    SingleInstance first(store());
    QCOMPARE(first.start({}), SingleInstance::Outcome::Primary);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    const QStringList files = {u"/tmp/a guide & more #1.md"_s, u"/tmp/offres-été.json"_s};
    QCOMPARE(startOnAnotherThread(store(), files), SingleInstance::Outcome::HandedOver);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toStringList(), files);

    // No files: the first only comes forward.
    QCOMPARE(startOnAnotherThread(store(), {}), SingleInstance::Outcome::HandedOver);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toStringList(), QStringList());
}

void TestSingleInstance::otherStoresStartTheirOwn()
{
    QTemporaryDir other;
    const QString otherStore = other.filePath(u"offers.sqlite"_s);
    QVERIFY(SingleInstance::serverName(store()) != SingleInstance::serverName(otherStore));
    // The same file, however it is written, is the same store.
    QCOMPARE(SingleInstance::serverName(m_dir->path() + u"/./sub/../offers.sqlite"_s),
             SingleInstance::serverName(store()));
    SingleInstance first(store());
    SingleInstance second(otherStore);
    QCOMPARE(first.start({}), SingleInstance::Outcome::Primary);
    QCOMPARE(second.start({}), SingleInstance::Outcome::Primary);
}

void TestSingleInstance::strangerIsIgnored()
{
    SingleInstance first(store());
    QCOMPARE(first.start({}), SingleInstance::Outcome::Primary);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QLocalSocket stranger;
    stranger.connectToServer(first.name());
    QVERIFY(stranger.waitForConnected(2000));
    stranger.write("GET / HTTP/1.0\r\n\r\n");
    QVERIFY(stranger.waitForBytesWritten(2000));
    QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState); // dropped
    QCOMPARE(activated.size(), 0);
    // The first still answers a real start.
    QCOMPARE(startOnAnotherThread(store(), {}), SingleInstance::Outcome::HandedOver);
    QCOMPARE(activated.size(), 1);
}

void TestSingleInstance::socketLeftByACrashIsTakenOver()
{
    const QString name = SingleInstance::serverName(store());
    QVERIFY(leaveStaleSocket(name));
    QVERIFY(!isListening(name));
    SingleInstance next(store());
    QCOMPARE(next.start({}), SingleInstance::Outcome::Primary);
    QVERIFY(isListening(name));
    QCOMPARE(startOnAnotherThread(store(), {}), SingleInstance::Outcome::HandedOver);
}

void TestSingleInstance::twoProcessesOneWindow()
{
    QTemporaryDir home;
    const QProcessEnvironment env = isolatedEnvironment(home.path());
    // OfferStore::defaultPath() and LibraryPaths::userGuidesFolder() under the child's XDG_DATA_HOME.
    const QString appData = QDir(home.path()).filePath(u"data/OfferDesk/OfferDesk"_s);
    const QString name = SingleInstance::serverName(appData + u"/offers.sqlite"_s);
    const auto startGui = [&env](QProcess &process) {
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(OFFERDESK_GUI_PATH), {});
        return process.waitForStarted(30000);
    };

    QProcess first;
    QVERIFY(startGui(first));
    QTRY_VERIFY_WITH_TIMEOUT(isListening(name), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(appData + u"/offers.sqlite"_s), 30000); // the store is the one named

    // A second start hands its guide to the first and quits at once; the first imports it.
    const QString guide = QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample/acme-robotics--software-engineer.md"_s;
    const Run second = runProcess(QStringLiteral(OFFERDESK_GUI_PATH), {guide}, env, 30000);
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(appData + u"/guides/acme-robotics--software-engineer.md"_s), 30000);
    QCOMPARE(first.state(), QProcess::Running);

    // The first dies without closing its socket: the next start takes it over instead of handing to no one.
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QProcess third;
    QVERIFY(startGui(third));
    QTRY_VERIFY_WITH_TIMEOUT(isListening(name), 30000);
    QCOMPARE(third.state(), QProcess::Running);
    const Run fourth = runProcess(QStringLiteral(OFFERDESK_GUI_PATH), {}, env, 30000);
    QVERIFY2(fourth.exitCode == 0, qPrintable(fourth.describe()));
    QCOMPARE(third.state(), QProcess::Running);
    third.kill();
    QVERIFY(third.waitForFinished(10000));
    QLocalServer::removeServer(name); // the socket file the kill left in the temporary folder
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
