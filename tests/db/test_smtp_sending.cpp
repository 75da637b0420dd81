// Email sending end to end against a real SMTP server (aiosmtpd on
// loopback, tests/support/SmtpTestServer): the message received is parsed
// with GMime and compared with what was stored and meant (names, subject
// and body with accents, CJK and emoji; Message-ID; List-Unsubscribe; the
// assigned, edited variant). Then STARTTLS and implicit TLS with a
// throwaway certificate, AUTH accepted and refused, 4xx then success, 5xx
// at RCPT, and a connection lost after the message was handed over.
#include "EventRepository.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "ReceivedMail.h"
#include "SendQueueRepository.h"
#include "SendingFixture.h"
#include "SmtpTestServer.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"
#include "sending/MimeBuilder.h"
#include "sending/SendEngine.h"
#include "sending/SmtpClient.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace outreach {
inline char *toString(SendStep::Kind kind)
{
    return qstrdup(qPrintable(stepKindName(kind)));
}
} // namespace outreach

namespace {

const QDateTime kNow(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

void pointAt(Database &db, Sender &s, const SmtpTestServer &server, Security security = Security::None)
{
    s.smtpHost = u"127.0.0.1"_s;
    s.smtpPort = server.port();
    s.smtpSecurity = security;
    QVERIFY(SenderRepository(db).update(s).ok());
}

} // namespace

class TestSmtpSending : public QObject
{
    Q_OBJECT

private slots:
    void deliversTheAssignedEditedVariant_data()
    {
        QTest::addColumn<QString>("senderName");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("html");
        QTest::newRow("ASCII") << u"Ada Lovelace"_s << u"Grace"_s << u"Quick question"_s
                               << u"Hi Grace,\n\nA short note.\nSee https://example.org/x."_s << false;
        QTest::newRow("accents") << u"Zoë Ñúñez"_s << u"Jérôme"_s << u"Café à Zürich — déjà vu?"_s
                                 << u"Bonjour Jérôme,\n\nÇa va très bien. Über 100 € gespart."_s << false;
        QTest::newRow("CJK") << u"山田 太郎"_s << u"花子"_s << u"来週のご提案について"_s
                             << u"花子様\n\nお世話になっております。短いご提案です。"_s << true;
        QTest::newRow("emoji")
            << u"Sam 🚀 Rivera"_s << u"Kim 🎉"_s << u"Launch day 🚀✨"_s
            << u"Hey Kim 👋\n\nCongrats on the launch 🎉 — a long line that goes on and on and "
               "on to make quoted-printable wrap it softly at seventy-six characters.\n\n"
               "Line with = sign and trailing space "_s
            << true;
    }
    void deliversTheAssignedEditedVariant()
    {
        QFETCH(QString, senderName);
        QFETCH(QString, firstName);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(bool, html);
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(server);
        auto c = makeSendingCampaign(t.db(), 1);
        c.senders[0].name = senderName;
        pointAt(t.db(), c.senders[0], server);
        LeadRepository leads(t.db());
        Lead lead = leads.get(c.ab.leads[0].id).value();
        lead.firstName = firstName;
        QVERIFY(leads.update(lead).ok());
        MessageRepository messages(t.db());
        const qint64 messageId = c.ab.messageIds[0];
        const Message m = messages.get(messageId).value();
        const Variant v = m.variants[*m.assignedVariant];
        QVERIFY(messages.updateVariant(messageId, v.index, subject, body, v.version).ok());
        CampaignSendSettings settings = SenderRepository(t.db()).settings(c.ab.campaignId).value();
        settings.htmlPart = html;
        QVERIFY(SenderRepository(t.db()).saveSettings(settings).ok());

        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        const auto step = engine.step(c.ab.campaignId);
        QVERIFY2(step.ok(), qPrintable(step.errorMessage()));
        QVERIFY2(step->kind == SendStep::Kind::Sent, qPrintable(step->detail));

        const QList<QByteArray> received = server.received();
        QCOMPARE(received.size(), 1);
        const ReceivedMail mail = ReceivedMail::parse(received[0]);
        const QueueEntry row = SendQueueRepository(t.db()).forMessage(messageId).value().value();
        QCOMPARE(row.state, SendState::Sent);
        QCOMPARE(mail.messageId, row.rfcMessageId);
        QVERIFY(row.rfcMessageId.endsWith(u"@outreach.test"_s));
        QCOMPARE(mail.fromName, senderName);
        QCOMPARE(mail.fromAddress, c.senders[0].fromAddress);
        QCOMPARE(mail.toName, lead.fullName());
        QCOMPARE(mail.toAddress, lead.email);
        QCOMPARE(mail.subject, subject);
        if (subject.toLatin1() != subject.toUtf8())
            QVERIFY2(mail.rawSubjectHeader.contains(u"=?"_s), qPrintable(mail.rawSubjectHeader)); // RFC 2047
        QCOMPARE(mail.headers.value(u"list-unsubscribe"_s),
                 u"<mailto:%1?subject=unsubscribe-%2>"_s.arg(c.senders[0].fromAddress, row.unsubscribeToken));
        QVERIFY(!row.unsubscribeToken.isEmpty());
        const QString expectedBody =
            body.trimmed() + u"\n\n"_s + MimeBuilder::defaultUnsubscribeLine() + u"\n"_s;
        QCOMPARE(mail.plainBody, expectedBody);
        QCOMPARE(mail.plainTransferEncoding, u"quoted-printable"_s);
        QCOMPARE(mail.contentType, html ? u"multipart/alternative"_s : u"text/plain"_s);
        if (html)
            QVERIFY(mail.htmlBody.contains(u"<p>"_s) &&
                    mail.htmlBody.contains(body.section(u'\n', 0, 0).toHtmlEscaped()));
        // Sent state and event together.
        const auto events = EventRepository(t.db()).forMessage(messageId).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, EventType::Sent);
        QCOMPARE(events[0].source, u"smtp"_s);
        // A second step sends nothing more.
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Done);
        QCOMPARE(server.received().size(), 1);
    }

    void temporaryFailureThenSuccess()
    {
        OUTREACH_TEST_DB(t);
        SmtpServerOptions options;
        options.tempfailFirst = 1;
        OUTREACH_SMTP_SERVER(server, options);
        auto c = makeSendingCampaign(t.db(), 1);
        pointAt(t.db(), c.senders[0], server);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        engine.setRetryBaseMs(60'000);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        auto step = engine.step(c.ab.campaignId);
        QCOMPARE(step->kind, SendStep::Kind::Retry);
        QVERIFY(step->detail.contains(u"451"_s));
        QCOMPARE(step->wakeAt, kNow.addSecs(60));
        const QString firstId = SendQueueRepository(t.db()).get(step->queueId)->rfcMessageId;
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Waiting);
        clock.advance(60'000);
        step = engine.step(c.ab.campaignId);
        QCOMPARE(step->kind, SendStep::Kind::Sent);
        const QueueEntry row = SendQueueRepository(t.db()).get(step->queueId).value();
        QCOMPARE(row.attempts, 2);
        QCOMPARE(row.rfcMessageId, firstId);
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(ReceivedMail::parse(server.received()[0]).messageId, firstId);
    }

    void recipientRefusedAtRcptIsABounce()
    {
        OUTREACH_TEST_DB(t);
        SmtpServerOptions options;
        options.rejectRcpt = u"lead0@"_s;
        OUTREACH_SMTP_SERVER(server, options);
        auto c = makeSendingCampaign(t.db(), 2);
        pointAt(t.db(), c.senders[0], server);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        QMap<SendStep::Kind, int> kinds;
        for (int i = 0; i < 2; ++i)
            kinds[engine.step(c.ab.campaignId)->kind] += 1;
        QCOMPARE(kinds.value(SendStep::Kind::Bounced), 1);
        QCOMPARE(kinds.value(SendStep::Kind::Sent), 1);
        const QueueEntry row = SendQueueRepository(t.db()).forMessage(c.ab.messageIds[0]).value().value();
        QCOMPARE(row.state, SendState::Failed);
        QVERIFY2(row.lastAnswer.startsWith(u"550 5.1.1"_s), qPrintable(row.lastAnswer));
        const auto events = EventRepository(t.db()).forMessage(c.ab.messageIds[0]).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, EventType::Bounced);
        const auto suppression = SuppressionRepository(t.db()).find(c.ab.leads[0].email, QString()).value();
        QVERIFY(suppression.has_value());
        QCOMPARE(suppression->reason, SuppressionReason::HardBounce);
        QCOMPARE(suppression->source, u"smtp 5.1.1"_s);
        QCOMPARE(server.received().size(), 1);
    }

    void authentication_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("password accepted") << u"password"_s << u"s3cret pass"_s << true;
        QTest::newRow("password refused") << u"password"_s << u"wrong-Pa55"_s << false;
        QTest::newRow("XOAUTH2 accepted") << u"xoauth2"_s << u"s3cret pass"_s << true;
        QTest::newRow("XOAUTH2 refused") << u"xoauth2"_s << u"expired-token"_s << false;
    }
    void authentication()
    {
        QFETCH(QString, method);
        QFETCH(QString, secret);
        QFETCH(bool, accepted);
        OUTREACH_TEST_DB(t);
        SmtpServerOptions options;
        options.user = u"ada@outreach.test"_s;
        options.password = u"s3cret pass"_s;
        OUTREACH_SMTP_SERVER(server, options);
        auto c = makeSendingCampaign(t.db(), 1);
        c.senders[0].login = options.user;
        c.senders[0].authMethod = method;
        pointAt(t.db(), c.senders[0], server);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        engine.setSecrets({{c.senders[0].id, secret}});
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        const auto step = engine.step(c.ab.campaignId);
        QVERIFY2(step.ok(), qPrintable(step.errorMessage()));
        if (accepted) {
            QVERIFY2(step->kind == SendStep::Kind::Sent, qPrintable(step->detail));
            QCOMPARE(server.received().size(), 1);
            return;
        }
        QCOMPARE(step->kind, SendStep::Kind::SenderPaused);
        QVERIFY2(step->detail.contains(u"Authentication refused"_s), qPrintable(step->detail));
        QVERIFY(!step->detail.contains(secret));
        const Sender paused = SenderRepository(t.db()).get(c.senders[0].id).value();
        QVERIFY(paused.paused);
        QCOMPARE(paused.pauseReason, step->detail);
        QCOMPARE(SendQueueRepository(t.db()).get(step->queueId)->state, SendState::Queued);
        QCOMPARE(server.received().size(), 0);
        // A paused sender sends nothing until resumed.
        QVERIFY(!engine.step(c.ab.campaignId)->queueId);
    }

    void tls_data()
    {
        QTest::addColumn<bool>("implicit");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("STARTTLS, trusted") << false << true;
        QTest::newRow("STARTTLS, unknown certificate") << false << false;
        QTest::newRow("implicit TLS, trusted") << true << true;
        QTest::newRow("implicit TLS, unknown certificate") << true << false;
    }
    void tls()
    {
        QFETCH(bool, implicit);
        QFETCH(bool, trusted);
        OUTREACH_TEST_DB(t);
        SmtpServerOptions options;
        options.startTls = !implicit;
        options.smtps = implicit;
        options.user = u"ada"_s;
        options.password = u"pw"_s;
        OUTREACH_SMTP_SERVER(server, options);
        auto c = makeSendingCampaign(t.db(), 1);
        c.senders[0].login = u"ada"_s;
        pointAt(t.db(), c.senders[0], server, implicit ? Security::Tls : Security::StartTls);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        engine.setSecrets({{c.senders[0].id, u"pw"_s}});
        if (trusted)
            engine.setCaFile(server.certificatePath());
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        const auto step = engine.step(c.ab.campaignId);
        QVERIFY2(step.ok(), qPrintable(step.errorMessage()));
        if (trusted) {
            QVERIFY2(step->kind == SendStep::Kind::Sent, qPrintable(step->detail));
            QCOMPARE(server.received().size(), 1);
        } else {
            QCOMPARE(step->kind, SendStep::Kind::SenderPaused);
            QVERIFY2(step->detail.startsWith(u"TLS failed with 127.0.0.1"_s), qPrintable(step->detail));
            QCOMPARE(server.received().size(), 0);
        }
    }

    void lostAnswerAfterDataIsInDoubt()
    {
        OUTREACH_TEST_DB(t);
        SmtpServerOptions options;
        options.dropAfterData = true;
        OUTREACH_SMTP_SERVER(server, options);
        auto c = makeSendingCampaign(t.db(), 1);
        pointAt(t.db(), c.senders[0], server);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        const auto step = engine.step(c.ab.campaignId);
        QVERIFY2(step->kind == SendStep::Kind::InDoubt, qPrintable(step->detail));
        QCOMPARE(SendQueueRepository(t.db()).get(step->queueId)->state, SendState::InDoubt);
        QCOMPARE(server.received().size(), 1);
        // Never resent automatically.
        clock.advance(24 * 3600 * 1000);
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Done);
        QCOMPARE(server.received().size(), 1);
        QVERIFY(EventRepository(t.db()).forMessage(c.ab.messageIds[0])->isEmpty());
    }

    void testConnection_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("OK") << u"ok"_s << int(SmtpOutcome::Kind::Accepted) << u"OK: smtp.outreach.test"_s;
        QTest::newRow("login refused")
            << u"badpass"_s << int(SmtpOutcome::Kind::AuthFailed) << u"Authentication refused by 127.0.0.1"_s;
        QTest::newRow("nothing listening")
            << u"down"_s << int(SmtpOutcome::Kind::Unreachable) << u"Host unreachable: 127.0.0.1"_s;
        QTest::newRow("plain text to a remote host")
            << u"remote"_s << int(SmtpOutcome::Kind::Refused) << u"only allowed to this computer"_s;
    }
    void testConnection()
    {
        QFETCH(QString, situation);
        QFETCH(int, kind);
        QFETCH(QString, says);
        SmtpServerOptions options;
        options.user = u"ada"_s;
        options.password = u"pw"_s;
        OUTREACH_SMTP_SERVER(server, options);
        SmtpSettings s;
        s.host = situation == u"remote" ? u"smtp.example.com"_s : u"127.0.0.1"_s;
        s.port = server.port();
        s.security = Security::None;
        s.login = u"ada"_s;
        s.secret = situation == u"badpass" ? u"nope"_s : u"pw"_s;
        if (situation == u"down")
            server.stop();
        const SmtpOutcome out = SmtpClient::test(s);
        QVERIFY2(int(out.kind) == kind, qPrintable(out.error + u" | "_s + out.answer));
        QVERIFY2(out.error.contains(says), qPrintable(out.error));
        QVERIFY(!out.error.contains(u"nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSending)
#include "test_smtp_sending.moc"
