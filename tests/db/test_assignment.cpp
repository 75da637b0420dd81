// Activation on the backend under test: balanced, reproducible assignment
// (with pinned messages counted toward balance), refusals while messages are
// pending or failed, lifecycle messages, and pin/exclude before the test only.
#include "AbTestFixture.h"
#include "CampaignRepository.h"
#include "MessageRepository.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "abtest/VariantAssignment.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

qint64 spread(const std::array<qint64, 3> &t)
{
    return std::max({t[0], t[1], t[2]}) - std::min({t[0], t[1], t[2]});
}

QList<std::optional<int>> assignments(Database &db, const QList<qint64> &ids)
{
    QList<std::optional<int>> list;
    MessageRepository repo(db);
    for (qint64 id : ids)
        list.append(repo.get(id)->assignedVariant);
    return list;
}

} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private slots:
    void balancedAndReproducible_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<qint64>>("pinned");
        QTest::newRow("0") << 0 << QList<qint64>{0, 0, 0};
        QTest::newRow("1") << 1 << QList<qint64>{0, 0, 0};
        QTest::newRow("2") << 2 << QList<qint64>{0, 0, 0};
        QTest::newRow("3") << 3 << QList<qint64>{0, 0, 0};
        QTest::newRow("10") << 10 << QList<qint64>{0, 0, 0};
        QTest::newRow("101") << 101 << QList<qint64>{0, 0, 0};
        QTest::newRow("10, 2 pinned to 0") << 10 << QList<qint64>{2, 0, 0};
        QTest::newRow("101, pins 5/1/0") << 101 << QList<qint64>{5, 1, 0};
        QTest::newRow("3, pins 10/0/0 (cannot balance)") << 3 << QList<qint64>{10, 0, 0};
    }
    void balancedAndReproducible()
    {
        QFETCH(int, count);
        QFETCH(QList<qint64>, pinned);
        const std::array<qint64, 3> pins{pinned[0], pinned[1], pinned[2]};
        const QList<int> a = VariantAssignment::assign(count, pins, 42);
        QCOMPARE(a.size(), count);
        for (int v : a)
            QVERIFY(v >= 0 && v < 3);
        const auto totals = VariantAssignment::totals(a, pins);
        const qint64 pinSpread = spread(pins);
        const qint64 all = count + pinned[0] + pinned[1] + pinned[2];
        if (pinSpread <= count)
            QVERIFY2(spread(totals) <= 1, "totals differ by more than one");
        else // pins alone out of balance: every free message goes to a variant behind
            QCOMPARE(VariantAssignment::totals(a, {0, 0, 0})[0], 0);
        QCOMPARE(totals[0] + totals[1] + totals[2], all);
        QCOMPARE(VariantAssignment::assign(count, pins, 42), a); // same seed, same assignment
        if (count >= 10)
            QVERIFY(VariantAssignment::assign(count, pins, 43) != a);
    }

    void activationAssignsStoresAndReports()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 20);
        QVERIFY(Activation::pin(t.db(), c.messageIds[0], 2).ok());
        QVERIFY(Activation::pin(t.db(), c.messageIds[1], 2).ok());
        QVERIFY(Activation::exclude(t.db(), c.messageIds[2]).ok());
        const auto report = Activation::activate(t.db(), c.campaignId, 7);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->pinned, 2);
        QCOMPARE(report->excluded, 1);
        QCOMPARE(report->assigned[0] + report->assigned[1] + report->assigned[2], 17);
        // 19 in the test: 7/6/6 in some order, pinned ones included.
        std::array<qint64, 3> totals{0, 0, 0};
        const auto stored = assignments(t.db(), c.messageIds);
        for (int i = 0; i < stored.size(); ++i) {
            if (i == 2) {
                QCOMPARE(stored[i], std::nullopt);
                continue;
            }
            QVERIFY(stored[i].has_value());
            ++totals[size_t(*stored[i])];
        }
        QVERIFY(spread(totals) <= 1);
        QCOMPARE(stored[0], std::optional<int>(2));
        QCOMPARE(stored[1], std::optional<int>(2));
        QCOMPARE(CampaignRepository(t.db()).get(c.campaignId)->status, CampaignStatus::Active);
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(u"seed"_s).toInteger(), 7);
        QCOMPARE(json.value(u"campaign_id"_s).toInteger(), c.campaignId);
        QCOMPARE(json.value(u"assigned"_s).toObject().size(), 3);

        // The same seed on an identical campaign (in a second database, as
        // every lead qualifies for every campaign) gives the same assignment.
        OUTREACH_TEST_DB(t2);
        const AbCampaign d = makeAbCampaign(t2.db(), 20);
        QVERIFY(Activation::pin(t2.db(), d.messageIds[0], 2).ok());
        QVERIFY(Activation::pin(t2.db(), d.messageIds[1], 2).ok());
        QVERIFY(Activation::exclude(t2.db(), d.messageIds[2]).ok());
        QVERIFY(Activation::activate(t2.db(), d.campaignId, 7).ok());
        QCOMPARE(assignments(t2.db(), d.messageIds), stored);
    }

    void refusedWhilePendingOrFailed()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 5);
        MessageRepository repo(t.db());
        QVERIFY(repo.setStatus(c.messageIds[0], GenerationStatus::Failed).ok());
        Lead extra = makeLead(99); // qualifying, never generated: pending
        QVERIFY(LeadRepository(t.db()).insert(extra).ok());
        const auto refused = Activation::activate(t.db(), c.campaignId, 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, DbError::Kind::Invalid);
        QVERIFY2(refused.errorMessage().contains(u"1 pending, 1 failed"_s),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(CampaignRepository(t.db()).get(c.campaignId)->status, CampaignStatus::Ready);
        QCOMPARE(assignments(t.db(), c.messageIds).count(std::nullopt), 5);

        QVERIFY(Activation::exclude(t.db(), c.messageIds[0]).ok());
        Message m = generatedMessage(c.campaignId, extra.id, 99);
        QVERIFY(repo.saveResult(m).ok());
        const auto report = Activation::activate(t.db(), c.campaignId, 1);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->excluded, 1);
    }

    void lifecycleRefusalsNameBothStates()
    {
        OUTREACH_TEST_DB(t);
        CampaignRepository campaigns(t.db());
        Campaign draft = makeCampaign();
        QVERIFY(campaigns.create(draft).ok());
        const auto fromDraft = Activation::activate(t.db(), draft.id, 1);
        QVERIFY(!fromDraft.ok());
        QVERIFY2(fromDraft.errorMessage().contains(u"\"draft\" to \"active\""_s),
                 qPrintable(fromDraft.errorMessage()));

        const AbCampaign c = makeAbCampaign(t.db(), 3);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 1).ok());
        const auto again = Activation::activate(t.db(), c.campaignId, 1);
        QVERIFY(!again.ok());
        QVERIFY(again.errorMessage().contains(u"already active"_s));
        // Pins and exclusions would change a running test.
        const auto pin = Activation::pin(t.db(), c.messageIds[0], 1);
        QVERIFY(!pin.ok());
        QVERIFY2(pin.errorMessage().contains(u"active"_s), qPrintable(pin.errorMessage()));
        QVERIFY(!Activation::exclude(t.db(), c.messageIds[0]).ok());
        QVERIFY(campaigns.setStatus(c.campaignId, CampaignStatus::Completed).ok());
        const auto back = campaigns.setStatus(c.campaignId, CampaignStatus::Active);
        QVERIFY(!back.ok());
        QVERIFY(back.errorMessage().contains(u"\"completed\" to \"active\""_s));
    }

    void pinNeedsAGeneratedMessageAndAValidVariant()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 2);
        QVERIFY(!Activation::pin(t.db(), c.messageIds[0], 3).ok());
        QVERIFY(Activation::exclude(t.db(), c.messageIds[1]).ok());
        QVERIFY(!Activation::pin(t.db(), c.messageIds[1], 0).ok());
        QVERIFY(Activation::pin(t.db(), 999999, 0).isNotFound());
    }
};

QTEST_GUILESS_MAIN(TestAssignment)
#include "test_assignment.moc"
