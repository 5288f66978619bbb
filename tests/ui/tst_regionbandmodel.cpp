// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"
#include "common/Money.h"
#include "ui/models/BandChartModel.h"
#include "ui/models/RegionBandModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRegionBandModel : public QObject
{
    Q_OBJECT

private:
    static Guide guide(const QString &id)
    {
        const GuideLibrary library = GuideLibrary::load(
            {QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s, QStringLiteral(OFFERDESK_SEED_GUIDE)},
            QDate(2026, 11, 26));
        const Guide *found = library.find(id);
        return found ? *found : Guide();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void moneyIsReadable()
    {
        QCOMPARE(Money::compact(220000, u"USD"_s), u"$220K"_s);
        QCOMPARE(Money::compact(188000, u"EUR"_s), u"€188K"_s);
        QCOMPARE(Money::compact(53250, u"EUR"_s), u"€53.3K"_s);
        QCOMPARE(Money::compact(1250000, u"GBP"_s), u"£1.25M"_s);
        QCOMPARE(Money::compact(0, u"USD"_s), u"$0"_s);
        QCOMPARE(Money::exact(170000, u"USD"_s), u"$170,000"_s);
        QCOMPARE(Money::exactRange(170000, 220000, u"GBP"_s), u"£170,000 – £220,000"_s);
        QCOMPARE(Money::exact(1000, u"CHF"_s), u"CHF 1,000"_s);
        // German writes the symbol after the amount, with a no-break space (issue 19: "215.000 €").
        QCOMPARE(Money::exact(220000, u"EUR"_s, QLocale(QLocale::German, QLocale::Germany)), u"220.000\u00a0€"_s);
    }

    void modelPassesTheTester()
    {
        RegionBandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGuide(guide(u"globex/software-engineer"_s));
        model.clear();
        model.setGuide(guide(u"huggingface-enterprise/software-engineer"_s));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RegionBandModel::ColumnCount));
    }

    void showsEachColumnWithItsCurrency()
    {
        RegionBandModel model;
        model.setGuide(guide(u"globex/software-engineer"_s));
        QCOMPARE(model.rowCount(), 3);
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, RegionBandModel::Region), u"San Francisco"_s);
        QCOMPARE(text(0, RegionBandModel::Currency), u"USD"_s);
        QCOMPARE(text(0, RegionBandModel::Base), u"$190K–$240K"_s);
        QCOMPARE(text(0, RegionBandModel::StockFourYears), u"$200K–$320K"_s);
        QCOMPARE(text(0, RegionBandModel::StockPerYear), u"$50K–$80K"_s);
        QCOMPARE(text(0, RegionBandModel::BonusPercent), u"15%"_s);
        QCOMPARE(text(0, RegionBandModel::StatedTotal), u"$268.5K–$356K"_s);
        QCOMPARE(text(0, RegionBandModel::ComputedTotal), u"$268.5K–$356K"_s);
        QCOMPARE(text(1, RegionBandModel::Base), u"£95K–£125K"_s);
        QCOMPARE(text(2, RegionBandModel::Base), u"€90K–€120K"_s);
        QCOMPARE(model.index(0, RegionBandModel::Base).data(RegionBandModel::RawValueRole).toDouble(), 190000.0);
        QCOMPARE(model.index(0, RegionBandModel::Base).data(RegionBandModel::HighValueRole).toDouble(), 240000.0);
        QCOMPARE(model.index(0, RegionBandModel::StockPerYear).data(RegionBandModel::HighValueRole).toDouble(), 80000.0);
        QVERIFY(model.index(1, RegionBandModel::Base).data(Qt::ToolTipRole).toString().contains(u"£95,000 – £125,000"_s));
        QCOMPARE(model.currencies(), (QStringList{u"USD"_s, u"GBP"_s, u"EUR"_s}));
    }

    void flagsTotalsThatDisagreeWithTheirParts()
    {
        RegionBandModel model;
        model.setGuide(guide(u"initech/software-engineer"_s));
        // San Francisco adds up; New York states 190K against 162.25K of parts (+17.1%).
        const QModelIndex sanFrancisco = model.index(0, RegionBandModel::TotalCheck);
        const QModelIndex newYork = model.index(1, RegionBandModel::TotalCheck);
        QCOMPARE(sanFrancisco.data(RegionBandModel::TotalsDisagreeRole).toBool(), false);
        QCOMPARE(newYork.data(RegionBandModel::TotalsDisagreeRole).toBool(), true);
        QVERIFY(!sanFrancisco.data().toString().contains(u'%'));
        QCOMPARE(newYork.data().toString(), u"⚠ +17.1%"_s);
        const QString tip = newYork.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"+17.1%"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"$190,000"_s) && tip.contains(u"$162,250"_s), qPrintable(tip));
        QCOMPARE(newYork.data(RegionBandModel::RawValueRole).toDouble(), (190000.0 - 162250.0) / 162250.0);

        // The seed guide's high end is 7.3% above its parts in San Francisco: flagged; 4.4% at the low end is not.
        model.setGuide(guide(u"huggingface-enterprise/software-engineer"_s));
        const RegionBandModel::TotalsGap gap = RegionBandModel::totalsGap(*model.bandAt(0));
        QVERIFY(std::abs(gap.low) < RegionBandModel::kTotalTolerance);
        QVERIFY(gap.exceedsTolerance());
        QCOMPARE(model.index(0, RegionBandModel::TotalCheck).data().toString(), u"⚠ +7.3%"_s);
    }

    void sortsOnRawValues()
    {
        RegionBandModel model;
        model.setGuide(guide(u"acme-robotics/software-engineer"_s));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RegionBandModel::RawValueRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As text "€85K" would sort after "$180K"; as numbers Berlin's 85,000 comes first.
        proxy.sort(RegionBandModel::Base, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, RegionBandModel::Region).data().toString(), u"Berlin"_s);
        QCOMPARE(proxy.index(2, RegionBandModel::Region).data().toString(), u"San Francisco"_s);
        proxy.sort(RegionBandModel::Region, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, RegionBandModel::Region).data().toString(), u"Austin"_s);
    }

    void chartModelPassesTheTesterAndFollowsTheTable()
    {
        RegionBandModel table;
        BandChartModel chart(&table, u"USD"_s);
        QAbstractItemModelTester tester(&chart, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setGuide(guide(u"acme-robotics/software-engineer"_s));
        // San Francisco and Austin, low and high; Berlin is in EUR and has its own chart. Bottom to top.
        QCOMPARE(chart.rowCount(), 4);
        QCOMPARE(chart.columnCount(), int(BandChartModel::ColumnCount));
        QCOMPARE(chart.categoryLabels(), (QStringList{u"Austin · high"_s, u"Austin · low"_s,
                                                      u"San Francisco · high"_s, u"San Francisco · low"_s}));
        QCOMPARE(chart.index(3, BandChartModel::Base).data().toDouble(), 180000.0);
        QCOMPARE(chart.index(2, BandChartModel::Base).data().toDouble(), 230000.0);
        QCOMPARE(chart.index(2, BandChartModel::StockPerYear).data().toDouble(), 70000.0);
        QCOMPARE(chart.index(2, BandChartModel::Bonus).data().toDouble(), 23000.0);
        QCOMPARE(chart.index(2, 0).data(BandChartModel::RegionRole).toString(), u"San Francisco"_s);
        QCOMPARE(chart.index(2, 0).data(BandChartModel::IsHighEndRole).toBool(), true);
        QCOMPARE(chart.barTotal(2), 323000.0);
        QCOMPARE(chart.headerData(BandChartModel::StockPerYear, Qt::Horizontal).toString(), u"Stock per year"_s);

        table.setGuide(guide(u"globex/software-engineer"_s));
        QCOMPARE(chart.rowCount(), 2);
        QCOMPARE(chart.index(1, BandChartModel::Base).data().toDouble(), 190000.0);
        table.clear();
        QCOMPARE(chart.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegionBandModel)
#include "tst_regionbandmodel.moc"
