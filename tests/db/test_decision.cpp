// Recorded A/B decisions and test-then-roll-out on the backend under test
// (issue 16): a decision is stored once, survives reopening the database,
// is not flipped by later events, and is reopened only explicitly; the
// roll-out gives the holdout the winner exactly once, even when two
// connections race for it, and no statistic counts the holdout.
#include "AbTestFixture.h"
#include "CampaignRepository.h"
#include "DecisionRepository.h"
#include "EventRepository.h"
#include "MessageRepository.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "abtest/AnalyticsService.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

// A campaign of `messages` messages with a small plan (20 sends per
// variant, minimum sample 10) so that a clear lift decides.
AbCampaign plannedCampaign(Database &db, int messages, double testShare, const QDateTime &deadline = {})
{
    AbCampaign c = makeAbCampaign(db, messages);
    CampaignRepository campaigns(db);
    Campaign campaign = campaigns.get(c.campaignId).value();
    campaign.minSample = 10;
    campaign.plannedSends = 20;
    campaign.testShare = testShare;
    campaign.deadline = deadline;
    if (!campaigns.update(campaign))
        qFatal("update campaign");
    if (!Activation::activate(db, c.campaignId, 11))
        qFatal("activate");
    return c;
}

// Every tested message sent; replies from `replying` messages per variant
// (the first ones of each variant).
void sendAndReply(Database &db, const AbCampaign &c, const QList<int> &replying)
{
    MessageRepository messages(db);
    QList<NewEvent> batch;
    QList<int> replied(3, 0);
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (qint64 id : c.messageIds) {
        const auto m = messages.get(id).value();
        if (!m.assignedVariant)
            continue;
        batch.append({id, EventType::Sent, when});
        if (replied[*m.assignedVariant]++ < replying[*m.assignedVariant])
            batch.append({id, EventType::Replied, when.addSecs(60)});
    }
    if (!EventRepository(db).append(batch, u"test"_s))
        qFatal("append events");
}

} // namespace

class TestDecisionSuite : public QObject
{
    Q_OBJECT

private slots:
    void decisionIsRecordedOnceAndNotFlipped()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = plannedCampaign(t.db(), 60, 1);
        sendAndReply(t.db(), c, {1, 1, 15});
        const auto first = AnalyticsService::analyze(t.db(), c.campaignId);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first->decision.has_value());
        QCOMPARE(first->decision->variant, 2);
        QCOMPARE(first->decision->reason, u"sequential"_s);
        QCOMPARE(first->decision->sendsPerVariant, 20);
        QVERIFY(first->decision->statistic < 0.05);
        QVERIFY2(first->result.verdict.startsWith(u"Direct won on reply rate on "_s),
                 qPrintable(first->result.verdict));
        const QJsonObject decisionJson = first->toJson().value(u"decision"_s).toObject();
        QCOMPARE(decisionJson.value(u"variant"_s).toInt(), 2);
        QCOMPARE(decisionJson.value(u"sends_per_variant"_s).toInteger(), 20);
        QVERIFY(!decisionJson.value(u"decided_at"_s).toString().isEmpty());

        // Later events that make another variant the leader do not flip it.
        MessageRepository messages(t.db());
        QList<NewEvent> replies;
        for (qint64 id : c.messageIds) {
            if (messages.get(id)->assignedVariant == 0)
                replies.append({id, EventType::Replied, QDateTime::currentDateTimeUtc()});
        }
        QVERIFY(EventRepository(t.db()).append(replies, u"test"_s).ok());
        const auto later = AnalyticsService::analyze(t.db(), c.campaignId);
        QVERIFY(later.ok());
        QCOMPARE(later->result.variants[0].counts.replied, 20); // the new data is shown
        QCOMPARE(later->decision->id, first->decision->id);
        QCOMPARE(later->decision->variant, 2);
        QCOMPARE(later->decision->decidedAt, first->decision->decidedAt);
        QVERIFY(later->result.verdict.contains(u"100.0 %"_s)); // beside it, not instead
        QCOMPARE(DecisionRepository(t.db()).history(c.campaignId)->size(), 1);
    }

    void decisionSurvivesReopeningTheDatabase()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = plannedCampaign(t.db(), 60, 1);
        sendAndReply(t.db(), c, {1, 1, 15});
        const auto first = AnalyticsService::analyze(t.db(), c.campaignId);
        QVERIFY(first.ok() && first->decision);
        auto other = Database::open(t.url());
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        const auto stored = DecisionRepository(*other.value()).current(c.campaignId);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE(stored->value().variant, 2);
        QCOMPARE(stored->value().decidedAt, first->decision->decidedAt);
        QCOMPARE(stored->value().counts.value(u"2"_s).toObject().value(u"successes"_s).toInteger(), 15);
    }

    void reopenedOnlyExplicitly()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = plannedCampaign(t.db(), 60, 1);
        QVERIFY(AnalyticsService::reopenDecision(t.db(), c.campaignId, u"nothing yet"_s).isNotFound());
        sendAndReply(t.db(), c, {1, 1, 15});
        const auto first = AnalyticsService::analyze(t.db(), c.campaignId);
        QVERIFY(first.ok() && first->decision);
        const auto reopened = AnalyticsService::reopenDecision(t.db(), c.campaignId, u"SRM fixed"_s);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        DecisionRepository decisions(t.db());
        QVERIFY(!decisions.current(c.campaignId)->has_value());
        const auto history = decisions.history(c.campaignId).value();
        QCOMPARE(history.size(), 1);
        QVERIFY(history[0].reopenedAt.isValid());
        QCOMPARE(history[0].reopenNote, u"SRM fixed"_s);
        // The rule still holds: the next look records a new round.
        const auto again = AnalyticsService::analyze(t.db(), c.campaignId);
        QVERIFY(again.ok() && again->decision);
        QCOMPARE(again->decision->round, 2);
        QVERIFY(again->decision->id != first->decision->id);
        QCOMPARE(decisions.history(c.campaignId)->size(), 2);
    }

    void holdoutWaitsAndIsNotCounted()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = plannedCampaign(t.db(), 60, 0.5);
        const auto state = DecisionRepository(t.db()).rollout(c.campaignId);
        QCOMPARE(state->waiting, 30);
        QCOMPARE(state->assigned, 0);
        const auto before = AnalyticsService::analyze(t.db(), c.campaignId);
        qint64 assigned = 0;
        for (const VariantResult &v : before->result.variants)
            assigned += v.counts.assigned;
        QCOMPARE(assigned, 30);
        QCOMPARE(before->rolloutStateName(), u"waiting"_s);
    }

    // Two connections roll out at once: one wins, the holdout is assigned
    // once, and the statistics still count the test share only.
    void rolloutHappensExactlyOnceUnderARace()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = plannedCampaign(t.db(), 60, 0.5);
        MessageRepository messages(t.db());
        QList<qint64> holdout;
        for (qint64 id : c.messageIds) {
            if (!messages.get(id)->assignedVariant)
                holdout.append(id);
        }
        QCOMPARE(holdout.size(), 30);
        std::atomic<int> ready{0};
        std::atomic<int> won{0};
        std::atomic<int> failed{0};
        const QString url = t.url();
        auto client = [&] {
            auto db = Database::open(url);
            if (!db) {
                ++failed;
                return;
            }
            ++ready;
            while (ready.load() < 2) {
            } // start together
            const auto result = DecisionRepository(*db.value()).rollOut(c.campaignId, 1, u"decision"_s);
            if (!result)
                ++failed;
            else if (result.value())
                ++won;
        };
        std::thread a(client);
        std::thread b(client);
        a.join();
        b.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(won.load(), 1);
        const auto state = DecisionRepository(t.db()).rollout(c.campaignId).value();
        QCOMPARE(state.waiting, 0);
        QCOMPARE(state.assigned, 30);
        QCOMPARE(state.variant, std::optional<int>(1));
        QVERIFY(!DecisionRepository(t.db()).rollOut(c.campaignId, 2, u"decision"_s).value());
        QCOMPARE(DecisionRepository(t.db()).assignWaiting(c.campaignId, 2).value(), 0);

        // Events of rolled-out messages are stored but count nowhere.
        QList<NewEvent> batch;
        for (qint64 id : holdout) {
            QCOMPARE(messages.get(id)->assignedVariant, std::optional<int>(1));
            batch.append({id, EventType::Sent, QDateTime::currentDateTimeUtc()});
        }
        QVERIFY(EventRepository(t.db()).append(batch, u"test"_s).ok());
        const auto analytics = AnalyticsService::analyze(t.db(), c.campaignId);
        qint64 sent = 0;
        for (const VariantResult &v : analytics->result.variants)
            sent += v.counts.sent;
        QCOMPARE(sent, 0);
        QCOMPARE(analytics->rolloutStateName(), u"rolled_out"_s);
    }

    void decisionRollsTheWinnerOut()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = plannedCampaign(t.db(), 120, 0.5);
        sendAndReply(t.db(), c, {1, 1, 15});
        const auto analytics = AnalyticsService::analyze(t.db(), c.campaignId);
        QVERIFY2(analytics.ok(), qPrintable(analytics.errorMessage()));
        QVERIFY(analytics->decision);
        QCOMPARE(analytics->rollout.variant, std::optional<int>(analytics->decision->variant));
        QCOMPARE(analytics->rollout.reason, u"decision"_s);
        QCOMPARE(analytics->rollout.assigned, 60);
        const QJsonObject rollout = analytics->toJson().value(u"rollout"_s).toObject();
        QCOMPARE(rollout.value(u"state"_s).toString(), u"rolled_out"_s);
        QCOMPARE(rollout.value(u"assigned"_s).toInteger(), 60);
        QCOMPARE(rollout.value(u"waiting"_s).toInteger(), 0);
    }

    void deadlineRollsOutTheMostLikelyBest()
    {
        OUTREACH_TEST_DB(t);
        const QDateTime deadline = QDateTime::currentDateTimeUtc().addDays(1);
        const AbCampaign c = plannedCampaign(t.db(), 60, 0.5, deadline);
        sendAndReply(t.db(), c, {1, 3, 1}); // no decision, Friendly ahead
        const auto before =
            AnalyticsService::analyze(t.db(), c.campaignId, std::nullopt, deadline.addSecs(-1));
        QVERIFY(before.ok() && !before->decision);
        QVERIFY(!before->rollout.rolledOutAt.isValid());
        const auto after = AnalyticsService::analyze(t.db(), c.campaignId, std::nullopt, deadline.addSecs(1));
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
        QVERIFY(!after->decision);
        QCOMPARE(after->rollout.reason, u"deadline"_s);
        QCOMPARE(after->rollout.variant, std::optional<int>(1));
        QCOMPARE(after->rollout.assigned, 30);
        QVERIFY2(after->result.verdict.startsWith(u"No winner by the deadline: Friendly"_s),
                 qPrintable(after->result.verdict));
    }
};

QTEST_GUILESS_MAIN(TestDecisionSuite)
#include "test_decision.moc"
