// Sending's data layer on the backend under test: senders and their
// campaign rotation, send settings, the suppression list, and the send queue
// rules "never twice" rests on (one claim per row even from two
// connections, Message-ID kept across retries, sent state and event in one
// transaction, sender slots).
#include "AbTestFixture.h"
#include "EventRepository.h"
#include "InboxRepository.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

Sender mailbox(const QString &name)
{
    Sender s;
    s.name = name;
    s.fromAddress = name.toLower() + u"@example.org"_s;
    s.login = s.fromAddress;
    s.smtpHost = u"smtp.example.org"_s;
    s.smtpPort = 465;
    s.imapHost = u"imap.example.org"_s;
    s.imapPort = 993;
    return s;
}

QList<QueueEntry> entriesFor(const AbCampaign &c)
{
    QList<QueueEntry> list;
    for (int i = 0; i < c.messageIds.size(); ++i) {
        QueueEntry e;
        e.messageId = c.messageIds[i];
        e.campaignId = c.campaignId;
        e.recipient = c.leads[i].email;
        e.timeZone = "Europe/Berlin";
        e.scheduledAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()).addSecs(i);
        list.append(e);
    }
    return list;
}

ClaimRequest claimFor(const AbCampaign &c, qint64 senderId, const QString &id)
{
    ClaimRequest r;
    r.campaignId = c.campaignId;
    r.zones = {"Europe/Berlin"};
    r.now = QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone::utc());
    r.senderId = senderId;
    r.rfcMessageId = id;
    r.unsubscribeToken = u"tok-"_s + id;
    r.claimedBy = u"test/1/x"_s;
    return r;
}

} // namespace

class TestSendingRepositories : public QObject
{
    Q_OBJECT

private slots:
    void senderRoundTrip()
    {
        OUTREACH_TEST_DB(t);
        SenderRepository repo(t.db());
        Sender s = mailbox(u"Zoë Ñúñez 🚀"_s);
        s.smtpSecurity = Security::StartTls;
        s.window = SendWindow{0x7F, 22 * 60, 6 * 60};
        s.timeZone = "America/New_York";
        s.rampStart = 5;
        s.rampStep = 3;
        QVERIFY(repo.add(s).ok());
        const auto loaded = repo.get(s.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->name, s.name);
        QCOMPARE(loaded->smtpSecurity, Security::StartTls);
        QCOMPARE(loaded->window, s.window);
        QCOMPARE(loaded->timeZone, s.timeZone);
        QCOMPARE(loaded->imapFolders, u"INBOX"_s);
        QCOMPARE(loaded->sentFolder, u"Sent"_s);
        QCOMPARE(loaded->rampStart, 5);
        QVERIFY(!loaded->paused);
        QVERIFY(repo.setPaused(s.id, true, u"Authentication refused"_s).ok());
        QCOMPARE(repo.get(s.id)->pauseReason, u"Authentication refused"_s);
        QVERIFY(repo.markRampStarted(s.id, QDate(2026, 3, 1)).ok());
        QVERIFY(repo.markRampStarted(s.id, QDate(2026, 4, 1)).ok()); // kept once set
        QCOMPARE(repo.get(s.id)->rampStartedOn, QDate(2026, 3, 1));
        QVERIFY(repo.remove(s.id).ok());
        QVERIFY(repo.get(s.id).isNotFound());
    }

    void campaignSendersKeepRotationOrder()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 1);
        SenderRepository repo(t.db());
        Sender a = mailbox(u"A"_s), b = mailbox(u"B"_s), d = mailbox(u"C"_s);
        QVERIFY(repo.add(a).ok() && repo.add(b).ok() && repo.add(d).ok());
        QVERIFY(repo.setCampaignSenders(c.campaignId, {d.id, a.id}).ok());
        auto list = repo.campaignSenders(c.campaignId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, d.id);
        QCOMPARE(list->at(1).id, a.id);
        QVERIFY(repo.remove(d.id).ok()); // cascades out of the rotation
        QCOMPARE(repo.campaignSenders(c.campaignId)->size(), 1);
    }

    void settingsDefaultThenSaved()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 1);
        SenderRepository repo(t.db());
        auto s = repo.settings(c.campaignId);
        QVERIFY(s.ok());
        QCOMPARE(s->window, SendWindow{});
        QVERIFY(!s->approvalRequired);
        CampaignSendSettings changed = s.value();
        changed.approvalRequired = true;
        changed.timeZone = "Asia/Tokyo";
        changed.window = SendWindow{0x60, 10 * 60, 12 * 60};
        QVERIFY(repo.saveSettings(changed).ok());
        changed.htmlPart = true;
        QVERIFY(repo.saveSettings(changed).ok()); // upsert
        s = repo.settings(c.campaignId);
        QCOMPARE(s->timeZone, QByteArray("Asia/Tokyo"));
        QCOMPARE(s->window, changed.window);
        QVERIFY(s->approvalRequired && s->htmlPart);
    }

    void suppression_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("suppressed");
        const int e = int(SuppressionKind::Email), d = int(SuppressionKind::Domain),
                  p = int(SuppressionKind::Phone);
        QTest::newRow("email, other case")
            << e << u" Ada@Example.COM"_s << u"ada@example.com"_s << QString() << true;
        QTest::newRow("email, other address")
            << e << u"ada@example.com"_s << u"bob@example.com"_s << QString() << false;
        QTest::newRow("domain covers its addresses")
            << d << u"@Example.com"_s << u"bob@EXAMPLE.com"_s << QString() << true;
        QTest::newRow("domain is not a suffix match")
            << d << u"example.com"_s << u"bob@notexample.com"_s << QString() << false;
        QTest::newRow("phone, formatted")
            << p << u"+49 30 123-456"_s << QString() << u"+4930123456"_s << true;
        QTest::newRow("empty contact") << p << u"+4930123456"_s << QString() << QString() << false;
    }
    void suppression()
    {
        QFETCH(int, kind);
        QFETCH(QString, stored);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(bool, suppressed);
        OUTREACH_TEST_DB(t);
        SuppressionRepository repo(t.db());
        auto added = repo.add(SuppressionKind(kind), stored, SuppressionReason::Unsubscribed, u"test"_s);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QVERIFY(added.value());
        // Idempotent: the same value again is no new entry and no error.
        QCOMPARE(repo.add(SuppressionKind(kind), stored, SuppressionReason::HardBounce, u"again"_s).value(),
                 false);
        QCOMPARE(repo.list()->size(), 1);
        QCOMPARE(repo.list()->first().reason, SuppressionReason::Unsubscribed);
        QCOMPARE(repo.isSuppressed(email, phone).value(), suppressed);
        QVERIFY(repo.remove(SuppressionKind(kind), stored).value());
        QVERIFY(!repo.isSuppressed(email, phone).value());
    }

    void queueInsertIsIdempotent()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 3);
        SendQueueRepository queue(t.db());
        QCOMPARE(queue.insertMissing(entriesFor(c)).value(), 3);
        QCOMPARE(queue.insertMissing(entriesFor(c)).value(), 0);
        QCOMPARE(queue.counts(c.campaignId)->value(SendState::Queued), 3);
        QCOMPARE(
            queue.dueZones(c.campaignId, QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::utc())).value(),
            QList<QByteArray>{"Europe/Berlin"});
        QVERIFY(queue.dueZones(c.campaignId, QDateTime(QDate(2025, 1, 2), QTime(0, 0), QTimeZone::utc()))
                    ->isEmpty());
    }

    void claimTakesEachRowOnceAcrossConnections()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 3);
        SendQueueRepository queue(t.db());
        SenderRepository senders(t.db());
        Sender s = mailbox(u"A"_s);
        QVERIFY(senders.add(s).ok());
        QVERIFY(queue.insertMissing(entriesFor(c)).ok());
        auto other = t.db().openAnother();
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        SendQueueRepository otherQueue(*other.value());
        QSet<qint64> claimed;
        for (int i = 0; i < 4; ++i) {
            SendQueueRepository &q = i % 2 ? otherQueue : queue;
            auto r = q.claimNext(claimFor(c, s.id, u"m%1@example.org"_s.arg(i)));
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            if (i == 3) {
                QVERIFY(!r->has_value()); // all three taken
                break;
            }
            QVERIFY(r->has_value());
            QCOMPARE(r.value()->state, SendState::Claimed);
            QCOMPARE(r.value()->attempts, 1);
            QCOMPARE(r.value()->rfcMessageId, u"m%1@example.org"_s.arg(i));
            QVERIFY(!claimed.contains(r.value()->id));
            claimed.insert(r.value()->id);
        }
        QCOMPARE(queue.sentSince(s.id, QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::utc())).value(),
                 3);
    }

    // Issue 15: a reply stops sends to that address for a while. Rows queued
    // after the stop was recorded (a second campaign, a re-queue) must wait too.
    void stopOnReplyHoldsRowsQueuedLater()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 2);
        SendQueueRepository queue(t.db());
        SenderRepository senders(t.db());
        Sender s = mailbox(u"A"_s);
        QVERIFY(senders.add(s).ok());
        const ClaimRequest r = claimFor(c, s.id, u"stop@example.org"_s);
        const QString stopped = c.leads[0].email;
        QVERIFY(InboxRepository(t.db()).stopSendsTo(stopped.toUpper(), r.now.addDays(30), u"replied"_s).ok());
        QVERIFY(queue.insertMissing(entriesFor(c)).ok()); // queued after the stop

        const auto first = queue.claimNext(r).value();
        QVERIFY(first.has_value());
        QCOMPARE(first->recipient, c.leads[1].email);
        QVERIFY(!queue.claimNext(claimFor(c, s.id, u"stop2@example.org"_s)).value().has_value());

        // Once the stop has run out, the row goes out as usual.
        ClaimRequest later = claimFor(c, s.id, u"stop3@example.org"_s);
        later.now = r.now.addDays(31);
        const auto afterwards = queue.claimNext(later).value();
        QVERIFY(afterwards.has_value());
        QCOMPARE(afterwards->recipient, stopped);
    }

    void retryKeepsMessageId()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 1);
        SendQueueRepository queue(t.db());
        SenderRepository senders(t.db());
        Sender s = mailbox(u"A"_s);
        QVERIFY(senders.add(s).ok());
        QVERIFY(queue.insertMissing(entriesFor(c)).ok());
        ClaimRequest r = claimFor(c, s.id, u"first@example.org"_s);
        const qint64 id = queue.claimNext(r).value()->id;
        QVERIFY(queue.release(id, r.now, u"451 4.7.1 try later"_s).ok());
        r.rfcMessageId = u"second@example.org"_s;
        r.unsubscribeToken = u"other"_s;
        const auto again = queue.claimNext(r).value();
        QVERIFY(again.has_value());
        QCOMPARE(again->rfcMessageId, u"first@example.org"_s);
        QCOMPARE(again->unsubscribeToken, u"tok-first@example.org"_s);
        QCOMPARE(again->attempts, 2);
        QCOMPARE(again->lastAnswer, u"451 4.7.1 try later"_s);
    }

    void markSentCommitsStateAndEvent()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 2);
        SendQueueRepository queue(t.db());
        SenderRepository senders(t.db());
        Sender s = mailbox(u"A"_s);
        QVERIFY(senders.add(s).ok());
        QVERIFY(queue.insertMissing(entriesFor(c)).ok());
        const auto claimed = queue.claimNext(claimFor(c, s.id, u"x@example.org"_s)).value();
        const QDateTime sentAt(QDate(2026, 1, 2), QTime(9, 0, 1), QTimeZone::utc());
        QVERIFY(queue.markSent(claimed->id, sentAt, u"250 OK"_s, QString(), u"smtp"_s).ok());
        const auto row = queue.get(claimed->id).value();
        QCOMPARE(row.state, SendState::Sent);
        QCOMPARE(row.sentAt, sentAt);
        const auto events = EventRepository(t.db()).forMessage(claimed->messageId).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, EventType::Sent);
        QCOMPARE(events[0].source, u"smtp"_s);
        // A second markSent is refused: the row is no longer claimed.
        QVERIFY(queue.markSent(claimed->id, sentAt, u"250 OK"_s, QString(), u"smtp"_s).isConflict());
        // In doubt, then resolved by hand as sent.
        const auto second = queue.claimNext(claimFor(c, s.id, u"y@example.org"_s)).value();
        QVERIFY(queue.markInDoubt(second->id, u"crashed"_s).ok());
        QCOMPARE(queue.listInState(SendState::InDoubt)->size(), 1);
        QVERIFY(queue.markSent(second->id, sentAt, QString(), QString(), u"manual"_s).ok());
        QCOMPARE(queue.counts(c.campaignId)->value(SendState::Sent), 2);
    }

    void slotIsTakenOnce()
    {
        OUTREACH_TEST_DB(t);
        SenderRepository repo(t.db());
        Sender s = mailbox(u"A"_s);
        QVERIFY(repo.add(s).ok());
        const QDateTime now(QDate(2026, 1, 2), QTime(9, 0), QTimeZone::utc());
        QVERIFY(repo.reserveSlot(s.id, now, now.addSecs(60)).value());
        QVERIFY(!repo.reserveSlot(s.id, now.addSecs(59), now.addSecs(120)).value());
        QVERIFY(repo.reserveSlot(s.id, now.addSecs(60), now.addSecs(120)).value());
        QVERIFY(repo.setPaused(s.id, true, u"why"_s).ok());
        QVERIFY(!repo.reserveSlot(s.id, now.addSecs(600), now.addSecs(700)).value());
    }

    void window_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("weekdays") << u"mon-fri 09:00-17:00"_s << true << 0x1F << 540 << 1020;
        QTest::newRow("list") << u"MON,wed,sat 22:00-06:00"_s << true << (1 | 4 | 32) << 1320 << 360;
        QTest::newRow("wrapping range")
            << u"fri-mon 08:30-24:00"_s << true << (16 | 32 | 64 | 1) << 510 << 1440;
        QTest::newRow("daily") << u"daily 00:00-00:00"_s << true << 0x7F << 0 << 0;
        QTest::newRow("bad day") << u"mo-fr 09:00-17:00"_s << false << 0 << 0 << 0;
        QTest::newRow("bad hour") << u"mon 25:00-17:00"_s << false << 0 << 0 << 0;
        QTest::newRow("no hours") << u"mon-fri"_s << false << 0 << 0 << 0;
    }
    void window()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        const auto w = SendWindow::parse(text, &error);
        QCOMPARE(w.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QTEST(w->days, "days");
        QTEST(w->startMinute, "start");
        QTEST(w->endMinute, "end");
        QCOMPARE(SendWindow::parse(w->toText()), w);
    }
};

QTEST_GUILESS_MAIN(TestSendingRepositories)
#include "test_sending_repositories.moc"
