// LeadTableModel and CampaignListModel on the backend under test, each under
// QAbstractItemModelTester: paging, SQL sorting and filtering, resets, and
// precise updates of the campaign list.
#include "CampaignListModel.h"
#include "CampaignRepository.h"
#include "LeadRepository.h"
#include "LeadTableModel.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
void insertLeads(Database &db, int count)
{
    LeadRepository leads(db);
    Transaction tx(db);
    for (int n = 1; n <= count; ++n) {
        Lead lead = makeLead(n, n % 101); // scores 0..100, all different for n <= 101
        if (n == 7)
            lead.company = u"Zebra Logistics"_s;
        QVERIFY2(leads.insert(lead).ok(), "insert");
    }
    QVERIFY(tx.commit().ok());
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void leadModelPagesInsteadOfLoadingAll()
    {
        OUTREACH_TEST_DB(t);
        insertLeads(t.db(), 300);
        LeadTableModel model(t.db());
        QCOMPARE(model.rowCount(), LeadTableModel::kDefaultPageSize); // the first page comes with the reset
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.refresh();
        QCOMPARE(model.totalCount(), 300);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // harmless at the end
        QCOMPARE(model.rowCount(), 300);
    }

    void leadModelSortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QVariant>("firstRaw");
        QTest::newRow("score desc") << int(LeadTableModel::ScoreColumn) << Qt::DescendingOrder
                                    << QVariant(100);
        QTest::newRow("score asc") << int(LeadTableModel::ScoreColumn) << Qt::AscendingOrder << QVariant(0);
        QTest::newRow("company desc")
            << int(LeadTableModel::CompanyColumn) << Qt::DescendingOrder << QVariant(u"Zebra Logistics"_s);
        QTest::newRow("email asc") << int(LeadTableModel::EmailColumn) << Qt::AscendingOrder
                                   << QVariant(u"lead100@example.com"_s);
    }

    void leadModelSortsInSql()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QVariant, firstRaw);
        OUTREACH_TEST_DB(t);
        insertLeads(t.db(), 120);
        LeadTableModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.sort(column, order);
        QCOMPARE(model.rowCount(), 10); // only the first page, yet globally sorted
        QCOMPARE(model.data(model.index(0, column), LeadTableModel::RawRole), firstRaw);
    }

    void leadModelFiltersInSqlAndResets()
    {
        OUTREACH_TEST_DB(t);
        insertLeads(t.db(), 150);
        LeadTableModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilter(90, QString());
        QCOMPARE(resets.size(), 1);
        // Scores n % 101 >= 90 for n in 1..150: 90..100 -> 11 leads.
        QCOMPARE(model.totalCount(), 11);
        QCOMPARE(model.rowCount(), 11);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(
                model.data(model.index(row, LeadTableModel::ScoreColumn), LeadTableModel::RawRole).toInt() >=
                90);
        model.setFilter(std::nullopt, u"zebra"_s);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.data(model.index(0, LeadTableModel::CompanyColumn)).toString(), u"Zebra Logistics"_s);
        model.setFilter(std::nullopt, QString());
        QCOMPARE(model.totalCount(), 150);
    }

    void leadModelMarksQualifyingLeads()
    {
        OUTREACH_TEST_DB(t);
        insertLeads(t.db(), 20);
        LeadTableModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setQualifyingScore(15);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{LeadTableModel::QualifyingRole});
        int qualifying = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool q = model.data(model.index(row, 0), LeadTableModel::QualifyingRole).toBool();
            QCOMPARE(q, model.leadAt(row)->qualificationScore.value() >= 15);
            qualifying += q;
        }
        QCOMPARE(qualifying, 6); // scores 15..20
        QVERIFY(model.data(model.index(0, 0), LeadTableModel::LeadIdRole).toLongLong() > 0);
    }

    void campaignModelRefreshIsPrecise()
    {
        OUTREACH_TEST_DB(t);
        insertLeads(t.db(), 10);
        CampaignRepository campaigns(t.db());
        Campaign a = makeCampaign(u"Alpha"_s, Channel::Email, 5);
        Campaign b = makeCampaign(u"Beta"_s, Channel::Sms, 0);
        QVERIFY(campaigns.create(a).ok());
        QVERIFY(campaigns.create(b).ok());
        CampaignListModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0)).toString(), u"Alpha"_s);
        QCOMPARE(model.data(model.index(0), CampaignListModel::QualifyingRole).toLongLong(), 6); // 5..10
        QCOMPARE(model.data(model.index(1), CampaignListModel::ChannelRole).toInt(), int(Channel::Sms));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(changed.size(), 0); // nothing changed, nothing signalled

        b.name = u"Beta renamed"_s;
        QVERIFY(campaigns.update(b).ok());
        Campaign c = makeCampaign(u"Gamma"_s);
        QVERIFY(campaigns.create(c).ok());
        QVERIFY(campaigns.remove(a.id).ok());
        model.refresh();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0)).toString(), u"Beta renamed"_s);
        QCOMPARE(model.data(model.index(1)).toString(), u"Gamma"_s);

        QVERIFY(campaigns.setStatus(c.id, CampaignStatus::Generating).ok());
        changed.clear();
        model.refreshCampaign(c.id);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(CampaignListModel::StatusRole));
        QCOMPARE(model.data(model.index(1), CampaignListModel::StatusRole).toInt(),
                 int(CampaignStatus::Generating));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "test_itemmodels.moc"
