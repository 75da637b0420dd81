// `outreach send`, `senders`, `campaigns senders` and `suppressions` as a
// user runs them, against a real SMTP server: each message received once,
// a second run sends nothing, kill -9 at random moments then resume never
// sends twice (every message received once or listed in doubt), and two
// `outreach send` processes on one database send each message exactly once.
#include "EventRepository.h"
#include "ReceivedMail.h"
#include "SendQueueRepository.h"
#include "SendingFixture.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "sending/SendScheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OUTREACH_DB"_s);
    env.remove(u"OUTREACH_SMTP_PASSWORD"_s);
    return env;
}

Run run(const QString &db, QStringList args)
{
    args << u"--db"_s << db;
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

void startSend(QProcess &process, const QString &db, qint64 campaignId)
{
    process.setProcessEnvironment(cliEnvironment());
    process.start(QString::fromUtf8(OUTREACH_CLI_PATH),
                  {u"send"_s, QString::number(campaignId), u"--until-done"_s, u"--ignore-window"_s,
                   u"--json"_s, u"--db"_s, db});
}

void pointAll(Database &db, SendingCampaign &c, const SmtpTestServer &server)
{
    for (Sender &s : c.senders) {
        s.smtpHost = u"127.0.0.1"_s;
        s.smtpPort = server.port();
        QVERIFY(SenderRepository(db).update(s).ok());
    }
}

// Message-ID -> how many times the server received it.
QHash<QString, int> receivedIds(const SmtpTestServer &server)
{
    QHash<QString, int> ids;
    for (const QByteArray &m : server.received())
        ids[ReceivedMail::parse(m).messageId] += 1;
    return ids;
}

} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT

private slots:
    void sendersCommands()
    {
        OUTREACH_TEST_DB(t);
        auto c = makeSendingCampaign(t.db(), 1, 0);
        Run r = run(t.url(), {u"senders"_s,       u"add-mailbox"_s,
                              u"--name"_s,        u"Ada Lovelace"_s,
                              u"--from"_s,        u"ada@example.org"_s,
                              u"--smtp-host"_s,   u"smtp.example.org"_s,
                              u"--smtp-port"_s,   u"587"_s,
                              u"--security"_s,    u"starttls"_s,
                              u"--user"_s,        u"ada"_s,
                              u"--imap-host"_s,   u"imap.example.org"_s,
                              u"--daily-cap"_s,   u"40"_s,
                              u"--gap-seconds"_s, u"30-90"_s,
                              u"--window"_s,      u"mon-fri 08:00-18:00"_s,
                              u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 id = r.object().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        const Sender s = SenderRepository(t.db()).get(id).value();
        QCOMPARE(s.smtpSecurity, Security::StartTls);
        QCOMPARE(s.dailyCap, 40);
        QCOMPARE(s.gapMinMs, 30000);
        QCOMPARE(s.gapMaxMs, 90000);
        QCOMPARE(s.window.toText(), u"mon-fri 08:00-18:00"_s);
        QCOMPARE(s.imapPort, 993);
        // Plain text to a remote host is refused as bad input.
        r = run(t.url(), {u"senders"_s, u"add-mailbox"_s, u"--name"_s, u"X"_s, u"--from"_s,
                          u"x@example.org"_s, u"--smtp-host"_s, u"smtp.example.org"_s, u"--smtp-port"_s,
                          u"25"_s, u"--security"_s, u"none"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"only allowed for a server on this computer"_s));
        r = run(t.url(),
                {u"senders"_s, u"add-phone"_s, u"--name"_s, u"Office"_s, u"--account-sid"_s, u"AC123"_s,
                 u"--from"_s, u"+15550001111"_s, u"--per-second"_s, u"2"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 phone = r.object().value(u"id"_s).toInteger();
        QCOMPARE(SenderRepository(t.db()).get(phone)->gapMinMs, 500);
        r = run(t.url(), {u"senders"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        r = run(t.url(), {u"campaigns"_s, u"senders"_s, QString::number(c.ab.campaignId), QString::number(id),
                          u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(SenderRepository(t.db()).campaignSenders(c.ab.campaignId)->size(), 1);
        r = run(t.url(), {u"campaigns"_s, u"senders"_s, QString::number(c.ab.campaignId), u"999"_s});
        QCOMPARE(r.exitCode, 2);
        r = run(t.url(), {u"senders"_s, u"remove"_s, QString::number(phone)});
        QCOMPARE(r.exitCode, 0);
    }

    void suppressionsCommands()
    {
        OUTREACH_TEST_DB(t);
        QTemporaryDir dir;
        Run r = run(t.url(), {u"suppressions"_s, u"add"_s, u"Ada@Example.org"_s, u"--reason"_s,
                              u"unsubscribed"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(u"value"_s).toString(), u"ada@example.org"_s);
        QCOMPARE(run(t.url(), {u"suppressions"_s, u"add"_s, u"x"_s, u"--reason"_s, u"bored"_s}).exitCode, 2);
        QFile csv(dir.filePath(u"in.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(
            "value,kind,reason,source\nexample.com,domain,complained,crm\n+49 30 123456,,,\nbad,planet,,\n");
        csv.close();
        r = run(t.url(), {u"suppressions"_s, u"import"_s, csv.fileName(), u"--json"_s});
        QCOMPARE(r.exitCode, 2); // one bad row, named
        QVERIFY2(r.err.contains(u"in.csv:4: column kind"_s), qPrintable(r.err));
        QCOMPARE(r.object().value(u"added"_s).toInt(), 2);
        const QString out = dir.filePath(u"out.csv"_s);
        QCOMPARE(run(t.url(), {u"suppressions"_s, u"export"_s, out}).exitCode, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(text.contains("ada@example.org,email,unsubscribed,manual"));
        QVERIFY(text.contains("+4930123456,phone,do_not_contact,import"));
        QCOMPARE(run(t.url(), {u"suppressions"_s, u"remove"_s, u"ada@example.org"_s}).exitCode, 0);
        r = run(t.url(), {u"suppressions"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    }

    void sendsEachOnceAndSummarizes()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        auto c = makeSendingCampaign(t.db(), 5);
        pointAll(t.db(), c, server);
        Run r = run(t.url(), {u"send"_s, QString::number(c.ab.campaignId), u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(u"queued"_s).toInt(), 5);
        QCOMPARE(server.received().size(), 0);
        r = run(t.url(), {u"send"_s, QString::number(c.ab.campaignId), u"--until-done"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = r.object();
        for (const char *key : {"sent", "failed", "held", "suppressed", "in_doubt", "queued"})
            QVERIFY2(summary.contains(QLatin1StringView(key)), key);
        QCOMPARE(summary.value(u"sent"_s).toInt(), 5);
        QCOMPARE(server.received().size(), 5);
        r = run(t.url(), {u"send"_s, QString::number(c.ab.campaignId), u"--until-done"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server.received().size(), 5); // a second run sends nothing twice
        QCOMPARE(run(t.url(), {u"send"_s, u"999"_s}).exitCode, 2);
    }

    void killNineThenResumeNeverSendsTwice()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        constexpr int kMessages = 30;
        auto c = makeSendingCampaign(t.db(), kMessages, 2);
        pointAll(t.db(), c, server);
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int round = 0; round < 6; ++round) {
            const int before = int(server.received().size());
            if (before >= kMessages)
                break;
            QProcess process;
            startSend(process, t.url(), c.ab.campaignId);
            QVERIFY(process.waitForStarted());
            // A random moment: right as the server stores the k-th message
            // (usually before the client has recorded the 250), or after
            // a random number of progress lines.
            const int k = 1 + int(random.bounded(4));
            if (random.bounded(2) == 0) {
                QTRY_VERIFY_WITH_TIMEOUT(server.received().size() >= std::min(kMessages, before + k) ||
                                             process.state() == QProcess::NotRunning,
                                         60000);
            } else {
                QByteArray err;
                QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).count("\nsent\t") +
                                                     (err.startsWith("sent\t") ? 1 : 0) >=
                                                 k ||
                                             process.state() == QProcess::NotRunning,
                                         60000);
            }
            process.kill(); // SIGKILL
            process.waitForFinished();
        }
        QProcess last;
        startSend(last, t.url(), c.ab.campaignId);
        QVERIFY(last.waitForFinished(120000));
        QCOMPARE(last.exitCode(), 0);
        const QJsonObject summary = QJsonDocument::fromJson(last.readAllStandardOutput()).object();

        const QHash<QString, int> ids = receivedIds(server);
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1 received %2 times"_s.arg(it.key()).arg(it.value())));
        SendQueueRepository queue(t.db());
        const QList<QueueEntry> rows = queue.list(c.ab.campaignId).value();
        QCOMPARE(rows.size(), kMessages);
        int sent = 0, inDoubt = 0;
        for (const QueueEntry &e : rows) {
            if (e.state == SendState::Sent) {
                ++sent;
                QVERIFY2(ids.value(e.rfcMessageId) == 1, qPrintable(e.rfcMessageId)); // sent = received once
            } else {
                QVERIFY2(e.state == SendState::InDoubt, qPrintable(toString(e.state)));
                ++inDoubt;
                QVERIFY(ids.value(e.rfcMessageId) <= 1);
            }
        }
        QCOMPARE(summary.value(u"sent"_s).toInt(), sent);
        QCOMPARE(summary.value(u"in_doubt"_s).toInt(), inDoubt);
        QCOMPARE(sent + inDoubt, kMessages);
        // In-doubt messages are listed, and "send again" sends them.
        const Run listed = run(t.url(), {u"sends"_s, u"list"_s, QString::number(c.ab.campaignId),
                                         u"--state"_s, u"in_doubt"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), inDoubt);
        qInfo("kill -9 rounds left %d of %d messages in doubt", inDoubt, kMessages);
    }

    void twoProcessesSendEachMessageOnce()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        constexpr int kMessages = 40;
        auto c = makeSendingCampaign(t.db(), kMessages, 3);
        pointAll(t.db(), c, server);
        QProcess a, b;
        startSend(a, t.url(), c.ab.campaignId);
        startSend(b, t.url(), c.ab.campaignId);
        QVERIFY(a.waitForFinished(180000) && b.waitForFinished(180000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        const QHash<QString, int> ids = receivedIds(server);
        QCOMPARE(ids.size(), kMessages);
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(SendQueueRepository(t.db()).counts(c.ab.campaignId)->value(SendState::Sent), kMessages);
    }

    // `outreach sends mark-sent / retry` and the Sending tab make the same
    // decision (sendingstatus::resolveInDoubt); a send not in doubt is refused.
    void resolveInDoubt_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("state");
        QTest::newRow("mark-sent") << u"mark-sent"_s << u"sent"_s;
        QTest::newRow("retry") << u"retry"_s << u"queued"_s;
    }

    void resolveInDoubt()
    {
        QFETCH(QString, command);
        QFETCH(QString, state);
        OUTREACH_TEST_DB(t);
        SendingCampaign c = makeSendingCampaign(t.db(), 1);
        SystemClock clock;
        SendScheduler scheduler(t.db(), clock, 1);
        QVERIFY(scheduler.refresh(c.ab.campaignId).ok());
        const auto decision = scheduler.next(c.ab.campaignId);
        QVERIFY(decision && decision->entry);
        const QueueEntry claimed = *decision->entry;
        QVERIFY(SendQueueRepository(t.db()).markInDoubt(claimed.id, u"connection lost"_s).ok());
        const Run r = run(t.url(), {u"sends"_s, command, QString::number(claimed.id), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(u"state"_s).toString(), state);
        QCOMPARE(r.object().value(u"rfc_message_id"_s).toString(), claimed.rfcMessageId);
        const auto events = EventRepository(t.db()).forMessage(claimed.messageId).value();
        QCOMPARE(events.size(), state == u"sent" ? 1 : 0);
        if (!events.isEmpty())
            QCOMPARE(events.first().source, u"manual"_s);
        const Run again = run(t.url(), {u"sends"_s, command, QString::number(claimed.id)});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"not in doubt"_s), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "test_cli_send.moc"
