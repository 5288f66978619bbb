// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "ui/guides/GuidesPage.h"

#include "guide/GuideLibrary.h"
#include "ui/guides/BandView.h"
#include "ui/guides/CompanyCompareView.h"
#include "ui/guides/GuideBrowserPane.h"
#include "ui/guides/GuideHeaderWidget.h"
#include "ui/guides/GuideTextBrowser.h"
#include "ui/guides/LeverDocument.h"
#include "ui/guides/ProblemsPanel.h"
#include "ui/models/GuideFilterProxyModel.h"
#include "ui/models/GuideLibraryModel.h"

#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTreeView>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SettingsKeys {
const auto mainSplitter = u"guides/mainSplitter"_s;
const auto leftSplitter = u"guides/leftSplitter"_s;
const auto selectedGuide = u"guides/selectedGuide"_s;
const auto selectedRegion = u"guides/selectedRegion"_s;
const auto detailTab = u"guides/detailTab"_s;
} // namespace SettingsKeys

GuidesPage::GuidesPage(QWidget *parent)
    : QWidget(parent)
    , m_library(new GuideLibraryModel(this))
    , m_browser(new GuideBrowserPane(m_library, this))
    , m_problems(new ProblemsPanel(this))
    , m_header(new GuideHeaderWidget(this))
    , m_details(new QTabWidget(this))
    , m_bands(new BandView(this))
    , m_compare(new CompanyCompareView(this))
    , m_levers(new GuideTextBrowser(this))
    , m_text(new GuideTextBrowser(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_today(QDate::currentDate())
{
    setObjectName(u"guidesPage"_s);
    m_levers->setObjectName(u"leversView"_s);
    m_levers->setAccessibleName(tr("Levers and script"));
    m_text->setObjectName(u"guideText"_s);
    m_text->setAccessibleName(tr("Guide text"));
    m_bands->setObjectName(u"bandView"_s);
    m_compare->setObjectName(u"compareView"_s);
    m_problems->setObjectName(u"problemsPanel"_s);
    m_header->setObjectName(u"guideHeader"_s);
    m_details->setObjectName(u"guideDetailTabs"_s);
    m_details->setAccessibleName(tr("Guide details"));
    m_details->setDocumentMode(true);

    m_details->addTab(m_bands, tr("Pay &bands"));
    m_details->addTab(m_levers, tr("&Levers && script"));
    m_details->addTab(m_text, tr("Full gui&de"));
    m_details->addTab(m_compare, tr("Compare co&mpanies"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addStretch(0); // keeps the header at the top while the tabs are hidden

    m_leftSplitter->setObjectName(u"guidesLeftSplitter"_s);
    m_leftSplitter->addWidget(m_browser);
    m_leftSplitter->addWidget(m_problems);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setChildrenCollapsible(false);

    m_mainSplitter->setObjectName(u"guidesMainSplitter"_s);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(m_mainSplitter);

    connect(m_browser, &GuideBrowserPane::currentGuideChanged, this, &GuidesPage::showGuide);
    connect(m_browser, &GuideBrowserPane::guideActivated, this, [this] { m_bands->table()->setFocus(); });
    connect(m_bands, &BandView::currentRegionChanged, this, &GuidesPage::updateComparison);
    connect(m_problems, &ProblemsPanel::openFolderRequested, this, &GuidesPage::openFolderRequested);

    setTabOrder(m_browser->searchField(), m_browser->view());
    setTabOrder(m_browser->view(), m_problems->view());
    setTabOrder(m_problems->view(), m_details);
    showGuide(QString());
}

void GuidesPage::setLibrary(const QList<Guide> &guides, const Diagnostics &diagnostics, const QDate &today)
{
    const QString guideId = m_pendingGuideId.isEmpty() ? currentGuideId() : m_pendingGuideId;
    const QString region = m_pendingGuideId.isEmpty() ? currentRegion() : m_pendingRegion;
    m_pendingGuideId.clear();
    m_pendingRegion.clear();
    m_today = today;
    m_shownId.clear(); // the guide may have changed on disk even when its id has not
    m_library->setGuides(guides, today);
    m_problems->setDiagnostics(diagnostics);
    // The guide shown before, else the best match for what was typed while the library loaded.
    if (!m_browser->selectGuide(guideId)) {
        m_browser->selectBestMatch();
        if (m_browser->proxy()->rowCount() == 0)
            showGuide(QString());
    }
    if (!m_browser->currentGuideId().isEmpty() && m_shownId.isEmpty())
        showGuide(m_browser->currentGuideId());
    selectRegion(region);
}

QString GuidesPage::currentGuideId() const
{
    return m_browser->currentGuideId();
}

bool GuidesPage::selectGuide(const QString &id)
{
    return m_browser->selectGuide(id);
}

QString GuidesPage::currentRegion() const
{
    return m_bands->currentRegion();
}

bool GuidesPage::selectRegion(const QString &region)
{
    return m_bands->selectRegion(region);
}

void GuidesPage::focusSearch()
{
    m_browser->focusSearch();
}

void GuidesPage::setLoading(bool loading)
{
    m_loading = loading;
    m_browser->setLoading(loading);
    if (m_shownId.isEmpty())
        showEmpty();
}

void GuidesPage::showEmpty()
{
    if (m_loading)
        m_header->showLoading();
    else
        m_header->clear();
    m_bands->clear();
    m_levers->clear();
    m_text->clear();
    m_compare->clear();
    m_details->setVisible(false); // the header says what to do; empty tabs would only add noise
}

void GuidesPage::showGuide(const QString &id)
{
    const Guide *listed = m_library->guideById(id);
    m_shownId = listed ? id : QString();
    m_shownGuide.reset();
    if (!listed) {
        showEmpty();
        emit currentGuideChanged(QString());
        return;
    }
    // The library holds front matters; the body is read now, from the file as it is today.
    QString bodyProblem;
    if (listed->hasBody()) {
        m_shownGuide = *listed;
    } else {
        GuideParseResult full = GuideLibrary::withBody(*listed, m_today);
        if (full.guide) {
            m_shownGuide = std::move(*full.guide);
        } else {
            m_shownGuide = *listed;
            QStringList problems;
            for (const Diagnostic &diagnostic : std::as_const(full.diagnostics)) {
                if (diagnostic.isError())
                    problems.append(diagnostic.toString());
            }
            bodyProblem = tr("This guide's text can't be shown:\n\n%1").arg(problems.join(u'\n'));
        }
    }
    const Guide &guide = *m_shownGuide;
    m_details->setVisible(true);
    m_header->setGuide(guide, m_today);
    m_bands->setGuide(guide);
    LeverDocument::fill(m_levers->document(), guide, palette());
    m_levers->scrollToTop();
    if (bodyProblem.isEmpty())
        m_text->setGuideMarkdown(guide.body);
    else
        m_text->showMessage(bodyProblem);
    updateComparison();
    emit currentGuideChanged(id);
}

void GuidesPage::updateComparison()
{
    m_compare->setComparison(m_library->guides(), m_shownId, currentRegion());
}

void GuidesPage::saveState(QSettings &settings) const
{
    // A page never shown has no sizes of its own (the window closed at once, or another tab was open all along):
    // the sizes saved before stay. Likewise the guide to select when the library had not arrived yet.
    if (m_shown) {
        settings.setValue(SettingsKeys::mainSplitter, m_mainSplitter->saveState());
        settings.setValue(SettingsKeys::leftSplitter, m_leftSplitter->saveState());
    }
    const bool waiting = m_library->rowCount() == 0 && !m_pendingGuideId.isEmpty();
    settings.setValue(SettingsKeys::selectedGuide, waiting ? m_pendingGuideId : currentGuideId());
    settings.setValue(SettingsKeys::selectedRegion, waiting ? m_pendingRegion : currentRegion());
    settings.setValue(SettingsKeys::detailTab, m_details->currentIndex());
}

void GuidesPage::restoreState(const QSettings &settings)
{
    m_splitterRestored = m_mainSplitter->restoreState(settings.value(SettingsKeys::mainSplitter).toByteArray());
    m_leftSplitter->restoreState(settings.value(SettingsKeys::leftSplitter).toByteArray());
    m_details->setCurrentIndex(settings.value(SettingsKeys::detailTab, 0).toInt());
    const QString guideId = settings.value(SettingsKeys::selectedGuide).toString();
    const QString region = settings.value(SettingsKeys::selectedRegion).toString();
    if (m_library->rowCount() == 0) {
        // The library is still loading: setLibrary() selects them.
        m_pendingGuideId = guideId;
        m_pendingRegion = region;
        return;
    }
    selectGuide(guideId);
    selectRegion(region);
}

void GuidesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    if (m_splitterRestored)
        return;
    // First run: about a quarter of the width for the browser, within what its rows need to stay readable.
    // Once the window's layout has given the splitter its real width.
    QTimer::singleShot(0, this, [this] {
        const int total = m_mainSplitter->width();
        const int left = std::clamp(total * 22 / 100, 220, 360);
        m_mainSplitter->setSizes({left, std::max(0, total - left)});
    });
}

void GuidesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The lever cards take their colours from the palette when they are written: write them again.
    if (event->type() == QEvent::PaletteChange) {
        if (m_shownGuide)
            LeverDocument::fill(m_levers->document(), *m_shownGuide, palette());
    }
}
