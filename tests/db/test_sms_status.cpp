// SMS status sync against the fake Twilio (real HTTP over loopback) on both
// backends: a campaign is sent through SendEngine, then SmsStatusSync polls
// each message's status until it is final (each Twilio status becomes the
// right event, non-final ones are polled again with back-off, given up after
// 72 h), reads the inbound SMS to the sender's number (opt-outs suppress,
// other answers become replies, unknown numbers are ignored, every page is
// followed), and a second sync adds nothing. A refused token is one clear
// error naming the sender, without the token.
#include "AnalyticsRepository.h"
#include "EventRepository.h"
#include "FakeTwilioServer.h"
#include "InboxRepository.h"
#include "SendQueueRepository.h"
#include "SmsStatusFixture.h"
#include "SmsStatusRepository.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"
#include "inbox/InboxPoller.h"
#include "sending/SendEngine.h"
#include "sending/SmsStatusSync.h"
#include "sending/SmsStatusSyncRunner.h"
#include "sending/TwilioClient.h"

#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

const QDateTime kSentAt(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

SendingCampaign sentSmsCampaign(Database &db, const FakeTwilioServer &twilio, int messages)
{
    return outreach::test::sentSmsCampaign(db, twilio, messages, kSentAt);
}

SmsSyncSummary syncAt(Database &db, const Sender &sender, const QString &token, const QDateTime &now)
{
    SmsStatusSync sync(db);
    sync.setNow(now);
    return sync.syncSender(sender, token);
}

QList<EventType> eventsOf(Database &db, qint64 messageId)
{
    QList<EventType> types;
    for (const MessageEvent &e : EventRepository(db).forMessage(messageId).value())
        types.append(e.type);
    return types;
}

} // namespace

class TestSmsStatus : public QObject
{
    Q_OBJECT

private slots:
    void finalStatusBecomesEvent_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<QString>("event"); // "" none, else the event type
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("delivered") << u"delivered"_s << 0 << u"delivered"_s << u"delivered"_s << u"twilio"_s
                                   << false;
        QTest::newRow("read") << u"read"_s << 0 << u"delivered"_s << u"delivered"_s << u"twilio"_s << false;
        QTest::newRow("undelivered 30003")
            << u"undelivered"_s << 30003 << u"bounced"_s << u"bounced"_s << u"twilio 30003"_s << false;
        QTest::newRow("failed 30006")
            << u"failed"_s << 30006 << u"bounced"_s << u"bounced"_s << u"twilio 30006"_s << false;
        QTest::newRow("failed 21610 (replied STOP)")
            << u"failed"_s << 21610 << u"unsubscribed"_s << u"unsubscribed"_s << u"twilio"_s << true;
        QTest::newRow("canceled") << u"canceled"_s << 0 << QString() << u"canceled"_s << QString() << false;
    }
    void finalStatusBecomesEvent()
    {
        QFETCH(QString, status);
        QFETCH(int, errorCode);
        QFETCH(QString, event);
        QFETCH(QString, outcome);
        QFETCH(QString, source);
        QFETCH(bool, suppressed);
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 2);
        const qint64 target = c.ab.messageIds[0];
        const QString number = recipientOf(t.db(), target);
        twilio.scriptStatuses(
            number, {{status, errorCode, errorCode ? u"Twilio says %1"_s.arg(errorCode) : QString()}});
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[1]), {{u"sent"_s}});

        const SmsSyncSummary s = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(120));
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(twilio.statusGets(), 2);
        QCOMPARE(s.pending, 1); // the other one is only "sent"
        QCOMPARE(s.delivered, qint64(event == u"delivered"));
        QCOMPARE(s.bounced, qint64(event == u"bounced"));
        QCOMPARE(s.optOuts, qint64(event == u"unsubscribed"));

        const auto events = EventRepository(t.db()).forMessage(target).value();
        QCOMPARE(events.size(), event.isEmpty() ? 1 : 2); // sent, then the status
        if (!event.isEmpty()) {
            QCOMPARE(outreach::toString(events.last().type), event);
            QCOMPARE(events.last().source, source);
        }
        QCOMPARE(eventsOf(t.db(), c.ab.messageIds[1]), QList<EventType>{EventType::Sent});
        const auto record = SmsStatusRepository(t.db())
                                .forSend(SendQueueRepository(t.db()).forMessage(target).value()->id)
                                .value();
        QVERIFY(record.has_value());
        QCOMPARE(record->outcome, outcome);
        QCOMPARE(record->errorCode, errorCode);
        QVERIFY(record->finalAt.isValid());
        QCOMPARE(SuppressionRepository(t.db()).isSuppressed(QString(), number).value(), suppressed);
        const auto bounces = InboxRepository(t.db()).replies(c.ab.campaignId, u"bounce"_s).value();
        QCOMPARE(bounces.size(), event == u"bounced" ? 1 : 0);
        if (event == u"bounced") {
            QCOMPARE(bounces[0].statusCode, QString::number(errorCode));
            QCOMPARE(bounces[0].diagnostic, u"Twilio says %1"_s.arg(errorCode));
            QCOMPARE(bounces[0].fromAddress, number);
        }

        // A second sync never asks about a final status again and adds nothing.
        const SmsSyncSummary again = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(3600));
        QCOMPARE(again.delivered + again.bounced + again.optOuts + again.replies, qint64(0));
        QCOMPARE(twilio.statusGets(), 3); // only the pending one
        QCOMPARE(EventRepository(t.db()).forMessage(target).value().size(), events.size());
    }

    void nonFinalIsPolledAgainWithBackoff()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 1);
        const qint64 message = c.ab.messageIds[0];
        twilio.scriptStatuses(recipientOf(t.db(), message),
                              {{u"queued"_s}, {u"sending"_s}, {u"sent"_s}, {u"delivered"_s}});
        QDateTime now = kSentAt.addSecs(30);
        for (int poll = 1; poll <= 3; ++poll) {
            const SmsSyncSummary s = syncAt(t.db(), c.senders[0], twilio.token(), now);
            QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
            QCOMPARE(s.pending, 1);
            QCOMPARE(twilio.statusGets(), poll);
            // Not due yet: no request.
            QCOMPARE(syncAt(t.db(), c.senders[0], twilio.token(), now.addSecs(1)).pending, 1);
            QCOMPARE(twilio.statusGets(), poll);
            now = SmsStatusSync::nextPoll(kSentAt, now, poll);
        }
        QCOMPARE(eventsOf(t.db(), message), QList<EventType>{EventType::Sent});
        const SmsSyncSummary last = syncAt(t.db(), c.senders[0], twilio.token(), now);
        QCOMPARE(last.delivered, 1);
        QCOMPARE(last.pending, 0);
        QCOMPARE(twilio.statusGets(), 4);
        QCOMPARE(eventsOf(t.db(), message), (QList<EventType>{EventType::Sent, EventType::Delivered}));
    }

    void nextPoll_data()
    {
        QTest::addColumn<int>("ageMinutes");
        QTest::addColumn<int>("polls");
        QTest::addColumn<int>("waitMinutes");
        QTest::newRow("first") << 1 << 1 << 1;
        QTest::newRow("second") << 2 << 2 << 2;
        QTest::newRow("fourth") << 10 << 4 << 8;
        QTest::newRow("capped at an hour") << 600 << 12 << 60;
        QTest::newRow("after a day: 6 h") << 25 * 60 << 30 << 360;
    }
    void nextPoll()
    {
        QFETCH(int, ageMinutes);
        QFETCH(int, polls);
        QFETCH(int, waitMinutes);
        const QDateTime now = kSentAt.addSecs(qint64(ageMinutes) * 60);
        QCOMPARE(SmsStatusSync::nextPoll(kSentAt, now, polls), now.addSecs(qint64(waitMinutes) * 60));
    }

    void givesUpAfter72HoursLeavingItSent()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 1);
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[0]), {{u"sent"_s}});
        const QDateTime late = kSentAt.addSecs(qint64(SmsStatusSync::kGiveUpHours) * 3600 + 60);
        const SmsSyncSummary s = syncAt(t.db(), c.senders[0], twilio.token(), late);
        QCOMPARE(s.pending, 0);
        QCOMPARE(twilio.statusGets(), 1);
        const QueueEntry row = SendQueueRepository(t.db()).forMessage(c.ab.messageIds[0]).value().value();
        QCOMPARE(row.state, SendState::Sent);
        QCOMPARE(SmsStatusRepository(t.db()).forSend(row.id).value()->outcome, u"expired"_s);
        QCOMPARE(eventsOf(t.db(), c.ab.messageIds[0]), QList<EventType>{EventType::Sent});
        syncAt(t.db(), c.senders[0], twilio.token(), late.addDays(1));
        QCOMPARE(twilio.statusGets(), 1);
    }

    void inboundOptOutSuppresses_data()
    {
        QTest::addColumn<QString>("body");
        for (const QString &word : {u"STOP"_s, u"stop"_s, u"Stop."_s, u"STOPALL"_s, u"UNSUBSCRIBE"_s,
                                    u"CANCEL"_s, u"END"_s, u"QUIT"_s, u"ARRET"_s, u"Arrêt"_s, u"abmelden"_s,
                                    u"Bitte abmelden"_s, u"désabonner"_s, u"baja"_s, u"Stop\nthanks"_s})
            QTest::newRow(qPrintable(word)) << word;
    }
    void inboundOptOutSuppresses()
    {
        QFETCH(QString, body);
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 2);
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[0]), {{u"delivered"_s}});
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[1]), {{u"delivered"_s}});
        const QString number = recipientOf(t.db(), c.ab.messageIds[0]);
        twilio.addInbound(c.senders[0].fromAddress, number, body, kSentAt.addSecs(600));

        const SmsSyncSummary s = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(3600));
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.optOuts, 1);
        QCOMPARE(s.replies, 0);
        QVERIFY(eventsOf(t.db(), c.ab.messageIds[0]).contains(EventType::Unsubscribed));
        QVERIFY(!eventsOf(t.db(), c.ab.messageIds[0]).contains(EventType::Replied));
        QVERIFY(SuppressionRepository(t.db()).isSuppressed(QString(), number).value());
        const auto optOuts = InboxRepository(t.db()).replies(c.ab.campaignId, u"opt_out"_s).value();
        QCOMPARE(optOuts.size(), 1);
        QCOMPARE(optOuts[0].body, body);

        const SmsSyncSummary again = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(7200));
        QCOMPARE(again.optOuts, 0);
        QCOMPARE(InboxRepository(t.db()).replies(c.ab.campaignId).value().size(), 1);
    }

    void inboundAnswerIsAReply()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 2);
        const QString number = recipientOf(t.db(), c.ab.messageIds[1]);
        const QDateTime deliveredAt = kSentAt.addSecs(65);
        twilio.scriptStatuses(number, {{u"delivered"_s, 0, QString(), deliveredAt}});
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[0]), {{u"delivered"_s}});
        const QDateTime at = kSentAt.addSecs(900);
        twilio.addInbound(c.senders[0].fromAddress, number, u"Sounds good, call me tomorrow at 10"_s, at);

        const SmsSyncSummary s = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(3600));
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.replies, 1);
        QCOMPARE(s.optOuts, 0);
        QCOMPARE(s.delivered, 2);
        QCOMPARE(eventsOf(t.db(), c.ab.messageIds[1]),
                 (QList<EventType>{EventType::Sent, EventType::Delivered, EventType::Replied}));
        // Twilio's date_updated is when it was delivered.
        QCOMPARE(EventRepository(t.db()).forMessage(c.ab.messageIds[1]).value().at(1).occurredAt,
                 deliveredAt);
        const auto replies = InboxRepository(t.db()).replies(c.ab.campaignId, u"reply"_s).value();
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].fromAddress, number);
        QCOMPARE(replies[0].messageId, c.ab.messageIds[1]);
        QCOMPARE(replies[0].receivedAt, at);
        QCOMPARE(replies[0].snippet, u"Sounds good, call me tomorrow at 10"_s);
        QVERIFY(!SuppressionRepository(t.db()).isSuppressed(QString(), number).value());
        QVERIFY(InboxRepository(t.db()).stoppedUntil(number).value() > at); // stop on reply

        // The campaign's counters moved with the events, exactly as a recount says.
        qint64 delivered = 0, replied = 0;
        for (const FunnelCounts &v : AnalyticsRepository(t.db()).variantCounts(c.ab.campaignId).value()) {
            delivered += v.delivered;
            replied += v.replied;
        }
        QCOMPARE(delivered, 2);
        QCOMPARE(replied, 1);
        QCOMPARE(AnalyticsRepository(t.db()).variantCounts(c.ab.campaignId).value(),
                 AnalyticsRepository(t.db()).recountFromEvents(c.ab.campaignId).value());

        const SmsSyncSummary again = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(7200));
        QCOMPARE(again.replies, 0);
        QCOMPARE(eventsOf(t.db(), c.ab.messageIds[1]).size(), 3);
    }

    void inboundFromUnknownNumberIsIgnored()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 1);
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[0]), {{u"delivered"_s}});
        twilio.addInbound(c.senders[0].fromAddress, u"+14155550199"_s, u"STOP"_s, kSentAt.addSecs(60));
        twilio.addInbound(c.senders[0].fromAddress, u"+14155550198"_s, u"who is this?"_s,
                          kSentAt.addSecs(90));
        // To another of the account's numbers: not listed for this sender.
        twilio.addInbound(u"+15559990000"_s, recipientOf(t.db(), c.ab.messageIds[0]), u"hello"_s,
                          kSentAt.addSecs(120));

        const SmsSyncSummary s = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(3600));
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.unmatched, 2);
        QCOMPARE(s.replies + s.optOuts, qint64(0));
        QVERIFY(InboxRepository(t.db()).replies(0).value().isEmpty());
        QVERIFY(SuppressionRepository(t.db()).list().value().isEmpty());
        // Counted once: the next pass lists the same day again.
        QCOMPARE(syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(7200)).unmatched, 0);
    }

    void pagingIsFollowed()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 3);
        for (qint64 id : c.ab.messageIds)
            twilio.scriptStatuses(recipientOf(t.db(), id), {{u"delivered"_s}});
        twilio.setPageSize(2);
        for (int i = 0; i < 5; ++i)
            twilio.addInbound(c.senders[0].fromAddress, recipientOf(t.db(), c.ab.messageIds[i % 3]),
                              u"Answer %1"_s.arg(i), kSentAt.addSecs(600 + i * 60));

        const SmsSyncSummary s = syncAt(t.db(), c.senders[0], twilio.token(), kSentAt.addSecs(3600));
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.join(u'\n')));
        QCOMPARE(s.replies, 5);
        QCOMPARE(twilio.listGets(), 3);
        const QUrlQuery first(twilio.listRequests().first());
        QCOMPARE(first.queryItemValue(u"To"_s, QUrl::FullyDecoded), c.senders[0].fromAddress);
        QCOMPARE(first.queryItemValue(u"DateSent>"_s, QUrl::FullyDecoded), u"2026-12-03"_s);
        QCOMPARE(InboxRepository(t.db()).replies(c.ab.campaignId, u"reply"_s).value().size(), 5);
    }

    void nextPageStaysOnTheAccountsServer_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected"); // empty: no next page
        const QString path = u"/2010-04-01/Accounts/AC1/Messages.json"_s;
        QTest::newRow("path and query")
            << path + u"?To=%2B15550001000&Page=1&PageToken=PA1"_s
            << u"https://api.twilio.com"_s + path + u"?To=%2B15550001000&Page=1&PageToken=PA1"_s;
        QTest::newRow("end of the list") << QString() << QString();
        QTest::newRow("another host") << u"https://evil.example"_s + path << QString();
        QTest::newRow("scheme-relative") << u"//evil.example"_s + path << QString();
        QTest::newRow("relative without slash") << u"Messages.json?Page=1"_s << QString();
    }
    void nextPageStaysOnTheAccountsServer()
    {
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        TwilioAccount account;
        account.baseUrl = QUrl(TwilioAccount::defaultBaseUrl());
        account.accountSid = u"AC1"_s;
        const QUrl next = TwilioClient::nextPageUrl(account, uri);
        QCOMPARE(next.isValid() ? next.toString(QUrl::FullyEncoded) : QString(), expected);
    }

    void refusedTokenIsOneClearError()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 2);
        twilio.addInbound(c.senders[0].fromAddress, recipientOf(t.db(), c.ab.messageIds[0]), u"hi"_s,
                          kSentAt.addSecs(60));
        const int before = twilio.requestCount();
        const QString wrong = u"wrong-token-5521"_s;
        const SmsSyncSummary s = syncAt(t.db(), c.senders[0], wrong, kSentAt.addSecs(3600));
        QCOMPARE(s.errors.size(), 1);
        QVERIFY(s.authenticationFailed);
        QVERIFY2(s.errors[0].contains(c.senders[0].name), qPrintable(s.errors[0]));
        QVERIFY2(s.errors[0].contains(u"Authentication refused"_s), qPrintable(s.errors[0]));
        QVERIFY(!s.errors[0].contains(wrong));
        QVERIFY(!s.errors[0].contains(twilio.token()));
        QCOMPARE(twilio.requestCount(), before + 1); // nothing else tried
        QCOMPARE(s.pending, 2);
        QCOMPARE(eventsOf(t.db(), c.ab.messageIds[0]), QList<EventType>{EventType::Sent});
    }

    void runnerSyncsOffTheCallingThread()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 1);
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[0]), {{u"delivered"_s}});
        qputenv("OUTREACH_TWILIO_TOKEN", twilio.token().toUtf8());
        SmsStatusSyncRunner runner(t.url());
        runner.setNow(kSentAt.addSecs(600));
        QSignalSpy progress(&runner, &SmsStatusSyncRunner::progress);
        QSignalSpy finished(&runner, &SmsStatusSyncRunner::finished);
        Sender mailbox = testMailbox(9); // not a phone: left out
        QVERIFY(runner.start({c.senders[0], mailbox}, nullptr));
        QVERIFY(!runner.start({c.senders[0]}, nullptr)); // one run at a time
        QVERIFY(finished.wait(30000));
        qunsetenv("OUTREACH_TWILIO_TOKEN");
        const auto summary = finished.at(0).at(0).value<SmsSyncSummary>();
        QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
        QCOMPARE(summary.delivered, 1);
        QCOMPARE(progress.size(), 1);
        QVERIFY(!progress.at(0).at(0).toString().contains(twilio.token()));
        QCOMPARE(eventsOf(t.db(), c.ab.messageIds[0]),
                 (QList<EventType>{EventType::Sent, EventType::Delivered}));
    }

    // The app's poller asks Twilio after the mailboxes, at the same cadence,
    // and tells the window when that recorded something; after stop() (the
    // window closing) it does not start the SMS part. Real clock: the SMS
    // was sent ten minutes ago.
    void appPollerAsksTwilioAfterTheMailboxes()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c =
            outreach::test::sentSmsCampaign(t.db(), twilio, 1, QDateTime::currentDateTimeUtc().addSecs(-600));
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[0]), {{u"delivered"_s}});
        qputenv("OUTREACH_TWILIO_TOKEN", twilio.token().toUtf8());
        inbox::InboxPoller poller(t.db());
        QSignalSpy sms(&poller, &inbox::InboxPoller::smsPassFinished);
        QSignalSpy finished(&poller, &inbox::InboxPoller::passFinished);
        QSignalSpy events(&poller, &inbox::InboxPoller::eventsArrived);
        QVERIFY(poller.syncNow());
        QVERIFY(finished.wait(30000));
        QCOMPARE(sms.size(), 1);
        QCOMPARE(sms.at(0).at(0).value<SmsSyncSummary>().delivered, 1);
        QCOMPARE(events.size(), 1);
        QVERIFY(!poller.isRunning());
        QCOMPARE(eventsOf(t.db(), c.ab.messageIds[0]),
                 (QList<EventType>{EventType::Sent, EventType::Delivered}));

        // Final: the next pass asks nothing and has nothing to tell.
        const int gets = twilio.statusGets();
        QVERIFY(poller.syncNow());
        QVERIFY(finished.wait(30000));
        QCOMPARE(twilio.statusGets(), gets);
        QCOMPARE(events.size(), 1);

        // Stopped during the mail part: no SMS part follows.
        QVERIFY(poller.syncNow());
        poller.stop();
        QVERIFY(finished.wait(30000));
        QCOMPARE(sms.size(), 2);
        qunsetenv("OUTREACH_TWILIO_TOKEN");
    }
};

QTEST_GUILESS_MAIN(TestSmsStatus)
#include "test_sms_status.moc"
