// `outreach replies list` (one campaign or --all) and `outreach replies
// correct` as a user runs them against a real database: the JSON keys,
// the counts `outreach analytics` shows before and after, and exit codes
// 0 / 2.
#include "TestDatabase.h"
#include "db/ReplyFixture.h"

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

Run run(const QString &db, QStringList args)
{
    args << u"--db"_s << db;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OUTREACH_DB"_s);
    env.insert(u"USER"_s, u"cli-tester"_s);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
    if (!process.waitForFinished(60000))
        return {};
    return Run{process.exitCode(), process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

// A campaign's summed count of `key` (replied, auto_replied, ...) from `outreach analytics --json`.
int analyticsCount(const QString &db, qint64 campaignId, const QString &key)
{
    const Run r = run(db, {u"analytics"_s, QString::number(campaignId), u"--json"_s});
    if (r.exitCode != 0)
        return -1;
    int sum = 0;
    for (const QJsonValue &v : r.json().object().value(u"variants"_s).toArray())
        sum += v.toObject().value(key).toInt();
    return sum;
}

} // namespace

class TestCliReplies : public QObject
{
    Q_OBJECT

private slots:
    void listAllAndCorrect()
    {
        OUTREACH_TEST_DB(t);
        const SendingCampaign first = makeSendingCampaign(t.db(), 3);
        const SendingCampaign second{makeSecondCampaign(t.db(), 2), first.senders};
        markAllSent(t.db(), first.ab);
        markAllSent(t.db(), second.ab);
        const ReplyRecord reply = recordMail(t.db(), first.ab, 0, u"reply"_s, 30, u"On holiday, back soon"_s);
        recordMail(t.db(), first.ab, 1, u"bounce"_s, 20, u"Delivery failed"_s);
        const ReplyRecord other = recordMail(t.db(), second.ab, 0, u"auto_reply"_s, 10, u"Call me!"_s);

        Run r = run(t.url(), {u"replies"_s, u"list"_s, u"--all"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonArray all = r.json().array();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(u"id"_s).toInteger(), other.id); // newest first
        QCOMPARE(all.at(0).toObject().value(u"campaign_id"_s).toInteger(), second.ab.campaignId);
        QCOMPARE(all.at(0).toObject().value(u"campaign"_s).toString(), u"A/B 100"_s);
        for (const char *key :
             {"id", "campaign_id", "campaign", "message_id", "lead_email", "lead_name", "variant", "kind",
              "from", "received_at", "subject", "snippet", "status", "diagnostic", "return_date", "corrected",
              "corrected_from", "corrected_by", "corrected_at"})
            QVERIFY2(all.at(0).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(all.at(0).toObject().value(u"corrected"_s).toBool(), false);

        r = run(t.url(), {u"replies"_s, u"list"_s, u"--all"_s, u"--kind"_s, u"auto-reply"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().array().size(), 1);
        r = run(t.url(), {u"replies"_s, u"list"_s, QString::number(first.ab.campaignId), u"--json"_s});
        QCOMPARE(r.json().array().size(), 2);

        QCOMPARE(analyticsCount(t.url(), first.ab.campaignId, u"replied"_s), 1);
        QCOMPARE(analyticsCount(t.url(), first.ab.campaignId, u"auto_replied"_s), 0);
        r = run(t.url(), {u"replies"_s, u"correct"_s, QString::number(reply.id), u"--as"_s, u"not-reply"_s,
                          u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject c = r.json().object();
        for (const char *key : {"correction_id", "reply_id", "campaign_id", "message_id", "from_kind",
                                "to_kind", "voided_event_id", "added_event_id", "corrected_by",
                                "corrected_at", "suppression_kept", "suppression_added"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value(u"from_kind"_s).toString(), u"reply"_s);
        QCOMPARE(c.value(u"to_kind"_s).toString(), u"auto_reply"_s);
        QCOMPARE(c.value(u"corrected_by"_s).toString(), u"cli-tester"_s);
        QCOMPARE(analyticsCount(t.url(), first.ab.campaignId, u"replied"_s), 0);
        QCOMPARE(analyticsCount(t.url(), first.ab.campaignId, u"auto_replied"_s), 1);

        // The other campaign's auto-reply was a real answer.
        QCOMPARE(analyticsCount(t.url(), second.ab.campaignId, u"replied"_s), 0);
        r = run(t.url(), {u"replies"_s, u"correct"_s, QString::number(other.id), u"--as"_s, u"reply"_s,
                          u"--by"_s, u"Ada"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(analyticsCount(t.url(), second.ab.campaignId, u"replied"_s), 1);
        QCOMPARE(analyticsCount(t.url(), second.ab.campaignId, u"auto_replied"_s), 0);

        r = run(t.url(), {u"replies"_s, u"list"_s, u"--all"_s, u"--json"_s});
        const QJsonObject listed = r.json().array().at(0).toObject();
        QCOMPARE(listed.value(u"kind"_s).toString(), u"reply"_s);
        QCOMPARE(listed.value(u"corrected"_s).toBool(), true);
        QCOMPARE(listed.value(u"corrected_from"_s).toString(), u"auto_reply"_s);
        QCOMPARE(listed.value(u"corrected_by"_s).toString(), u"Ada"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("campaign and --all") << QStringList{u"replies"_s, u"list"_s, u"1"_s, u"--all"_s};
        QTest::newRow("neither campaign nor --all") << QStringList{u"replies"_s, u"list"_s};
        QTest::newRow("unknown kind")
            << QStringList{u"replies"_s, u"list"_s, u"--all"_s, u"--kind"_s, u"x"_s};
        QTest::newRow("correct without --as") << QStringList{u"replies"_s, u"correct"_s, u"REPLY"_s};
        QTest::newRow("correct --as unknown")
            << QStringList{u"replies"_s, u"correct"_s, u"REPLY"_s, u"--as"_s, u"maybe"_s};
        QTest::newRow("not-reply of a bounce")
            << QStringList{u"replies"_s, u"correct"_s, u"BOUNCE"_s, u"--as"_s, u"not-reply"_s};
        QTest::newRow("reply is already a reply")
            << QStringList{u"replies"_s, u"correct"_s, u"REPLY"_s, u"--as"_s, u"reply"_s};
        QTest::newRow("unknown reply")
            << QStringList{u"replies"_s, u"correct"_s, u"999999"_s, u"--as"_s, u"reply"_s};
        QTest::newRow("reply id not a number")
            << QStringList{u"replies"_s, u"correct"_s, u"x"_s, u"--as"_s, u"reply"_s};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 2);
        markAllSent(t.db(), c.ab);
        const ReplyRecord reply = recordMail(t.db(), c.ab, 0, u"reply"_s, 5, u"Yes"_s);
        const ReplyRecord bounce = recordMail(t.db(), c.ab, 1, u"bounce"_s, 4, u"Failed"_s);
        args.replaceInStrings(u"REPLY"_s, QString::number(reply.id));
        args.replaceInStrings(u"BOUNCE"_s, QString::number(bounce.id));
        const Run r = run(t.url(), args << u"--json"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(analyticsCount(t.url(), c.ab.campaignId, u"replied"_s), 1);
        QCOMPARE(analyticsCount(t.url(), c.ab.campaignId, u"bounced"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliReplies)
#include "test_cli_replies.moc"
