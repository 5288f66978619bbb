// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"
#include "support/SyntheticGuides.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/guides/BandView.h"
#include "ui/guides/CompanyCompareView.h"
#include "ui/guides/GuideBrowserPane.h"
#include "ui/guides/GuideHeaderWidget.h"
#include "ui/guides/GuidesPage.h"
#include "ui/guides/GuideTextBrowser.h"
#include "ui/guides/ProblemsPanel.h"
#include "ui/models/GuideLibraryModel.h"
#include "ui/models/ProblemsModel.h"
#include "ui/models/RegionBandModel.h"

#include <QApplication>
#include <QSettings>
#include <QProgressBar>
#include <QSignalSpy>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 26);

QString sampleFolder()
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s;
}
QString brokenFolder()
{
    return QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-broken"_s;
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QAbstractBarSeries *barSeriesOf(QChartView *view)
{
    const auto series = view->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
}

QStringList problemRows(ProblemsPanel *panel)
{
    QStringList rows;
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        rows.append(panel->model()->rowText(row));
    return rows;
}
} // namespace

class TestGuidesBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static void loadInto(GuidesPage &page, const QStringList &folders)
    {
        const GuideLibrary library = GuideLibrary::load(folders, kToday);
        page.setLibrary(library.guides(), library.diagnostics(), kToday);
    }

private slots:
    void initTestCase()
    {
        // Settings and the user's guides folder live in a temporary home, never the real one.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toLocal8Bit());
        QCoreApplication::setOrganizationName(u"OfferDeskTest"_s);
        QCoreApplication::setApplicationName(u"OfferDeskTest"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void typingFiltersAndSelects()
    {
        MainWindow window({sampleFolder()});
        QVERIFY(waitForLibrary(window));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        GuideBrowserPane *browser = window.guidesPage()->browser();
        QCOMPARE(browser->matchCountText(), u"3 guides"_s);

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), browser->searchField());

        QTest::keyClicks(browser->searchField(), u"globex"_s);
        // Acme matches too: its level mapping names "Globex Engineer 2". The company typed is the one selected.
        QCOMPARE(browser->matchCount(), 2);
        QCOMPARE(browser->matchCountText(), u"2 of 3 guides match"_s);
        QCOMPARE(window.guidesPage()->currentGuideId(), u"globex/software-engineer"_s);
        QCOMPARE(window.findChild<QLabel *>(u"guideCompany"_s)->text(), u"Globex"_s);

        // Arrows move through the matches without leaving the field.
        QTest::keyClick(browser->searchField(), Qt::Key_Up);
        QCOMPARE(window.guidesPage()->currentGuideId(), u"acme-robotics/software-engineer"_s);
        QCOMPARE(QApplication::focusWidget(), browser->searchField());
        QTest::keyClick(browser->searchField(), Qt::Key_Down);
        QCOMPARE(window.guidesPage()->currentGuideId(), u"globex/software-engineer"_s);
        // Enter goes on to the guide.
        QTest::keyClick(browser->searchField(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), window.guidesPage()->bandView()->table());

        browser->searchField()->clear();
        QTest::keyClicks(browser->searchField(), u"google l4"_s);
        QCOMPARE(browser->matchCount(), 1);
        QCOMPARE(browser->matchCountText(), u"1 of 3 guides matches"_s);
        browser->searchField()->setText(u"no such company"_s);
        QCOMPARE(browser->matchCount(), 0);
        QCOMPARE(window.guidesPage()->currentGuideId(), QString());
        QCOMPARE(window.findChild<QLabel *>(u"guideCompany"_s)->text(), u"No guide selected"_s);
    }

    void selectingAGuideFillsTheTableAndCharts()
    {
        GuidesPage page;
        loadInto(page, {sampleFolder()});
        page.show();
        QVERIFY(page.selectGuide(u"acme-robotics/software-engineer"_s));
        BandView *bands = page.bandView();
        QCOMPARE(bands->table()->model()->rowCount(), 3);
        QCOMPARE(bands->table()->model()->index(2, RegionBandModel::Region).data().toString(), u"Berlin"_s);
        QCOMPARE(bands->table()->model()->index(2, RegionBandModel::Base).data().toString(), u"€85K–€110K"_s);

        // One chart per currency: dollars and euros never share an axis.
        const QList<QChartView *> charts = bands->chartViews();
        QCOMPARE(charts.size(), 2);
        auto *usd = qobject_cast<QHorizontalStackedBarSeries *>(barSeriesOf(charts.at(0)));
        QVERIFY(usd);
        QCOMPARE(usd->count(), 3);
        QCOMPARE(usd->barSets().at(0)->label(), u"Base"_s);
        QCOMPARE(usd->barSets().at(1)->label(), u"Stock per year"_s);
        QCOMPARE(usd->barSets().at(2)->label(), u"Bonus"_s);
        // Bottom to top: Austin high, low; San Francisco high, low.
        QCOMPARE(valuesOf(usd->barSets().at(0)), (QList<qreal>{190000, 150000, 230000, 180000}));
        QCOMPARE(valuesOf(usd->barSets().at(1)), (QList<qreal>{45000, 25000, 70000, 40000}));
        QCOMPARE(valuesOf(usd->barSets().at(2)), (QList<qreal>{19000, 15000, 23000, 18000}));
        auto *categories = qobject_cast<QBarCategoryAxis *>(usd->attachedAxes().value(0));
        QVERIFY(categories);
        QCOMPARE(categories->categories().last(), u"San Francisco · low"_s);
        QCOMPARE(charts.at(0)->chart()->animationOptions(), QChart::NoAnimation);
        QVERIFY(charts.at(0)->chart()->legend()->isVisible());
        auto *eur = barSeriesOf(charts.at(1));
        QCOMPARE(valuesOf(eur->barSets().at(0)), (QList<qreal>{110000, 85000}));
        auto *euroAxis = qobject_cast<QCategoryAxis *>(eur->attachedAxes().value(1));
        QVERIFY(euroAxis);
        QVERIFY2(euroAxis->categoriesLabels().contains(u"€100K"_s), qPrintable(euroAxis->categoriesLabels().join(u' ')));
        auto *dollarAxis = qobject_cast<QCategoryAxis *>(usd->attachedAxes().value(1));
        QVERIFY(dollarAxis->categoriesLabels().contains(u"$300K"_s));

        // Another guide: the same views follow.
        QVERIFY(page.selectGuide(u"globex/software-engineer"_s));
        QCOMPARE(bands->chartViews().size(), 3);
        QCOMPARE(valuesOf(barSeriesOf(bands->chartViews().at(1))->barSets().at(0)), (QList<qreal>{125000, 95000}));
        QCOMPARE(bands->chartViews().at(1)->chart()->title(), u"Yearly pay in GBP (£)"_s);
    }

    void hoveringABarShowsItsExactValue()
    {
        GuidesPage page;
        loadInto(page, {sampleFolder()});
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectGuide(u"acme-robotics/software-engineer"_s));
        auto *series = barSeriesOf(page.bandView()->chartViews().at(0));
        QBarSet *stock = series->barSets().at(1);
        emit series->hovered(true, 2, stock); // San Francisco, high end
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"San Francisco · high"_s), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(u"Stock per year: $70,000"_s), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(u"$323,000"_s), qPrintable(QToolTip::text()));
        emit series->hovered(false, 2, stock);
    }

    void darkPaletteStaysReadable()
    {
        GuidesPage page;
        loadInto(page, {sampleFolder()});
        QVERIFY(page.selectGuide(u"acme-robotics/software-engineer"_s));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        page.setPalette(dark);
        QChart *chart = page.bandView()->chartViews().at(0)->chart();
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsColor(), QColor(0xee, 0xee, 0xee));
        // Lever cards are written again in the dark palette's colours: light text on a dark card.
        const QTextDocument *levers = page.leversView()->document();
        const QTextFrame *card = levers->rootFrame()->childFrames().value(0);
        QVERIFY(card);
        QVERIFY(card->frameFormat().background().color().lightnessF() < 0.3);
        const QTextBlock title = levers->findBlock(card->firstPosition());
        QVERIFY(title.charFormat().foreground().color().lightnessF() > 0.8
                || title.begin().fragment().charFormat().foreground().color().lightnessF() > 0.8);
    }

    void staleBadge()
    {
        GuidesPage page;
        loadInto(page, {sampleFolder()});
        page.show();
        auto *badge = page.findChild<QLabel *>(u"staleBadge"_s);
        QVERIFY(badge);
        QVERIFY(page.selectGuide(u"initech/software-engineer"_s));
        QVERIFY(page.header()->isStaleBadgeShown());
        QVERIFY(badge->isVisible());
        QVERIFY(badge->toolTip().contains(u"December 1, 2025"_s));
        QVERIFY(page.selectGuide(u"acme-robotics/software-engineer"_s));
        QVERIFY(!page.header()->isStaleBadgeShown());
        QVERIFY(!badge->isVisible());
        QVERIFY(page.findChild<QLabel *>(u"guideLevels"_s)->text().contains(u"<b>Globex Engineer 2</b>"_s));
        QVERIFY(page.findChild<QLabel *>(u"guideFacts"_s)->text().contains(u"Made-up survey for tests"_s));
    }

    void problemsPanelListsBrokenGuidesAndWarnings()
    {
        GuidesPage page;
        loadInto(page, {sampleFolder(), brokenFolder()});
        page.show();
        ProblemsPanel *panel = page.problemsPanel();
        const QStringList rows = problemRows(panel);
        QVERIFY2(rows.contains(u"umbrella--software-engineer.md:24: error: missing required field 'compensation'"_s)
                     || std::any_of(rows.cbegin(), rows.cend(),
                                    [](const QString &row) {
                                        return row.startsWith(u"umbrella--software-engineer.md:"_s)
                                               && row.endsWith(u": error: missing required field 'compensation'"_s);
                                    }),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(u"initech--software-engineer.md:11: warning: unknown key 'office_snacks' is ignored"_s));
        QCOMPARE(page.findChild<QLabel *>(u"problemsTitle"_s)->text(), u"&Problems (%1)"_s.arg(rows.size()));
        QCOMPARE(page.libraryModel()->rowCount(), 3); // the broken guide is not in the list

        // Double-click opens the guide at that line (issue 19: the window opens it in the guide editor).
        QSignalSpy opened(panel, &ProblemsPanel::openGuideRequested);
        QTableView *view = panel->view();
        int brokenRow = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(ProblemsModel::PathRole).toString().contains(u"umbrella"_s))
                brokenRow = row;
        }
        QVERIFY(brokenRow >= 0);
        const QModelIndex brokenIndex = view->model()->index(brokenRow, ProblemsModel::Text);
        view->scrollTo(brokenIndex);
        const QRect rect = view->visualRect(brokenIndex);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(!opened.isEmpty());
        QCOMPARE(QFileInfo(opened.last().at(0).toString()),
                 QFileInfo(brokenFolder() + u"/umbrella--software-engineer.md"_s));
        QCOMPARE(opened.last().at(1).toInt(), brokenIndex.data(ProblemsModel::LineRole).toInt());
    }

    void problemsReadAsATableOfOneLineRows()
    {
        // Issue 19: file, line, severity and message in columns; a long message stays on one line (the table
        // scrolls sideways) instead of wrapping into a narrow column. Thousands of rows stay one line each.
        ProblemsPanel panel;
        auto *view = panel.findChild<QTableView *>(u"problemsList"_s);
        QVERIFY(view);
        Diagnostics few;
        for (int i = 0; i < 3; ++i)
            few.append(Diagnostic::warning(u"/guides/a.md"_s, i + 1, u"a warning that is long enough to wrap"_s));
        panel.setDiagnostics(few);
        QVERIFY(!view->wordWrap());
        QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        for (const int column : {ProblemsModel::File, ProblemsModel::Line, ProblemsModel::Severity, ProblemsModel::Text})
            QVERIFY(!view->isColumnHidden(column));
        for (const int column : {ProblemsModel::Location, ProblemsModel::Message, ProblemsModel::Summary})
            QVERIFY(view->isColumnHidden(column));
        QCOMPARE(view->model()->headerData(ProblemsModel::File, Qt::Horizontal).toString(), u"File"_s);
        QCOMPARE(view->model()->headerData(ProblemsModel::Line, Qt::Horizontal).toString(), u"Line"_s);
        QCOMPARE(view->model()->headerData(ProblemsModel::Severity, Qt::Horizontal).toString(), u"Severity"_s);
        QCOMPARE(view->model()->headerData(ProblemsModel::Text, Qt::Horizontal).toString(), u"Message"_s);
        QCOMPARE(view->model()->index(0, ProblemsModel::File).data().toString(), u"a.md"_s);
        QCOMPARE(view->model()->index(0, ProblemsModel::Severity).data().toString(), u"Warning"_s);
        QCOMPARE(view->model()->index(0, ProblemsModel::Text).data().toString(), u"a warning that is long enough to wrap"_s);
        Diagnostics many;
        for (int i = 0; i < 5000; ++i)
            many.append(Diagnostic::warning(u"/guides/g%1.md"_s.arg(i), 10, u"next_review_due is in the past"_s));
        panel.setDiagnostics(many);
        QVERIFY(!view->wordWrap());
        QCOMPARE(view->model()->rowCount(), 5000);
        QVERIFY(view->model()->index(0, ProblemsModel::Summary).data(Qt::ToolTipRole).toString().contains(u"past"_s));
    }

    void windowShowsBeforeTheLibraryAndKeepsWhatWasTyped()
    {
        // Enough made-up guides that the first load (no cache yet) outlasts putting the window on screen.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QCOMPARE(SyntheticGuides::writeFolder(folder.path(), 3000, QDate::currentDate()).size(), 3000);
        MainWindow window({folder.path()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The pages are built right after the first frame, without being asked for.
        QTRY_VERIFY(window.arePagesBuilt());
        QVERIFY(window.isLoadingLibrary());
        QCOMPARE(window.library().guides().size(), 0);
        QCOMPARE(window.findChild<QLabel *>(u"guideCompany"_s)->text(), u"Loading guides…"_s);
        auto *progress = window.findChild<QProgressBar *>(u"libraryProgress"_s);
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(progress->text().contains(u" of 3,000 guides"_s));
        GuideBrowserPane *browser = window.guidesPage()->browser();
        QTest::keyClicks(browser->searchField(), u"initech cloud"_s);
        QVERIFY(window.isLoadingLibrary()); // typed while loading

        QVERIFY(waitForLibrary(window));
        QVERIFY(progress->isHidden());
        QCOMPARE(window.library().guides().size(), 3000);
        QCOMPARE(browser->searchField()->text(), u"initech cloud"_s);
        QVERIFY(browser->matchCount() > 0 && browser->matchCount() < 3000);
        QVERIFY2(browser->matchCountText().endsWith(u" of 3,000 guides match"_s), qPrintable(browser->matchCountText()));
        // The best match for what was typed is the guide on show.
        QCOMPARE(window.findChild<QLabel *>(u"guideCompany"_s)->text(), u"Initech Cloud"_s);
        QCOMPARE(window.statusText().section(u"  ·  "_s, 0, 0), u"3,000 guides"_s);

        // The library holds front matters; the guide on show was read whole when it was opened.
        const QString shownId = window.guidesPage()->currentGuideId();
        QVERIFY(window.guidesPage()->shownGuide()->hasBody());
        QVERIFY(!window.guidesPage()->shownGuide()->levers.isEmpty());
        int withBodies = 0;
        for (const Guide &guide : window.library().guides())
            withBodies += guide.hasBody() ? 1 : 0;
        QVERIFY(withBodies <= 1); // at most the one the Counter tab quotes
        QVERIFY(!shownId.isEmpty());
    }

    void statusBarCountsGuidesAndProblems()
    {
        MainWindow window({sampleFolder(), brokenFolder()});
        QVERIFY(waitForLibrary(window));
        // Review dates pass as time goes by, so count the warnings for today as the window does.
        const GuideLibrary library = GuideLibrary::load({sampleFolder(), brokenFolder()});
        const qsizetype warnings = countWarnings(library.diagnostics());
        QVERIFY(warnings >= 4);
        QCOMPARE(window.statusText(), u"3 guides  ·  1 error  ·  %1 warnings"_s.arg(warnings));
    }

    void compareCompaniesForTheSelectedRegion()
    {
        GuidesPage page;
        loadInto(page, {sampleFolder()});
        page.show();
        QVERIFY(page.selectGuide(u"globex/software-engineer"_s));
        QVERIFY(page.selectRegion(u"San Francisco"_s));
        CompanyCompareView *compare = page.compareView();
        QStringList companies;
        for (const auto &entry : compare->entries())
            companies.append(entry.company);
        QCOMPARE(companies, (QStringList{u"Globex"_s, u"Acme Robotics"_s, u"Initech"_s})); // highest first
        QVERIFY(!compare->chartView()->isHidden());
        auto *series = qobject_cast<QHorizontalBarSeries *>(barSeriesOf(compare->chartView()));
        QVERIFY(series);
        // The chart draws bottom to top, so its sets run lowest first.
        QCOMPARE(valuesOf(series->barSets().at(1)), (QList<qreal>{214250, 323000, 356000}));
        QCOMPARE(valuesOf(series->barSets().at(0)), (QList<qreal>{167500, 238000, 268500}));

        // Only Globex has London: nothing to compare, and the view says so.
        QVERIFY(page.selectRegion(u"London"_s));
        QVERIFY(compare->chartView()->isHidden());
        QVERIFY2(compare->explanation().contains(u"Only Globex"_s), qPrintable(compare->explanation()));
    }

    void leversAndScriptAndText()
    {
        GuidesPage page;
        loadInto(page, {sampleFolder()});
        QVERIFY(page.selectGuide(u"acme-robotics/software-engineer"_s));
        const QString levers = page.leversView()->toPlainText();
        QVERIFY(levers.contains(u"1. Robotics Experience"_s));
        QVERIFY(levers.contains(u"3. Relocation Support"_s));
        QVERIFY(levers.contains(u"“I want to build Acme's robots."_s));
        const QString text = page.textView()->toPlainText();
        QVERIFY(text.contains(u"Acme Robotics is a made-up company"_s));
        QVERIFY(!text.contains(u"company_display"_s));
        QVERIFY(!text.contains(u"**"_s));
    }

    void settingsRestoreTheSelection()
    {
        {
            MainWindow window({sampleFolder()});
            QVERIFY(waitForLibrary(window));
            window.show();
            QVERIFY(window.guidesPage()->selectGuide(u"globex/software-engineer"_s));
            QVERIFY(window.guidesPage()->selectRegion(u"London"_s));
            window.close();
        }
        MainWindow window({sampleFolder()});
        QVERIFY(waitForLibrary(window));
        QCOMPARE(window.guidesPage()->currentGuideId(), u"globex/software-engineer"_s);
        QCOMPARE(window.guidesPage()->currentRegion(), u"London"_s);
    }

    void aPageNeverShownKeepsTheSavedState()
    {
        // Closed before the Guides page was ever laid out, or before the library arrived: what was saved stays.
        QSettings settings;
        settings.setValue(u"guides/mainSplitter"_s, QByteArray("sizes from a real layout"));
        settings.setValue(u"guides/selectedGuide"_s, u"globex/software-engineer"_s);
        settings.setValue(u"guides/selectedRegion"_s, u"London"_s);
        {
            GuidesPage page;
            page.restoreState(settings); // no library yet: the selection waits for it
            page.saveState(settings);
        }
        QCOMPARE(settings.value(u"guides/mainSplitter"_s).toByteArray(), QByteArray("sizes from a real layout"));
        QCOMPARE(settings.value(u"guides/selectedGuide"_s).toString(), u"globex/software-engineer"_s);
        QCOMPARE(settings.value(u"guides/selectedRegion"_s).toString(), u"London"_s);

        // Shown once, the page saves its own sizes.
        GuidesPage page;
        loadInto(page, {sampleFolder()});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.saveState(settings);
        QVERIFY(settings.value(u"guides/mainSplitter"_s).toByteArray() != QByteArray("sizes from a real layout"));
        settings.remove(u"guides"_s);
    }

    void settingsRestoreGeometryAndSplitters()
    {
        QList<int> sizes;
        {
            MainWindow window({sampleFolder()});
            QVERIFY(waitForLibrary(window));
            window.resize(1100, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(u"guidesMainSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({300, splitter->width() - 300 - splitter->handleWidth()});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow window({sampleFolder()});
        QVERIFY(waitForLibrary(window));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1100, 720));
        QTRY_COMPARE(window.findChild<QSplitter *>(u"guidesMainSplitter"_s)->sizes(), sizes);
    }

    void importCopiesGoodGuidesAndReportsBadOnes()
    {
        QTemporaryDir empty;
        MainWindow window({empty.path()});
        QVERIFY(waitForLibrary(window));
        window.show();
        QCOMPARE(window.library().guides().size(), 0);
        const GuideImportResult result
            = window.importGuides({sampleFolder() + u"/acme-robotics--software-engineer.md"_s,
                                   brokenFolder() + u"/umbrella--software-engineer.md"_s});
        QCOMPARE(result.imported.size(), 1);
        QCOMPARE(result.rejected.size(), 1);
        QVERIFY(waitForLibrary(window));
        const QString userFolder = LibraryPaths::userGuidesFolder();
        QVERIFY(userFolder.startsWith(m_home.path()));
        QCOMPARE(QDir(userFolder).entryList(QDir::Files), QStringList{u"acme-robotics--software-engineer.md"_s});
        QCOMPARE(window.library().guides().size(), 1);
        QCOMPARE(window.guidesPage()->currentGuideId(), u"acme-robotics/software-engineer"_s);
        auto *report = window.findChild<QMessageBox *>(u"importReport"_s);
        QVERIFY(report);
        QVERIFY(report->detailedText().contains(u"umbrella--software-engineer.md"_s));
        report->close();

        // Dropping a guide file imports it the same way.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(sampleFolder() + u"/globex--software-engineer.md"_s)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(waitForLibrary(window));
        QCOMPARE(window.library().guides().size(), 2);
        QVERIFY(QFileInfo::exists(userFolder + u"/globex--software-engineer.md"_s));
        QDir(userFolder).removeRecursively();
    }
};

QTEST_MAIN(TestGuidesBrowser)
#include "tst_guidesbrowser.moc"
