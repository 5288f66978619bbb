// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The Offers tab, offscreen: add an offer through the form, see it in the table and in the comparison; the form's
// inline checks; undo; the target choosing its guide; a damaged store reported.
#include "guide/GuideLibrary.h"
#include "offers/OfferPreferences.h"
#include "offers/OfferStore.h"
#include "support/TemporaryHome.h"
#include "ui/common/PreferencesDialog.h"
#include "ui/models/OfferCommands.h"
#include "ui/models/OfferComparisonModel.h"
#include "ui/models/OffersModel.h"
#include "ui/offers/OfferDialog.h"
#include "ui/offers/OffersWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

class TestOffersWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addOfferThroughTheDialog();
    void dialogValidatesInline();
    void editAndDuplicateThroughTheDialog();
    void undoRedoAndDelete();
    void targetSelectsItsGuide();
    void libraryArrivesAfterTheOffers();
    void missingRateIsNamed();
    void preferencesAddARateThatIsKept();
    void damagedStoreIsReported();

private:
    QString storePath() const { return m_dir->filePath(u"offers.sqlite"_s); }
    // Runs `fill` on the offer dialog once it is open, while `open` runs its modal loop.
    void withDialog(const std::function<void(OfferDialog *)> &fill, const std::function<void()> &open);
    std::unique_ptr<QTemporaryDir> m_dir;
    TemporaryHome m_home; // the settings of test mode (~/.qttest) live here
};

namespace {

QStringList guides()
{
    return {QStringLiteral(OFFERDESK_SEED_GUIDE)};
}

// The tab as the main window sets it up: its store first, then the library once it has loaded.
struct OffersTab
{
    OffersTab(const QStringList &folders, const QString &store)
        : library(GuideLibrary::load(folders))
        , widget(store)
    {
        widget.setLibrary(&library);
    }
    GuideLibrary library;
    OffersWidget widget;
};

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

void typeInto(QWidget *widget, const QString &text)
{
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        spin->selectAll();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    QTest::keyClicks(widget, text);
}

} // namespace

void TestOffersWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOffersWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOffersWidget::withDialog(const std::function<void(OfferDialog *)> &fill, const std::function<void()> &open)
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<OfferDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            // Nothing to fill: close whatever is modal so the test fails instead of hanging.
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        ran = true;
        QVERIFY(QTest::qWaitForWindowExposed(dialog)); // laid out, so clicks land on the buttons
        fill(dialog);
        // A failed check inside `fill` returns early: close the dialog so the failure shows instead of a hang.
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY2(ran, "the offer dialog did not open");
}

void TestOffersWidget::addOfferThroughTheDialog()
{
    OffersTab tab(guides(), storePath());
    OffersWidget &widget = tab.widget;
    widget.resize(1200, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = child<QTableView>(&widget, u"offersTable"_s);
    auto *comparisonTable = child<QTableView>(&widget, u"comparisonTable"_s);
    QAbstractItemModelTester comparisonTester(comparisonTable->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 0);

    withDialog(
        [](OfferDialog *dialog) {
            typeInto(child<QLineEdit>(dialog, u"companyEdit"_s), u"Acme Robotics"_s);
            typeInto(child<QLineEdit>(dialog, u"levelEdit"_s), u"L5"_s);
            typeInto(child<QComboBox>(dialog, u"regionCombo"_s)->lineEdit(), u"San Francisco"_s);
            typeInto(child<QDoubleSpinBox>(dialog, u"baseSpin"_s), u"195000"_s);
            typeInto(child<QDoubleSpinBox>(dialog, u"equitySpin"_s), u"200000"_s);
            typeInto(child<QDoubleSpinBox>(dialog, u"bonusSpin"_s), u"10"_s);
            QPushButton *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
            QVERIFY2(ok->isEnabled(), qPrintable(child<QLabel>(dialog, u"problemsLabel"_s)->text()));
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [&] { widget.addOffer(); });

    // In the table...
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, OffersModel::CompanyColumn).data().toString(), u"Acme Robotics"_s);
    QCOMPARE(table->model()->index(0, OffersModel::BaseColumn).data(OffersModel::RawValueRole).toDouble(), 195000.0);
    QCOMPARE(table->model()->index(0, OffersModel::AnnualizedColumn).data(OffersModel::RawValueRole).toDouble(),
             195000.0 + 19500 + 50000);
    // ...saved at once...
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        QCOMPARE(store.offers().value().size(), 1);
        QCOMPARE(store.offers().value().first().company, u"Acme Robotics"_s);
    }
    // ...and in the comparison with the seed guide's San Francisco band.
    QCOMPARE(child<QComboBox>(&widget, u"comparisonRegionCombo"_s)->currentText(), u"San Francisco"_s);
    QCOMPARE(widget.comparison().rows.size(), 1);
    QCOMPARE(comparisonTable->model()->rowCount(), 1);
    const QAbstractItemModel *comparison = comparisonTable->model();
    QVERIFY(comparison->index(0, OfferComparisonModel::OfferColumn).data().toString().startsWith(u"Acme Robotics L5"_s));
    QCOMPARE(comparison->index(0, OfferComparisonModel::BasePositionColumn).data(OfferComparisonModel::RawValueRole).toDouble(),
             0.5);
    QCOMPARE(comparison->index(0, OfferComparisonModel::BasePositionColumn).data().toString(), u"0.5 (within)"_s);
    QVERIFY(widget.findChild<QChartView *>(u"yearChart0"_s));
    QVERIFY(widget.notice().isEmpty());
}

void TestOffersWidget::dialogValidatesInline()
{
    OfferDialog dialog;
    dialog.show();
    QPushButton *ok = child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    auto *problems = child<QLabel>(&dialog, u"problemsLabel"_s);
    QVERIFY(!ok->isEnabled()); // company and region are required
    QVERIFY2(problems->text().contains(u"Company is required"_s), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(u"Region is required"_s), qPrintable(problems->text()));
    typeInto(child<QLineEdit>(&dialog, u"companyEdit"_s), u"Globex"_s);
    typeInto(child<QComboBox>(&dialog, u"regionCombo"_s)->lineEdit(), u"Paris"_s);
    // Every yearly figure is built on the base: 0 is not an offer (issue 14).
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(u"Base salary must be above 0"_s), qPrintable(problems->text()));
    child<QDoubleSpinBox>(&dialog, u"baseSpin"_s)->setValue(150000);
    QVERIFY(ok->isEnabled());

    // A schedule that doesn't sum to 100.
    auto *schedule = child<QLineEdit>(&dialog, u"scheduleEdit"_s);
    auto *preset = child<QComboBox>(&dialog, u"vestingCombo"_s);
    typeInto(schedule, u"25, 25, 25"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(u"must sum to 100, not 75"_s), qPrintable(problems->text()));
    QCOMPARE(preset->currentIndex(), 3); // Custom
    typeInto(schedule, u"5/15/40/40"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(preset->currentIndex(), 1); // the back-loaded preset, recognised
    QCOMPARE(dialog.offer().vestingSchedule, VestingPresets::backLoaded());
    preset->setCurrentIndex(2);
    emit preset->activated(2);
    QCOMPARE(schedule->text(), u"33, 33, 22, 12"_s);

    // A currency that isn't ISO 4217.
    auto *currency = child<QComboBox>(&dialog, u"currencyCombo"_s);
    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency->lineEdit(), u"xq"_s);
    QCOMPARE(currency->currentText(), u"XQ"_s);
    QVERIFY(!ok->isEnabled());
    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency->lineEdit(), u"eur"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.offer().currency, u"EUR"_s);

    // Negative amounts can't be typed at all.
    auto *base = child<QDoubleSpinBox>(&dialog, u"baseSpin"_s);
    QCOMPARE(base->minimum(), 0.0);
    QVERIFY(dialog.problems().isEmpty());
}

void TestOffersWidget::editAndDuplicateThroughTheDialog()
{
    OffersTab tab(guides(), storePath());
    OffersWidget &widget = tab.widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    Offer initech;
    initech.company = u"Initech"_s;
    initech.level = u"Senior"_s;
    initech.region = u"New York"_s;
    initech.base = 170000;
    initech.target = true;
    widget.undoStack()->push(new AddOffersCommand(widget.model(), {initech}, u"Add"_s));
    auto *table = child<QTableView>(&widget, u"offersTable"_s);
    table->selectRow(0);

    withDialog(
        [](OfferDialog *dialog) {
            QCOMPARE(child<QLineEdit>(dialog, u"companyEdit"_s)->text(), u"Initech"_s);
            typeInto(child<QDoubleSpinBox>(dialog, u"baseSpin"_s), u"182000"_s);
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        },
        [&] { widget.editSelectedOffer(); });
    QCOMPARE(widget.model()->offers().first().base, 182000.0);
    QCOMPARE(widget.undoStack()->undoText(), u"Edit Initech Senior"_s);

    table->selectRow(0);
    withDialog(
        [](OfferDialog *dialog) {
            QVERIFY(!child<QCheckBox>(dialog, u"targetCheck"_s)->isChecked()); // a copy is never the target
            typeInto(child<QLineEdit>(dialog, u"levelEdit"_s), u"Staff"_s);
            child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        },
        [&] { widget.duplicateSelectedOffer(); });
    QCOMPARE(widget.model()->rowCount(), 2);
    QCOMPARE(widget.model()->offers().at(1).level, u"Staff"_s);
    QCOMPARE(widget.model()->offers().at(1).base, 182000.0);
    QCOMPARE(widget.model()->targetOffer()->level, u"Senior"_s);

    widget.undoStack()->undo(); // the duplicate
    widget.undoStack()->undo(); // the edit
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(store.offers().value().size(), 1);
    QCOMPARE(store.offers().value().first().base, 170000.0);
}

void TestOffersWidget::undoRedoAndDelete()
{
    OffersTab tab(guides(), storePath());
    OffersWidget &widget = tab.widget;
    widget.show();
    Offer globex;
    globex.company = u"Globex"_s;
    globex.region = u"New York"_s;
    globex.base = 170000;
    widget.undoStack()->push(new AddOffersCommand(widget.model(), {globex}, u"Add"_s));
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(widget.comparison().rows.size(), 1);
    auto *table = child<QTableView>(&widget, u"offersTable"_s);
    table->selectRow(0);
    widget.deleteSelectedOffers();
    QCOMPARE(widget.model()->rowCount(), 0);
    QCOMPARE(widget.comparison().rows.size(), 0);
    QCOMPARE(widget.undoStack()->undoText(), u"Delete Globex"_s);
    widget.undoStack()->undo();
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(widget.comparison().rows.size(), 1);
    widget.undoStack()->undo();
    QCOMPARE(widget.model()->rowCount(), 0);
    widget.undoStack()->redo();
    QCOMPARE(widget.model()->rowCount(), 1);
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    QCOMPARE(store.offers().value().size(), 1);

    // Another window saves an offer: this one shows it once it reloads.
    Offer initech = globex;
    initech.company = u"Initech"_s;
    QVERIFY(store.insert(initech));
    widget.reloadFromStore();
    QCOMPARE(widget.model()->rowCount(), 2);
    QCOMPARE(widget.comparison().rows.size(), 2);
}

void TestOffersWidget::targetSelectsItsGuide()
{
    // A second, made-up guide, so the choice is visible.
    const QString folder = m_dir->filePath(u"guides"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile seed(QStringLiteral(OFFERDESK_SEED_GUIDE));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray text = seed.readAll();
    text.replace("company: huggingface-enterprise", "company: initech");
    text.replace("company_display: Hugging Face Enterprise", "company_display: Initech");
    QFile initech(folder + u"/initech--software-engineer.md"_s);
    QVERIFY(initech.open(QIODevice::WriteOnly));
    initech.write(text);
    initech.close();

    OffersTab tab(guides() + QStringList{folder}, storePath());
    OffersWidget &widget = tab.widget;
    auto *guideCombo = child<QComboBox>(&widget, u"comparisonGuideCombo"_s);
    QCOMPARE(guideCombo->count(), 2);
    QCOMPARE(guideCombo->currentData().toString(), u"huggingface-enterprise/software-engineer"_s);
    QSignalSpy found(&widget, &OffersWidget::targetGuideFound);
    Offer target;
    target.company = u"Initech"_s;
    target.region = u"New York"_s;
    target.base = 180000;
    target.target = true;
    widget.undoStack()->push(new AddOffersCommand(widget.model(), {target}, u"Add"_s));
    QCOMPARE(found.count(), 1);
    QCOMPARE(found.first().at(0).toString(), u"initech/software-engineer"_s);
    QCOMPARE(found.first().at(1).toString(), u"New York"_s);
    QCOMPARE(guideCombo->currentData().toString(), u"initech/software-engineer"_s);
    QCOMPARE(child<QComboBox>(&widget, u"comparisonRegionCombo"_s)->currentText(), u"New York"_s);
    // The main window can still drive it.
    widget.setGuide(nullptr, QString()); // ignored
    QCOMPARE(guideCombo->currentData().toString(), u"initech/software-engineer"_s);
}

void TestOffersWidget::libraryArrivesAfterTheOffers()
{
    // The window shows before the library loads: the offers are there at once, the comparison when it arrives.
    {
        OfferStore store;
        QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
        Offer target;
        target.company = u"Hugging Face Enterprise"_s;
        target.region = u"Paris"_s;
        target.currency = u"EUR"_s;
        target.base = 90000;
        target.target = true;
        QVERIFY(store.insert(target));
    }
    OffersWidget widget(storePath());
    auto *guideCombo = child<QComboBox>(&widget, u"comparisonGuideCombo"_s);
    auto *regionCombo = child<QComboBox>(&widget, u"comparisonRegionCombo"_s);
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(guideCombo->count(), 0);
    QCOMPARE(child<QLabel>(&widget, u"comparisonStatus"_s)->text(), u"The guides are loading…"_s);
    QVERIFY(widget.comparison().rows.isEmpty());

    QSignalSpy found(&widget, &OffersWidget::targetGuideFound);
    QSignalSpy changed(&widget, &OffersWidget::comparisonChanged);
    const GuideLibrary library = GuideLibrary::load(guides());
    widget.setLibrary(&library);
    QCOMPARE(found.count(), 1);
    QCOMPARE(found.first().at(0).toString(), u"huggingface-enterprise/software-engineer"_s);
    QCOMPARE(regionCombo->currentText(), u"Paris"_s);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(widget.comparison().rows.size(), 1);
    QCOMPARE(widget.comparison().band.region, u"Paris"_s);

    // A reload keeps the region the person chose by hand.
    regionCombo->setCurrentText(u"New York"_s);
    const GuideLibrary reloaded = GuideLibrary::load(guides());
    widget.setLibrary(&reloaded);
    QCOMPARE(guideCombo->currentData().toString(), u"huggingface-enterprise/software-engineer"_s);
    QCOMPARE(regionCombo->currentText(), u"New York"_s);
    QCOMPARE(found.count(), 1);
    QCOMPARE(widget.comparison().band.region, u"New York"_s);
}

void TestOffersWidget::missingRateIsNamed()
{
    OffersTab tab(guides(), storePath());
    OffersWidget &widget = tab.widget;
    widget.show();
    Offer globex;
    globex.company = u"Globex"_s;
    globex.region = u"Paris"_s;
    globex.currency = u"EUR"_s;
    globex.base = 150000;
    widget.undoStack()->push(new AddOffersCommand(widget.model(), {globex}, u"Add"_s));
    auto *status = child<QLabel>(&widget, u"comparisonStatus"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"no exchange rate from EUR to USD"_s), qPrintable(status->text()));
    QCOMPARE(widget.comparison().rows.size(), 0);
}

void TestOffersWidget::preferencesAddARateThatIsKept()
{
    OffersTab tab(guides(), storePath());
    OffersWidget &widget = tab.widget;
    widget.show();
    Offer globex;
    globex.company = u"Globex"_s;
    globex.region = u"Paris"_s;
    globex.currency = u"EUR"_s;
    globex.base = 150000;
    widget.undoStack()->push(new AddOffersCommand(widget.model(), {globex}, u"Add"_s));
    QCOMPARE(widget.comparison().rows.size(), 0); // no EUR:USD rate yet

    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        filled = true;
        typeInto(child<QLineEdit>(dialog, u"rateFromEdit"_s), u"eur"_s);
        typeInto(child<QLineEdit>(dialog, u"rateToEdit"_s), u"usd"_s);
        auto *rate = child<QDoubleSpinBox>(dialog, u"rateSpin"_s);
        // A rate of 0 is refused, with the range it must lie in (issue 14).
        rate->setValue(0);
        child<QPushButton>(dialog, u"addRateButton"_s)->click();
        QVERIFY(!dialog->exchangeRates().rate(u"EUR"_s, u"USD"_s));
        QCOMPARE(child<QLabel>(dialog, u"rateProblemLabel"_s)->text(),
                 u"The rate must lie between 0.000001 and 1,000,000."_s);
        rate->setValue(1.2);
        child<QPushButton>(dialog, u"addRateButton"_s)->click();
        QCOMPARE(dialog->exchangeRates().rate(u"EUR"_s, u"USD"_s), std::optional<double>(1.2));
        child<QComboBox>(dialog, u"defaultRegionCombo"_s)->setEditText(u"New York"_s);
        dialog->accept();
    });
    widget.showPreferences();
    QVERIFY(filled);
    QCOMPARE(widget.comparison().rows.size(), 1);
    QCOMPARE(widget.comparison().rows.first().rate, 1.2);
    QCOMPARE(widget.comparison().rows.first().offer.base, 180000.0);
    QCOMPARE(OfferPreferences::defaultRegion(), u"New York"_s);
    OfferStore store;
    QCOMPARE(store.open(storePath()), OfferStore::OpenStatus::Opened);
    const ExchangeRates rates = store.exchangeRates().value();
    QCOMPARE(rates.all().size(), 1);
    QCOMPARE(rates.all().first().entered, QDate::currentDate());
    OfferPreferences::setDefaultRegion(QString());
}

void TestOffersWidget::damagedStoreIsReported()
{
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'z'));
    }
    OffersTab tab(guides(), storePath());
    OffersWidget &widget = tab.widget;
    QVERIFY2(widget.notice().contains(u"damaged"_s), qPrintable(widget.notice()));
    QVERIFY2(widget.notice().contains(u".damaged-"_s), qPrintable(widget.notice()));
    QCOMPARE(QDir(m_dir->path()).entryList({u"offers.sqlite.damaged-*"_s}, QDir::Files).size(), 1);
}

QTEST_MAIN(TestOffersWidget)
#include "tst_offerswidget.moc"
