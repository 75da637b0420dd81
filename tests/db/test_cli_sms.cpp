// `outreach senders add-phone`, `senders test` and `send` for SMS as a user
// runs them, against the fake Twilio on loopback (its own thread, so the
// test may block on the processes): the token comes from
// OUTREACH_TWILIO_TOKEN, never argv; a campaign goes out once and a second
// run sends nothing; two `outreach send` processes on one database send
// each SMS exactly once.
#include "FakeTwilioServer.h"
#include "SendQueueRepository.h"
#include "SendingFixture.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
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

QProcessEnvironment cliEnvironment(const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OUTREACH_DB"_s);
    env.remove(u"OUTREACH_TWILIO_TOKEN"_s);
    if (!token.isEmpty())
        env.insert(u"OUTREACH_TWILIO_TOKEN"_s, token);
    return env;
}

Run run(const QString &db, QStringList args, const QString &token = {})
{
    args << u"--db"_s << db;
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(token));
    process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

void startSend(QProcess &process, const QString &db, qint64 campaignId, const QString &token)
{
    process.setProcessEnvironment(cliEnvironment(token));
    process.start(QString::fromUtf8(OUTREACH_CLI_PATH),
                  {u"send"_s, QString::number(campaignId), u"--until-done"_s, u"--ignore-window"_s,
                   u"--json"_s, u"--db"_s, db});
}

void pointAll(Database &db, SendingCampaign &c, const FakeTwilioServer &twilio)
{
    for (Sender &s : c.senders) {
        s.accountSid = twilio.accountSid();
        s.baseUrl = twilio.baseUrl().toString();
        QVERIFY(SenderRepository(db).update(s).ok());
    }
}

} // namespace

class TestCliSms : public QObject
{
    Q_OBJECT

private slots:
    void addPhone_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("service");
        QTest::newRow("E.164 number")
            << QStringList{u"--from"_s, u"+1 (415) 555-0100"_s} << 0 << u"+14155550100"_s << QString();
        QTest::newRow("Messaging Service")
            << QStringList{u"--messaging-service-sid"_s, u"MG0123456789abcdef0123456789abcdef"_s} << 0
            << QString() << u"MG0123456789abcdef0123456789abcdef"_s;
        QTest::newRow("MG through --from")
            << QStringList{u"--from"_s, u"MGabc"_s} << 0 << QString() << u"MGabc"_s;
        QTest::newRow("national number")
            << QStringList{u"--from"_s, u"030 1234567"_s} << 2 << QString() << QString();
        QTest::newRow("both") << QStringList{u"--from"_s, u"+14155550100"_s, u"--messaging-service-sid"_s,
                                             u"MGabc"_s}
                              << 2 << QString() << QString();
        QTest::newRow("neither") << QStringList{} << 2 << QString() << QString();
        QTest::newRow("plain http to another computer")
            << QStringList{u"--from"_s, u"+14155550100"_s, u"--base-url"_s, u"http://api.example.com"_s} << 2
            << QString() << QString();
        QTest::newRow("not an account SID")
            << QStringList{u"--from"_s, u"+14155550100"_s, u"--account-sid"_s, u"XX1"_s} << 2 << QString()
            << QString();
    }
    void addPhone()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, from);
        QFETCH(QString, service);
        OUTREACH_TEST_DB(t);
        QStringList all{u"senders"_s, u"add-phone"_s, u"--name"_s, u"Office"_s, u"--json"_s};
        if (!args.contains(u"--account-sid"_s))
            all << u"--account-sid"_s << u"AC0123456789abcdef0123456789abcdef"_s;
        const Run r = run(t.url(), all + args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        if (exitCode != 0) {
            QVERIFY(!r.err.isEmpty());
            QCOMPARE(SenderRepository(t.db()).list()->size(), 0);
            return;
        }
        const Sender s = SenderRepository(t.db()).get(r.object().value(u"id"_s).toInteger()).value();
        QCOMPARE(s.kind, SenderKind::Phone);
        QCOMPARE(s.fromAddress, from);
        QCOMPARE(s.messagingServiceSid, service);
        QCOMPARE(s.baseUrl, u"https://api.twilio.com"_s);
        QCOMPARE(s.gapMinMs, 1000); // one message a second by default
        QCOMPARE(s.gapMaxMs, 1000);
    }

    void testConnection()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        Run r = run(t.url(), {u"senders"_s, u"add-phone"_s, u"--name"_s, u"Office"_s, u"--account-sid"_s,
                              twilio.accountSid(), u"--from"_s, u"+14155550100"_s, u"--base-url"_s,
                              twilio.baseUrl().toString(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = QString::number(r.object().value(u"id"_s).toInteger());
        r = run(t.url(), {u"senders"_s, u"test"_s, id, u"--json"_s}, twilio.token());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.object().value(u"ok"_s).toBool());
        QVERIFY2(r.object().value(u"message"_s).toString().contains(twilio.friendlyName()),
                 r.out.constData());
        QCOMPARE(twilio.messagePosts(), 0); // a test sends nothing

        r = run(t.url(), {u"senders"_s, u"test"_s, id, u"--json"_s}, u"not-the-token"_s);
        QCOMPARE(r.exitCode, 1);
        const QString refused = r.object().value(u"message"_s).toString();
        QVERIFY2(refused.startsWith(u"Authentication refused"_s), qPrintable(refused));
        QVERIFY(!r.out.contains("not-the-token") && !r.err.contains(u"not-the-token"_s));

        r = run(t.url(),
                {u"senders"_s, u"test"_s, id}); // no token: not in the environment, not in the keychain
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());

        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        Sender s = SenderRepository(t.db()).get(id.toLongLong()).value();
        s.baseUrl = closed;
        QVERIFY(SenderRepository(t.db()).update(s).ok());
        r = run(t.url(), {u"senders"_s, u"test"_s, id}, twilio.token());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.out).contains(u"Could not connect"_s), r.out.constData());
    }

    void sendsAnSmsCampaignOnce()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = makeSendingCampaign(t.db(), 5, 1, Channel::Sms);
        pointAll(t.db(), c, twilio);
        const QString campaign = QString::number(c.ab.campaignId);
        // Without a token the sender is paused with the reason, and nothing is lost.
        Run r = run(t.url(), {u"send"_s, campaign, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"OUTREACH_TWILIO_TOKEN"_s), qPrintable(r.err));
        QCOMPARE(r.object().value(u"queued"_s).toInt(), 5);
        QCOMPARE(twilio.requestCount(), 0);
        QVERIFY(SenderRepository(t.db()).get(c.senders[0].id)->paused);
        QVERIFY(SenderRepository(t.db()).setPaused(c.senders[0].id, false, QString()).ok());

        r = run(t.url(), {u"send"_s, campaign, u"--until-done"_s, u"--json"_s}, twilio.token());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(u"sent"_s).toInt(), 5);
        QCOMPARE(twilio.messages().size(), 5);
        r = run(t.url(), {u"send"_s, campaign, u"--until-done"_s, u"--json"_s}, twilio.token());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(twilio.messagePosts(), 5); // a second run sends nothing twice
        const Run listed = run(t.url(), {u"sends"_s, u"list"_s, campaign, u"--json"_s});
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
            QVERIFY(row.toObject().value(u"last_answer"_s).toString().contains(u"queued SM"_s));
    }

    // kill -9 of `outreach send` at random moments, then a run to the end:
    // every SMS reached Twilio at most once, every message is sent (its SID
    // one Twilio created) or listed in doubt, never both unknown and resent.
    void killNineThenResumeNeverSendsAnSmsTwice()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        constexpr int kMessages = 24;
        auto c = makeSendingCampaign(t.db(), kMessages, 2, Channel::Sms);
        pointAll(t.db(), c, twilio);
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int round = 0; round < 6; ++round) {
            const int before = int(twilio.messages().size());
            if (before >= kMessages)
                break;
            QProcess process;
            startSend(process, t.url(), c.ab.campaignId, twilio.token());
            QVERIFY(process.waitForStarted());
            // A random moment: as Twilio creates the k-th message (usually
            // before the client has read the 201), or after k progress lines.
            const int k = 1 + int(random.bounded(4));
            if (random.bounded(2) == 0) {
                QTRY_VERIFY_WITH_TIMEOUT(int(twilio.messages().size()) >= std::min(kMessages, before + k) ||
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
        startSend(last, t.url(), c.ab.campaignId, twilio.token());
        QVERIFY(last.waitForFinished(120000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        const QJsonObject summary = QJsonDocument::fromJson(last.readAllStandardOutput()).object();

        QHash<QString, int> perRecipient;
        QSet<QString> sids;
        for (const FakeSms &sms : twilio.messages()) {
            perRecipient[sms.to] += 1;
            sids.insert(sms.sid);
        }
        for (auto it = perRecipient.constBegin(); it != perRecipient.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1 received %2 times"_s.arg(it.key()).arg(it.value())));
        QCOMPARE(twilio.messagePosts(), int(twilio.messages().size())); // no POST was repeated
        const QList<QueueEntry> rows = SendQueueRepository(t.db()).list(c.ab.campaignId).value();
        QCOMPARE(rows.size(), kMessages);
        int sent = 0, inDoubt = 0;
        for (const QueueEntry &e : rows) {
            if (e.state == SendState::Sent) {
                ++sent;
                QVERIFY2(sids.contains(e.providerId), qPrintable(e.providerId)); // a SID Twilio created
                QCOMPARE(perRecipient.value(e.recipient), 1);
            } else {
                QVERIFY2(e.state == SendState::InDoubt, qPrintable(toString(e.state)));
                ++inDoubt;
                QVERIFY(perRecipient.value(e.recipient) <= 1);
            }
        }
        QCOMPARE(summary.value(u"sent"_s).toInt(), sent);
        QCOMPARE(summary.value(u"in_doubt"_s).toInt(), inDoubt);
        QCOMPARE(sent + inDoubt, kMessages);
        qInfo("kill -9 rounds left %d of %d SMS in doubt", inDoubt, kMessages);
    }

    void twoProcessesSendEachSmsOnce()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        constexpr int kMessages = 40;
        auto c = makeSendingCampaign(t.db(), kMessages, 3, Channel::Sms);
        pointAll(t.db(), c, twilio);
        QProcess a, b;
        startSend(a, t.url(), c.ab.campaignId, twilio.token());
        startSend(b, t.url(), c.ab.campaignId, twilio.token());
        QVERIFY(a.waitForFinished(180000) && b.waitForFinished(180000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QHash<QString, int> perRecipient;
        for (const FakeSms &sms : twilio.messages())
            perRecipient[sms.to] += 1;
        QCOMPARE(perRecipient.size(), kMessages);
        for (auto it = perRecipient.constBegin(); it != perRecipient.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1 received %2 times"_s.arg(it.key()).arg(it.value())));
        QCOMPARE(twilio.messagePosts(), kMessages);
        QCOMPARE(SendQueueRepository(t.db()).counts(c.ab.campaignId)->value(SendState::Sent), kMessages);
    }
};

QTEST_GUILESS_MAIN(TestCliSms)
#include "test_cli_sms.moc"
