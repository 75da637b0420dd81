// The send scheduler on the backend under test, with a clock moved by hand:
// caps and ramp-up, gaps, rotation over senders, pauses, the campaign
// window in each lead's local time, holds (placeholder, over-limit,
// approval, no address), suppression, and claims left by a dead process.
#include "EventRepository.h"
#include "LeadRemoval.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "SendQueueRepository.h"
#include "SendingFixture.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"
#include "sending/SendScheduler.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

const QDateTime kThursdayNoon(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

// Claims and marks sent; returns the sender ids in claim order.
QList<qint64> sendAllDue(Database &db, SendScheduler &scheduler, qint64 campaignId, const Clock &clock)
{
    QList<qint64> order;
    SendQueueRepository queue(db);
    for (;;) {
        auto d = scheduler.next(campaignId);
        if (!d || !d->entry)
            break;
        order.append(d->sender.id);
        if (!queue.markSent(d->entry->id, clock.now(), u"250 OK"_s, QString(), u"smtp"_s))
            break;
    }
    return order;
}

} // namespace

class TestSendScheduler : public QObject
{
    Q_OBJECT

private slots:
    void capThenTomorrow()
    {
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 5);
        c.senders[0].dailyCap = 3;
        QVERIFY(SenderRepository(t.db()).update(c.senders[0]).ok());
        ManualClock clock(kThursdayNoon);
        SendScheduler scheduler(t.db(), clock, 1);
        QCOMPARE(scheduler.refresh(c.ab.campaignId)->queued, 5);
        QCOMPARE(sendAllDue(t.db(), scheduler, c.ab.campaignId, clock).size(), 3);
        auto d = scheduler.next(c.ab.campaignId);
        QVERIFY(d.ok() && !d->entry);
        QCOMPARE(d->wakeAt, QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC));
        clock.set(d->wakeAt);
        QCOMPARE(sendAllDue(t.db(), scheduler, c.ab.campaignId, clock).size(), 2);
        QVERIFY(!scheduler.next(c.ab.campaignId)->wakeAt.isValid()); // nothing left
    }

    void rampUp_data()
    {
        QTest::addColumn<int>("rampStart");
        QTest::addColumn<int>("rampStep");
        QTest::addColumn<QList<int>>("perDay");
        QTest::newRow("no ramp") << 0 << 0 << QList<int>{10};
        QTest::newRow("2 then +3") << 2 << 3 << QList<int>{2, 5, 3};
        QTest::newRow("1 then +1") << 1 << 1 << QList<int>{1, 2, 3, 4};
    }
    void rampUp()
    {
        QFETCH(int, rampStart);
        QFETCH(int, rampStep);
        QFETCH(QList<int>, perDay);
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 10);
        c.senders[0].rampStart = rampStart;
        c.senders[0].rampStep = rampStep;
        QVERIFY(SenderRepository(t.db()).update(c.senders[0]).ok());
        ManualClock clock(kThursdayNoon);
        SendScheduler scheduler(t.db(), clock, 1);
        QVERIFY(scheduler.refresh(c.ab.campaignId).ok());
        for (int day = 0; day < perDay.size(); ++day) {
            clock.set(kThursdayNoon.addDays(day));
            QCOMPARE(sendAllDue(t.db(), scheduler, c.ab.campaignId, clock).size(), perDay[day]);
        }
    }

    void gapAndRotation_data()
    {
        QTest::addColumn<int>("senders");
        QTest::addColumn<int>("gapSeconds");
        QTest::addColumn<int>("sendsNow");
        QTest::newRow("one sender, no gap") << 1 << 0 << 6;
        QTest::newRow("one sender, 60 s gap") << 1 << 60 << 1;
        QTest::newRow("three senders, 60 s gap") << 3 << 60 << 3;
    }
    void gapAndRotation()
    {
        QFETCH(int, senders);
        QFETCH(int, gapSeconds);
        QFETCH(int, sendsNow);
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 6, senders);
        for (Sender &s : c.senders) {
            s.gapMinMs = s.gapMaxMs = gapSeconds * 1000;
            QVERIFY(SenderRepository(t.db()).update(s).ok());
        }
        ManualClock clock(kThursdayNoon);
        SendScheduler scheduler(t.db(), clock, 1);
        QVERIFY(scheduler.refresh(c.ab.campaignId).ok());
        const QList<qint64> order = sendAllDue(t.db(), scheduler, c.ab.campaignId, clock);
        QCOMPARE(order.size(), sendsNow);
        QCOMPARE(QSet<qint64>(order.begin(), order.end()).size(),
                 std::min(senders, sendsNow)); // each sender once
        if (gapSeconds > 0) {
            const auto d = scheduler.next(c.ab.campaignId);
            QCOMPARE(d->wakeAt, kThursdayNoon.addSecs(gapSeconds));
            clock.set(d->wakeAt);
            const QList<qint64> again = sendAllDue(t.db(), scheduler, c.ab.campaignId, clock);
            QCOMPARE(again, order); // the same rotation again
        }
    }

    void pausedSenderIsSkipped()
    {
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 4, 2);
        QVERIFY(SenderRepository(t.db()).setPaused(c.senders[0].id, true, u"Authentication refused"_s).ok());
        ManualClock clock(kThursdayNoon);
        SendScheduler scheduler(t.db(), clock, 1);
        QVERIFY(scheduler.refresh(c.ab.campaignId).ok());
        const QList<qint64> order = sendAllDue(t.db(), scheduler, c.ab.campaignId, clock);
        QCOMPARE(order, QList<qint64>(4, c.senders[1].id));
    }

    void leadLocalWindow_data()
    {
        QTest::addColumn<QString>("leadZone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("sends");
        QTest::addColumn<QDateTime>("wakeAt");
        // Campaign window mon-fri 09:00-17:00 in the lead's zone.
        QTest::newRow("Tokyo lead, 10:00 in Tokyo")
            << u"Asia/Tokyo"_s << QDateTime(QDate(2026, 12, 3), QTime(1, 0), Qt::UTC) << true << QDateTime();
        QTest::newRow("Tokyo lead, 21:00 in Tokyo") << u"Asia/Tokyo"_s << kThursdayNoon << false
                                                    << QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC);
        QTest::newRow("New York lead, 07:00 there") << u"America/New_York"_s << kThursdayNoon << false
                                                    << QDateTime(QDate(2026, 12, 3), QTime(14, 0), Qt::UTC);
        QTest::newRow("Berlin lead via country") << QString() << kThursdayNoon << true << QDateTime();
        QTest::newRow("Berlin lead, Saturday") << QString() << kThursdayNoon.addDays(2) << false
                                               << QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
    }
    void leadLocalWindow()
    {
        QFETCH(QString, leadZone);
        QFETCH(QDateTime, now);
        QFETCH(bool, sends);
        QFETCH(QDateTime, wakeAt);
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 1);
        LeadRepository leads(t.db());
        Lead lead = leads.get(c.ab.leads[0].id).value();
        if (leadZone.isEmpty())
            lead.location = u"Berlin, Germany"_s;
        else
            lead.customFields.insert(u"Time Zone"_s, leadZone);
        QVERIFY(leads.update(lead).ok());
        CampaignSendSettings settings = SenderRepository(t.db()).settings(c.ab.campaignId).value();
        settings.window = SendWindow{};
        QVERIFY(SenderRepository(t.db()).saveSettings(settings).ok());
        ManualClock clock(now);
        SendScheduler scheduler(t.db(), clock, 1);
        QVERIFY(scheduler.refresh(c.ab.campaignId).ok());
        const auto d = scheduler.next(c.ab.campaignId);
        QVERIFY2(d.ok(), qPrintable(d.errorMessage()));
        QCOMPARE(d->entry.has_value(), sends);
        if (!sends)
            QCOMPARE(d->wakeAt, wakeAt);
        // --ignore-window sends now.
        scheduler.setIgnoreWindow(true);
        if (!sends)
            QVERIFY(scheduler.next(c.ab.campaignId)->entry.has_value());
    }

    void holds_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("placeholder in an edit") << u"placeholder"_s << u"unresolved placeholder {{budget}}"_s;
        QTest::newRow("over the limit") << u"over_limit"_s << u"over the channel's length limit"_s;
        QTest::newRow("approval required") << u"approval"_s << u"waiting for approval"_s;
        QTest::newRow("no email address") << u"no_email"_s << u"no email address"_s;
        QTest::newRow("lead deleted during the test")
            << u"deleted"_s << u"The lead was deleted: it is excluded from sending."_s;
    }
    void holds()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 2);
        const qint64 messageId = c.ab.messageIds[0];
        MessageRepository messages(t.db());
        Message m = messages.get(messageId).value();
        Variant v = m.variants[*m.assignedVariant];
        if (change == u"placeholder") {
            QVERIFY(
                messages.updateVariant(messageId, v.index, v.subject, u"Hi, about {{budget}}"_s, v.version)
                    .ok());
        } else if (change == u"over_limit") {
            v.flags = {u"over_limit"_s};
            QVERIFY(messages.replaceVariant(messageId, v).ok());
        } else if (change == u"approval") {
            auto s = SenderRepository(t.db()).settings(c.ab.campaignId).value();
            s.approvalRequired = true;
            QVERIFY(SenderRepository(t.db()).saveSettings(s).ok());
            QVERIFY(messages.setApproved(c.ab.messageIds[1], true).ok());
        } else if (change == u"deleted") {
            // The test has started, so deleting keeps the message and excludes the lead.
            QVERIFY(LeadRemoval(t.db()).remove({c.ab.leads[0].id}).ok());
        } else {
            QVERIFY(t.db().exec(u"UPDATE leads SET email = NULL WHERE id = %1"_s.arg(c.ab.leads[0].id)).ok());
        }
        ManualClock clock(kThursdayNoon);
        SendScheduler scheduler(t.db(), clock, 1);
        const auto r = scheduler.refresh(c.ab.campaignId);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->held, 1);
        QCOMPARE(r->queued, 1);
        const auto row = SendQueueRepository(t.db()).forMessage(messageId).value();
        QCOMPARE(row->state, SendState::Held);
        QCOMPARE(row->reason, reason);
        const QList<qint64> sent = sendAllDue(t.db(), scheduler, c.ab.campaignId, clock);
        QCOMPARE(sent.size(), 1); // only the other message
        if (change == u"approval") {
            // Approving releases it on the next refresh.
            QVERIFY(messages.setApproved(messageId, true).ok());
            QCOMPARE(scheduler.refresh(c.ab.campaignId)->queued, 1);
            QCOMPARE(sendAllDue(t.db(), scheduler, c.ab.campaignId, clock).size(), 1);
        }
    }

    void suppressed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("suppressed");
        QTest::newRow("one address") << int(SuppressionKind::Email) << u"LEAD0@example.com"_s << 1;
        QTest::newRow("the whole domain") << int(SuppressionKind::Domain) << u"example.com"_s << 3;
        QTest::newRow("a phone number") << int(SuppressionKind::Phone) << u"+4930100001"_s << 1;
        QTest::newRow("someone else") << int(SuppressionKind::Email) << u"other@example.com"_s << 0;
    }
    void suppressed()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(int, suppressed);
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 3);
        QVERIFY(SuppressionRepository(t.db())
                    .add(SuppressionKind(kind), value, SuppressionReason::DoNotContact, u"test"_s)
                    .ok());
        ManualClock clock(kThursdayNoon);
        SendScheduler scheduler(t.db(), clock, 1);
        QCOMPARE(scheduler.refresh(c.ab.campaignId)->suppressed, suppressed);
        QCOMPARE(sendAllDue(t.db(), scheduler, c.ab.campaignId, clock).size(), 3 - suppressed);
        QCOMPARE(SendQueueRepository(t.db()).counts(c.ab.campaignId)->value(SendState::Suppressed),
                 suppressed);
    }

    void onlyActiveCampaignsSend()
    {
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 1);
        QVERIFY(CampaignRepository(t.db()).setStatus(c.ab.campaignId, CampaignStatus::Paused).ok());
        ManualClock clock(kThursdayNoon);
        SendScheduler scheduler(t.db(), clock, 1);
        const auto r = scheduler.next(c.ab.campaignId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, DbError::Kind::Invalid);
        QVERIFY(r.errorMessage().contains(u"only an active campaign sends"_s));
    }

    void abandonedClaimBecomesInDoubt()
    {
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 2);
        ManualClock clock(kThursdayNoon);
        SendScheduler dead(t.db(), clock, 1);
        // A pid no process has (pid_max is below 2^22 on Linux).
        dead.setOwner(SendScheduler::processOwner().section(u'/', 0, 0) + u"/4194304/gone"_s);
        QVERIFY(dead.refresh(c.ab.campaignId).ok());
        const auto claimed = dead.next(c.ab.campaignId).value().entry;
        QVERIFY(claimed);
        SendScheduler alive(t.db(), clock, 2);
        const auto own = alive.next(c.ab.campaignId).value().entry; // in flight, ours
        QVERIFY(own);
        QCOMPARE(alive.recoverAbandonedClaims().value(), 1);
        SendQueueRepository queue(t.db());
        QCOMPARE(queue.get(claimed->id)->state, SendState::InDoubt);
        QCOMPARE(queue.get(own->id)->state, SendState::Claimed);
        // Never resent automatically: nothing is due any more.
        QVERIFY(!alive.next(c.ab.campaignId)->entry);
        QVERIFY(EventRepository(t.db()).forMessage(claimed->messageId)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSendScheduler)
#include "test_send_scheduler.moc"
