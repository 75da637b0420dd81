// Inbox sync end to end against a real Dovecot and the backend under test:
// each kind of mail becomes the right event, unrelated mail is left alone,
// the mailbox is unchanged afterwards (checked through IMAP), a second sync
// and a UIDVALIDITY change add nothing, a refused login is one clear error,
// and in-doubt sends are resolved from the Sent folder both ways.
#include "AnalyticsRepository.h"
#include "DovecotServer.h"
#include "EventRepository.h"
#include "InboxFixture.h"
#include "InboxRepository.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"
#include "inbox/InboxSync.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::inbox;
using namespace outreach::test;

namespace {

const QDateTime kNow = kInboxNow;

QByteArray fixture(const QString &name)
{
    return mailFixture(name);
}

} // namespace

class TestInboxSync : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_server;
    int m_folders = 0;

    QString newFolder() { return u"T%1x%2"_s.arg(++m_folders).arg(TestDatabase::backendName()); }

    SyncSummary sync(Database &db, const Sender &sender, const QString &secret = QString(),
                     quint32 headerWindow = 500)
    {
        InboxSync sync(db);
        sync.setNow(kNow);
        sync.setHeaderWindow(headerWindow);
        return sync.syncSender(sender, secret.isEmpty() ? m_server.password() : secret);
    }

    QList<QPair<quint32, bool>> mailboxState(const QString &folder)
    {
        ImapClient client;
        ImapAccount a = InboxSync::accountFor(Sender{}, m_server.password(), false);
        a.host = m_server.host();
        a.port = m_server.port();
        a.security = ImapSecurity::None;
        a.login = m_server.user();
        if (!client.open(a) || !client.examine(folder))
            return {};
        return client.uidsAndSeen().value_or(QList<QPair<quint32, bool>>{});
    }

    static QStringList eventsOf(Database &db, qint64 messageId)
    {
        QStringList types;
        for (const MessageEvent &e : EventRepository(db).forMessage(messageId).value())
            if (e.type != EventType::Sent)
                types.append(outreach::toString(e.type) + u'/' + e.source);
        return types;
    }

    // Dovecot's "Logged out" lines, one per IMAP session that ended: its
    // imap_logout_format counts the mails whose header or body was fetched.
    QStringList sessionsLoggedOut() const
    {
        QStringList lines = m_server.logText().split(u'\n');
        lines.removeIf([](const QString &line) { return !line.contains(u"Logged out"_s); });
        return lines;
    }

    static qint64 logField(const QString &line, const QString &name)
    {
        const auto m = QRegularExpression(u"\\b"_s + name + u"=(\\d+)"_s).match(line);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

    // Sends to the lead who answers in reply-gmail-plain.eml and to the
    // address dsn-gmail-hard.eml bounces.
    static AbCampaign replyAndBounceSends(Database &db, const Sender &sender)
    {
        return makeSends(db, sender,
                         {{u"c1-m1.8f2k3j@mail.acme-outreach.test"_s, u"ben.fischer@gmail.example"_s},
                          {u"c1-m4.g5h6j7@mail.acme-outreach.test"_s, u"no-such-user@gmail.example"_s}});
    }

    static qint64 count(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { OUTREACH_TEST_DOVECOT(m_server); }

    void eachKindBecomesTheRightEventAndNothingChanges()
    {
        OUTREACH_TEST_DB(t);
        Database &db = t.db();
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(db, m_server, folder);
        const QList<Send> sends = {
            {u"c1-m1.8f2k3j@mail.acme-outreach.test"_s, u"ben.fischer@gmail.example"_s},
            {u"c1-m2.x9q7wd@mail.acme-outreach.test"_s, u"lucia@garcia-sl.example"_s},
            {u"c1-m3.p4r2zt@mail.acme-outreach.test"_s, u"karl@weber-it.example"_s},
            {u"c1-m4.g5h6j7@mail.acme-outreach.test"_s, u"no-such-user@gmail.example"_s},
            {u"c1-m5.t7y8u9@mail.acme-outreach.test"_s, u"full@gmail.example"_s},
            {u"c1-m6.z1x2c3@mail.acme-outreach.test"_s, u"closed@old-company.example"_s},
            {u"c1-m7.no-thread@mail.acme-outreach.test"_s, u"dana.ito@ito-labs.example"_s},
            {u"c1-m8.token@mail.acme-outreach.test"_s, u"ben.alt@gmail.example"_s, u"Tq3x9QwErTy7"_s},
        };
        const AbCampaign c = makeSends(db, sender, sends);
        // Another campaign still has a queued send to the lead who replies.
        const AbCampaign other = makeAbCampaign(db, 1, Channel::Email, 100);
        QueueEntry queued;
        queued.messageId = other.messageIds.at(0);
        queued.campaignId = other.campaignId;
        queued.recipient = u"ben.fischer@gmail.example"_s;
        queued.scheduledAt = kNow;
        QVERIFY(SendQueueRepository(db).insertMissing({queued}).ok());

        for (const char *name : {"reply-gmail-plain.eml", "ooo-es-x-autoreply.eml", "optout-reply-de.eml",
                                 "dsn-gmail-hard.eml", "dsn-gmail-soft-mailbox-full.eml",
                                 "bounce-exim-plain-text.eml", "reply-fallback-no-thread-headers.eml",
                                 "optout-list-unsubscribe-token.eml", "reply-not-ours.eml", "forwarded.eml"})
            QVERIFY(m_server.deliver(fixture(QString::fromLatin1(name)), folder));
        const auto before = mailboxState(folder);
        QCOMPARE(before.size(), 10);

        const SyncSummary s = sync(db, sender);
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u"; "_s)));
        QCOMPARE(s.fetched, 10);
        QCOMPARE(s.replies, 2);
        QCOMPARE(s.autoReplies, 1);
        QCOMPARE(s.bounces, 2);
        QCOMPARE(s.softBounces, 1);
        QCOMPARE(s.optOuts, 2);
        QCOMPARE(s.unmatched, 2);

        QCOMPARE(eventsOf(db, c.messageIds[0]), QStringList{u"replied/imap"_s});
        QCOMPARE(eventsOf(db, c.messageIds[1]), QStringList{u"auto_replied/imap"_s});
        QCOMPARE(eventsOf(db, c.messageIds[2]), QStringList{u"unsubscribed/imap"_s});
        QCOMPARE(eventsOf(db, c.messageIds[3]), QStringList{u"bounced/imap"_s});
        QCOMPARE(eventsOf(db, c.messageIds[4]), QStringList{}); // delayed: recorded, not a bounce
        QCOMPARE(eventsOf(db, c.messageIds[5]), QStringList{u"bounced/imap"_s});
        QCOMPARE(eventsOf(db, c.messageIds[6]),
                 QStringList{u"replied/imap"_s}); // by address, sent 2 days ago
        QCOMPARE(eventsOf(db, c.messageIds[7]), QStringList{u"unsubscribed/imap"_s});

        SuppressionRepository suppressions(db);
        for (const char *address : {"karl@weber-it.example", "no-such-user@gmail.example",
                                    "closed@old-company.example", "ben.alt@gmail.example"})
            QVERIFY2(suppressions.isSuppressed(QString::fromLatin1(address), QString()).value(), address);
        QVERIFY(!suppressions.isSuppressed(u"full@gmail.example"_s, QString()).value());
        QVERIFY(!suppressions.isSuppressed(u"lucia@garcia-sl.example"_s, QString()).value());

        // Stop on reply: the other campaign's send waits 30 days.
        const auto held = SendQueueRepository(db).forMessage(other.messageIds.at(0));
        QCOMPARE(held.value()->scheduledAt, kNow.addDays(30));
        QCOMPARE(InboxRepository(db).stoppedUntil(u"Ben.Fischer@gmail.example"_s).value(), kNow.addDays(30));

        // The analytics count exactly those, and the counters match the log.
        qint64 replied = 0, autoReplied = 0, bounced = 0, unsubscribed = 0;
        for (const FunnelCounts &v : AnalyticsRepository(db).variantCounts(c.campaignId).value()) {
            replied += v.replied;
            autoReplied += v.autoReplied;
            bounced += v.bounced;
            unsubscribed += v.unsubscribed;
        }
        QCOMPARE(replied, 2);
        QCOMPARE(autoReplied, 1);
        QCOMPARE(bounced, 2);
        QCOMPARE(unsubscribed, 2);
        QCOMPARE(AnalyticsRepository(db).variantCounts(c.campaignId).value(),
                 AnalyticsRepository(db).recountFromEvents(c.campaignId).value());

        // Replies are listed with their kind and snippet.
        const auto replies = InboxRepository(db).replies(c.campaignId, u"reply"_s);
        QCOMPARE(replies->size(), 2);
        const auto all = InboxRepository(db).replies(c.campaignId);
        QCOMPARE(all->size(), 8);

        // The mailbox is exactly as before: same UIDs, nothing marked \Seen.
        QCOMPARE(mailboxState(folder), before);

        // A second sync reads nothing and adds nothing.
        const qint64 events = count(db, u"message_events"_s);
        const SyncSummary again = sync(db, sender);
        QCOMPARE(again.fetched, 0);
        QCOMPARE(again.replies + again.autoReplies + again.bounces + again.optOuts, 0);
        QCOMPARE(count(db, u"message_events"_s), events);

        // After a UIDVALIDITY change everything is read again, nothing doubles.
        QVERIFY(m_server.changeUidValidity(folder));
        const SyncSummary resync = sync(db, sender);
        QVERIFY2(resync.errors.isEmpty(), qPrintable(resync.errors.join(u"; "_s)));
        QCOMPARE(resync.fetched, 10);
        QCOMPARE(resync.replies + resync.autoReplies + resync.bounces + resync.softBounces + resync.optOuts,
                 0);
        QCOMPARE(count(db, u"message_events"_s), events);
        QCOMPARE(count(db, u"replies"_s), 8);
        const auto afterResync = mailboxState(folder);
        QCOMPARE(afterResync.size(), 10);
        for (const auto &[uid, seen] : afterResync)
            QVERIFY(!seen);
    }

    void newMailOnlyIsRead()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const AbCampaign c =
            makeSends(t.db(), sender,
                      {{u"c1-m1.8f2k3j@mail.acme-outreach.test"_s, u"ben.fischer@gmail.example"_s},
                       {u"c1-m2.x9q7wd@mail.acme-outreach.test"_s, u"carla.rossi@gmail.example"_s}});
        QVERIFY(m_server.deliver(fixture(u"reply-gmail-plain.eml"_s), folder));
        QCOMPARE(sync(t.db(), sender).replies, 1);
        QVERIFY(m_server.deliver(fixture(u"reply-gmail-html-only.eml"_s), folder));
        const SyncSummary s = sync(t.db(), sender);
        QCOMPARE(s.fetched, 1);
        QCOMPARE(s.replies, 1);
        QCOMPARE(eventsOf(t.db(), c.messageIds[1]), QStringList{u"replied/imap"_s});
        const auto position = InboxRepository(t.db()).position(sender.id, folder);
        QCOMPARE(position->lastUid, 2u);
        QVERIFY(position->uidValidity != 0);
    }

    void onlyMailThatMayBeOursIsDownloaded()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const AbCampaign c = replyAndBounceSends(t.db(), sender);
        // A 2 MB newsletter and a mail in someone else's thread: none of our
        // business. A reply, a delivery report and a forward by a lead we
        // wrote to: their bodies decide.
        QByteArray newsletter = "From: Weekly <news@news.example>\nTo: anna.sales@acme-outreach.test\n"
                                "Subject: Digest\nMessage-ID: <digest-1@news.example>\n"
                                "Content-Type: text/plain; charset=utf-8\n\n";
        while (newsletter.size() < 2'000'000)
            newsletter += "All the news that fits, and then some more of it, line after line.\n";
        QVERIFY(m_server.deliver(newsletter, folder));
        for (const char *name :
             {"reply-not-ours.eml", "reply-gmail-plain.eml", "dsn-gmail-hard.eml", "forwarded.eml"})
            QVERIFY(m_server.deliver(fixture(QString::fromLatin1(name)), folder));

        const qsizetype sessions = sessionsLoggedOut().size();
        const SyncSummary s = sync(t.db(), sender);
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u"; "_s)));
        QCOMPARE(s.fetched, 5);
        QCOMPARE(s.replies, 1);
        QCOMPARE(s.bounces, 1);
        QCOMPARE(s.unmatched, 3);
        QCOMPARE(eventsOf(t.db(), c.messageIds[0]), QStringList{u"replied/imap"_s});
        QCOMPARE(eventsOf(t.db(), c.messageIds[1]), QStringList{u"bounced/imap"_s});
        QCOMPARE(InboxRepository(t.db()).position(sender.id, folder)->lastUid, 5u);

        // The server read the bodies of exactly those three.
        QTRY_COMPARE(sessionsLoggedOut().size(), sessions + 1);
        const QString session = sessionsLoggedOut().last();
        QCOMPARE(logField(session, u"body_count"_s), 3);
        QVERIFY2(logField(session, u"body_bytes"_s) < 100'000, qPrintable(session));
        QVERIFY2(logField(session, u"out"_s) < 200'000, qPrintable(session));
    }

    void aFailedWindowIsReadAgainWhole()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const AbCampaign c = replyAndBounceSends(t.db(), sender);
        QVERIFY(m_server.deliver(fixture(u"reply-gmail-plain.eml"_s), folder));
        QVERIFY(m_server.deliver(fixture(u"dsn-gmail-hard.eml"_s), folder));
        // The database refuses the second mail of the window, after the first
        // was written.
        QSqlQuery q(t.db().connection());
        if (t.isPostgres()) {
            QVERIFY2(q.exec(u"CREATE OR REPLACE FUNCTION refuse_bounce() RETURNS trigger AS $$ BEGIN "
                            "IF NEW.kind = 'bounce' THEN RAISE EXCEPTION 'refused for the test'; END IF; "
                            "RETURN NEW; END $$ LANGUAGE plpgsql"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON replies FOR EACH ROW "
                            "EXECUTE FUNCTION refuse_bounce()"_s),
                     qPrintable(q.lastError().text()));
        } else {
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON replies WHEN NEW.kind = 'bounce' "
                            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s),
                     qPrintable(q.lastError().text()));
        }
        const qint64 suppressions = count(t.db(), u"suppressions"_s);

        const SyncSummary failed = sync(t.db(), sender);
        QCOMPARE(failed.errors.size(), 1);
        QVERIFY2(failed.errors.first().contains(u"refused for the test"_s),
                 qPrintable(failed.errors.first()));
        QCOMPARE(failed.replies, 0);
        QCOMPARE(failed.bounces, 0);
        // Nothing of the window stays, and the position did not move past it.
        QCOMPARE(count(t.db(), u"replies"_s), 0);
        QCOMPARE(count(t.db(), u"suppressions"_s), suppressions);
        QCOMPARE(eventsOf(t.db(), c.messageIds[0]), QStringList());
        QCOMPARE(eventsOf(t.db(), c.messageIds[1]), QStringList());
        QCOMPARE(InboxRepository(t.db()).position(sender.id, folder)->lastUid, 0u);

        QVERIFY2(q.exec(t.isPostgres() ? u"DROP TRIGGER refuse ON replies"_s : u"DROP TRIGGER refuse"_s),
                 qPrintable(q.lastError().text()));
        const SyncSummary again = sync(t.db(), sender);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u"; "_s)));
        QCOMPARE(again.replies, 1);
        QCOMPARE(again.bounces, 1);
        QCOMPARE(eventsOf(t.db(), c.messageIds[0]), QStringList{u"replied/imap"_s});
        QCOMPARE(eventsOf(t.db(), c.messageIds[1]), QStringList{u"bounced/imap"_s});
        QCOMPARE(count(t.db(), u"suppressions"_s), suppressions + 1);
        QCOMPARE(InboxRepository(t.db()).position(sender.id, folder)->lastUid, 2u);
    }

    // More new mail than one window: the headers are read ahead on a second
    // connection while the first records, with the same result as reading
    // them on one.
    void aBacklogIsReadAheadOnASecondConnection()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const AbCampaign c = replyAndBounceSends(t.db(), sender);
        for (const char *name :
             {"reply-not-ours.eml", "reply-gmail-plain.eml", "forwarded.eml", "dsn-gmail-hard.eml",
              "reply-not-ours.eml", "forwarded.eml", "reply-not-ours.eml"})
            QVERIFY(m_server.deliver(fixture(QString::fromLatin1(name)), folder));

        const qsizetype sessions = sessionsLoggedOut().size();
        const SyncSummary s = sync(t.db(), sender, QString(), 2);
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u"; "_s)));
        QCOMPARE(s.fetched, 7);
        QCOMPARE(s.replies, 1);
        QCOMPARE(s.bounces, 1);
        QCOMPARE(s.unmatched, 5);
        QCOMPARE(eventsOf(t.db(), c.messageIds[0]), QStringList{u"replied/imap"_s});
        QCOMPARE(eventsOf(t.db(), c.messageIds[1]), QStringList{u"bounced/imap"_s});
        QCOMPARE(InboxRepository(t.db()).position(sender.id, folder)->lastUid, 7u);

        // Two sessions: one read the 7 headers and no body, the other the
        // bodies of the reply, the report and the two forwards.
        QTRY_COMPARE(sessionsLoggedOut().size(), sessions + 2);
        QStringList lines = sessionsLoggedOut().mid(sessions);
        std::sort(lines.begin(), lines.end(), [](const QString &a, const QString &b) {
            return logField(a, u"body_count"_s) < logField(b, u"body_count"_s);
        });
        QCOMPARE(logField(lines.at(0), u"hdr_count"_s), 7);
        QCOMPARE(logField(lines.at(0), u"body_count"_s), 0);
        QCOMPARE(logField(lines.at(1), u"hdr_count"_s), 0);
        QCOMPARE(logField(lines.at(1), u"body_count"_s), 4);

        const auto state = mailboxState(folder);
        QCOMPARE(state.size(), 7);
        for (const auto &[uid, seen] : state)
            QVERIFY2(!seen, qPrintable(u"UID %1 was marked \\Seen"_s.arg(uid)));
        const SyncSummary again = sync(t.db(), sender, QString(), 2);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u"; "_s)));
        QCOMPARE(again.fetched, 0);
    }

    // A window that fails ends the pass while the reader is ahead: the
    // windows before it stay recorded, the reader stops, and the next pass
    // goes on from the failed window.
    void aFailedWindowStopsTheReadAhead()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const AbCampaign c = replyAndBounceSends(t.db(), sender);
        for (const char *name :
             {"reply-gmail-plain.eml", "dsn-gmail-hard.eml", "reply-not-ours.eml", "reply-not-ours.eml"})
            QVERIFY(m_server.deliver(fixture(QString::fromLatin1(name)), folder));
        QSqlQuery q(t.db().connection());
        QVERIFY2(q.exec(t.isPostgres()
                            ? u"ALTER TABLE replies ADD CONSTRAINT refuse CHECK (kind <> 'bounce')"_s
                            : u"CREATE TRIGGER refuse BEFORE INSERT ON replies WHEN NEW.kind = "
                              "'bounce' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s),
                 qPrintable(q.lastError().text()));

        const SyncSummary failed = sync(t.db(), sender, QString(), 1);
        QCOMPARE(failed.errors.size(), 1);
        QCOMPARE(failed.fetched, 1);
        QCOMPARE(failed.replies, 1);
        QCOMPARE(failed.bounces, 0);
        QCOMPARE(eventsOf(t.db(), c.messageIds[0]), QStringList{u"replied/imap"_s});
        QCOMPARE(eventsOf(t.db(), c.messageIds[1]), QStringList());
        QCOMPARE(InboxRepository(t.db()).position(sender.id, folder)->lastUid, 1u);

        QVERIFY2(q.exec(t.isPostgres() ? u"ALTER TABLE replies DROP CONSTRAINT refuse"_s
                                       : u"DROP TRIGGER refuse"_s),
                 qPrintable(q.lastError().text()));
        const SyncSummary again = sync(t.db(), sender, QString(), 1);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u"; "_s)));
        QCOMPARE(again.fetched, 3);
        QCOMPARE(again.replies, 0);
        QCOMPARE(again.bounces, 1);
        QCOMPARE(again.unmatched, 2);
        QCOMPARE(eventsOf(t.db(), c.messageIds[1]), QStringList{u"bounced/imap"_s});
        QCOMPARE(InboxRepository(t.db()).position(sender.id, folder)->lastUid, 4u);
    }

    // The server dies (its session processes killed) at a random moment of
    // a pass over two connections, three passes in a row: every pass ends,
    // each with an error or done; then one the server survives reads the
    // rest. No answer is lost or counted twice, the mailbox is unchanged.
    void aServerCrashMidSyncLosesNothing()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        constexpr int kAnswers = 60;
        constexpr int kMails = 600;
        QList<Send> sends;
        for (int i = 0; i < kAnswers; ++i)
            sends.append({u"crash-%1@mail.acme-outreach.test"_s.arg(i), u"lead%1@crash.example"_s.arg(i)});
        const AbCampaign c = makeSends(t.db(), sender, sends);
        for (int i = 0; i < kMails; ++i) {
            const QByteArray n = QByteArray::number(i);
            const Send &send = sends.at((i / 10) % kAnswers);
            QByteArray mail;
            if (i % 10 == 0)
                mail = "From: Lead <" + send.recipient.toUtf8() +
                       ">\nTo: anna.sales@acme-outreach.test\nSubject: Re: Quick idea\nMessage-ID: "
                       "<crash-reply-" +
                       n + "@crash.example>\nIn-Reply-To: <" + send.rfcId.toUtf8() +
                       ">\nContent-Type: text/plain\n\nSounds good.\n";
            else
                mail = "From: News <news@news.example>\nTo: anna.sales@acme-outreach.test\nSubject: Digest " +
                       n + "\nMessage-ID: <crash-digest-" + n +
                       "@news.example>\nContent-Type: text/plain\n\nNews.\n";
            QVERIFY(m_server.deliver(mail, folder));
        }

        QRandomGenerator random(20261204);
        for (int pass = 0; pass < 3; ++pass) {
            const int delayMs = random.bounded(5, 300);
            std::atomic<int> killed = 0;
            std::thread crash([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                killed = m_server.killSessions();
            });
            const SyncSummary s = sync(t.db(), sender, QString(), 20);
            crash.join();
            const quint32 lastUid = InboxRepository(t.db()).position(sender.id, folder)->lastUid;
            qInfo("pass %d: crash after %d ms killed %d sessions; %lld fetched, %lld replies, position %u, "
                  "errors: %s",
                  pass, delayMs, int(killed), s.fetched, s.replies, lastUid,
                  qPrintable(s.errors.join(u"; "_s)));
            QVERIFY2(!s.errors.isEmpty() || lastUid == kMails, qPrintable(u"pass %1"_s.arg(pass)));
            // Each error names the server and says what happened.
            for (const QString &error : s.errors) {
                QVERIFY2(error.contains(m_server.host()), qPrintable(error));
                QVERIFY2(!error.trimmed().endsWith(u':'), qPrintable(error));
            }
        }
        const SyncSummary rest = sync(t.db(), sender, QString(), 20);
        QVERIFY2(rest.errors.isEmpty(), qPrintable(rest.errors.join(u"; "_s)));
        QCOMPARE(InboxRepository(t.db()).position(sender.id, folder)->lastUid, quint32(kMails));
        QCOMPARE(count(t.db(), u"replies"_s), qint64(kAnswers));
        for (int i = 0; i < kAnswers; ++i)
            QCOMPARE(eventsOf(t.db(), c.messageIds[i]), QStringList{u"replied/imap"_s});
        const auto state = mailboxState(folder);
        QCOMPARE(state.size(), kMails);
        for (const auto &[uid, seen] : state)
            QVERIFY2(!seen, qPrintable(u"UID %1 was marked \\Seen"_s.arg(uid)));
    }

    void refusedLoginIsOneClearError()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = newFolder();
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const QString wrong = u"not-the-password-42"_s;
        const SyncSummary s = sync(t.db(), sender, wrong);
        QVERIFY(s.authenticationFailed);
        QCOMPARE(s.errors.size(), 1);
        QVERIFY2(s.errors.first().contains(m_server.user()), qPrintable(s.errors.first()));
        QVERIFY(!s.errors.first().contains(wrong));
        QCOMPARE(s.fetched, 0);
    }

    void inDoubtResolvesBothWays()
    {
        OUTREACH_TEST_DB(t);
        const Sender sender =
            makeInboxSender(t.db(), m_server, u"INBOX"_s); // only the Sent folder matters here
        const QString tag = TestDatabase::backendName();
        const QString found = u"doubt-found-%1@mail.acme-outreach.test"_s.arg(tag);
        const QString missing = u"doubt-missing-%1@mail.acme-outreach.test"_s.arg(tag);
        const QString recent = u"doubt-recent-%1@mail.acme-outreach.test"_s.arg(tag);
        const AbCampaign c =
            makeSends(t.db(), sender,
                      {{found, u"a@example.org"_s, QString(), u"in_doubt"_s, kNow.addSecs(-7200)},
                       {missing, u"b@example.org"_s, QString(), u"in_doubt"_s, kNow.addSecs(-7200)},
                       {recent, u"c@example.org"_s, QString(), u"in_doubt"_s, kNow.addSecs(-300)}});
        QVERIFY(m_server.deliver("From: Anna Sales <anna.sales@acme-outreach.test>\nTo: a@example.org\n"
                                 "Subject: Quick idea\nMessage-ID: <" +
                                     found.toUtf8() + ">\n\nHello\n",
                                 u"Sent"_s));
        const SyncSummary s = sync(t.db(), sender);
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u"; "_s)));
        QCOMPARE(s.inDoubtResolved, 1);
        QCOMPARE(s.inDoubtUnconfirmed, 1);
        SendQueueRepository queue(t.db());
        QCOMPARE(queue.forMessage(c.messageIds[0]).value()->state, SendState::Sent);
        QCOMPARE(eventsOf(t.db(), c.messageIds[0]), QStringList{}); // only the sent event
        const auto sentEvents = EventRepository(t.db()).forMessage(c.messageIds[0]).value();
        QCOMPARE(sentEvents.size(), 1);
        QCOMPARE(sentEvents.first().source, u"imap"_s);
        const auto offered = queue.forMessage(c.messageIds[1]).value();
        QCOMPARE(offered->state, SendState::InDoubt); // never resent by itself
        QVERIFY2(offered->reason.contains(u"Not found"_s), qPrintable(offered->reason));
        const auto waiting = queue.forMessage(c.messageIds[2]).value();
        QCOMPARE(waiting->state, SendState::InDoubt);
        QVERIFY(!waiting->reason.contains(u"Not found"_s)); // the server still has time
    }
};

QTEST_GUILESS_MAIN(TestInboxSync)
#include "test_inboxsync.moc"
