// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

// The offers model and its undo commands: every edit is saved before it shows, and undo/redo restore the store.
#include "offers/OfferStore.h"
#include "ui/models/OfferCommands.h"
#include "ui/models/OffersModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestOffersModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsStoredOffers();
    void addUndoRedo();
    void editUndoRedo();
    void removeUndoRestoresIdAndFields();
    void targetMovesAndComesBack();
    void failedEditIsNotOnTheStack();
    void proxySortsOnRawValues();

private:
    QList<Offer> storedOffers();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfferStore> m_store;
    std::unique_ptr<OffersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUndoStack m_stack;
};

namespace {

Offer makeOffer(const QString &company, double base, bool target = false)
{
    Offer o;
    o.company = company;
    o.region = u"San Francisco"_s;
    o.currency = u"USD"_s;
    o.base = base;
    o.equityTotal = 100000;
    o.target = target;
    return o;
}

} // namespace

void TestOffersModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<OfferStore>();
    QCOMPARE(m_store->open(m_dir->filePath(u"offers.sqlite"_s)), OfferStore::OpenStatus::Opened);
    m_model = std::make_unique<OffersModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_stack.clear();
}

void TestOffersModel::cleanup()
{
    m_stack.clear();
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

QList<Offer> TestOffersModel::storedOffers()
{
    OfferStore other;
    if (other.open(m_store->path()) != OfferStore::OpenStatus::Opened)
        return {};
    return other.offers().value_or(QList<Offer>());
}

void TestOffersModel::showsStoredOffers()
{
    QVERIFY(m_store->insertAll({makeOffer(u"Acme Robotics"_s, 190000), makeOffer(u"Globex"_s, 150000, true)}));
    QVERIFY(m_model->reload().has_value());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(OffersModel::ColumnCount));
    QCOMPARE(m_model->index(0, OffersModel::CompanyColumn).data().toString(), u"Acme Robotics"_s);
    QCOMPARE(m_model->index(0, OffersModel::BaseColumn).data(OffersModel::RawValueRole).toDouble(), 190000.0);
    QCOMPARE(m_model->index(1, OffersModel::TargetColumn).data(OffersModel::RawValueRole).toBool(), true);
    QCOMPARE(m_model->index(0, OffersModel::AnnualizedColumn).data(OffersModel::RawValueRole).toDouble(), 215000.0);
    QCOMPARE(m_model->targetOffer()->company, u"Globex"_s);
}

void TestOffersModel::addUndoRedo()
{
    m_stack.push(new AddOffersCommand(m_model.get(), {makeOffer(u"Acme Robotics"_s, 1)}, u"Add"_s));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(storedOffers().size(), 1);
    const qint64 id = m_model->offers().first().id;
    m_stack.undo();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(storedOffers().size(), 0);
    m_stack.redo();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(storedOffers().first().id, id);
    QCOMPARE(storedOffers(), m_model->offers());
}

void TestOffersModel::editUndoRedo()
{
    m_stack.push(new AddOffersCommand(m_model.get(), {makeOffer(u"Acme Robotics"_s, 1)}, u"Add"_s));
    const Offer before = m_model->offers().first();
    Offer after = before;
    after.base = 200000;
    after.vestingSchedule = VestingPresets::backLoaded();
    QSignalSpy changed(m_model.get(), &OffersModel::dataChanged);
    m_stack.push(new EditOfferCommand(m_model.get(), before, after, u"Edit"_s));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(storedOffers(), QList<Offer>{after});
    m_stack.undo();
    QCOMPARE(storedOffers(), QList<Offer>{before});
    QCOMPARE(m_model->offers(), QList<Offer>{before});
    m_stack.redo();
    QCOMPARE(storedOffers(), QList<Offer>{after});
}

void TestOffersModel::removeUndoRestoresIdAndFields()
{
    m_stack.push(new AddOffersCommand(m_model.get(),
                                      {makeOffer(u"Acme Robotics"_s, 1), makeOffer(u"Globex"_s, 2, true),
                                       makeOffer(u"Initech"_s, 3)},
                                      u"Import"_s));
    const QList<Offer> all = m_model->offers();
    m_stack.push(new RemoveOffersCommand(m_model.get(), {all.at(1)}, u"Delete"_s));
    QCOMPARE(storedOffers(), (QList<Offer>{all.at(0), all.at(2)}));
    m_stack.undo();
    QCOMPARE(storedOffers(), all);
    QCOMPARE(m_model->offers(), all); // back in its row, with its id and the target flag
}

void TestOffersModel::targetMovesAndComesBack()
{
    m_stack.push(new AddOffersCommand(m_model.get(), {makeOffer(u"Acme Robotics"_s, 1, true)}, u"Add"_s));
    m_stack.push(new AddOffersCommand(m_model.get(), {makeOffer(u"Globex"_s, 2)}, u"Add"_s));
    Offer globex = m_model->offers().at(1);
    Offer globexTarget = globex;
    globexTarget.target = true;
    m_stack.push(new EditOfferCommand(m_model.get(), globex, globexTarget, u"Make target"_s));
    QCOMPARE(m_model->targetOffer()->company, u"Globex"_s);
    QCOMPARE(m_model->offers().at(0).target, false);
    QCOMPARE(storedOffers().at(0).target, false);
    m_stack.undo();
    QCOMPARE(m_model->targetOffer()->company, u"Acme Robotics"_s);
    QCOMPARE(storedOffers().at(0).target, true);
    QCOMPARE(storedOffers().at(1).target, false);
    // A new target added, then undone, gives the target back too.
    m_stack.push(new AddOffersCommand(m_model.get(), {makeOffer(u"Initech"_s, 3, true)}, u"Add"_s));
    QCOMPARE(m_model->targetOffer()->company, u"Initech"_s);
    m_stack.undo();
    QCOMPARE(m_model->targetOffer()->company, u"Acme Robotics"_s);
    QCOMPARE(storedOffers().at(0).target, true);
}

void TestOffersModel::failedEditIsNotOnTheStack()
{
    m_stack.push(new AddOffersCommand(m_model.get(), {makeOffer(u"Acme Robotics"_s, 1)}, u"Add"_s));
    const QString path = m_store->path();
    m_model.reset(); // the tester is bound to the model, so it goes first
    m_tester.reset();
    m_stack.clear();
    m_store = std::make_unique<OfferStore>();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    QCOMPARE(m_store->open(path), OfferStore::OpenStatus::OpenedReadOnly);
    m_model = std::make_unique<OffersModel>(m_store.get());
    QSignalSpy errors(m_model.get(), &OffersModel::errorOccurred);
    m_stack.push(new AddOffersCommand(m_model.get(), {makeOffer(u"Globex"_s, 2)}, u"Add"_s));
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(u"read-only"_s));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestOffersModel::proxySortsOnRawValues()
{
    m_stack.push(new AddOffersCommand(m_model.get(),
                                      {makeOffer(u"Acme Robotics"_s, 99000), makeOffer(u"Globex"_s, 100000),
                                       makeOffer(u"Initech"_s, 1000000)},
                                      u"Import"_s));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(OffersModel::RawValueRole);
    proxy.sort(OffersModel::BaseColumn, Qt::DescendingOrder);
    // As text "99,000" would sort above "1,000,000"; as numbers it does not.
    QCOMPARE(proxy.index(0, OffersModel::CompanyColumn).data().toString(), u"Initech"_s);
    QCOMPARE(proxy.index(2, OffersModel::CompanyColumn).data().toString(), u"Acme Robotics"_s);
}

QTEST_GUILESS_MAIN(TestOffersModel)
#include "tst_offersmodel.moc"
