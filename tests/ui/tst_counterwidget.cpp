// The Counter tab: choose the target, see the asks, set one by hand and see it marked, undo it, and see a setting
// change update the suggestion at once.

#include "guide/GuideParser.h"
#include "ui/counter/CounterWidget.h"
#include "ui/models/CounterTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

Offer makeOffer(const QString &company, const QString &level, double base, double equity, double bonusPct)
{
    Offer offer;
    offer.company = company;
    offer.level = level;
    offer.region = u"San Francisco"_s;
    offer.currency = u"USD"_s;
    offer.base = base;
    offer.equityTotal = equity;
    offer.bonusPct = bonusPct;
    return offer;
}

} // namespace

class TestCounterWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectTargetAndSeeTheAsks();
    void overrideIsMarkedAndUndone();
    void settingChangeUpdatesAtOnce();
    void copyPutsTheScriptOnTheClipboard();

private:
    QString askText(int row) const;
    double askValue(int row) const;

    Guide m_guide;
    RegionBand m_band;
    QList<BandComparison> m_offers;
    std::unique_ptr<CounterWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCounterWidget::initTestCase()
{
    const GuideParseResult parsed = GuideParser::parseFile(QStringLiteral(OFFERDESK_SEED_GUIDE), QDate(2026, 3, 1));
    QVERIFY(parsed.ok());
    m_guide = *parsed.guide;
    m_band = *m_guide.findRegion(u"San Francisco"_s);
    // Made-up offers against the seed guide's San Francisco band (base 170,000–220,000, stock 140,000–250,000).
    for (const Offer &offer : {makeOffer(u"Acme Robotics"_s, u"SWE II"_s, 180000, 160000, 5),
                               makeOffer(u"Globex"_s, u"L4"_s, 205000, 230000, 10),
                               makeOffer(u"Initech"_s, QString(), 175000, 150000, 0)}) {
        const Result<BandComparison> comparison = compareWithBand(offer, m_band, ExchangeRates());
        QVERIFY2(comparison, qPrintable(comparison ? QString() : comparison.message()));
        m_offers.append(*comparison);
    }
}

void TestCounterWidget::init()
{
    m_widget = std::make_unique<CounterWidget>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_widget->tableModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_widget->setOffers(m_guide, m_band, m_offers, 0);
    m_widget->resize(1024, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestCounterWidget::cleanup()
{
    m_tester.reset();
    m_widget.reset();
}

QString TestCounterWidget::askText(int row) const
{
    const CounterTableModel *model = m_widget->tableModel();
    return model->data(model->index(row, CounterTableModel::AskColumn)).toString();
}

double TestCounterWidget::askValue(int row) const
{
    const CounterTableModel *model = m_widget->tableModel();
    return model->data(model->index(row, CounterTableModel::AskColumn), CounterTableModel::RawValueRole).toDouble();
}

void TestCounterWidget::selectTargetAndSeeTheAsks()
{
    auto *chooser = m_widget->findChild<QComboBox *>(u"targetChooser"_s);
    QVERIFY(chooser);
    QCOMPARE(chooser->count(), 3);
    QCOMPARE(chooser->currentText(), u"Acme Robotics SWE II"_s);
    // Acme: Globex's base of 205,000 is inside the band; the balanced step (75%) asks 210,000 anyway.
    QCOMPARE(askValue(0), 210000.0);
    QCOMPARE(askText(0), u"$210,000"_s);
    QCOMPARE(askValue(1), 230000.0); // Globex's equity, inside the band

    QSignalSpy changed(m_widget.get(), &CounterWidget::suggestionChanged);
    chooser->setCurrentIndex(2); // negotiate with Initech instead
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_widget->input().target.offer.company, u"Initech"_s);
    QCOMPARE(m_widget->input().competing.size(), 2);
    QVERIFY(m_widget->suggestion().bestAlternative);
    QCOMPARE(m_widget->suggestion().bestAlternative->label, u"Globex L4"_s);
    const CounterTableModel *model = m_widget->tableModel();
    QCOMPARE(model->data(model->index(0, CounterTableModel::CurrentColumn)).toString(), u"$175,000"_s);
    QCOMPARE(model->data(model->index(0, CounterTableModel::BestAlternativeColumn)).toString(), u"$205,000"_s);
    auto *floor = m_widget->findChild<QLabel *>(u"floorLabel"_s);
    QVERIFY(floor->text().contains(u"Globex L4"_s));
    auto *rationale = m_widget->findChild<QLabel *>(u"rationaleLabel"_s);
    QVERIFY(rationale->text().contains(u"Globex L4"_s));
}

void TestCounterWidget::overrideIsMarkedAndUndone()
{
    CounterTableModel *model = m_widget->tableModel();
    const double suggestedSignOn = askValue(2);
    const double firstYear = m_widget->suggestion().counterFirstYear;
    QVERIFY(!model->data(model->index(2, CounterTableModel::AskColumn), CounterTableModel::OverriddenRole).toBool());

    // Through the table, as a double-click edit commits it.
    auto *table = m_widget->findChild<QTableView *>(u"counterTable"_s);
    QVERIFY(table->model()->flags(model->index(2, CounterTableModel::AskColumn)) & Qt::ItemIsEditable);
    QVERIFY(table->model()->setData(model->index(2, CounterTableModel::AskColumn), 40000.0));

    QVERIFY(model->data(model->index(2, CounterTableModel::AskColumn), CounterTableModel::OverriddenRole).toBool());
    QCOMPARE(askText(2), u"$40,000 ✎"_s);
    QVERIFY(m_widget->suggestion().isOverridden(CounterPart::SignOn));
    QCOMPARE(m_widget->suggestion().counterFirstYear, firstYear - suggestedSignOn + 40000);
    QVERIFY(m_widget->findChild<QLabel *>(u"rationaleLabel"_s)->text().contains(u"set by hand"_s));
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText().contains(u"$40K signing bonus"_s));
    QVERIFY(m_widget->findChild<QPushButton *>(u"clearOverrides"_s)->isEnabled());

    m_widget->undoStack()->undo();
    QVERIFY(!model->data(model->index(2, CounterTableModel::AskColumn), CounterTableModel::OverriddenRole).toBool());
    QCOMPARE(askValue(2), suggestedSignOn);
    m_widget->undoStack()->redo();
    QCOMPARE(askValue(2), 40000.0);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"clearOverrides"_s), Qt::LeftButton);
    QCOMPARE(askValue(2), suggestedSignOn);
    QVERIFY(!m_widget->suggestion().isOverridden(CounterPart::SignOn));
}

void TestCounterWidget::settingChangeUpdatesAtOnce()
{
    // Alone (no competing offer), boldness decides the step: bold asks the band's top.
    m_widget->setOffers(m_guide, m_band, {m_offers.at(0)}, 0);
    QCOMPARE(askValue(0), 210000.0);
    auto *boldness = m_widget->findChild<QComboBox *>(u"boldness"_s);
    boldness->setCurrentIndex(boldness->findData(int(Boldness::Bold)));
    QCOMPARE(askValue(0), 220000.0);
    QCOMPARE(m_widget->input().settings.boldness, Boldness::Bold);

    m_widget->setOffers(m_guide, m_band, m_offers, 0);
    const double floor = m_widget->suggestion().floorAnnualized;
    m_widget->findChild<QDoubleSpinBox *>(u"premium"_s)->setValue(10);
    QCOMPARE(m_widget->suggestion().floorAnnualized, floor * 0.9);
}

void TestCounterWidget::copyPutsTheScriptOnTheClipboard()
{
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"copyScript"_s), Qt::LeftButton);
    // The levers that fit follow the words to say, as the script box shows them.
    QCOMPARE(QApplication::clipboard()->text(), m_widget->suggestion().scriptWithLevers());
    QCOMPARE(m_widget->findChild<QPlainTextEdit *>(u"script"_s)->toPlainText(), m_widget->suggestion().scriptWithLevers());
    QVERIFY(m_widget->suggestion().script.contains(u"I'm holding a Globex L4 offer"_s));
}

QTEST_MAIN(TestCounterWidget)
#include "tst_counterwidget.moc"
