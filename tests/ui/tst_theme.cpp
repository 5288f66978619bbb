// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "counter/NegotiationReport.h"
#include "offers/OfferStore.h"
#include "report/ReportExport.h"
#include "support/RunProcess.h"
#include "support/SeedOffers.h"
#include "support/TemporaryHome.h"
#include "support/WaitForLibrary.h"
#include "ui/common/MainWindow.h"
#include "ui/common/Theme.h"
#include "ui/counter/CounterWidget.h"
#include "ui/guides/GuidesPage.h"
#include "ui/offers/OffersWidget.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QActionGroup>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// WCAG's contrast ratio between two colours: 1 (none) to 21 (black on white). 4.5 is its minimum for text.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor barColor(QChartView *view, const QString &label)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == label)
                    return set->color();
            }
        }
    }
    return {};
}

} // namespace

// Issue 19: View > Theme (System, Light, Dark), kept in the settings; dark is Fusion's with a dark palette, and every
// chart on screen follows a switch at run time; the PDF stays light.
class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void choiceIsKeptInTheSettings();
    void darkPaletteReadsWell();
    void menuAppliesAndSavesTheChoice();
    void openChartsFollowASwitch();
    void pdfIsTheSameInEveryTheme();

private:
    void seedStore();
    TemporaryHome m_home;
};

void TestTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTheme::cleanup()
{
    Theme::apply(Theme::Choice::Light);
    QSettings().remove(u"appearance/theme"_s);
}

void TestTheme::seedStore()
{
    QFile::remove(OfferStore::defaultPath());
    OfferStore store;
    QVERIFY(store.open().has_value());
    QVERIFY(store.insertAll(SeedOffers::targetAndAlternative()).has_value());
}

void TestTheme::choiceIsKeptInTheSettings()
{
    QCOMPARE(Theme::saved(), Theme::Choice::System); // nothing saved yet
    for (const Theme::Choice choice : {Theme::Choice::Light, Theme::Choice::Dark, Theme::Choice::System}) {
        Theme::save(choice);
        QCOMPARE(Theme::saved(), choice);
        QCOMPARE(Theme::fromKey(Theme::keyOf(choice)), choice);
    }
    QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"system"_s);
    QSettings().setValue(u"appearance/theme"_s, u"sepia"_s);
    QCOMPARE(Theme::saved(), Theme::Choice::System);
}

void TestTheme::darkPaletteReadsWell()
{
    const QPalette dark = Theme::darkPalette();
    QVERIFY(Theme::isDark(dark));
    QVERIFY(!Theme::isDark(Theme::lightPalette()));
    QVERIFY(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7);
    QVERIFY(contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7);
    QVERIFY(contrast(dark.color(QPalette::ButtonText), dark.color(QPalette::Button)) >= 7);
    QVERIFY(contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(dark.color(QPalette::Link), dark.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Window)) >= 3);
    // The boxed messages and the warning text read on both palettes.
    for (const QPalette &palette : {dark, Theme::lightPalette()}) {
        for (const Theme::Tone tone : {Theme::Tone::Notice, Theme::Tone::Good, Theme::Tone::Bad}) {
            const Theme::BoxColors box = Theme::boxColors(tone, palette);
            QVERIFY(contrast(box.text, box.background) >= 7);
        }
        QVERIFY(contrast(Theme::warningColor(palette), palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(Theme::errorColor(palette), palette.color(QPalette::Window)) >= 4.5);
    }
}

void TestTheme::menuAppliesAndSavesTheChoice()
{
    seedStore();
    MainWindow window({QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    window.show();
    QVERIFY(waitForLibrary(window));
    auto *dark = window.findChild<QAction *>(u"themeDarkAction"_s);
    auto *light = window.findChild<QAction *>(u"themeLightAction"_s);
    auto *system = window.findChild<QAction *>(u"themeSystemAction"_s);
    QVERIFY(dark && light && system);
    QVERIFY(dark->isCheckable() && dark->actionGroup() && dark->actionGroup()->isExclusive());
    dark->trigger();
    QVERIFY(dark->isChecked() && !light->isChecked() && !system->isChecked());
    QCOMPARE(Theme::current(), Theme::Choice::Dark);
    QCoreApplication::processEvents(); // the widgets' palettes follow through posted events
    QVERIFY(Theme::isDark(QApplication::palette()));
    QVERIFY(Theme::isDark(window.palette()));
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
    QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"dark"_s);
    light->trigger();
    QCoreApplication::processEvents();
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QVERIFY(!Theme::isDark(window.palette()));
    QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"light"_s);
}

void TestTheme::openChartsFollowASwitch()
{
    seedStore();
    Theme::apply(Theme::Choice::Light);
    MainWindow window({QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForLibrary(window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    tabs->setCurrentIndex(2);
    auto *counterChart = window.counterWidget()->findChild<QChartView *>(u"counterChart"_s);
    QVERIFY(counterChart);
    QCOMPARE(barColor(counterChart, u"Ask"_s), QColor(u"#2e7d32"_s));

    const auto checkCharts = [&window](QChart::ChartTheme theme) {
        const QList<QChartView *> views = window.findChildren<QChartView *>();
        QVERIFY(views.size() >= 3); // the band chart, the year charts, the counter chart
        const QColor text = window.palette().color(QPalette::WindowText);
        for (QChartView *view : views) {
            QVERIFY2(view->chart()->theme() == theme, qPrintable(view->objectName()));
            QCOMPARE(view->chart()->backgroundBrush().color(), view->palette().color(QPalette::Window));
            for (QAbstractAxis *axis : view->chart()->axes())
                QVERIFY2(axis->labelsColor() == text, qPrintable(view->objectName()));
        }
    };
    checkCharts(QChart::ChartThemeLight);

    Theme::apply(Theme::Choice::Dark);
    QCoreApplication::processEvents(); // the widgets' palettes follow through posted events
    checkCharts(QChart::ChartThemeDark);
    // The counter's own colours stay its own, in their dark variants, and its boxes turn dark too.
    counterChart = window.counterWidget()->findChild<QChartView *>(u"counterChart"_s);
    QCOMPARE(barColor(counterChart, u"Ask"_s), QColor(u"#4caf50"_s));
    QCOMPARE(barColor(counterChart, u"Offer"_s), QColor(u"#8da0b6"_s));
    auto *status = window.counterWidget()->findChild<QLabel *>(u"floorStatusLabel"_s);
    const Theme::BoxColors good = Theme::boxColors(Theme::Tone::Good, window.palette());
    const Theme::BoxColors bad = Theme::boxColors(Theme::Tone::Bad, window.palette());
    QVERIFY2(status->styleSheet().contains(good.background.name()) || status->styleSheet().contains(bad.background.name()),
             qPrintable(status->styleSheet()));

    Theme::apply(Theme::Choice::Light);
    QCoreApplication::processEvents();
    checkCharts(QChart::ChartThemeLight);
    counterChart = window.counterWidget()->findChild<QChartView *>(u"counterChart"_s);
    QCOMPARE(barColor(counterChart, u"Ask"_s), QColor(u"#2e7d32"_s));
}

void TestTheme::pdfIsTheSameInEveryTheme()
{
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    seedStore();
    MainWindow window({QStringLiteral(OFFERDESK_SOURCE_DIR) + u"/guides"_s});
    QVERIFY(waitForLibrary(window));
    std::optional<NegotiationReportInput> input = window.negotiationSummaryInput();
    QVERIFY(input);
    input->date = QDate(2026, 11, 26);
    const Result<NegotiationReport> report = NegotiationReport::build(*input);
    QVERIFY(report);
    QTemporaryDir dir;
    QByteArray pages[2];
    const Theme::Choice themes[2] = {Theme::Choice::Light, Theme::Choice::Dark};
    for (int i = 0; i < 2; ++i) {
        Theme::apply(themes[i]);
        const QString pdf = dir.filePath(u"summary-%1.pdf"_s.arg(i));
        QVERIFY(ReportExport::writePdf(*report, pdf, QPageSize(QPageSize::A4)));
        const QString prefix = dir.filePath(u"page-%1"_s.arg(i));
        const Run raster = runProcess(pdftoppm, {u"-r"_s, u"30"_s, u"-f"_s, u"1"_s, u"-l"_s, u"2"_s, pdf, prefix},
                                      QProcessEnvironment::systemEnvironment());
        QCOMPARE(raster.exitCode, 0);
        for (const QString &name : QDir(dir.path()).entryList({u"page-%1*"_s.arg(i)}, QDir::Files, QDir::Name)) {
            QFile page(dir.filePath(name));
            QVERIFY(page.open(QIODevice::ReadOnly));
            pages[i] += page.readAll();
        }
    }
    QVERIFY(!pages[0].isEmpty());
    QVERIFY2(pages[0] == pages[1], "the PDF drawn under the dark theme differs from the light one");
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
