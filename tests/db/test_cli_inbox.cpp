// `outreach sync` and `outreach replies list` as a user runs them: a real
// Dovecot, the secret from OUTREACH_IMAP_PASSWORD, one JSON document with
// the documented keys, exit codes 0 / 1 / 2.
#include "InboxFixture.h"
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

} // namespace

class TestCliInbox : public QObject
{
    Q_OBJECT

    DovecotServer m_server;
    int m_folders = 0;

    Run run(const QString &db, QStringList args, const QString &password)
    {
        args << u"--db"_s << db;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"OUTREACH_DB"_s);
        env.remove(u"OUTREACH_SMTP_PASSWORD"_s);
        env.insert(u"OUTREACH_IMAP_PASSWORD"_s, password);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
        if (!process.waitForFinished(120000))
            return {};
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { OUTREACH_TEST_DOVECOT(m_server); }

    void syncOnceAndListReplies()
    {
        OUTREACH_TEST_DB(t);
        const QString folder = u"Cli%1x%2"_s.arg(++m_folders).arg(TestDatabase::backendName());
        const Sender sender = makeInboxSender(t.db(), m_server, folder);
        const AbCampaign c =
            makeSends(t.db(), sender,
                      {{u"c1-m1.8f2k3j@mail.acme-outreach.test"_s, u"ben.fischer@gmail.example"_s},
                       {u"c1-m2.x9q7wd@mail.acme-outreach.test"_s, u"lucia@garcia-sl.example"_s},
                       {u"c1-m4.g5h6j7@mail.acme-outreach.test"_s, u"no-such-user@gmail.example"_s}});
        for (const char *name :
             {"reply-gmail-plain.eml", "ooo-es-x-autoreply.eml", "dsn-gmail-hard.eml", "reply-not-ours.eml"})
            QVERIFY(m_server.deliver(mailFixture(QString::fromLatin1(name)), folder));

        const Run first = run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s}, m_server.password());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject s = first.json().object();
        for (const char *key :
             {"fetched", "replies", "auto_replies", "bounces", "opt_outs", "unmatched", "in_doubt_resolved"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(u"fetched"_s).toInt(), 4);
        QCOMPARE(s.value(u"replies"_s).toInt(), 1);
        QCOMPARE(s.value(u"auto_replies"_s).toInt(), 1);
        QCOMPARE(s.value(u"bounces"_s).toInt(), 1);
        QCOMPARE(s.value(u"opt_outs"_s).toInt(), 0);
        QCOMPARE(s.value(u"unmatched"_s).toInt(), 1);
        QVERIFY(!first.err.contains(m_server.password()));

        const Run second =
            run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s, u"--mailbox"_s, QString::number(sender.id)},
                m_server.password());
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().object().value(u"fetched"_s).toInt(), 0);
        QCOMPARE(second.json().object().value(u"replies"_s).toInt(), 0);

        const Run list = run(
            t.url(),
            {u"replies"_s, u"list"_s, QString::number(c.campaignId), u"--kind"_s, u"reply"_s, u"--json"_s},
            QString());
        QCOMPARE(list.exitCode, 0);
        const QJsonArray replies = list.json().array();
        QCOMPARE(replies.size(), 1);
        const QJsonObject reply = replies.at(0).toObject();
        QCOMPARE(reply.value(u"kind"_s).toString(), u"reply"_s);
        QCOMPARE(reply.value(u"from"_s).toString(), u"ben.fischer@gmail.example"_s);
        QVERIFY(reply.value(u"snippet"_s).toString().startsWith(u"Hi Anna, sounds interesting"_s));

        const Run all =
            run(t.url(), {u"replies"_s, u"list"_s, QString::number(c.campaignId), u"--json"_s}, QString());
        QCOMPARE(all.json().array().size(), 3);
        const Run bounces = run(
            t.url(),
            {u"replies"_s, u"list"_s, QString::number(c.campaignId), u"--kind"_s, u"bounce"_s, u"--json"_s},
            QString());
        QCOMPARE(bounces.json().array().at(0).toObject().value(u"status"_s).toString(), u"5.1.1"_s);
    }

    void refusedLoginIsOneClearError()
    {
        OUTREACH_TEST_DB(t);
        makeInboxSender(t.db(), m_server, u"INBOX"_s);
        const QString wrong = u"wrong-secret-7781"_s;
        const Run r = run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s}, wrong);
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.trimmed().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the progress line of the mailbox, then the error once
        QVERIFY2(lines.last().contains(u"refused the login"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(wrong));
        QVERIFY(!r.out.contains(wrong.toUtf8()));
        QCOMPARE(r.json().object().value(u"errors"_s).toArray().size(), 1);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown mailbox") << QStringList{u"sync"_s, u"--once"_s, u"--mailbox"_s, u"999"_s};
        QTest::newRow("mailbox not a number") << QStringList{u"sync"_s, u"--mailbox"_s, u"abc"_s};
        QTest::newRow("interval too small") << QStringList{u"sync"_s, u"--interval"_s, u"1"_s};
        QTest::newRow("unknown kind")
            << QStringList{u"replies"_s, u"list"_s, u"1"_s, u"--kind"_s, u"vacation"_s};
        QTest::newRow("campaign not a number") << QStringList{u"replies"_s, u"list"_s, u"x"_s};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        OUTREACH_TEST_DB(t);
        const Run r = run(t.url(), args, m_server.password());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliInbox)
#include "test_cli_inbox.moc"
