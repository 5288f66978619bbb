// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/GuiApplication.h"

#include "common/AppInfo.h"
#include "guide/GuideLibrary.h"
#include "offers/OfferStore.h"
#include "ui/common/MainWindow.h"
#include "ui/common/Theme.h"
#include "ui/common/OpenFiles.h"
#include "ui/common/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// For offerdesk-bench: with OFFERDESK_EXIT_ON_FIRST_EXPOSE set, prints "first-expose <ms>" when the main window
// is first exposed (ms since QApplication was created) and quits.
class FirstExposeReporter final : public QObject
{
public:
    explicit FirstExposeReporter(QObject *parent)
        : QObject(parent)
    {
        m_clock.start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed() && !m_reported) {
            m_reported = true;
            QTextStream(stdout) << u"first-expose "_s << m_clock.elapsed() << Qt::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_reported = false;
};

// Qt names the program after argv[0] (a path), or "<executable_name>" before QApplication exists: the usage line
// names the command a person types.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QString program = qApp ? QCoreApplication::arguments().value(0) : u"<executable_name>"_s;
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = text.left(lineEnd).indexOf(program);
    if (at >= 0 && !program.isEmpty())
        text.replace(at, program.size(), u"offerdesk"_s);
    return text;
}

} // namespace

int GuiApplication::run(int argc, char *argv[])
{
    AppInfo::initialize();

    // Parse before QApplication exists, so --help and --version work without a display.
    QCommandLineParser parser;
    parser.setApplicationDescription(u"OfferDesk: negotiation guides, offers and counter-offers."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version."_s);
    const QCommandLineOption guides(u"guides"_s, u"Also load the guides in <dir>. May be repeated."_s, u"dir"_s);
    const QCommandLineOption noCache(u"no-cache"_s,
                                     u"Parse every guide again; do not read or write the index cache."_s);
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(guides);
    parser.addOption(noCache);
    parser.addPositionalArgument(u"files"_s,
                                 QCoreApplication::translate("GuiApplication",
                                                             "Guides (.md) to show, or to import when they are not in "
                                                             "the library yet, or an offers file (.json) to import into "
                                                             "the Offers tab. With OfferDesk already open, they go to "
                                                             "its window."),
                                 u"[FILE...]"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Qt's own options (-platform, -style, ...) are QApplication's to read.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QStringList arguments = argumentsOf(argc, argv);
    QStringList ours = {arguments.value(0)};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-platform"_s || argument == u"-style"_s || argument == u"-qwindowgeometry"_s) {
            ++i; // skip its value too
            continue;
        }
        ours.append(argument);
    }
    if (!parser.parse(ours)) {
        err << u"offerdesk: "_s << parser.errorText() << u"\nRun 'offerdesk --help' for usage.\n"_s;
        return 2;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return 0;
    }
    if (parser.isSet(version)) {
        out << u"offerdesk "_s << AppInfo::version() << Qt::endl;
        return 0;
    }
    if (!hasDisplay()) {
        err << u"offerdesk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session"_s
               u" or under Xvfb."_s
            << Qt::endl;
        return 1;
    }

    if (parser.isSet(noCache))
        LibraryCacheSettings::setEnabled(false);

    QApplication app(argc, argv);
    // The person's theme before the first widget, so nothing is drawn in the wrong colours first.
    Theme::apply(Theme::saved());
    FirstExposeReporter *exposeReporter =
        qEnvironmentVariableIsSet("OFFERDESK_EXIT_ON_FIRST_EXPOSE") ? new FirstExposeReporter(&app) : nullptr;
    QApplication::setApplicationDisplayName(u"OfferDesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/offerdesk.svg"_s));
    // Lets Wayland compositors and docks match the window to the installed .desktop file and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(OFFERDESK_APP_ID));

    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files.append(QDir::cleanPath(QDir::current().absoluteFilePath(file)));
    // One window per offers store: a second start hands its files to the first, which comes forward.
    SingleInstance instance(OfferStore::defaultPath());
    switch (instance.start(files)) {
    case SingleInstance::Outcome::HandedOver:
        return 0;
    case SingleInstance::Outcome::Failed:
        err << u"offerdesk: "_s << instance.errorString() << Qt::endl;
        return 1;
    case SingleInstance::Outcome::Primary:
        break;
    }

    MainWindow window(LibraryPaths::defaultFolders(parser.values(guides)));
    if (exposeReporter) {
        window.createWinId();
        window.windowHandle()->installEventFilter(exposeReporter);
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window](const QStringList &handed) {
        bringToFront(&window);
        openFiles(&window, handed);
    });
    window.show();
    openFiles(&window, files);
    return QApplication::exec();
}
