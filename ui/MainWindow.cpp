#include "MainWindow.h"

#include "OffersWidget.h"

#include <QListWidget>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const QStringList &guideFolders, QWidget *parent)
    : QMainWindow(parent)
    , m_guideFolders(guideFolders)
    , m_tabs(new QTabWidget(this))
    , m_guideList(new QListWidget(this))
{
    setWindowTitle(tr("OfferDesk"));
    m_guideList->setObjectName(u"guideList"_s);
    m_guideList->setAccessibleName(tr("Guides"));
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_guideList, tr("&Guides"));
    m_tabs->addTab(new OffersWidget(m_guideFolders, this), tr("&Offers"));
    setCentralWidget(m_tabs);
    resize(1200, 800);
    reloadLibrary();
}

void MainWindow::reloadLibrary()
{
    m_library = GuideLibrary::load(m_guideFolders);
    m_guideList->clear();
    for (const Guide &guide : m_library.guides()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(guide.companyName(), guide.roleName()), m_guideList);
        item->setData(Qt::UserRole, guide.id());
        item->setToolTip(guide.regionNames().join(u", "_s));
    }
    statusBar()->showMessage(tr("%n guide(s) loaded", nullptr, int(m_library.guides().size()))
                             + (m_library.diagnostics().isEmpty()
                                    ? QString()
                                    : tr(", %n problem(s)", nullptr, int(m_library.diagnostics().size()))));
}
