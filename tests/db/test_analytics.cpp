// Analytics on the backend under test: the maintained counters equal a
// recount from the raw event log after random, out-of-order, duplicated
// appends; and the service's result carries the campaign's settings.
#include "AbTestFixture.h"
#include "AnalyticsRepository.h"
#include "EventRepository.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "abtest/AnalyticsService.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void countersMatchRecountAfterRandomAppends()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 60);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 11).ok());
        AnalyticsRepository analytics(t.db());
        EventRepository events(t.db());
        QRandomGenerator random(2024);
        const QDateTime base = QDateTime::fromString(u"2025-02-01T09:00:00Z"_s, Qt::ISODate);
        for (int round = 0; round < 8; ++round) {
            QList<NewEvent> batch;
            for (int i = 0; i < 40; ++i) {
                NewEvent e;
                e.messageId = c.messageIds[random.bounded(c.messageIds.size())];
                e.type = static_cast<EventType>(random.bounded(kFunnelBitCount));
                // Few distinct times: duplicates and late "earlier" events.
                e.occurredAt = base.addSecs(60 * random.bounded(5));
                batch.append(e);
            }
            QVERIFY(events.append(batch, u"test"_s).ok());
            const auto maintained = analytics.variantCounts(c.campaignId);
            const auto recount = analytics.recountFromEvents(c.campaignId);
            QVERIFY2(maintained.ok(), qPrintable(maintained.errorMessage()));
            QVERIFY2(recount.ok(), qPrintable(recount.errorMessage()));
            QCOMPARE(maintained.value(), recount.value());
        }
        const auto counts = analytics.variantCounts(c.campaignId).value();
        qint64 assigned = 0;
        for (const FunnelCounts &f : counts) {
            assigned += f.assigned;
            QVERIFY(f.opened <= f.delivered && f.delivered <= f.sent && f.sent <= f.assigned);
            QVERIFY(f.clicked <= f.opened && f.replied <= f.opened);
            QVERIFY(f.delivered + f.bounced <= f.sent);
        }
        QCOMPARE(assigned, 60);
        // A rebuild from the log changes nothing.
        QVERIFY(analytics.rebuild(c.campaignId).ok());
        QCOMPARE(analytics.variantCounts(c.campaignId).value(), counts);
    }

    // Appends larger than one INSERT batch and one funnel chunk (1,000 rows
    // each), with duplicates inside and across batches and an event of a
    // message outside any test, in one call: the counters still equal the
    // recount, and a rebuild from the log changes nothing.
    void largeAppendsMatchRecountAcrossBatches()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 1300);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 7).ok());
        const AbCampaign unassigned = makeAbCampaign(t.db(), 2, Channel::Email, 9000);
        AnalyticsRepository analytics(t.db());
        EventRepository events(t.db());
        const QDateTime base = QDateTime::fromString(u"2025-02-01T09:00:00Z"_s, Qt::ISODate);
        QList<NewEvent> batch;
        QRandomGenerator random(77);
        for (int i = 0; i < 2600; ++i) {
            const qint64 id = c.messageIds[i % c.messageIds.size()];
            batch.append({id, static_cast<EventType>(random.bounded(kFunnelBitCount)),
                          base.addSecs(60 * random.bounded(2))});
        }
        batch.append({unassigned.messageIds[0], EventType::Opened, base});
        qint64 distinct = 0;
        {
            QSet<QString> keys;
            for (const NewEvent &e : std::as_const(batch))
                keys.insert(
                    u"%1/%2/%3"_s.arg(e.messageId).arg(int(e.type)).arg(e.occurredAt.toSecsSinceEpoch()));
            distinct = keys.size();
        }
        const auto first = events.append(batch, u"test"_s);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->inserted, distinct);
        QCOMPARE(first->duplicates, batch.size() - distinct);
        const auto maintained = analytics.variantCounts(c.campaignId);
        const auto recount = analytics.recountFromEvents(c.campaignId);
        QVERIFY2(maintained.ok() && recount.ok(), qPrintable(maintained.errorMessage()));
        QCOMPARE(maintained.value(), recount.value());
        // The message outside any test has its set, and no counter moved for it.
        const auto outside = analytics.variantCounts(unassigned.campaignId);
        QVERIFY(outside.ok());
        for (const FunnelCounts &f : outside.value())
            QCOMPARE(f.assigned, 0);
        const auto log = events.forMessage(unassigned.messageIds[0]);
        QCOMPARE(log->size(), 1);
        // The whole batch again: nothing new, nothing moves.
        const auto before = analytics.variantCounts(c.campaignId).value();
        const auto again = events.append(batch, u"test"_s);
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, batch.size());
        QCOMPARE(analytics.variantCounts(c.campaignId).value(), before);
        // A rebuild from the log agrees with the incrementally kept sets.
        QVERIFY(analytics.rebuild(c.campaignId).ok());
        QCOMPARE(analytics.variantCounts(c.campaignId).value(), before);
    }

    void serviceUsesCampaignSettingsAndKnownCounts()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 9);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 5).ok());
        // Every message sent; exactly the messages of variant 0 replied.
        MessageRepository messages(t.db());
        QList<NewEvent> batch;
        const QDateTime when = QDateTime::currentDateTimeUtc();
        for (qint64 id : c.messageIds) {
            batch.append({id, EventType::Sent, when});
            if (messages.get(id)->assignedVariant == 0)
                batch.append({id, EventType::Replied, when.addSecs(5)});
        }
        QVERIFY(EventRepository(t.db()).append(batch, u"test"_s).ok());
        const auto result = AnalyticsService::analyze(t.db(), c.campaignId);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->result.metric, WinnerMetric::Reply);
        QCOMPARE(result->result.variants.size(), 3);
        for (const VariantResult &v : result->result.variants) {
            QCOMPARE(v.counts.assigned, 3);
            QCOMPARE(v.counts.sent, 3);
            QCOMPARE(v.counts.replied, v.counts.index == 0 ? 3 : 0);
            QCOMPARE(v.counts.delivered, v.counts.replied);
        }
        QVERIFY(!result->result.winner.has_value()); // below the minimum sample of 100
        const QJsonObject json = result->toJson();
        QCOMPARE(json.value(u"campaign_id"_s).toInteger(), c.campaignId);
        QCOMPARE(json.value(u"metric"_s).toString(), u"reply"_s);
        const auto opens = AnalyticsService::analyze(t.db(), c.campaignId, WinnerMetric::Open);
        QCOMPARE(opens->toJson().value(u"metric"_s).toString(), u"open"_s);
        QVERIFY(AnalyticsService::analyze(t.db(), 424242).isNotFound());
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
