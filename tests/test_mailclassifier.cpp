// The fixture corpus (tests/fixtures/mail, in the formats Gmail, Outlook,
// Apple Mail, Thunderbird, Postfix, Exim, Exchange/Office 365 and Gmail's
// mailer produce) through MailParser (GMime) and the pure classifier.
#include "inbox/MailClassifier.h"
#include "inbox/MailParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach::inbox;

namespace {

const QString kOurs1 = u"c1-m1.8f2k3j@mail.acme-outreach.test"_s;
const QString kOurs2 = u"c1-m2.x9q7wd@mail.acme-outreach.test"_s;
const QString kOurs3 = u"c1-m3.p4r2zt@mail.acme-outreach.test"_s;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(OUTREACH_SOURCE_DIR "/tests/fixtures/mail/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMailClassifier : public QObject
{
    Q_OBJECT

private:
    static void compareTriageFields(const ParsedMail &head, const ParsedMail &whole)
    {
        QCOMPARE(head.valid, whole.valid);
        QCOMPARE(head.messageId, whole.messageId);
        QCOMPARE(head.inReplyTo, whole.inReplyTo);
        QCOMPARE(head.references, whole.references);
        QCOMPARE(head.fromAddress, whole.fromAddress);
        QCOMPARE(head.fromName, whole.fromName);
        QCOMPARE(head.subject, whole.subject);
        QCOMPARE(head.deliveryReport, whole.deliveryReport);
    }

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("threadId"); // first candidate id, "" for none
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("snippet"); // prefix of the snippet, "" to skip
        QTest::addColumn<QDate>("returnDate");
        const QDate none;
        auto row = [](const char *tag) -> QTestData & { return QTest::newRow(tag); };

        // Replies: each client's format, encoding and charset.
        row("gmail plain qp") << u"reply-gmail-plain.eml"_s << u"reply"_s << u"ben.fischer@gmail.example"_s
                              << kOurs1 << QString()
                              << u"Hi Anna, sounds interesting — can we talk on Thursday at 3 pm?"_s << none;
        row("gmail html only base64")
            << u"reply-gmail-html-only.eml"_s << u"reply"_s << u"carla.rossi@gmail.example"_s << kOurs2
            << QString()
            << u"Hello Anna, please send me the pricing & a case study. We're evaluating tools in Q1. Carla"_s
            << none;
        row("outlook qp windows-1252")
            << u"reply-outlook-qp-cp1252.eml"_s << u"reply"_s << u"j.mueller@mueller-bau.example"_s << kOurs3
            << QString()
            << u"Hallo Frau Sales, gerne – schicken Sie mir bitte Unterlagen. Grüße aus München! Jürgen Müller"_s
            << none;
        row("outlook html only latin1")
            << u"reply-outlook-html-only-latin1.eml"_s << u"reply"_s << u"f.lefevre@lefevre-conseil.example"_s
            << kOurs1 << QString()
            << u"Bonjour Anna, c'est intéressant, appelez-moi la semaine prochaine. Françoise"_s << none;
        row("apple mail base64") << u"reply-apple-mail-base64.eml"_s << u"reply"_s
                                 << u"lena@schoen-gmbh.example"_s << kOurs2 << QString()
                                 << u"Hallo Anna, klingt gut, nächste Woche passt mir. 👍 Lena"_s << none;
        row("thunderbird latin1 8bit")
            << u"reply-thunderbird-latin1-8bit.eml"_s << u"reply"_s << u"karl@weber-it.example"_s << kOurs3
            << QString()
            << u"Hallo Frau Sales, danke, wir haben bereits eine Lösung. Viele Grüße Karl Weber"_s << none;
        row("no thread headers") << u"reply-fallback-no-thread-headers.eml"_s << u"reply"_s
                                 << u"dana.ito@ito-labs.example"_s << QString() << QString()
                                 << u"Hi Anna, got your message from my phone"_s << none;
        row("reply to another mail") << u"reply-not-ours.eml"_s << u"reply"_s << u"eric@stone.example"_s
                                     << u"lunch-1@acme-outreach.test"_s << QString() << u"Friday works"_s
                                     << none;
        row("mentions stop, still a reply")
            << u"reply-mentions-stop.eml"_s << u"reply"_s << u"eve@park-ventures.example"_s << kOurs1
            << QString() << u"Please don't stop here - we'd like a demo."_s << none;
        row("forward") << u"forwarded.eml"_s << u"forward"_s << u"ben.fischer@gmail.example"_s << QString()
                       << QString() << QString() << none;

        // Delivery reports (RFC 3464) and a plain-text bounce.
        row("postfix hard") << u"dsn-postfix-hard.eml"_s << u"bounce"_s
                            << u"nobody@fischer-logistics.example"_s << kOurs1 << u"5.1.1"_s << QString()
                            << none;
        row("postfix delayed") << u"dsn-postfix-delayed.eml"_s << u"soft_bounce"_s
                               << u"slow@rossi-design.example"_s << kOurs2 << u"4.4.1"_s << QString() << none;
        row("exim dsn hard") << u"dsn-exim-hard.eml"_s << u"bounce"_s << u"gone@weber-it.example"_s << kOurs3
                             << u"5.0.0"_s << QString() << none;
        row("exchange o365 hard") << u"dsn-exchange-o365-hard.eml"_s << u"bounce"_s
                                  << u"left.company@contoso.example"_s
                                  << u"c2-m9.k2j4h5@mail.acme-outreach.test"_s << u"5.1.10"_s << QString()
                                  << none;
        row("gmail hard") << u"dsn-gmail-hard.eml"_s << u"bounce"_s << u"no-such-user@gmail.example"_s
                          << u"c1-m4.g5h6j7@mail.acme-outreach.test"_s << u"5.1.1"_s << QString() << none;
        row("gmail soft over quota") << u"dsn-gmail-soft-mailbox-full.eml"_s << u"soft_bounce"_s
                                     << u"full@gmail.example"_s << u"c1-m5.t7y8u9@mail.acme-outreach.test"_s
                                     << u"4.2.2"_s << QString() << none;
        row("exim plain text") << u"bounce-exim-plain-text.eml"_s << u"bounce"_s
                               << u"closed@old-company.example"_s << u"c1-m6.z1x2c3@mail.acme-outreach.test"_s
                               << u"5.2.1"_s << QString() << none;

        // Auto-replies in four languages, with and without RFC 3834 headers.
        row("ooo en auto-submitted") << u"ooo-en-rfc3834.eml"_s << u"auto_reply"_s
                                     << u"ben.fischer@gmail.example"_s << kOurs1 << QString() << QString()
                                     << QDate(2026, 12, 14);
        row("ooo de exchange") << u"ooo-de-exchange.eml"_s << u"auto_reply"_s
                               << u"j.mueller@mueller-bau.example"_s << kOurs3 << QString() << QString()
                               << QDate(2026, 12, 14);
        row("ooo fr subject only") << u"ooo-fr-no-headers.eml"_s << u"auto_reply"_s
                                   << u"f.lefevre@lefevre-conseil.example"_s << kOurs1 << QString()
                                   << QString() << QDate(2027, 1, 4);
        row("ooo es x-autoreply") << u"ooo-es-x-autoreply.eml"_s << u"auto_reply"_s
                                  << u"lucia@garcia-sl.example"_s << kOurs2 << QString() << QString()
                                  << QDate(2026, 12, 15);
        row("ooo es subject only") << u"ooo-es-no-headers.eml"_s << u"auto_reply"_s
                                   << u"lucia@garcia-sl.example"_s << kOurs2 << QString() << QString()
                                   << none;
        row("ooo en no thread no date")
            << u"ooo-en-no-headers-no-date.eml"_s << u"auto_reply"_s << u"dana.ito@ito-labs.example"_s
            << QString() << QString() << QString() << none;
        row("ooo de subject only") << u"ooo-de-no-headers.eml"_s << u"auto_reply"_s
                                   << u"karl@weber-it.example"_s << kOurs3 << QString() << QString()
                                   << QDate(2026, 12, 21);
        row("precedence bulk") << u"ooo-precedence-bulk.eml"_s << u"auto_reply"_s
                               << u"support@rossi-design.example"_s << kOurs2 << QString() << QString()
                               << none;

        // Opt-outs.
        row("list-unsubscribe token")
            << u"optout-list-unsubscribe-token.eml"_s << u"opt_out"_s << u"ben.fischer@gmail.example"_s
            << QString() << QString() << QString() << none;
        row("reply: Unsubscribe.") << u"optout-reply-en.eml"_s << u"opt_out"_s
                                   << u"eve@park-ventures.example"_s << kOurs1 << QString()
                                   << u"Unsubscribe."_s << none;
        row("reply: Bitte abmelden!")
            << u"optout-reply-de.eml"_s << u"opt_out"_s << u"karl@weber-it.example"_s << kOurs3 << QString()
            << u"Bitte abmelden!"_s << none;
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, address);
        QFETCH(QString, threadId);
        QFETCH(QString, status);
        QFETCH(QString, snippet);
        QFETCH(QDate, returnDate);
        const QByteArray raw = fixture(file);
        QVERIFY2(!raw.isEmpty(), qPrintable(file));
        const ParsedMail mail = parseMail(raw);
        QVERIFY(mail.valid);
        const Classification c = classifyMail(mail);
        QCOMPARE(toString(c.kind), kind);
        QCOMPARE(c.address, address);
        QCOMPARE(c.threadIds.value(0), threadId);
        QCOMPARE(c.status, status);
        if (!snippet.isEmpty())
            QVERIFY2(c.snippet.startsWith(snippet), qPrintable(u"snippet: "_s + c.snippet));
        QCOMPARE(c.returnDate.value_or(QDate()), returnDate);
        // The quoted part of our own message never reaches the snippet.
        QVERIFY2(!c.snippet.contains(u"quick idea for"_s, Qt::CaseInsensitive) || c.kind != MailKind::Reply,
                 qPrintable(c.snippet));
    }

    // Inbox sync reads the body only when the header may concern a send:
    // a thread id or sender it then looks up, or this rule. Over the whole
    // corpus, every mail whose body makes it a bounce or a token opt-out
    // must pass it on its header alone; replies and auto-replies, matched by
    // thread or sender, must not (they would fetch every body of an inbox).
    void headerTriageKeepsEveryReportAndTokenOptOut_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(OUTREACH_SOURCE_DIR "/tests/fixtures/mail"));
        const QStringList files = dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 25);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void headerTriageKeepsEveryReportAndTokenOptOut()
    {
        QFETCH(QString, file);
        const QByteArray raw = fixture(file);
        qsizetype end = raw.indexOf("\r\n\r\n");
        end = end < 0 ? raw.indexOf("\n\n") + 2 : end + 4;
        QVERIFY(end > 2);
        const QByteArray header = raw.left(end);
        const ParsedMail head = parseMailHeader(header);
        QVERIFY(head.valid);
        QVERIFY(head.text.isEmpty());
        // Each field the triage reads is what the whole parse reads.
        const ParsedMail whole = parseMail(raw);
        compareTriageFields(head, whole);
        if (QTest::currentTestFailed())
            return;
        if (const auto plain = parsePlainMailHeader(header)) {
            compareTriageFields(*plain, whole);
            if (QTest::currentTestFailed())
                return;
        }
        const Classification c = classifyMail(whole);
        const bool reportOrToken =
            c.kind == MailKind::HardBounce || c.kind == MailKind::SoftBounce || !c.unsubscribeToken.isEmpty();
        QCOMPARE(mayBeReportOrOptOut(head), reportOrToken);
        // What the reply lookups use is all in the header.
        if (!reportOrToken) {
            QCOMPARE(threadIdsOf(head), c.threadIds);
            QCOMPARE(head.fromAddress, c.address);
        }
    }

    // Most real headers are plain and take the fast path.
    void mostCorpusHeadersAreReadWithoutGMimesMessage()
    {
        const QDir dir(QStringLiteral(OUTREACH_SOURCE_DIR "/tests/fixtures/mail"));
        int plain = 0;
        QStringList notPlain;
        for (const QString &file : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
            const QByteArray raw = fixture(file);
            qsizetype end = raw.indexOf("\r\n\r\n");
            end = end < 0 ? raw.indexOf("\n\n") + 2 : end + 4;
            if (parsePlainMailHeader(raw.left(end)))
                ++plain;
            else
                notPlain.append(file);
        }
        QVERIFY2(plain >= 24, qPrintable(u"not plain: "_s + notPlain.join(u", "_s)));
    }

    // Headers made to trip a field splitter: the fast path either reads
    // each triage field exactly as GMime's whole parse does, or declines.
    void plainHeaderReadsAsGMimeDoes_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("plain");
        const QByteArray rest = "To: anna@acme.example\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n";
        const auto row = [&](const char *name, const QByteArray &fields, bool plain) {
            QTest::newRow(name) << QByteArray(fields + rest + "\r\n") << plain;
        };
        row("folded quoted name", "From: \"Lead,\r\n Name\" <lead@x.example>\r\n", true);
        row("encoded words across a fold",
            "Subject: =?utf-8?q?M=C3=BCller?=\r\n =?utf-8?b?IEJhdQ==?= now\r\n", true);
        row("encoded name", "From: =?iso-8859-1?q?J=FCrgen_M=FCller?= <j@x.example>\r\n", true);
        row("group", "From: Team: a@x.example, B <b@x.example>;\r\n", true);
        row("no from", "Subject: hello\r\n", true);
        row("comment address", "From: lead@x.example (Lead Name)\r\n", true);
        row("references folded with tabs",
            "References: <a@x.example>\r\n\t<b@y.example>\r\n <c@z.example>\r\nIn-Reply-To: "
            "<c@z.example>\r\n",
            true);
        row("message-id with comment", "Message-ID: <id-1@x.example> (the id)\r\n", true);
        row("report type folded, upper case",
            "Content-Type: MULTIPART/REPORT;\r\n report-type=\"Delivery-Status\"; boundary=x\r\n", true);
        row("report that is no delivery report",
            "Content-Type: multipart/report; report-type=disposition-notification; boundary=x\r\n", true);
        row("report word in a parameter only", "Content-Type: text/plain; name=report.txt\r\n", true);
        row("lower-case field names", "from: a@x.example\r\nsubject: hi\r\nmessage-id: <m@x.example>\r\n",
            true);
        row("line feeds only", "From: a@x.example\nSubject: hi\nIn-Reply-To: <r@x.example>\n", true);
        row("8-bit name", "From: J\xfcrgen <j@x.example>\r\n", false);
        row("from twice", "From: a@x.example\r\nFrom: b@x.example\r\n", false);
        row("mbox separator", "From lead@x.example Tue Dec  1 10:00:00 2026\r\nFrom: a@x.example\r\n", false);
        row("continuation first", " stray\r\nFrom: a@x.example\r\n", false);
        row("encoded in-reply-to", "In-Reply-To: =?us-ascii?q?=3Cr=40x.example=3E?=\r\n", false);
        row("a line without a colon", "Garbage line\r\nFrom: a@x.example\r\n", false);
        row("space before the colon", "Subject : hi\r\nFrom: a@x.example\r\n", false);
        row("NUL byte", QByteArray("Subject: a\0b\r\n", 14), false);
        QTest::newRow("empty") << QByteArray() << false;
    }

    void plainHeaderReadsAsGMimeDoes()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, plain);
        const auto fast = parsePlainMailHeader(header);
        QCOMPARE(fast.has_value(), plain);
        const ParsedMail whole = parseMail(header);
        if (fast)
            compareTriageFields(*fast, whole);
        if (QTest::currentTestFailed())
            return;
        if (whole.valid)
            compareTriageFields(parseMailHeader(header), whole);
    }

    void tokenIsRead()
    {
        const Classification c = classifyMail(parseMail(fixture(u"optout-list-unsubscribe-token.eml"_s)));
        QCOMPARE(c.unsubscribeToken, u"Tq3x9QwErTy7"_s);
    }

    void headersAreDecoded()
    {
        const ParsedMail mail = parseMail(fixture(u"reply-outlook-qp-cp1252.eml"_s));
        QCOMPARE(mail.fromName, u"Jürgen Müller"_s);
        QCOMPARE(mail.subject, u"AW: Quick idea for Müller Bau"_s);
        QCOMPARE(mail.date, QDateTime(QDate(2026, 12, 1), QTime(15, 20, 9), Qt::UTC));
        QCOMPARE(mail.inReplyTo, QStringList{kOurs3});
    }

    void diagnosticIsKept()
    {
        const Classification c = classifyMail(parseMail(fixture(u"dsn-exchange-o365-hard.eml"_s)));
        QVERIFY2(c.diagnostic.contains(u"RecipientNotFound"_s), qPrintable(c.diagnostic));
    }

    void optOutLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("optOut");
        QTest::addColumn<bool>("smsOptOut");
        for (const char *yes :
             {"Unsubscribe", "STOP", "stop.", "Remove me", "Please remove me from your list", "Abmelden",
              "Bitte abmelden!", "Désabonnez-moi", "Darse de baja", "opt out"})
            QTest::newRow(yes) << QString::fromUtf8(yes) << true << true;
        for (const char *no : {"Don't stop", "Stop by our booth", "How do I unsubscribe later?",
                               "Remove the setup fee", "Thanks!", ""})
            QTest::newRow(no) << QString::fromUtf8(no) << false << false;
        // The carriers' SMS keywords: too ordinary as a mail's first line.
        for (const char *sms : {"STOPALL", "Cancel", "END", "quit", "ARRET", "Arrêt", "Stopp"})
            QTest::newRow(sms) << QString::fromUtf8(sms) << false << true;
        QTest::newRow("end of story") << u"End of story"_s << false << false;
    }
    void optOutLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, optOut);
        QFETCH(bool, smsOptOut);
        QCOMPARE(isOptOutLine(line), optOut);
        QCOMPARE(isOptOutLine(line, OptOutChannel::Sms), smsOptOut);
        QCOMPARE(isSmsOptOut(line + u"\nSent from my phone"_s), smsOptOut);
    }

    void returnDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        const QDate after(2026, 12, 1);
        QTest::newRow("iso") << u"back 2026-12-09"_s << QDate(2026, 12, 9);
        QTest::newRow("de numeric") << u"bis 09.12.2026"_s << QDate(2026, 12, 9);
        QTest::newRow("en month first") << u"until December 9, 2026"_s << QDate(2026, 12, 9);
        QTest::newRow("en day first") << u"returning 9th December"_s << QDate(2026, 12, 9);
        QTest::newRow("next year") << u"back on 3 January"_s << QDate(2027, 1, 3);
        QTest::newRow("es") << u"hasta el 9 de diciembre de 2026"_s << QDate(2026, 12, 9);
        QTest::newRow("none") << u"away for a while"_s << QDate();
        Q_UNUSED(after);
    }
    void returnDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(findReturnDate(text, QDate(2026, 12, 1)).value_or(QDate()), date);
    }

    void garbageIsNotAMessage()
    {
        // GMime reads almost anything as a message; classification must not crash.
        const ParsedMail mail = parseMail(QByteArray("\x00\x01garbage", 9));
        const Classification c = classifyMail(mail);
        QVERIFY(c.threadIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailClassifier)
#include "test_mailclassifier.moc"
