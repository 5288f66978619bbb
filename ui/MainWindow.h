#pragma once

#include "GuideImporter.h"
#include "GuideLibrary.h"

#include <QMainWindow>

class CounterWidget;
class GuidesPage;
class OffersWidget;
class QFileSystemWatcher;
class QLabel;
class QMimeData;
class QTabWidget;
class QTimer;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QStringList &guideFolders, QWidget *parent = nullptr);

    const GuideLibrary &library() const { return m_library; }
    QStringList guideFolders() const { return m_guideFolders; }
    GuidesPage *guidesPage() const { return m_guidesPage; }
    OffersWidget *offersWidget() const { return m_offers; }
    CounterWidget *counterWidget() const { return m_counter; }
    QString statusText() const;

    // Validates each file, copies the good ones into the user's guides folder, reloads, and reports the bad ones.
    GuideImportResult importGuides(const QStringList &files);
    const GuideImportResult &lastImportResult() const { return m_lastImport; }

    void reloadLibrary();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void connectTabs();
    void updateCounter();
    void chooseGuidesToImport();
    void showImportReport(const GuideImportResult &result);
    void showAbout();
    void watchGuideFolders();
    void updateStatus();
    void saveSettings() const;
    void restoreSettings();
    static QStringList droppedGuideFiles(const QMimeData *mime);

    QStringList m_guideFolders;
    GuideLibrary m_library;
    QTabWidget *m_tabs = nullptr; // Guides, Offers, Counter: one tab per task
    GuidesPage *m_guidesPage = nullptr;
    OffersWidget *m_offers = nullptr;
    CounterWidget *m_counter = nullptr;
    QLabel *m_status = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr; // gathers a burst of file events into one reload
    GuideImportResult m_lastImport;
};
