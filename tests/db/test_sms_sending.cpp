// SMS sending end to end against the fake Twilio (tests/support/
// FakeTwilioServer, real HTTP over loopback): each assigned variant is
// posted once with the lead's number in E.164, the message SID is stored
// with the `sent` event; every error Twilio answers maps to its outcome
// (failed, unsubscribed and suppressed, retried after Retry-After or a
// backoff, sender paused, in doubt) and no request is ever sent twice, not
// even when the server closes the connection without answering.
#include "EventRepository.h"
#include "FakeTwilioServer.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "SendQueueRepository.h"
#include "SendingFixture.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"
#include "sending/SendEngine.h"

#include <QTcpServer>
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

Q_DECLARE_METATYPE(outreach::test::TwilioFault)

namespace {

const QDateTime kNow(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

// An active SMS campaign whose phone senders post to the fake.
SendingCampaign smsCampaign(Database &db, const FakeTwilioServer &twilio, int messages, int senders = 1)
{
    SendingCampaign c = makeSendingCampaign(db, messages, senders, Channel::Sms);
    for (Sender &s : c.senders) {
        s.accountSid = twilio.accountSid();
        s.baseUrl = twilio.baseUrl().toString();
        if (auto r = SenderRepository(db).update(s); !r)
            qFatal("update sender: %s", qPrintable(r.errorMessage()));
    }
    return c;
}

QHash<qint64, QString> tokens(const SendingCampaign &c, const QString &token)
{
    QHash<qint64, QString> secrets;
    for (const Sender &s : c.senders)
        secrets.insert(s.id, token);
    return secrets;
}

QString assignedBody(Database &db, qint64 messageId)
{
    const Message m = MessageRepository(db).get(messageId).value();
    return m.variants[*m.assignedVariant].body;
}

} // namespace

class TestSmsSending : public QObject
{
    Q_OBJECT

private slots:
    void sendsEachAssignedVariantOnce()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 3);
        // An edited variant with characters the form encoding must keep.
        MessageRepository messages(t.db());
        const Message first = messages.get(c.ab.messageIds[0]).value();
        const Variant v = first.variants[*first.assignedVariant];
        const QString edited = u"Hi 👋 20% off & more: a+b = c? Grüße, Zoë"_s;
        QVERIFY(messages.updateVariant(first.id, v.index, v.subject, edited, v.version).ok());
        // A national number: the lead's country gives the calling code.
        LeadRepository leads(t.db());
        Lead lead = leads.get(c.ab.leads[1].id).value();
        lead.phone = u"(415) 555-0123"_s;
        lead.location = u"San Francisco, United States"_s;
        QVERIFY(leads.update(lead).ok());

        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        engine.setSecrets(tokens(c, twilio.token()));
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        for (int i = 0; i < 3; ++i) {
            const auto step = engine.step(c.ab.campaignId);
            QVERIFY2(step.ok(), qPrintable(step.errorMessage()));
            QVERIFY2(step->kind == SendStep::Kind::Sent, qPrintable(step->detail));
        }
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Done);

        const QList<FakeSms> received = twilio.messages();
        QCOMPARE(received.size(), 3);
        QCOMPARE(twilio.messagePosts(), 3);
        SendQueueRepository queue(t.db());
        for (int i = 0; i < 3; ++i) {
            const qint64 messageId = c.ab.messageIds[i];
            const QueueEntry row = queue.forMessage(messageId).value().value();
            QCOMPARE(row.state, SendState::Sent);
            const auto sms = std::find_if(received.begin(), received.end(),
                                          [&](const FakeSms &s) { return s.sid == row.providerId; });
            QVERIFY2(sms != received.end(), qPrintable(row.providerId));
            QVERIFY(row.providerId.startsWith(u"SM"_s));
            QCOMPARE(sms->to, row.recipient);
            QCOMPARE(sms->from, c.senders[0].fromAddress);
            QCOMPARE(sms->body, assignedBody(t.db(), messageId));
            const auto events = EventRepository(t.db()).forMessage(messageId).value();
            QCOMPARE(events.size(), 1);
            QCOMPARE(events[0].type, EventType::Sent);
            QCOMPARE(events[0].source, u"twilio"_s);
        }
        QCOMPARE(received[0].body, edited);
        QCOMPARE(queue.forMessage(c.ab.messageIds[1]).value()->recipient, u"+14155550123"_s);
        QCOMPARE(queue.forMessage(c.ab.messageIds[0]).value()->recipient, c.ab.leads[0].phone);
    }

    void messagingServiceInsteadOfFrom()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 1);
        c.senders[0].fromAddress.clear();
        c.senders[0].messagingServiceSid = u"MG0123456789abcdef0123456789abcdef"_s;
        QVERIFY(SenderRepository(t.db()).update(c.senders[0]).ok());
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        engine.setSecrets(tokens(c, twilio.token()));
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Sent);
        QCOMPARE(twilio.messages().size(), 1);
        QCOMPARE(twilio.messages()[0].messagingServiceSid, c.senders[0].messagingServiceSid);
        QVERIFY(twilio.messages()[0].from.isEmpty());
    }

    void mapsTwilioAnswers_data()
    {
        QTest::addColumn<TwilioFault>("fault");
        QTest::addColumn<SendStep::Kind>("step");
        QTest::addColumn<SendState>("state");
        QTest::addColumn<bool>("senderPaused");
        QTest::addColumn<QString>("reasonHas");
        using F = TwilioFault;
        using K = SendStep::Kind;
        QTest::newRow("21211 invalid number")
            << F::error(400, 21211, u"The 'To' number +1555 is not a valid phone number."_s) << K::Failed
            << SendState::Failed << false << u"21211"_s;
        QTest::newRow("21614 not a mobile")
            << F::error(400, 21614, u"'To' number is not a valid mobile number"_s) << K::Failed
            << SendState::Failed << false << u"21614"_s;
        QTest::newRow("21610 STOP") << F::error(400, 21610, u"Attempt to send to unsubscribed recipient"_s)
                                    << K::Suppressed << SendState::Suppressed << false << u"21610"_s;
        QTest::newRow("429 with Retry-After") << F::error(429, 20429, u"Too Many Requests"_s, 7) << K::Retry
                                              << SendState::Queued << false << QString();
        QTest::newRow("500") << F::error(500, 20500, u"An internal server error has occurred"_s) << K::Retry
                             << SendState::Queued << false << QString();
        QTest::newRow("503") << F::error(503, 20503, u"Service unavailable"_s) << K::Retry
                             << SendState::Queued << false << QString();
        QTest::newRow("401 20003") << F::error(401, 20003, u"Authenticate"_s) << K::SenderPaused
                                   << SendState::Queued << true << u"auth token"_s;
        QTest::newRow("21606 From not owned")
            << F::error(400, 21606,
                        u"The From phone number is not a valid, SMS-capable inbound phone number"_s)
            << K::SenderPaused << SendState::Queued << true << u"From number"_s;
        QTest::newRow("closed without an answer")
            << F::closeWithoutAnswer() << K::InDoubt << SendState::InDoubt << false << u"not sent again"_s;
        QTest::newRow("200, but not Twilio")
            << F::notTwilio() << K::InDoubt << SendState::InDoubt << true << u"base URL"_s;
    }
    void mapsTwilioAnswers()
    {
        QFETCH(TwilioFault, fault);
        QFETCH(SendStep::Kind, step);
        QFETCH(SendState, state);
        QFETCH(bool, senderPaused);
        QFETCH(QString, reasonHas);
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 1);
        twilio.enqueue(fault);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        engine.setSecrets(tokens(c, twilio.token()));
        engine.setRetryBaseMs(60'000);
        const auto result = engine.step(c.ab.campaignId);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->kind, step);
        QVERIFY2(result->detail.contains(reasonHas), qPrintable(result->detail));
        QCOMPARE(twilio.messagePosts(), 1); // one request, never repeated behind our back
        QCOMPARE(twilio.messages().size(), 0);

        const qint64 messageId = c.ab.messageIds[0];
        const QueueEntry row = SendQueueRepository(t.db()).forMessage(messageId).value().value();
        QCOMPARE(row.state, state);
        const Sender sender = SenderRepository(t.db()).get(c.senders[0].id).value();
        QCOMPARE(sender.paused, senderPaused);
        if (senderPaused)
            QCOMPARE(sender.pauseReason, result->detail);
        const auto events = EventRepository(t.db()).forMessage(messageId).value();
        const QString phone = c.ab.leads[0].phone;
        const bool suppressed = SuppressionRepository(t.db()).isSuppressed(QString(), phone).value();
        QCOMPARE(suppressed, state == SendState::Suppressed);
        if (state == SendState::Suppressed) {
            QCOMPARE(events.size(), 1);
            QCOMPARE(events[0].type, EventType::Unsubscribed);
            QCOMPARE(events[0].source, u"twilio"_s);
        } else {
            QVERIFY(events.isEmpty());
        }
        if (step != SendStep::Kind::Retry)
            return;
        // Retried later: after Retry-After when Twilio gave one, else the backoff.
        const qint64 waitMs = fault.retryAfterSeconds >= 0 ? fault.retryAfterSeconds * 1000 : 60'000;
        QCOMPARE(row.scheduledAt, kNow.addMSecs(waitMs));
        if (fault.retryAfterSeconds >= 0)
            QVERIFY(sender.nextSendAt >= kNow.addMSecs(waitMs));
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Waiting);
        clock.advance(waitMs);
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Sent);
        QCOMPARE(twilio.messages().size(), 1);
        QCOMPARE(twilio.messagePosts(), 2);
    }

    void stopSuppressesTheNumber()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 2);
        // Written nationally; the list holds it in E.164.
        LeadRepository leads(t.db());
        Lead lead = leads.get(c.ab.leads[0].id).value();
        lead.phone = u"030 1234567"_s;
        lead.location = u"Berlin, Germany"_s;
        QVERIFY(leads.update(lead).ok());
        twilio.addUnsubscribed(u"+49301234567"_s);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        engine.setSecrets(tokens(c, twilio.token()));
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        QList<SendStep::Kind> kinds;
        for (int i = 0; i < 2; ++i)
            kinds.append(engine.step(c.ab.campaignId)->kind);
        QVERIFY(kinds.contains(SendStep::Kind::Suppressed) && kinds.contains(SendStep::Kind::Sent));
        const auto entry = SuppressionRepository(t.db()).find(QString(), u"+49301234567"_s).value();
        QVERIFY(entry.has_value());
        QCOMPARE(entry->reason, SuppressionReason::Unsubscribed);
        QCOMPARE(entry->kind, SuppressionKind::Phone);
        // Checked again on every run: the number is never posted to again.
        const int posts = twilio.messagePosts();
        const auto refreshed = engine.scheduler().refresh(c.ab.campaignId);
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed->suppressed, 1);
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Done);
        QCOMPARE(twilio.messagePosts(), posts);
    }

    void inDoubtWhenNoAnswerInTime()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 1);
        twilio.enqueue(TwilioFault::neverAnswer());
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        engine.setSecrets(tokens(c, twilio.token()));
        engine.setSmsTimeoutMs(500);
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::InDoubt);
        QCOMPARE(twilio.messagePosts(), 1);
        // Never resent by itself.
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Done);
        QCOMPARE(twilio.messagePosts(), 1);
    }

    void nothingLeftRetries()
    {
        OUTREACH_TEST_DB(t);
        // A port nobody listens on: the connection is refused before anything left.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto c = makeSendingCampaign(t.db(), 1, 1, Channel::Sms);
        c.senders[0].accountSid = u"AC0123"_s;
        c.senders[0].baseUrl = u"http://127.0.0.1:%1"_s.arg(port);
        QVERIFY(SenderRepository(t.db()).update(c.senders[0]).ok());
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        engine.setSecrets(tokens(c, u"secret-token"_s));
        const auto step = engine.step(c.ab.campaignId);
        QCOMPARE(step->kind, SendStep::Kind::Retry);
        QVERIFY2(step->detail.contains(u"refused"_s), qPrintable(step->detail));
        QVERIFY(!step->detail.contains(u"secret-token"_s));
        QCOMPARE(SendQueueRepository(t.db()).forMessage(c.ab.messageIds[0]).value()->state,
                 SendState::Queued);
    }

    void senderProblemsPauseBeforeSending_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("wrong token") << QString() << u"wrong"_s << u"auth token"_s;
        QTest::newRow("no token") << QString() << QString() << u"OUTREACH_TWILIO_TOKEN"_s;
        QTest::newRow("plain http to another computer")
            << u"http://api.example.com"_s << u"t0ken"_s << u"plain HTTP"_s;
    }
    void senderProblemsPauseBeforeSending()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, token);
        QFETCH(QString, reasonHas);
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 2);
        if (!baseUrl.isEmpty()) {
            c.senders[0].baseUrl = baseUrl;
            QVERIFY(SenderRepository(t.db()).update(c.senders[0]).ok());
        }
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        if (!token.isEmpty())
            engine.setSecrets(tokens(c, token));
        const auto step = engine.step(c.ab.campaignId);
        QCOMPARE(step->kind, SendStep::Kind::SenderPaused);
        QVERIFY2(step->detail.contains(reasonHas), qPrintable(step->detail));
        QVERIFY(token.isEmpty() || !step->detail.contains(token));
        const Sender sender = SenderRepository(t.db()).get(c.senders[0].id).value();
        QVERIFY(sender.paused);
        QCOMPARE(twilio.messages().size(), 0);
        // Both messages wait in the queue; nothing goes out through a paused sender.
        QCOMPARE(SendQueueRepository(t.db()).counts(c.ab.campaignId)->value(SendState::Queued), 2);
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Waiting);
    }

    void testMessageToMe()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 1);
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        engine.setSecrets(tokens(c, twilio.token()));
        const auto step = engine.sendTest(c.ab.campaignId, c.senders[0], u"+1 415 555 0100"_s);
        QVERIFY2(step.ok(), qPrintable(step.errorMessage()));
        QVERIFY2(step->kind == SendStep::Kind::Sent, qPrintable(step->detail));
        QCOMPARE(twilio.messages().size(), 1);
        QCOMPARE(twilio.messages()[0].to, u"+14155550100"_s);
        QVERIFY(twilio.messages()[0].body.startsWith(u"[Test] "_s));
        // Not queued and not counted.
        QCOMPARE(SendQueueRepository(t.db()).list(c.ab.campaignId)->size(), 0);
        QCOMPARE(engine.sendTest(c.ab.campaignId, c.senders[0], u"12"_s)->kind, SendStep::Kind::Failed);
        QCOMPARE(twilio.messagePosts(), 1);
    }

    void pacesPerNumberAndHonoursTheCap()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        auto c = smsCampaign(t.db(), twilio, 4);
        // `senders add-phone` defaults: one message a second.
        c.senders[0].gapMinMs = c.senders[0].gapMaxMs = 1000;
        c.senders[0].dailyCap = 3;
        QVERIFY(SenderRepository(t.db()).update(c.senders[0]).ok());
        ManualClock clock(kNow);
        SendEngine engine(t.db(), clock, 1);
        QVERIFY(engine.scheduler().refresh(c.ab.campaignId).ok());
        engine.setSecrets(tokens(c, twilio.token()));
        QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Sent);
        auto wait = engine.step(c.ab.campaignId);
        QCOMPARE(wait->kind, SendStep::Kind::Waiting);
        QCOMPARE(wait->wakeAt, kNow.addMSecs(1000));
        for (int i = 0; i < 2; ++i) {
            clock.advance(1000);
            QCOMPARE(engine.step(c.ab.campaignId)->kind, SendStep::Kind::Sent);
        }
        clock.advance(1000);
        wait = engine.step(c.ab.campaignId);
        QCOMPARE(wait->kind, SendStep::Kind::Waiting); // the cap of 3 a day
        QVERIFY(wait->wakeAt >= QDateTime(kNow.date().addDays(1), QTime(0, 0), Qt::UTC));
        QCOMPARE(twilio.messages().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSmsSending)
#include "test_sms_sending.moc"
