// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "counter/NegotiationReport.h"
#include "guide/GuideImporter.h"
#include "guide/GuideLibrary.h"
#include "offers/OfferComparison.h"

#include <QMainWindow>

class CounterWidget;
class EmptyState;
class DeadlineNotices;
class GuideEditorDialog;
class GuidesPage;
class LibraryLoader;
class NoticeBanner;
class OffersWidget;
class QFileSystemWatcher;
class QLabel;
class QDockWidget;
class QMenu;
class QMimeData;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoGroup;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Shows at once: the first frame is the window's frame (menus, tabs, status bar with the loading progress);
    // the pages are built right after it is on screen, and the library loads in the background meanwhile. The
    // offers come from the store at `offersStore` (empty: the person's own).
    explicit MainWindow(const QStringList &guideFolders, const QString &offersStore = QString(),
                        QWidget *parent = nullptr);

    // The last library that finished loading: front matters, plus the bodies read since.
    const GuideLibrary &library() const { return m_library; }
    bool isLoadingLibrary() const;
    QStringList guideFolders() const { return m_guideFolders; }
    // The pages, built now if the window has not been on screen yet.
    GuidesPage *guidesPage();
    OffersWidget *offersWidget();
    CounterWidget *counterWidget();
    bool arePagesBuilt() const { return m_guidesPage != nullptr; }
    // The strip above the tabs that tells of a deadline within 48 hours.
    NoticeBanner *deadlineBanner() const { return m_deadlineBanner; }
    QString statusText() const;

    // Validates each file, copies the good ones into the user's guides folder, reloads, and reports the bad ones.
    GuideImportResult importGuides(const QStringList &files);
    const GuideImportResult &lastImportResult() const { return m_lastImport; }

    // What File > Export Negotiation Summary… builds the summary from: the Counter tab's counter as it stands (its
    // walk-away, boldness, premium and hand-set asks), so the PDF shows the same counter and script as the tab.
    // Nothing when no guide and region are chosen.
    std::optional<NegotiationReportInput> negotiationSummaryInput();

    // Loads the guide folders again in the background; libraryLoaded() tells when the views show it.
    void reloadLibrary();

    // Guide files given on the command line or by the desktop (%F): a guide of the library is shown in the Guides
    // tab, any other file is imported as File > Import Guide… does (a file with errors is reported, not copied).
    // Files given while the library loads are opened once it is there.
    void openGuideFiles(const QStringList &paths);
    // Edit > Undo and Redo act on the stack of the tab on show: the Offers tab's or the Counter tab's.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // The guides' problems, in a dock shown with the Guides tab (View > Problems).
    QDockWidget *problemsDock() const { return m_problemsDock; }

signals:
    void libraryLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    // MainWindowDesktop.cpp: the Edit menu's Undo and Redo, the View and Offers menus, the Problems dock, the empty
    // pages, and the tab they follow.
    void addUndoActions(QMenu *edit);
    void createViewMenu();
    void createProblemsDock();
    void fillOffersMenu();
    void buildPageStacks();
    void updateEmptyStates();
    void followCurrentTab();
    void openProblem(const QString &path, int line);
    void openPendingFiles();
    // Builds the three pages into their tabs, once, and shows the library if it is already there.
    void ensurePages();
    void connectTabs();
    // The negotiation over time: deadline notices, counters sent recorded on their offer, the floor in the timeline.
    void connectNegotiation();
    void applyLibrary();
    void showLoadProgress(int done, int total);
    void libraryFinished();
    // The guide the counter and the summary are about, and the offers against its band: the target company's own
    // guide when it has the target's region, else the one the offers are compared with. Its body is not read.
    const Guide *counterGuide(OffersComparison *comparison) const;
    // The guide with its body (levers, script) read from its file, for the counter and the summary.
    const Guide *withBody(const Guide *guide);
    void updateCounter();
    void exportSummary();
    void chooseGuidesToImport();
    // File > New Guide…, Edit Guide… and New Guide from Data Points…: the guide editor, non-modal; a saved guide
    // is loaded and selected.
    GuideEditorDialog *createGuideEditor();
    void newGuide();
    void editShownGuide();
    void newGuideFromDataPoints();
    void guideSaved(const QString &path);
    void showImportReport(const GuideImportResult &result);
    void showAbout();
    void watchGuideFolders();
    void watchShownGuide();
    void updateStatus();
    void saveSettings() const;
    void restoreSettings();
    static QStringList droppedGuideFiles(const QMimeData *mime);

    QStringList m_guideFolders;
    GuideLibrary m_library;
    LibraryLoader *m_loader = nullptr;
    bool m_firstLoad = true;
    QString m_selectAfterLoad; // the file of a guide just imported
    bool m_libraryPending = false; // loaded, not yet shown: the pages are not built
    QString m_offersStore;
    QTabWidget *m_tabs = nullptr; // Guides, Offers, Counter: one tab per task, each page in its host
    QWidget *m_guidesHost = nullptr;
    QWidget *m_offersHost = nullptr;
    QWidget *m_counterHost = nullptr;
    GuidesPage *m_guidesPage = nullptr;
    OffersWidget *m_offers = nullptr;
    CounterWidget *m_counter = nullptr;
    QLabel *m_status = nullptr;
    NoticeBanner *m_deadlineBanner = nullptr;
    DeadlineNotices *m_deadlineNotices = nullptr;
    QProgressBar *m_progress = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr; // gathers a burst of file events into one reload
    bool m_watchesEveryFile = true;
    QString m_watchedShownFile; // a large library watches only the file of the guide on show
    GuideImportResult m_lastImport;

    QAction *m_importGuideAction = nullptr;
    QAction *m_newGuideAction = nullptr;
    QMenu *m_offersMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QAction *m_problemsAction = nullptr; // View > Problems: whether the dock shows with the Guides tab
    QStackedWidget *m_guidesStack = nullptr; // the Guides page, or what to do when the library has no guide
    QStackedWidget *m_counterStack = nullptr; // the Counter tab, or how to mark the offer being negotiated
    EmptyState *m_guidesEmpty = nullptr;
    EmptyState *m_counterEmpty = nullptr;
    QStringList m_filesToOpen; // given before the library was loaded
};
