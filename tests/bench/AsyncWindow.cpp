// offerdesk-bench's picture of the main window the way it is meant to start: the window shows at once, with a
// filter field, an empty guide list and a progress bar in the status bar, and LibraryLoader fills the list in the
// background. Prints "first-expose <ms>" when the window is first exposed and quits.
#include "GuideLibrary.h"
#include "LibraryLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
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
    QStringList folders;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--guides") == 0)
            folders.append(QString::fromLocal8Bit(argv[++i]));
    }

    QMainWindow window;
    window.setWindowTitle(u"OfferDesk"_s);
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *filter = new QLineEdit(central);
    filter->setPlaceholderText(u"Filter guides"_s);
    auto *list = new QListWidget(central);
    layout->addWidget(filter);
    layout->addWidget(list);
    window.setCentralWidget(central);
    auto *progress = new QProgressBar(&window);
    auto *count = new QLabel(&window);
    window.statusBar()->addPermanentWidget(count);
    window.statusBar()->addPermanentWidget(progress);
    window.resize(1200, 800);

    LibraryLoader loader;
    QObject::connect(&loader, &LibraryLoader::progressChanged, &window, [&](int done, int total) {
        progress->setRange(0, total);
        progress->setValue(done);
        count->setText(u"%1 of %2 guides"_s.arg(done).arg(total));
    });
    QObject::connect(&loader, &LibraryLoader::finished, &window, [&]() {
        progress->hide();
        for (const Guide &guide : loader.library().guides())
            list->addItem(guide.title());
    });

    window.createWinId();
    window.windowHandle()->installEventFilter(&reporter);
    window.show();
    QTimer::singleShot(0, &loader, [&]() { loader.start(LibraryPaths::defaultFolders(folders)); });
    return QApplication::exec();
}
