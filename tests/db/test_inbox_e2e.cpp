// End to end, as a user runs it: `outreach send` delivers a campaign to a
// real SMTP server (aiosmtpd); answers to some of those very messages are
// delivered into a real Dovecot (a reply, an out-of-office, a hard bounce,
// an opt-out by the List-Unsubscribe token, and an unrelated mail);
// `outreach sync --once` reads them; `outreach analytics` shows exactly
// those counts, the suppression list has the bounce and the opt-out.
#include "DovecotServer.h"
#include "ReceivedMail.h"
#include "SendingFixture.h"
#include "SmtpTestServer.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

class TestInboxEndToEnd : public QObject
{
    Q_OBJECT

    DovecotServer m_dovecot;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run run(const QString &db, QStringList args)
    {
        args << u"--db"_s << db;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"OUTREACH_DB"_s);
        env.remove(u"OUTREACH_SMTP_PASSWORD"_s);
        env.insert(u"OUTREACH_IMAP_PASSWORD"_s, m_dovecot.password());
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(OUTREACH_CLI_PATH), args);
        if (!process.waitForFinished(180000))
            return {};
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { OUTREACH_TEST_DOVECOT(m_dovecot); }

    void sendThenHearBack()
    {
        OUTREACH_TEST_DB(t);
        OUTREACH_SMTP_SERVER(smtp);
        auto c = makeSendingCampaign(t.db(), 6);
        const QString folder = u"E2E%1"_s.arg(TestDatabase::backendName());
        Sender &sender = c.senders.first();
        sender.smtpPort = smtp.port();
        sender.imapHost = m_dovecot.host();
        sender.imapPort = m_dovecot.port();
        sender.imapSecurity = Security::None;
        sender.imapLogin = m_dovecot.user();
        sender.imapFolders = folder;
        QVERIFY(SenderRepository(t.db()).update(sender).ok());

        const Run sent = run(t.url(), {u"send"_s, QString::number(c.ab.campaignId), u"--until-done"_s,
                                       u"--ignore-window"_s, u"--json"_s});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(sent.object().value(u"sent"_s).toInt(), 6);
        QList<ReceivedMail> mails;
        for (const QByteArray &raw : smtp.received())
            mails.append(ReceivedMail::parse(raw));
        QCOMPARE(mails.size(), 6);

        const QByteArray us = sender.fromAddress.toUtf8();
        auto id = [&](int i) { return mails.at(i).messageId.toUtf8(); };
        auto to = [&](int i) { return mails.at(i).toAddress.toUtf8(); };
        // 0: a reply quoting our message.
        QVERIFY(m_dovecot.deliver("From: Lead Zero <" + to(0) + ">\nTo: " + us +
                                      "\nSubject: Re: " + mails.at(0).subject.toUtf8() +
                                      "\nDate: Thu, 3 Dec 2026 09:00:00 +0000\n"
                                      "Message-ID: <e2e-reply@lead.example>\nIn-Reply-To: <" +
                                      id(0) +
                                      ">\n"
                                      "References: <" +
                                      id(0) +
                                      ">\nContent-Type: text/plain; charset=utf-8\n\n"
                                      "Yes, let's talk on Monday.\n\nOn Tue, Dec 1, 2026 wrote:\n> Hello\n",
                                  folder));
        // 1: an out-of-office answer (RFC 3834).
        QVERIFY(m_dovecot.deliver("From: <" + to(1) + ">\nTo: " + us +
                                      "\nSubject: Automatic reply: " + mails.at(1).subject.toUtf8() +
                                      "\nDate: Thu, 3 Dec 2026 09:01:00 +0000\n"
                                      "Message-ID: <e2e-ooo@lead.example>\nIn-Reply-To: <" +
                                      id(1) +
                                      ">\n"
                                      "Auto-Submitted: auto-replied\n\nI am away until 14 December 2026.\n",
                                  folder));
        // 2: a hard bounce from the receiving side (RFC 3464).
        QVERIFY(m_dovecot.deliver(
            "From: MAILER-DAEMON@mx.example (Mail Delivery System)\nTo: " + us +
                "\nSubject: Undelivered Mail "
                "Returned to Sender\nDate: Thu, 3 Dec 2026 09:02:00 +0000\nMessage-ID: <e2e-dsn@mx.example>\n"
                "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
                "boundary=\"b\"\n\n"
                "--b\nContent-Type: text/plain\n\nUser unknown.\n--b\nContent-Type: "
                "message/delivery-status\n\n"
                "Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; " +
                to(2) +
                "\nAction: failed\n"
                "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--b\nContent-Type: "
                "text/rfc822-headers\n\nMessage-ID: <" +
                id(2) + ">\nTo: " + to(2) + "\n\n--b--\n",
            folder));
        // 3: the mail client's one-click unsubscribe (List-Unsubscribe mailto).
        const QString listUnsubscribe = mails.at(3).headers.value(u"list-unsubscribe"_s);
        const auto token = QRegularExpression(u"subject=(unsubscribe-[^>&]+)"_s).match(listUnsubscribe);
        QVERIFY2(token.hasMatch(), qPrintable(listUnsubscribe));
        QVERIFY(m_dovecot.deliver(
            "From: <" + to(3) + ">\nTo: " + us + "\nSubject: " + token.captured(1).toUtf8() +
                "\nDate: Thu, 3 Dec 2026 09:03:00 +0000\nMessage-ID: <e2e-unsub@lead.example>"
                "\n\nThis message was generated automatically.\n",
            folder));
        // And mail that has nothing to do with the campaign.
        QVERIFY(m_dovecot.deliver("From: Colleague <colleague@acme.example>\nTo: " + us +
                                      "\nSubject: Lunch?\n"
                                      "Message-ID: <e2e-lunch@acme.example>\n\nNoon?\n",
                                  folder));

        const Run synced = run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        const QJsonObject s = synced.object();
        QCOMPARE(s.value(u"fetched"_s).toInt(), 5);
        QCOMPARE(s.value(u"replies"_s).toInt(), 1);
        QCOMPARE(s.value(u"auto_replies"_s).toInt(), 1);
        QCOMPARE(s.value(u"bounces"_s).toInt(), 1);
        QCOMPARE(s.value(u"opt_outs"_s).toInt(), 1);
        QCOMPARE(s.value(u"unmatched"_s).toInt(), 1);

        const Run analytics = run(t.url(), {u"analytics"_s, QString::number(c.ab.campaignId), u"--json"_s});
        QVERIFY2(analytics.exitCode == 0, qPrintable(analytics.err));
        int totalSent = 0, replied = 0, autoReplied = 0, bounced = 0;
        for (const QJsonValue &v : analytics.object().value(u"variants"_s).toArray()) {
            totalSent += v[u"sent"_s].toInt();
            replied += v[u"replied"_s].toInt();
            autoReplied += v[u"auto_replied"_s].toInt();
            bounced += v[u"bounced"_s].toInt();
        }
        QCOMPARE(totalSent, 6);
        QCOMPARE(replied, 1);
        QCOMPARE(autoReplied, 1);
        QCOMPARE(bounced, 1);
        SuppressionRepository suppressions(t.db());
        QVERIFY(suppressions.isSuppressed(mails.at(2).toAddress, QString()).value());
        QVERIFY(suppressions.isSuppressed(mails.at(3).toAddress, QString()).value());
        QVERIFY(!suppressions.isSuppressed(mails.at(0).toAddress, QString()).value());

        // Synced again: nothing new.
        const Run again = run(t.url(), {u"sync"_s, u"--once"_s, u"--json"_s});
        QCOMPARE(again.object().value(u"fetched"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInboxEndToEnd)
#include "test_inbox_e2e.moc"
