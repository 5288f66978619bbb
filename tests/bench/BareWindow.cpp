// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The baseline for offerdesk-bench's first-window figure: an empty QMainWindow, nothing else. With --with-text,
// the same window with one menu and one label: any text on screen costs the font set-up (fontconfig) and shaping
// that an empty window skips, so this second baseline shows what a window that says anything costs. Prints
// "first-expose <ms>" when the window is first exposed and quits, as offerdesk does with
// OFFERDESK_EXIT_ON_FIRST_EXPOSE set.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {
class FirstExposeReporter final : public QObject
{
public:
    using QObject::QObject;
    QElapsedTimer clock;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed() && !m_reported) {
            m_reported = true;
            QTextStream(stdout) << u"first-expose "_s << clock.elapsed() << Qt::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstExposeReporter reporter;
    reporter.clock.start();
    QMainWindow window;
    window.setWindowTitle(u"Baseline"_s);
    window.resize(1200, 800);
    if (QCoreApplication::arguments().contains(u"--with-text"_s)) {
        window.menuBar()->addMenu(u"&File"_s);
        window.setCentralWidget(new QLabel(u"Baseline"_s, &window));
    }
    window.createWinId();
    window.windowHandle()->installEventFilter(&reporter);
    window.show();
    return QApplication::exec();
}
