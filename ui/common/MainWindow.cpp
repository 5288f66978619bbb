// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/common/MainWindow.h"

#include "common/AppInfo.h"
#include "counter/NegotiationReport.h"
#include "guide/LibraryLoader.h"
#include "offers/OfferStore.h"
#include "ui/common/DeadlineNotices.h"
#include "ui/common/NoticeBanner.h"
#include "ui/common/ReportPrintPreview.h"
#include "ui/common/SingleInstance.h"
#include "ui/counter/MessageDraftPanel.h"
#include "ui/offers/OfferTimelineWidget.h"
#include "ui/counter/CounterWidget.h"
#include "ui/guides/GuideBrowserPane.h"
#include "ui/guides/GuideEditorDialog.h"
#include "ui/guides/GuidesPage.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OffersWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QVBoxLayout>
#include <QWindow>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
const auto kTabKey = u"mainWindow/tab"_s;
constexpr int kReloadDelayMs = 300;
} // namespace

namespace {
QWidget *pageHost(QWidget *parent)
{
    auto *host = new QWidget(parent);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    return host;
}
} // namespace

MainWindow::MainWindow(const QStringList &guideFolders, const QString &offersStore, QWidget *parent)
    : QMainWindow(parent)
    , m_guideFolders(guideFolders)
    , m_loader(new LibraryLoader(this))
    , m_offersStore(offersStore.isEmpty() ? OfferStore::defaultPath() : offersStore)
    , m_tabs(new QTabWidget(this))
    , m_guidesHost(pageHost(m_tabs))
    , m_offersHost(pageHost(m_tabs))
    , m_counterHost(pageHost(m_tabs))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    setWindowTitle(tr("OfferDesk"));
    setAcceptDrops(true);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_guidesHost, tr("&Guides"));
    m_tabs->addTab(m_offersHost, tr("&Offers"));
    m_tabs->addTab(m_counterHost, tr("&Counter"));
    // A deadline notice, when there is one, sits above the tabs, whichever is on show.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_deadlineBanner = new NoticeBanner(central);
    m_deadlineBanner->setObjectName(u"deadlineBanner"_s);
    m_deadlineBanner->setAccessibleName(tr("Deadline notice"));
    centralLayout->addWidget(m_deadlineBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_status->setObjectName(u"libraryStatus"_s);
    m_status->setAccessibleName(tr("Library status"));
    m_status->setText(tr("Loading guides…"));
    statusBar()->addPermanentWidget(m_status);
    m_progress->setObjectName(u"libraryProgress"_s);
    m_progress->setAccessibleName(tr("Guides loaded"));
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    connect(m_loader, &LibraryLoader::progressChanged, this, &MainWindow::showLoadProgress);
    connect(m_loader, &LibraryLoader::finished, this, &MainWindow::libraryFinished);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reloadLibrary);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));

    createProblemsDock();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::followCurrentTab);
    // Big enough to read the bands and charts side by side, never bigger than the screen.
    const QSize available = screen() ? screen()->availableSize() : QSize(1440, 940);
    resize(std::min(1440, available.width()), std::min(940, available.height()));
    restoreSettings();
    // The parsing runs on other cores while this thread puts the window on screen and builds the pages.
    reloadLibrary();
}

GuidesPage *MainWindow::guidesPage()
{
    ensurePages();
    return m_guidesPage;
}

OffersWidget *MainWindow::offersWidget()
{
    ensurePages();
    return m_offers;
}

CounterWidget *MainWindow::counterWidget()
{
    ensurePages();
    return m_counter;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (arePagesBuilt())
        return;
    // The pages are built once the frame is on screen: the window appears as fast as an empty one.
    if (QWindow *window = windowHandle())
        window->installEventFilter(this);
    // In case no expose ever comes (a window shown minimized, say).
    QTimer::singleShot(500, this, &MainWindow::ensurePages);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && watched == windowHandle() && windowHandle()->isExposed()) {
        watched->removeEventFilter(this);
        // After this expose is painted.
        QTimer::singleShot(0, this, &MainWindow::ensurePages);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::ensurePages()
{
    if (arePagesBuilt())
        return;
    m_guidesPage = new GuidesPage(m_guidesHost);
    m_offers = new OffersWidget(m_offersStore, m_offersHost);
    m_counter = new CounterWidget(m_counterHost);
    buildPageStacks();
    m_offersHost->layout()->addWidget(m_offers);
    fillOffersMenu();
    connect(m_guidesPage, &GuidesPage::openFolderRequested, this,
            [](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connectTabs();
    followCurrentTab();
    m_guidesPage->restoreState(QSettings());
    m_guidesPage->setLoading(m_library.guides().isEmpty() && !m_libraryPending);
    if (m_libraryPending)
        applyLibrary();
    // The filter is where typing at start-up goes.
    if (m_tabs->currentWidget() == m_guidesHost)
        m_guidesPage->focusSearch();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // A key typed before the pages were built (the first few milliseconds) goes to the guide filter.
    if (!arePagesBuilt() && !event->text().isEmpty() && event->text().front().isPrint()) {
        ensurePages();
        m_tabs->setCurrentWidget(m_guidesHost);
        QLineEdit *search = m_guidesPage->browser()->searchField();
        search->setFocus(Qt::OtherFocusReason);
        search->insert(event->text());
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::connectTabs()
{
    connect(m_guidesPage, &GuidesPage::currentGuideChanged, this, &MainWindow::watchShownGuide);
    // The guide chosen in the browser is the band the offers are compared with.
    connect(m_guidesPage, &GuidesPage::currentGuideChanged, this, [this](const QString &id) {
        if (const Guide *guide = m_library.find(id))
            m_offers->setGuide(guide, m_guidesPage->currentRegion());
    });
    // A target offer whose company has a guide selects that guide by itself.
    connect(m_offers, &OffersWidget::targetGuideFound, this, [this](const QString &id, const QString &region) {
        if (m_guidesPage->currentGuideId() != id)
            m_guidesPage->selectGuide(id);
        m_guidesPage->selectRegion(region);
    });
    connect(m_offers, &OffersWidget::comparisonChanged, this, &MainWindow::updateCounter);
    updateCounter();
    connectNegotiation();
}

void MainWindow::connectNegotiation()
{
    connect(m_counter, &CounterWidget::counterSentRecorded, this, [this](qint64 offerId, const CounterSent &counter) {
        m_offers->recordCounterSent(offerId, counter);
        // The Counter tab's own Undo is for its hand-set asks: say where this one is undone.
        if (const std::optional<Offer> offer = m_offers->model()->offer(offerId)) {
            statusBar()->showMessage(tr("Recorded the counter sent to %1; Undo on the Offers tab takes it back.")
                                         .arg(offer->label()),
                                     10000);
        }
    });
    // The Counter tab's floor is in the band's currency; the timeline draws it in the offer's own.
    const auto showFloor = [this] {
        const BandComparison &target = m_counter->input().target;
        const double floor = m_counter->suggestion().floorAnnualized;
        const bool known = !m_counter->input().band.currency.isEmpty() && floor > 0 && target.offer.base > 0;
        m_offers->timeline()->setFloor(target.offer.id, known ? std::optional(floor * target.original.base
                                                                              / target.offer.base)
                                                              : std::nullopt);
    };
    connect(m_counter, &CounterWidget::suggestionChanged, this, showFloor);
    showFloor();
    m_deadlineNotices = new DeadlineNotices(m_deadlineBanner, m_offers->model(), this);
    connect(m_deadlineNotices, &DeadlineNotices::moreTimeRequested, this, [this] {
        m_tabs->setCurrentWidget(m_counterHost);
        m_counter->draftPanel()->showMoreTimeMessage(true);
        if (auto *sayTabs = m_counter->findChild<QTabWidget *>(u"sayTabs"_s))
            sayTabs->setCurrentWidget(m_counter->draftPanel());
    });
    connect(m_deadlineNotices, &DeadlineNotices::notificationClicked, this, [this] { bringToFront(this); });
    m_deadlineNotices->start();
}

const Guide *MainWindow::withBody(const Guide *guide)
{
    if (!guide || guide->hasBody())
        return guide;
    const QString id = guide->id();
    Diagnostics problems;
    if (const Guide *full = m_library.loadBody(id, &problems))
        return full;
    for (const Diagnostic &problem : std::as_const(problems)) {
        if (problem.isError()) {
            statusBar()->showMessage(tr("The levers and script of %1 can't be read: %2").arg(id, problem.toString()),
                                     10000);
            break;
        }
    }
    return m_library.find(id);
}

const Guide *MainWindow::counterGuide(OffersComparison *comparison) const
{
    QString region;
    const Guide *guide = m_offers->targetGuide(&region);
    if (const RegionBand *band = guide ? guide->findRegion(region) : nullptr) {
        *comparison = m_offers->compareWith(*guide, *band);
        return guide;
    }
    *comparison = m_offers->comparison();
    return m_offers->comparedGuide();
}

void MainWindow::updateCounter()
{
    OffersComparison comparison;
    const Guide *guide = counterGuide(&comparison);
    m_counter->setEquityAssumptions(m_offers->counterScenarios());
    m_counter->setExitMultiples(m_offers->exitMultiples());
    if (!guide || comparison.band.currency.isEmpty() || comparison.rows.isEmpty()) {
        m_counter->setOffers(Guide(), RegionBand(), {}, -1);
        updateEmptyStates();
        return;
    }
    // The counter quotes the guide's levers and script: its body is read now.
    guide = withBody(guide);
    int targetIndex = 0;
    for (qsizetype i = 0; i < comparison.rows.size(); ++i) {
        if (comparison.rows.at(i).offer.target)
            targetIndex = int(i);
    }
    m_counter->setOffers(*guide, comparison.band, comparison.rows, targetIndex);
    updateEmptyStates();
}

std::optional<NegotiationReportInput> MainWindow::negotiationSummaryInput()
{
    // The summary is about the offer being negotiated, against the band the Counter tab uses.
    ensurePages();
    const CounterInput &counter = m_counter->input();
    OffersComparison comparison;
    const Guide *guide = counterGuide(&comparison);
    const QString region = comparison.band.region;
    if (!guide || region.isEmpty())
        return std::nullopt;
    NegotiationReportInput input;
    // The summary quotes the levers and the script: the body is read now.
    input.guide = *withBody(guide);
    input.region = region;
    input.offers = m_offers->model()->offers();
    input.rates = m_offers->rates();
    input.date = QDate::currentDate();
    // The settings carry the walk-away too, so a counter the summary computes itself has the tab's floor.
    input.counterSettings = counter.settings;
    input.counterOverrides = counter.overrides;
    input.equity = m_offers->chosenEquityAssumptions(); // the horizon and scenarios on screen
    if (!counter.band.currency.isEmpty() && counter.band.region == region)
        input.counter = reportCounterFrom(counter, m_counter->suggestion());
    return input;
}

void MainWindow::exportSummary()
{
    const std::optional<NegotiationReportInput> input = negotiationSummaryInput();
    if (!input) {
        QMessageBox::information(this, tr("Export Negotiation Summary"),
                                 tr("Choose a guide and a region first: the summary compares your offers with a "
                                    "company's band."));
        return;
    }
    const Result<NegotiationReport> report = NegotiationReport::build(*input);
    if (!report) {
        QMessageBox::warning(this, tr("Export Negotiation Summary"),
                             tr("The summary can't be made: %1").arg(report.message()));
        return;
    }
    ReportPrintPreview::showPreview(*report, this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Guide…"), this, &MainWindow::chooseGuidesToImport);
    m_importGuideAction = import;
    import->setObjectName(u"importGuideAction"_s);
    import->setShortcut(tr("Ctrl+I"));
    import->setStatusTip(tr("Check guide files and copy the good ones into your guides folder"));
    QAction *openFolder = file->addAction(tr("Open &Guides Folder"), this, [] {
        const QString folder = LibraryPaths::userGuidesFolder();
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    openFolder->setStatusTip(tr("Show your own guides folder in the file manager"));
    file->addSeparator();
    QAction *newGuideAction = file->addAction(tr("&New Guide…"), this, &MainWindow::newGuide);
    newGuideAction->setObjectName(u"newGuideAction"_s);
    newGuideAction->setStatusTip(tr("Write a guide of your own in the guide editor"));
    m_newGuideAction = newGuideAction;
    QAction *editGuide = file->addAction(tr("&Edit Guide…"), this, &MainWindow::editShownGuide);
    editGuide->setObjectName(u"editGuideAction"_s);
    editGuide->setStatusTip(tr("Edit the guide shown in the Guides tab; a bundled guide is saved as your copy"));
    QAction *fromData = file->addAction(tr("New Guide from &Data Points…"), this, &MainWindow::newGuideFromDataPoints);
    fromData->setObjectName(u"newGuideFromDataPointsAction"_s);
    fromData->setStatusTip(tr("Build bands from a CSV file of pay data points and open them as a draft guide"));
    file->addSeparator();
    QAction *exportAction = ReportPrintPreview::createAction(this);
    exportAction->setObjectName(u"exportSummaryAction"_s);
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportSummary);
    file->addAction(exportAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    addUndoActions(edit);
    QAction *find = edit->addAction(tr("&Find Guide"), this, [this] {
        ensurePages();
        m_tabs->setCurrentWidget(m_guidesHost);
        m_guidesPage->focusSearch();
    });
    find->setObjectName(u"findGuideAction"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);

    createViewMenu();
    // Filled once the pages are built: the actions are the Offers and Counter tabs' own.
    m_offersMenu = menuBar()->addMenu(tr("Offer&s"));
    m_offersMenu->setObjectName(u"offersMenu"_s);
    connect(m_offersMenu, &QMenu::aboutToShow, this, &MainWindow::ensurePages);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About OfferDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

GuideEditorDialog *MainWindow::createGuideEditor()
{
    auto *editor = new GuideEditorDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &GuideEditorDialog::guideSaved, this, &MainWindow::guideSaved);
    return editor;
}

void MainWindow::newGuide()
{
    GuideEditorDialog *editor = createGuideEditor();
    editor->startNew();
    editor->show();
}

void MainWindow::editShownGuide()
{
    ensurePages();
    const Guide *shown = m_guidesPage->shownGuide();
    if (!shown) {
        QMessageBox::information(this, tr("Edit Guide"), tr("Choose a guide in the Guides tab first."));
        return;
    }
    GuideEditorDialog *editor = createGuideEditor();
    if (const Result<> opened = editor->openFile(shown->path); !opened) {
        QMessageBox::warning(this, tr("Edit Guide"), opened.message());
        editor->deleteLater();
        return;
    }
    editor->show();
}

void MainWindow::newGuideFromDataPoints()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csv = QFileDialog::getOpenFileName(this, tr("New Guide from Data Points"), start,
                                                     tr("Data points (*.csv);;All files (*)"));
    if (csv.isEmpty())
        return;
    const DataPointDrafts result = GuideEditorDialog::draftsFromDataPoints(csv);
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const Diagnostic &problem : result.problems)
            lines.append(problem.toString());
        QMessageBox box(result.drafts.isEmpty() ? QMessageBox::Warning : QMessageBox::Information,
                        tr("New Guide from Data Points"),
                        tr("%n problem(s) in the data points; each bad row was skipped.", nullptr,
                           int(result.problems.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
    }
    if (result.drafts.isEmpty())
        return;
    qsizetype chosen = 0;
    if (result.drafts.size() > 1) {
        QStringList ids;
        for (const GuideDraft &draft : result.drafts)
            ids.append(draft.id);
        bool ok = false;
        const QString id = QInputDialog::getItem(this, tr("New Guide from Data Points"),
                                                 tr("The data points make %n draft guide(s). Open:", nullptr,
                                                    int(ids.size())),
                                                 ids, 0, false, &ok);
        if (!ok)
            return;
        chosen = ids.indexOf(id);
    }
    GuideEditorDialog *editor = createGuideEditor();
    editor->openDraft(result.drafts.at(chosen).text, result.drafts.at(chosen).fileName);
    editor->show();
}

void MainWindow::guideSaved(const QString &path)
{
    const QString folder = QDir::cleanPath(LibraryPaths::userGuidesFolder());
    if (!m_guideFolders.contains(folder))
        m_guideFolders.append(folder);
    m_selectAfterLoad = path;
    reloadLibrary();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::reloadLibrary()
{
    m_loader->start(m_guideFolders);
}

bool MainWindow::isLoadingLibrary() const
{
    return m_loader->isLoading() || m_libraryPending;
}

void MainWindow::showLoadProgress(int done, int total)
{
    if (done >= total) {
        m_progress->hide();
        return;
    }
    const QLocale locale;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 guides").arg(locale.toString(done), locale.toString(total)));
    m_progress->show();
    if (m_library.guides().isEmpty())
        m_status->setText(tr("Loading guides…"));
}

void MainWindow::libraryFinished()
{
    m_progress->hide();
    m_library = m_loader->library();
    m_libraryPending = true;
    // A window on its way to the screen shows the library once its pages are built; any other, now.
    if (arePagesBuilt() || !isVisible())
        ensurePages();
    if (m_libraryPending)
        applyLibrary();
}

void MainWindow::applyLibrary()
{
    if (!arePagesBuilt())
        return;
    m_libraryPending = false;
    // The offers first: the guide the page then selects is the one they are compared with. Each choice refreshes
    // the comparison, and the Counter tab follows it (comparisonChanged).
    m_offers->setLibrary(&m_library);
    m_guidesPage->setLoading(false);
    m_guidesPage->setLibrary(m_library.guides(), m_library.diagnostics());
    if (m_firstLoad) {
        m_firstLoad = false;
        // The offer being negotiated decides which guide opens first.
        QString targetRegion;
        if (const Guide *guide = m_offers->targetGuide(&targetRegion)) {
            m_guidesPage->selectGuide(guide->id());
            m_guidesPage->selectRegion(targetRegion);
        }
    }
    if (!m_selectAfterLoad.isEmpty()) {
        for (const Guide &guide : m_library.guides()) {
            if (QFileInfo(guide.path) == QFileInfo(m_selectAfterLoad)) {
                m_guidesPage->selectGuide(guide.id());
                break;
            }
        }
        m_selectAfterLoad.clear();
    }
    watchGuideFolders();
    updateStatus();
    updateEmptyStates();
    emit libraryLoaded();
    openPendingFiles();
}

void MainWindow::watchGuideFolders()
{
    // Folders tell of added, removed and renamed files (most editors save by renaming). An edit in place only
    // shows on the file itself: every file is watched while the library is small; a large one watches the guide
    // on show only, since a watch per file would cost more than a load and run into the system's limit.
    constexpr int kMaxWatchedFiles = 2000;
    if (const QStringList watched = m_watcher->files() + m_watcher->directories(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    // The load counted the files: a large library is not listed again here.
    m_watchesEveryFile = m_library.filesRead() <= kMaxWatchedFiles;
    QStringList paths;
    for (const QString &folder : std::as_const(m_guideFolders)) {
        const QFileInfo info(folder);
        if (info.exists() && !info.isDir())
            paths.append(info.absoluteFilePath()); // a guide given by itself
    }
    // The folders the load walked, subfolders included (GuideFolderWalk's rules): a new subfolder shows as a
    // change of its parent, and the reload walks it.
    for (const QString &folder : m_library.foldersRead()) {
        paths.append(folder);
        if (m_watchesEveryFile) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files))
                paths.append(dir.filePath(name));
        }
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
    m_watchedShownFile.clear();
    watchShownGuide();
}

void MainWindow::watchShownGuide()
{
    if (m_watchesEveryFile)
        return;
    const Guide *shown = m_guidesPage ? m_guidesPage->shownGuide() : nullptr;
    const QString path = shown ? QFileInfo(shown->path).absoluteFilePath() : QString();
    if (path == m_watchedShownFile)
        return;
    if (!m_watchedShownFile.isEmpty())
        m_watcher->removePath(m_watchedShownFile);
    m_watchedShownFile = path;
    if (!path.isEmpty())
        m_watcher->addPath(path);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    const int guides = int(m_library.guides().size());
    const int errors = int(countErrors(m_library.diagnostics()));
    const int warnings = int(countWarnings(m_library.diagnostics()));
    QStringList parts;
    parts.append(tr("%Ln guide(s)", nullptr, guides));
    if (errors == 0 && warnings == 0)
        parts.append(tr("no problems"));
    if (errors > 0)
        parts.append(tr("%Ln error(s)", nullptr, errors));
    if (warnings > 0)
        parts.append(tr("%Ln warning(s)", nullptr, warnings));
    m_status->setText(parts.join(u"  ·  "_s));
}

void MainWindow::chooseGuidesToImport()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Import Guides"), start, tr("Guides (*.md);;All files (*)"));
    if (!files.isEmpty())
        importGuides(files);
}

GuideImportResult MainWindow::importGuides(const QStringList &files)
{
    QHash<QString, QString> knownIds;
    for (const Guide &guide : m_library.guides())
        knownIds.insert(guide.id(), guide.path);
    const QString target = LibraryPaths::userGuidesFolder();
    m_lastImport = GuideImporter::importFiles(files, target, knownIds);
    const QString cleanTarget = QDir::cleanPath(target);
    if (!m_lastImport.imported.isEmpty() && !m_guideFolders.contains(cleanTarget))
        m_guideFolders.append(cleanTarget);
    if (!m_lastImport.imported.isEmpty())
        m_selectAfterLoad = m_lastImport.imported.first();
    reloadLibrary();
    showImportReport(m_lastImport);
    return m_lastImport;
}

void MainWindow::showImportReport(const GuideImportResult &result)
{
    const int imported = int(result.imported.size());
    const QString importedText = tr("Imported %Ln guide(s).", nullptr, imported);
    if (result.rejected.isEmpty()) {
        statusBar()->showMessage(importedText, 8000);
        return;
    }
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.isError())
            lines.append(diagnostic.toString());
    }
    // Not modal-blocking: the window stays usable, and the person reads the errors at their pace.
    const int rejected = int(result.rejected.size());
    const QString summary
        = imported == 0 ? (rejected == 1 ? tr("The guide was not imported.") : tr("No guide was imported."))
                        : importedText + u' ' + tr("%Ln file(s) were not imported.", nullptr, rejected);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Guides"),
                                summary + u' ' + tr("Nothing was copied for a file with errors. Fix them and import it again."),
                                QMessageBox::Ok, this);
    box->setObjectName(u"importReport"_s);
    box->setDetailedText(lines.join(u'\n'));
    box->setInformativeText(lines.mid(0, 5).join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QStringList MainWindow::droppedGuideFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".md"_s, Qt::CaseInsensitive))
            files.append(url.toLocalFile());
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedGuideFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedGuideFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importGuides(files);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OfferDesk"),
                       tr("<h3>OfferDesk %1</h3>"
                          "<p>Negotiation guides, offer comparison and counter-offers for software engineers.</p>"
                          "<p>Everything stays on your computer: your offers never leave it.</p>"
                          "<p>Copyright © 2026 The OfferDesk developers. OfferDesk is free software: you can "
                          "redistribute it and/or modify it under the terms of the GNU General Public License, "
                          "version 3 or (at your option) any later version. It comes with no warranty.</p>")
                           .arg(AppInfo::version().toHtmlEscaped()));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kTabKey, m_tabs->currentIndex());
    if (m_guidesPage)
        m_guidesPage->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    // The first time, the problems dock takes a few rows' height, not half the window.
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_problemsDock}, {fontMetrics().height() * 11}, Qt::Vertical);
    m_tabs->setCurrentIndex(settings.value(kTabKey, 0).toInt());
    // The Guides page restores its own state when it is built.
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
