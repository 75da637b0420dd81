// `outreach sync --once --json` for phone senders as a user runs it: the
// token from OUTREACH_TWILIO_TOKEN (never argv), the fake Twilio on
// loopback answering statuses and inbound SMS, the documented sms_* keys
// next to the unchanged inbox keys, a second run adding nothing,
// `replies list` showing the SMS answers, a refused token as exit 1 with
// one error naming the sender and never the token.
#include "SmsStatusFixture.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run run(const QString &db, QStringList args, const QString &token)
{
    args << u"--db"_s << db;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OUTREACH_DB"_s);
    env.remove(u"OUTREACH_IMAP_PASSWORD"_s);
    env.remove(u"OUTREACH_TWILIO_TOKEN"_s);
    if (!token.isEmpty())
        env.insert(u"OUTREACH_TWILIO_TOKEN"_s, token);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliSmsSync : public QObject
{
    Q_OBJECT

private slots:
    void syncOnceReportsSmsKeys()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        // The CLI runs on the real clock: the campaign went out a minute ago.
        const QDateTime sentAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const SendingCampaign c = sentSmsCampaign(t.db(), twilio, 4, sentAt);
        const QString answered = recipientOf(t.db(), c.ab.messageIds[0]);
        const QString stopped = recipientOf(t.db(), c.ab.messageIds[3]);
        twilio.scriptStatuses(answered, {{u"delivered"_s}});
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[1]),
                              {{u"undelivered"_s, 30003, u"Unreachable destination handset"_s}});
        twilio.scriptStatuses(recipientOf(t.db(), c.ab.messageIds[2]), {{u"sent"_s}});
        twilio.scriptStatuses(stopped, {{u"delivered"_s}});
        const QString from = c.senders[0].fromAddress;
        twilio.addInbound(from, answered, u"Yes, tell me more"_s, sentAt.addSecs(20));
        twilio.addInbound(from, stopped, u"STOP"_s, sentAt.addSecs(30));
        twilio.addInbound(from, u"+14155550177"_s, u"wrong number?"_s, sentAt.addSecs(40));

        const Run first = run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s}, twilio.token());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject s = first.json().object();
        for (const char *key : {"fetched", "replies", "auto_replies", "bounces", "opt_outs", "unmatched",
                                "in_doubt_resolved", "errors"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(u"fetched"_s).toInt(), 0); // no mailbox: the inbox keys stay the mail's
        QCOMPARE(s.value(u"replies"_s).toInt(), 0);
        QCOMPARE(s.value(u"sms_delivered"_s).toInt(), 2);
        QCOMPARE(s.value(u"sms_bounced"_s).toInt(), 1);
        QCOMPARE(s.value(u"sms_opt_outs"_s).toInt(), 1);
        QCOMPARE(s.value(u"sms_replies"_s).toInt(), 1);
        QCOMPARE(s.value(u"sms_pending"_s).toInt(), 1);
        QCOMPARE(s.value(u"sms_unmatched"_s).toInt(), 1);
        QVERIFY(s.value(u"errors"_s).toArray().isEmpty());
        QVERIFY(!first.err.contains(twilio.token()));

        const Run second = run(
            t.url(), {u"sync"_s, u"--once"_s, u"--json"_s, u"--mailbox"_s, QString::number(c.senders[0].id)},
            twilio.token());
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject again = second.json().object();
        for (const char *key :
             {"sms_delivered", "sms_bounced", "sms_opt_outs", "sms_replies", "sms_unmatched"})
            QVERIFY2(again.value(QLatin1String(key)).toInt() == 0, key);
        QCOMPARE(again.value(u"sms_pending"_s).toInt(), 1);

        const Run list =
            run(t.url(), {u"replies"_s, u"list"_s, QString::number(c.ab.campaignId), u"--json"_s}, QString());
        QCOMPARE(list.exitCode, 0);
        QHash<QString, QJsonObject> byKind;
        for (const QJsonValue &v : list.json().array())
            byKind.insert(v.toObject().value(u"kind"_s).toString(), v.toObject());
        QCOMPARE(byKind.size(), 3);
        QCOMPARE(byKind.value(u"reply"_s).value(u"from"_s).toString(), answered);
        QCOMPARE(byKind.value(u"reply"_s).value(u"snippet"_s).toString(), u"Yes, tell me more"_s);
        QCOMPARE(byKind.value(u"opt_out"_s).value(u"from"_s).toString(), stopped);
        QCOMPARE(byKind.value(u"bounce"_s).value(u"status"_s).toString(), u"30003"_s);
        QCOMPARE(byKind.value(u"bounce"_s).value(u"diagnostic"_s).toString(),
                 u"Unreachable destination handset"_s);

        const Run suppressions = run(t.url(), {u"suppressions"_s, u"list"_s, u"--json"_s}, QString());
        QCOMPARE(suppressions.json().array().size(), 1);
        QCOMPARE(suppressions.json().array().at(0).toObject().value(u"value"_s).toString(), stopped);
    }

    void refusedTokenIsOneClearError()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_TWILIO_SERVER(twilio);
        const SendingCampaign c =
            sentSmsCampaign(t.db(), twilio, 1, QDateTime::currentDateTimeUtc().addSecs(-60));
        const QString wrong = u"wrong-token-8812"_s;
        const Run r = run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s}, wrong);
        QCOMPARE(r.exitCode, 1);
        const QStringList errors = r.json().object().value(u"errors"_s).toVariant().toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(c.senders[0].name), qPrintable(errors[0]));
        QVERIFY2(errors[0].contains(u"Authentication refused"_s), qPrintable(errors[0]));
        QVERIFY(!r.err.contains(wrong));
        QVERIFY(!r.out.contains(wrong.toUtf8()));
        QCOMPARE(r.json().object().value(u"sms_pending"_s).toInt(), 1);
    }

    void numberThatNeverSentNeedsNoToken()
    {
        OUTREACH_TEST_DB(t);
        makeSendingCampaign(t.db(), 1, 1, Channel::Sms); // a phone sender, nothing sent
        const Run r = run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s}, QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(u"sms_pending"_s).toInt(), 0);
        QVERIFY(r.json().object().value(u"errors"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSmsSync)
#include "test_cli_sms_sync.moc"
