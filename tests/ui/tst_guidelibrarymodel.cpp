// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"
#include "ui/models/GuideFilterProxyModel.h"
#include "ui/models/GuideLibraryModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuideLibraryModel : public QObject
{
    Q_OBJECT

private:
    static QList<Guide> sampleGuides()
    {
        const GuideLibrary library = GuideLibrary::load(
            {QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s, QStringLiteral(OFFERDESK_SEED_GUIDE)},
            QDate(2026, 11, 26));
        return library.guides();
    }
    static QStringList companiesIn(const QAbstractItemModel &model)
    {
        QStringList companies;
        for (int row = 0; row < model.rowCount(); ++row)
            companies.append(model.index(row, GuideLibraryModel::Company).data().toString());
        return companies;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(sampleGuides().size(), 4);
    }

    void modelPassesTheTester()
    {
        GuideLibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGuides(sampleGuides(), QDate(2026, 11, 26));
        model.setGuides({}, QDate(2026, 11, 26));
        model.setGuides(sampleGuides(), QDate(2026, 11, 26));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(GuideLibraryModel::ColumnCount));
    }

    void displayAndRawValues()
    {
        GuideLibraryModel model;
        model.setGuides(sampleGuides(), QDate(2026, 11, 26));
        const int row = model.rowOf(u"globex/software-engineer"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, GuideLibraryModel::Company).data().toString(), u"Globex"_s);
        QCOMPARE(model.index(row, GuideLibraryModel::Role).data().toString(), u"Software Engineer"_s);
        QCOMPARE(model.index(row, GuideLibraryModel::Regions).data().toString(), u"San Francisco, London, and Berlin"_s);
        QCOMPARE(model.index(row, GuideLibraryModel::Regions).data(GuideLibraryModel::RawValueRole).toInt(), 3);
        QCOMPARE(model.index(row, GuideLibraryModel::LastUpdated).data(GuideLibraryModel::RawValueRole).toDate(),
                 QDate(2026, 9, 15));
        QCOMPARE(model.index(row, 0).data(GuideLibraryModel::GuideIdRole).toString(), u"globex/software-engineer"_s);
        QCOMPARE(model.index(row, 0).data(GuideLibraryModel::StaleRole).toBool(), false);
        const int initech = model.rowOf(u"initech/software-engineer"_s);
        QCOMPARE(model.index(initech, 0).data(GuideLibraryModel::StaleRole).toBool(), true);
        QCOMPARE(model.index(initech, GuideLibraryModel::ReviewStatus).data().toString(), u"Stale"_s);
        QVERIFY(model.index(initech, 0).data(Qt::ToolTipRole).toString().contains(u"Stale"_s));
    }

    void proxyPassesTheTesterWhileFiltering()
    {
        GuideLibraryModel model;
        GuideFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGuides(sampleGuides(), QDate(2026, 11, 26));
        proxy.sort(GuideLibraryModel::Company);
        for (const QString &text : {u"g"_s, u"gl"_s, u"glo"_s, u""_s, u"berlin"_s, u"nothing-matches"_s, u""_s})
            proxy.setSearchText(text);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void bestMatchPrefersTheCompanyNamed()
    {
        GuideLibraryModel model;
        model.setGuides(sampleGuides(), QDate(2026, 11, 26));
        GuideFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(GuideLibraryModel::Company);
        proxy.setSearchText(u"globex"_s);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.bestMatch().data(GuideLibraryModel::GuideIdRole).toString(), u"globex/software-engineer"_s);
        proxy.setSearchText(u"google l4"_s);
        QCOMPARE(proxy.bestMatch().row(), 0);
        proxy.setSearchText(u"umbrella"_s);
        QVERIFY(!proxy.bestMatch().isValid());
    }

    void filtersOnEveryField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("companies");
        QTest::newRow("company") << u"initech"_s << QStringList{u"Acme Robotics"_s, u"Initech"_s};
        // Acme's level mapping names "Globex Engineer 2", so Acme matches too.
        QTest::newRow("company or level") << u"globex"_s << QStringList{u"Acme Robotics"_s, u"Globex"_s};
        QTest::newRow("company, other case") << u"ROBOTICS"_s << QStringList{u"Acme Robotics"_s};
        QTest::newRow("role") << u"software engineer"_s
                              << QStringList{u"Acme Robotics"_s, u"Globex"_s, u"Hugging Face Enterprise"_s,
                                             u"Initech"_s};
        QTest::newRow("region") << u"london"_s << QStringList{u"Globex"_s};
        QTest::newRow("region, two words") << u"new york"_s
                                           << QStringList{u"Hugging Face Enterprise"_s, u"Initech"_s};
        QTest::newRow("level mapping") << u"Google L4"_s << QStringList{u"Globex"_s, u"Hugging Face Enterprise"_s};
        QTest::newRow("level mapping and region") << u"google l4 paris"_s
                                                  << QStringList{u"Hugging Face Enterprise"_s};
        QTest::newRow("currency") << u"gbp"_s << QStringList{u"Globex"_s};
        QTest::newRow("no match") << u"umbrella"_s << QStringList{};
    }

    void filtersOnEveryField()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, companies);
        GuideLibraryModel model;
        model.setGuides(sampleGuides(), QDate(2026, 11, 26));
        GuideFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(GuideLibraryModel::Company);
        proxy.setSearchText(text);
        QCOMPARE(companiesIn(proxy), companies);
    }

    void sortsOnTheRawValue()
    {
        GuideLibraryModel model;
        model.setGuides(sampleGuides(), QDate(2026, 11, 26));
        GuideFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        // Dates sort as dates, not as their display text.
        proxy.sort(GuideLibraryModel::LastUpdated, Qt::AscendingOrder);
        QCOMPARE(companiesIn(proxy),
                 (QStringList{u"Initech"_s, u"Hugging Face Enterprise"_s, u"Globex"_s, u"Acme Robotics"_s}));
        proxy.sort(GuideLibraryModel::Regions, Qt::DescendingOrder);
        QCOMPARE(proxy.index(3, GuideLibraryModel::Company).data().toString(), u"Initech"_s);
        proxy.sort(GuideLibraryModel::Company, Qt::DescendingOrder);
        QCOMPARE(companiesIn(proxy),
                 (QStringList{u"Initech"_s, u"Hugging Face Enterprise"_s, u"Globex"_s, u"Acme Robotics"_s}));
    }
};

QTEST_GUILESS_MAIN(TestGuideLibraryModel)
#include "tst_guidelibrarymodel.moc"
