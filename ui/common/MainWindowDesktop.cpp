// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The main window's desktop parts, apart from its pages and library: Edit > Undo and Redo over the tab on show,
// the View and Offers menus, the Problems dock, the empty pages of the Guides and Counter tabs, and guide files
// opened from the command line.

#include "ui/common/MainWindow.h"

#include "ui/common/EmptyState.h"
#include "ui/common/Theme.h"
#include "ui/counter/CounterWidget.h"
#include "ui/guides/GuideEditorDialog.h"
#include "ui/guides/GuidesPage.h"
#include "ui/guides/ProblemsPanel.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OffersWidget.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const auto kProblemsShownKey = u"mainWindow/problemsShown"_s;

// The dock's close button says the person does not want it: it stays closed on the Guides tab too.
class DockCloseWatcher final : public QObject
{
public:
    DockCloseWatcher(QDockWidget *dock, QAction *wanted)
        : QObject(dock)
        , m_wanted(wanted)
    {
        dock->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close && m_wanted->isChecked()) {
            m_wanted->setChecked(false);
            QSettings().setValue(kProblemsShownKey, false);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_wanted;
};

QStackedWidget *stackInHost(QWidget *host, QWidget *page, QWidget *empty, const QString &objectName)
{
    auto *stack = new QStackedWidget(host);
    stack->setObjectName(objectName);
    stack->addWidget(page);
    stack->addWidget(empty);
    host->layout()->addWidget(stack);
    return stack;
}

// Shows `page` in `stack`; a focus in the page it replaces moves into the new one.
void showInStack(QStackedWidget *stack, QWidget *page)
{
    if (stack->currentWidget() == page)
        return;
    QWidget *focus = stack->window()->focusWidget();
    const bool hadFocus = focus && stack->currentWidget()->isAncestorOf(focus);
    stack->setCurrentWidget(page);
    if (hadFocus)
        page->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
}

} // namespace

void MainWindow::addUndoActions(QMenu *edit)
{
    m_undoGroup = new QUndoGroup(this);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    Theme::addMenu(view);
    view->addSeparator();
    view->addAction(m_problemsAction);
}

void MainWindow::createProblemsDock()
{
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                                | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsAction = new QAction(tr("&Problems"), this);
    m_problemsAction->setObjectName(u"showProblemsAction"_s);
    m_problemsAction->setCheckable(true);
    m_problemsAction->setChecked(QSettings().value(kProblemsShownKey, true).toBool());
    m_problemsAction->setStatusTip(tr("Show the guides' problems under the Guides tab"));
    connect(m_problemsAction, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(kProblemsShownKey, shown);
        if (shown)
            m_tabs->setCurrentWidget(m_guidesHost);
        followCurrentTab();
    });
    new DockCloseWatcher(m_problemsDock, m_problemsAction);
}

void MainWindow::fillOffersMenu()
{
    QList<QAction *> offerActions = m_offers->menuActions();
    for (QAction *action : std::as_const(offerActions))
        m_offersMenu->addAction(action);
    m_offersMenu->addSeparator();
    for (QAction *action : m_counter->menuActions())
        m_offersMenu->addAction(action);
    // Adding or importing from another tab shows the offers it added.
    for (const char *name : {"addOfferAction", "importOffersAction"}) {
        for (QAction *action : std::as_const(offerActions)) {
            if (action->objectName() == QLatin1StringView(name))
                connect(action, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_offersHost); });
        }
    }
    m_undoGroup->addStack(m_offers->undoStack());
    m_undoGroup->addStack(m_counter->undoStack());
}

void MainWindow::buildPageStacks()
{
    m_guidesEmpty = new EmptyState(u"guidesEmptyState"_s, m_guidesHost);
    m_guidesEmpty->setTitle(tr("No guides yet"));
    m_guidesEmpty->addButton(tr("&Import Guides…"), m_importGuideAction, u"emptyImportGuides"_s);
    m_guidesEmpty->addButton(tr("&New Guide…"), m_newGuideAction, u"emptyNewGuide"_s);
    m_guidesStack = stackInHost(m_guidesHost, m_guidesPage, m_guidesEmpty, u"guidesStack"_s);

    m_counterEmpty = new EmptyState(u"counterEmptyState"_s, m_counterHost);
    QPushButton *showOffers = m_counterEmpty->addButton(tr("Open the Offers &Tab"), u"emptyShowOffers"_s);
    connect(showOffers, &QPushButton::clicked, this, [this] { m_tabs->setCurrentWidget(m_offersHost); });
    m_counterStack = stackInHost(m_counterHost, m_counter, m_counterEmpty, u"counterStack"_s);

    // A problem about a folder opens it through GuidesPage::openFolderRequested, as before.
    connect(m_guidesPage->problemsPanel(), &ProblemsPanel::openGuideRequested, this, &MainWindow::openProblem);
    m_problemsDock->setWidget(m_guidesPage->problemsPanel());
    // The problems come after the guide in reading order: the list, then the guide, then what went wrong.
    setTabOrder(m_guidesPage->detailTabs(), m_guidesPage->problemsPanel()->view());
    updateEmptyStates();
}

void MainWindow::updateEmptyStates()
{
    if (!arePagesBuilt())
        return;
    // While the first library loads, the Guides page says so itself.
    const bool noGuides = !m_firstLoad && !m_libraryPending && m_library.guides().isEmpty();
    if (noGuides) {
        const int errors = int(countErrors(m_library.diagnostics()));
        QString text = tr("A guide holds one company's pay bands for a role, with the levers and the script to "
                          "negotiate them. Import guide files (.md), or write a guide of your own.");
        if (errors > 0)
            text += u' ' + tr("%n problem(s) kept guides from loading: they are listed under Problems.", nullptr, errors);
        m_guidesEmpty->setText(text);
    }
    showInStack(m_guidesStack, noGuides ? static_cast<QWidget *>(m_guidesEmpty) : m_guidesPage);

    const bool anyOffer = m_offers->model()->rowCount() > 0;
    const bool hasTarget = m_offers->model()->targetOffer().has_value();
    if (!hasTarget) {
        m_counterEmpty->setTitle(anyOffer ? tr("Which offer are you negotiating?") : tr("No offer to counter yet"));
        m_counterEmpty->setText(
            anyOffer ? tr("Mark the offer you are negotiating as the target: select it in the Offers tab and choose "
                          "Offers > Mark as Target (Ctrl+T). Your other offers count as its alternatives.")
                     : tr("Add the offer you are negotiating in the Offers tab and mark it as the target. The Counter "
                          "tab then suggests what to ask for, where to walk away, and what to say."));
    }
    showInStack(m_counterStack, hasTarget ? static_cast<QWidget *>(m_counter) : m_counterEmpty);
}

void MainWindow::followCurrentTab()
{
    const bool guides = m_tabs->currentWidget() == m_guidesHost;
    m_problemsDock->setVisible(guides && m_problemsAction->isChecked());
    if (!m_undoGroup || !arePagesBuilt())
        return;
    QWidget *current = m_tabs->currentWidget();
    m_undoGroup->setActiveStack(current == m_offersHost    ? m_offers->undoStack()
                                : current == m_counterHost ? m_counter->undoStack()
                                                           : nullptr);
}

void MainWindow::openProblem(const QString &path, int line)
{
    GuideEditorDialog *editor = createGuideEditor();
    if (const Result<> opened = editor->openFile(path); !opened) {
        QMessageBox::warning(this, tr("Open Guide"), opened.message());
        editor->deleteLater();
        return;
    }
    editor->show();
    if (line > 0)
        editor->goToLine(line);
}

void MainWindow::openGuideFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        m_filesToOpen.append(QFileInfo(path).absoluteFilePath());
    if (!isLoadingLibrary() && !m_firstLoad)
        openPendingFiles();
}

void MainWindow::openPendingFiles()
{
    if (m_filesToOpen.isEmpty())
        return;
    ensurePages();
    const QStringList files = std::exchange(m_filesToOpen, {});
    QStringList toImport;
    QString shownId;
    for (const QString &file : files) {
        const QFileInfo info(file);
        const auto known = std::find_if(m_library.guides().cbegin(), m_library.guides().cend(),
                                        [&info](const Guide &guide) { return QFileInfo(guide.path) == info; });
        if (known != m_library.guides().cend())
            shownId = known->id();
        else
            toImport.append(file);
    }
    m_tabs->setCurrentWidget(m_guidesHost);
    if (!shownId.isEmpty())
        m_guidesPage->selectGuide(shownId);
    if (!toImport.isEmpty())
        importGuides(toImport);
}
