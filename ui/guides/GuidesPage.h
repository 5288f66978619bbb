// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#pragma once

#include "common/Diagnostic.h"
#include "guide/Guide.h"

#include <QDate>
#include <QWidget>

#include <optional>

class BandView;
class CompanyCompareView;
class GuideBrowserPane;
class GuideHeaderWidget;
class GuideLibraryModel;
class GuideTextBrowser;
class ProblemsPanel;
class QSettings;
class QSplitter;
class QTabWidget;

// The Guides tab: the browser and the problems on the left, the selected guide on the right.
class GuidesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit GuidesPage(QWidget *parent = nullptr);

    // Shows a freshly loaded library, keeping the selected guide and region where they still exist (or, on the
    // first load, the ones restoreState() read). The guides may be front matters only: the shown guide's body is
    // read from its file when it is opened.
    void setLibrary(const QList<Guide> &guides, const Diagnostics &diagnostics,
                    const QDate &today = QDate::currentDate());
    // While the first library loads, the empty page says so instead of inviting an import.
    void setLoading(bool loading);

    QString currentGuideId() const;
    // The guide on show, with its body when it could be read; nullptr when none is.
    const Guide *shownGuide() const { return m_shownGuide ? &*m_shownGuide : nullptr; }
    bool selectGuide(const QString &id);
    QString currentRegion() const;
    bool selectRegion(const QString &region);
    void focusSearch();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    GuideLibraryModel *libraryModel() const { return m_library; }
    GuideBrowserPane *browser() const { return m_browser; }
    GuideHeaderWidget *header() const { return m_header; }
    BandView *bandView() const { return m_bands; }
    CompanyCompareView *compareView() const { return m_compare; }
    GuideTextBrowser *leversView() const { return m_levers; }
    GuideTextBrowser *textView() const { return m_text; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QTabWidget *detailTabs() const { return m_details; }

signals:
    void currentGuideChanged(const QString &id);
    void openFolderRequested(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showGuide(const QString &id);
    void showEmpty();
    void updateComparison();

    GuideLibraryModel *m_library = nullptr;
    GuideBrowserPane *m_browser = nullptr;
    ProblemsPanel *m_problems = nullptr;
    GuideHeaderWidget *m_header = nullptr;
    QTabWidget *m_details = nullptr;
    BandView *m_bands = nullptr;
    CompanyCompareView *m_compare = nullptr;
    GuideTextBrowser *m_levers = nullptr;
    GuideTextBrowser *m_text = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QDate m_today;
    QString m_shownId;
    std::optional<Guide> m_shownGuide; // the shown guide with its body, read when it was opened
    QString m_pendingGuideId;          // from restoreState(), selected when the library arrives
    QString m_pendingRegion;
    bool m_loading = false;
    bool m_splitterRestored = false;
    bool m_shown = false; // laid out at least once: its splitter sizes are its own
};
