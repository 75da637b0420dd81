// The app's inbox polling without a window: a pass at start, the next one an
// interval after the previous ended, none while one runs, only on demand
// with interval 0, nothing after stop(), and each mailbox's outcome stored
// so a new poller (a restart) shows it. The interval is injected; the tests
// wait on the poller's signals. Mailboxes point at a closed loopback port
// (or have no secret), so each pass ends quickly with a real failure from
// the real IMAP client; the Dovecot runs are in tests/gui/test_inbox_sync_gui.
#include "InboxRepository.h"
#include "SenderRepository.h"
#include "TestDatabase.h"
#include "inbox/InboxPoller.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace outreach;
using namespace outreach::inbox;
using namespace outreach::test;

namespace {

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes
}

Sender addMailbox(Database &db, const QString &address)
{
    Sender s;
    s.kind = SenderKind::Mailbox;
    s.name = address;
    s.fromAddress = address;
    s.login = address;
    s.smtpHost = u"127.0.0.1"_s;
    s.smtpPort = 2525;
    s.smtpSecurity = Security::None;
    s.imapHost = u"127.0.0.1"_s;
    s.imapPort = closedPort();
    s.imapSecurity = Security::None;
    if (auto id = SenderRepository(db).add(s); !id)
        qFatal("sender: %s", qPrintable(id.errorMessage()));
    return s;
}

// Counts passes and notices one starting while another runs.
struct PassWatch
{
    explicit PassWatch(InboxPoller &poller)
    {
        QObject::connect(&poller, &InboxPoller::passStarted, &poller, [this, &poller] {
            overlapped = overlapped || running;
            runningAtStart = runningAtStart && poller.isRunning();
            running = true;
            ++started;
        });
        QObject::connect(&poller, &InboxPoller::passFinished, &poller, [this] {
            running = false;
            ++finished;
        });
    }
    int started = 0;
    int finished = 0;
    bool running = false;
    bool overlapped = false;
    bool runningAtStart = true; // the poller says it runs when it announces a pass
};

} // namespace

class TestInboxPoller : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qputenv("OUTREACH_IMAP_PASSWORD", "not-a-real-secret");
        qunsetenv("OUTREACH_SMTP_PASSWORD");
    }

    void firstPassAtStartThenEveryInterval()
    {
        OUTREACH_TEST_DB(t);
        addMailbox(t.db(), u"sales@acme.test"_s);
        InboxPoller poller(t.db());
        PassWatch watch(poller);
        poller.setInterval(20ms);
        QVERIFY(!poller.isActive());
        poller.start();
        QVERIFY(poller.isActive());
        QCOMPARE(watch.started, 0); // not before the event loop turns (the window is shown first)
        QTRY_VERIFY(watch.finished >= 3);
        QVERIFY(!watch.overlapped);
        QVERIFY(watch.runningAtStart);
    }

    void syncNowIsRefusedWhileAPassRuns()
    {
        OUTREACH_TEST_DB(t);
        addMailbox(t.db(), u"sales@acme.test"_s);
        InboxPoller poller(t.db());
        PassWatch watch(poller);
        poller.setInterval(0ms);
        QVERIFY(poller.syncNow());
        QVERIFY(poller.isRunning());
        QVERIFY(!poller.syncNow());
        QTRY_COMPARE(watch.finished, 1);
        QCOMPARE(watch.started, 1);
        QVERIFY(!poller.isRunning());
        QVERIFY(poller.syncNow());
        QTRY_COMPARE(watch.finished, 2);
        QVERIFY(!watch.overlapped);
    }

    void intervalZeroSyncsOnlyOnDemand()
    {
        OUTREACH_TEST_DB(t);
        InboxPoller poller(t.db());
        PassWatch watch(poller);
        poller.setInterval(0ms);
        poller.start();
        QTRY_COMPARE(watch.finished, 1); // the pass at start still runs
        QVERIFY(!poller.isPassScheduled());
        QVERIFY(poller.syncNow());
        QTRY_COMPARE(watch.finished, 2);
        QVERIFY(!poller.isPassScheduled());
    }

    void aNewIntervalAppliesToThePassWaitedFor()
    {
        OUTREACH_TEST_DB(t);
        InboxPoller poller(t.db());
        PassWatch watch(poller);
        poller.setInterval(1h);
        poller.start();
        QTRY_COMPARE(watch.finished, 1);
        QVERIFY(poller.isPassScheduled());
        poller.setInterval(10ms);
        QTRY_VERIFY(watch.finished >= 2);
    }

    void stopEndsPolling()
    {
        OUTREACH_TEST_DB(t);
        addMailbox(t.db(), u"sales@acme.test"_s);
        InboxPoller poller(t.db());
        PassWatch watch(poller);
        poller.setInterval(1h);
        poller.start();
        QTRY_COMPARE(watch.started, 1);
        poller.stop();
        QVERIFY(!poller.isActive());
        QTRY_COMPARE(watch.finished, 1); // the pass underway still reports
        QVERIFY(!poller.isPassScheduled());
        QCOMPARE(watch.started, 1);
    }

    void destroyingThePollerDuringAPassIsClean()
    {
        OUTREACH_TEST_DB(t);
        for (int i = 0; i < 3; ++i)
            addMailbox(t.db(), u"box%1@acme.test"_s.arg(i));
        auto poller = std::make_unique<InboxPoller>(t.db());
        QVERIFY(poller->syncNow());
        poller.reset(); // waits for the mailbox being read; no signal reaches a dead object
        QVERIFY(InboxRepository(t.db()).mailboxSyncStatuses().ok());
    }

    void eachMailboxOutcomeIsStored_data()
    {
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("passesUntilAttention");
        QTest::newRow("server unreachable: after three failures in a row") << true << u"connection"_s << 3;
        QTest::newRow("no password: at once") << false << u"secret"_s << 1;
    }

    void eachMailboxOutcomeIsStored()
    {
        QFETCH(bool, withSecret);
        QFETCH(QString, kind);
        QFETCH(int, passesUntilAttention);
        if (!withSecret)
            qunsetenv("OUTREACH_IMAP_PASSWORD");
        OUTREACH_TEST_DB(t);
        const Sender box = addMailbox(t.db(), u"ops@acme.test"_s);
        Sender smtpOnly = box;
        smtpOnly.fromAddress = u"smtp-only@acme.test"_s;
        smtpOnly.imapHost.clear();
        QVERIFY(SenderRepository(t.db()).add(smtpOnly).ok());
        InboxPoller poller(t.db());
        PassWatch watch(poller);
        poller.setInterval(0ms);
        QCOMPARE(poller.mailboxes().size(), 1); // only mailboxes with IMAP settings
        QVERIFY(!poller.mailboxes().first().status.lastAttemptAt.isValid());
        for (int pass = 1; pass <= passesUntilAttention; ++pass) {
            QVERIFY(!poller.mailboxes().first().needsAttention());
            QVERIFY(poller.syncNow());
            QTRY_COMPARE(watch.finished, pass);
        }
        const InboxPoller::Mailbox m = poller.mailboxes().first();
        QCOMPARE(m.senderId, box.id);
        QCOMPARE(m.address, u"ops@acme.test"_s);
        QCOMPARE(m.status.errorKind, kind);
        QCOMPARE(m.status.failures, passesUntilAttention);
        QVERIFY(!m.status.lastSuccessAt.isValid());
        QVERIFY(m.status.lastAttemptAt.isValid());
        QVERIFY(!m.status.lastError.isEmpty());
        QVERIFY2(!m.status.lastError.contains(u"not-a-real-secret"_s), qPrintable(m.status.lastError));
        QVERIFY(m.needsAttention());
        // A restart reads the same.
        InboxPoller restarted(t.db());
        QCOMPARE(restarted.mailboxes().size(), 1);
        QCOMPARE(restarted.mailboxes().first().status.lastError, m.status.lastError);
        QVERIFY(restarted.mailboxes().first().needsAttention());
    }

    void aSuccessKeepsNoErrorAndResetsTheCount()
    {
        OUTREACH_TEST_DB(t);
        const Sender box = addMailbox(t.db(), u"ops@acme.test"_s);
        InboxRepository repo(t.db());
        const QDateTime first(QDate(2026, 12, 3), QTime(14, 5), Qt::UTC);
        QVERIFY(repo.recordMailboxSync(box.id, first, QString(), QString()).ok());
        QVERIFY(repo.recordMailboxSync(box.id, first.addSecs(300), u"refused"_s, u"authentication"_s).ok());
        QVERIFY(repo.recordMailboxSync(box.id, first.addSecs(600), u"refused"_s, u"authentication"_s).ok());
        auto failing = repo.mailboxSyncStatuses();
        QVERIFY(failing.ok());
        QCOMPARE(failing->size(), 1);
        QCOMPARE(failing->first().lastSuccessAt, first); // kept through failures
        QCOMPARE(failing->first().lastAttemptAt, first.addSecs(600));
        QCOMPARE(failing->first().failures, 2);
        QCOMPARE(failing->first().errorKind, u"authentication"_s);
        QVERIFY(repo.recordMailboxSync(box.id, first.addSecs(900), QString(), QString()).ok());
        auto fixed = repo.mailboxSyncStatuses();
        QCOMPARE(fixed->first().lastSuccessAt, first.addSecs(900));
        QCOMPARE(fixed->first().failures, 0);
        QVERIFY(fixed->first().lastError.isEmpty());
        QVERIFY(fixed->first().errorKind.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInboxPoller)
#include "test_inboxpoller.moc"
