// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "guide/GuideLibrary.h"
#include "ui/models/ProblemsModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProblemsModel : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheTester()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const GuideLibrary library = GuideLibrary::load(
            {QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-sample"_s,
             QStringLiteral(OFFERDESK_TEST_DATA_DIR) + u"/guides-broken"_s},
            QDate(2026, 11, 26));
        model.setDiagnostics(library.diagnostics());
        QVERIFY(model.rowCount() > 0);
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsReadAsFileLineMessage()
    {
        ProblemsModel model;
        model.setDiagnostics({Diagnostic::error(u"/guides/umbrella.md"_s, 7, u"missing required field 'compensation'"_s),
                              Diagnostic::warning(u"/guides/initech.md"_s, 11, u"unknown key 'office_snacks' is ignored"_s),
                              Diagnostic::error(u"/guides/gone.md"_s, 0, u"no such file"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowText(0), u"umbrella.md:7: error: missing required field 'compensation'"_s);
        QCOMPARE(model.rowText(2), u"gone.md: error: no such file"_s);
        QCOMPARE(model.index(0, ProblemsModel::Location).data().toString(), u"umbrella.md:7"_s);
        QCOMPARE(model.index(0, ProblemsModel::Summary).data().toString(),
                 u"umbrella.md:7: error: missing required field 'compensation'"_s);
        QCOMPARE(model.index(1, ProblemsModel::Message).data().toString(),
                 u"Warning: unknown key 'office_snacks' is ignored"_s);
        QCOMPARE(model.index(0, 0).data(ProblemsModel::PathRole).toString(), u"/guides/umbrella.md"_s);
        QCOMPARE(model.index(0, 0).data(ProblemsModel::LineRole).toInt(), 7);
        QCOMPARE(model.index(1, 0).data(ProblemsModel::IsErrorRole).toBool(), false);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"/guides/umbrella.md:7"_s));
    }

    void sortsByPathThenLine()
    {
        ProblemsModel model;
        model.setDiagnostics({Diagnostic::error(u"/g/a.md"_s, 12, u"x"_s), Diagnostic::error(u"/g/a.md"_s, 9, u"y"_s),
                              Diagnostic::error(u"/g/b.md"_s, 1, u"z"_s)});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ProblemsModel::RawValueRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ProblemsModel::Location);
        // Line 9 before line 12, though "12" < "9" as text.
        QCOMPARE(proxy.index(0, ProblemsModel::Location).data().toString(), u"a.md:9"_s);
        QCOMPARE(proxy.index(1, ProblemsModel::Location).data().toString(), u"a.md:12"_s);
        QCOMPARE(proxy.index(2, ProblemsModel::Location).data().toString(), u"b.md:1"_s);

        // The panel's one-line rows put errors before warnings.
        model.setDiagnostics({Diagnostic::warning(u"/g/a.md"_s, 1, u"w"_s), Diagnostic::error(u"/g/z.md"_s, 5, u"e"_s)});
        proxy.sort(ProblemsModel::Summary);
        QCOMPARE(proxy.index(0, ProblemsModel::Summary).data().toString(), u"z.md:5: error: e"_s);
    }
};

QTEST_GUILESS_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
