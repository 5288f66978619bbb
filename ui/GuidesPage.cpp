#include "GuidesPage.h"

#include "BandView.h"
#include "CompanyCompareView.h"
#include "GuideBrowserPane.h"
#include "GuideFilterProxyModel.h"
#include "GuideHeaderWidget.h"
#include "GuideLibraryModel.h"
#include "GuideTextBrowser.h"
#include "LeverDocument.h"
#include "ProblemsPanel.h"

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
    const QString guideId = currentGuideId();
    const QString region = currentRegion();
    m_today = today;
    m_shownId.clear(); // the guide may have changed on disk even when its id has not
    m_library->setGuides(guides, today);
    m_problems->setDiagnostics(diagnostics);
    if (!m_browser->selectGuide(guideId)) {
        if (m_browser->proxy()->rowCount() > 0)
            m_browser->view()->setCurrentIndex(m_browser->proxy()->index(0, 0));
        else
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

void GuidesPage::showGuide(const QString &id)
{
    const Guide *guide = m_library->guideById(id);
    m_shownId = guide ? id : QString();
    if (!guide) {
        m_header->clear();
        m_bands->clear();
        m_levers->clear();
        m_text->clear();
        m_compare->clear();
        m_details->setVisible(false); // the header says what to do; empty tabs would only add noise
        emit currentGuideChanged(QString());
        return;
    }
    m_details->setVisible(true);
    m_header->setGuide(*guide, m_today);
    m_bands->setGuide(*guide);
    LeverDocument::fill(m_levers->document(), *guide, palette());
    m_levers->scrollToTop();
    m_text->setGuideMarkdown(guide->body);
    updateComparison();
    emit currentGuideChanged(id);
}

void GuidesPage::updateComparison()
{
    m_compare->setComparison(m_library->guides(), m_shownId, currentRegion());
}

void GuidesPage::saveState(QSettings &settings) const
{
    settings.setValue(SettingsKeys::mainSplitter, m_mainSplitter->saveState());
    settings.setValue(SettingsKeys::leftSplitter, m_leftSplitter->saveState());
    settings.setValue(SettingsKeys::selectedGuide, currentGuideId());
    settings.setValue(SettingsKeys::selectedRegion, currentRegion());
    settings.setValue(SettingsKeys::detailTab, m_details->currentIndex());
}

void GuidesPage::restoreState(const QSettings &settings)
{
    m_splitterRestored = m_mainSplitter->restoreState(settings.value(SettingsKeys::mainSplitter).toByteArray());
    m_leftSplitter->restoreState(settings.value(SettingsKeys::leftSplitter).toByteArray());
    m_details->setCurrentIndex(settings.value(SettingsKeys::detailTab, 0).toInt());
    selectGuide(settings.value(SettingsKeys::selectedGuide).toString());
    selectRegion(settings.value(SettingsKeys::selectedRegion).toString());
}

void GuidesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterRestored)
        return;
    // First run: about a quarter of the width for the browser, within what its rows need to stay readable.
    // Once the window's layout has given the splitter its real width.
    m_splitterRestored = true;
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
        if (const Guide *guide = m_library->guideById(m_shownId))
            LeverDocument::fill(m_levers->document(), *guide, palette());
    }
}
