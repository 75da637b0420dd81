// ImapClient against a real Dovecot: reads everything without changing the
// mailbox (no \Seen, same UIDs), incremental fetches, Message-ID search in
// the Sent folder, UIDVALIDITY, and the errors a user can meet; the header
// windows of HeaderStream, read on the same connection or ahead on another.
#include "DovecotServer.h"
#include "inbox/BodyStream.h"
#include "inbox/HeaderStream.h"
#include "inbox/ImapClient.h"
#include "inbox/ImapFolderName.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outreach::inbox;
using outreach::test::DovecotServer;

namespace {

QByteArray mail(int n, const QByteArray &messageId)
{
    return "From: Lead " + QByteArray::number(n) + " <lead" + QByteArray::number(n) +
           "@example.org>\nTo: owner@example.test\nSubject: Message " + QByteArray::number(n) +
           "\nDate: Tue, 1 Dec 2026 10:00:00 +0000\nMessage-ID: <" + messageId +
           ">\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nBody " + QByteArray::number(n) +
           "\n";
}

} // namespace

class TestImapClient : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_server;

    ImapAccount account() const
    {
        ImapAccount a;
        a.host = m_server.host();
        a.port = m_server.port();
        a.security = ImapSecurity::None;
        a.login = m_server.user();
        a.secret = m_server.password();
        a.timeoutSeconds = 20;
        return a;
    }

private slots:
    void initTestCase()
    {
        OUTREACH_TEST_DOVECOT(m_server);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(m_server.deliver(mail(i, "m" + QByteArray::number(i) + "@example.org")));
        QVERIFY(m_server.deliver(mail(99, "ours-1@mail.example.test"), u"Sent"_s));
    }

    void fetchesEverythingWithoutMarkingSeen()
    {
        ImapClient client;
        QVERIFY2(client.open(account()), qPrintable(client.error().message));
        const auto status = client.examine(u"INBOX"_s);
        QVERIFY(status);
        QVERIFY(status->uidValidity != 0);
        QCOMPARE(status->exists, 5u);
        QList<quint32> uids;
        QList<QByteArray> bodies;
        QVERIFY(client.fetchFrom(
            1, *status,
            [&](const FetchedMessage &m) {
                uids.append(m.uid);
                bodies.append(m.raw);
                return true;
            },
            2)); // small batches: several windows
        QCOMPARE(uids, (QList<quint32>{1, 2, 3, 4, 5}));
        QVERIFY(bodies.at(2).contains("Subject: Message 3"));
        QVERIFY(bodies.at(2).contains("Body 3"));

        const auto flags = client.uidsAndSeen();
        QVERIFY(flags);
        QCOMPARE(flags->size(), 5);
        for (const auto &[uid, seen] : *flags)
            QVERIFY2(!seen, qPrintable(u"UID %1 was marked \\Seen"_s.arg(uid)));
    }

    void fetchesOnlyNewUids()
    {
        ImapClient client;
        QVERIFY(client.open(account()));
        const auto status = client.examine(u"INBOX"_s);
        QVERIFY(status);
        QList<quint32> uids;
        auto sink = [&](const FetchedMessage &m) {
            uids.append(m.uid);
            return true;
        };
        // Past the newest UID: "n:*" would return the newest message; we must not.
        QVERIFY(client.fetchFrom(status->uidNext, *status, sink));
        QVERIFY(uids.isEmpty());
        FolderStatus noHint = *status;
        noHint.uidNext = 0;
        QVERIFY(client.fetchFrom(50, noHint, sink));
        QVERIFY(uids.isEmpty());
        QVERIFY(client.fetchFrom(4, *status, sink));
        QCOMPARE(uids, (QList<quint32>{4, 5}));
    }

    void fetchesHeadersAloneThenChosenBodies()
    {
        ImapClient client;
        QVERIFY(client.open(account()));
        const auto status = client.examine(u"INBOX"_s);
        QVERIFY(status);
        QList<QList<quint32>> windows;
        QList<QByteArray> headers;
        bool sizesOfWholeMessages = true;
        QVERIFY(
            client.fetchWindowsFrom(2, *status, FetchPart::Header, 2, [&](QList<FetchedMessage> &&window) {
                QList<quint32> uids;
                for (const FetchedMessage &m : window) {
                    uids.append(m.uid);
                    headers.append(m.raw);
                    sizesOfWholeMessages = sizesOfWholeMessages && m.size > quint32(m.raw.size());
                }
                windows.append(uids);
                return true;
            }));
        QCOMPARE(windows, (QList<QList<quint32>>{{2, 3}, {4, 5}}));
        QVERIFY2(sizesOfWholeMessages, "RFC822.SIZE is the whole message's");
        QVERIFY(headers.at(1).contains("Subject: Message 3"));
        QVERIFY2(!headers.at(1).contains("Body 3"), headers.at(1).constData());

        QList<quint32> uids;
        QList<QByteArray> bodies;
        QVERIFY(client.fetchUids({5, 3, 4711}, [&](const FetchedMessage &m) {
            uids.append(m.uid);
            bodies.append(m.raw);
            return true;
        }));
        std::sort(uids.begin(), uids.end());
        QCOMPARE(uids, (QList<quint32>{3, 5})); // 4711 does not exist
        for (const QByteArray &body : bodies)
            QVERIFY(body.contains("Body 3") || body.contains("Body 5"));
        QVERIFY(client.fetchUids({}, [](const FetchedMessage &) { return true; }));

        const auto flags = client.uidsAndSeen();
        QVERIFY(flags);
        for (const auto &[uid, seen] : *flags)
            QVERIFY2(!seen, qPrintable(u"UID %1 was marked \\Seen"_s.arg(uid)));
    }

    // The same windows whether read on the sync's connection or ahead on a
    // second one; a refused second login leaves reading on the first, and a
    // reader stopped early ends its thread.
    void headerStreamReadsTheSameWindowsAheadOrNot_data()
    {
        QTest::addColumn<QString>("secondSecret"); // empty: no read-ahead asked for
        QTest::addColumn<bool>("readsAhead");
        QTest::addColumn<int>("windowsTaken");
        QTest::newRow("inline") << QString() << false << 4;
        QTest::newRow("ahead") << m_server.password() << true << 4;
        QTest::newRow("ahead, stopped after one window") << m_server.password() << true << 1;
        QTest::newRow("second login refused") << u"wrong secret"_s << false << 4;
    }

    void headerStreamReadsTheSameWindowsAheadOrNot()
    {
        QFETCH(QString, secondSecret);
        QFETCH(bool, readsAhead);
        QFETCH(int, windowsTaken);
        ImapClient client;
        QVERIFY(client.open(account()));
        const auto status = client.examine(u"INBOX"_s);
        QVERIFY(status);
        QList<QList<quint32>> windows;
        QStringList subjects;
        {
            HeaderStream stream(client, 2, *status, 1);
            if (!secondSecret.isEmpty()) {
                ImapAccount second = account();
                second.secret = secondSecret;
                QString why;
                QCOMPARE(stream.readAhead(second, u"INBOX"_s, &why), readsAhead);
                if (!readsAhead)
                    QVERIFY2(why.contains(u"refused the login"_s), qPrintable(why));
            }
            QCOMPARE(stream.readsAhead(), readsAhead);
            while (windows.size() < windowsTaken) {
                const auto window = stream.next();
                if (!window)
                    break;
                QList<quint32> uids;
                for (const TriagedHeader &h : *window) {
                    uids.append(h.uid);
                    subjects.append(h.head.subject);
                }
                windows.append(uids);
            }
            QVERIFY2(stream.error().isEmpty(), qPrintable(stream.error()));
            if (windowsTaken == 4)
                QVERIFY(!stream.next()); // the end
        }                                // a reader still ahead is stopped here
        const QList<QList<quint32>> all{{2}, {3}, {4}, {5}};
        QCOMPARE(windows, all.mid(0, windowsTaken));
        const QStringList allSubjects{u"Message 2"_s, u"Message 3"_s, u"Message 4"_s, u"Message 5"_s};
        QCOMPARE(subjects, allSubjects.mid(0, windowsTaken));
        const auto flags = client.uidsAndSeen();
        QVERIFY(flags);
        QCOMPARE(flags->size(), 5);
        for (const auto &[uid, seen] : *flags)
            QVERIFY2(!seen, qPrintable(u"UID %1 was marked \\Seen"_s.arg(uid)));
    }

    // Bodies asked for are answered in order, parsed, on the caller's thread
    // or on one of their own; a failed FETCH is one error, and no take()
    // waits forever after it.
    void bodyStreamAnswersInOrder_data()
    {
        QTest::addColumn<bool>("onItsOwnThread");
        QTest::newRow("on the caller's thread") << false;
        QTest::newRow("on its own thread") << true;
    }

    void bodyStreamAnswersInOrder()
    {
        QFETCH(bool, onItsOwnThread);
        ImapClient client;
        QVERIFY(client.open(account()));
        QVERIFY(client.examine(u"INBOX"_s));
        {
            BodyStream bodies(client, onItsOwnThread);
            bodies.request({4, 2});
            bodies.request({});
            bodies.request({5, 4711});
            const auto first = bodies.take();
            QVERIFY2(first, qPrintable(bodies.error()));
            QCOMPARE(first->size(), 2);
            QCOMPARE(first->value(2).mail.subject, u"Message 2"_s);
            QCOMPARE(first->value(4).mail.subject, u"Message 4"_s);
            QVERIFY(first->value(4).raw.contains("Body 4"));
            QCOMPARE(first->value(4).uid, 4u);
            const auto none = bodies.take();
            QVERIFY(none && none->isEmpty());
            const auto last = bodies.take();
            QVERIFY(last);
            QCOMPARE(last->keys(), QList<quint32>{5}); // 4711 does not exist
            const auto nothingAsked = bodies.take();
            QVERIFY(nothingAsked && nothingAsked->isEmpty());
        }
        const auto flags = client.uidsAndSeen();
        QVERIFY(flags);
        for (const auto &[uid, seen] : *flags)
            QVERIFY2(!seen, qPrintable(u"UID %1 was marked \\Seen"_s.arg(uid)));

        client.close();
        BodyStream bodies(client, onItsOwnThread);
        bodies.request({1});
        bodies.request({2});
        QVERIFY(!bodies.take());
        QVERIFY2(bodies.error().contains(u"no connection"_s), qPrintable(bodies.error()));
        QVERIFY(!bodies.take());
    }

    void searchesTheSentFolderByMessageId()
    {
        ImapClient client;
        QVERIFY(client.open(account()));
        QVERIFY(client.examine(u"Sent"_s));
        const auto found = client.searchMessageId(u"ours-1@mail.example.test"_s);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        const auto missing = client.searchMessageId(u"<never-sent@mail.example.test>"_s);
        QVERIFY(missing);
        QVERIFY(missing->isEmpty());
    }

    void refusedLoginIsOneClearError()
    {
        ImapAccount a = account();
        a.secret = u"wrong-password-123"_s;
        ImapClient client;
        QVERIFY(!client.open(a));
        QCOMPARE(client.error().kind, ImapError::Kind::Authentication);
        QVERIFY2(client.error().message.contains(m_server.user()), qPrintable(client.error().message));
        QVERIFY(!client.error().message.contains(a.secret));
    }

    void plainTextOnlyToLoopback()
    {
        ImapAccount a = account();
        a.host = u"imap.example.org"_s;
        ImapClient client;
        QVERIFY(!client.open(a));
        QCOMPARE(client.error().kind, ImapError::Kind::Refused);
    }

    void unreachableServer()
    {
        ImapAccount a = account();
        a.port = 1; // nothing listens there
        ImapClient client;
        QVERIFY(!client.open(a));
        QCOMPARE(client.error().kind, ImapError::Kind::Unreachable);
    }

    // RFC 3501, 5.1.3: the RFC's own example, German and "&", and names that
    // are not modified UTF-7 at all.
    void folderNamesAreModifiedUtf7_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("ascii") << u"Sent Items"_s << QByteArray("Sent Items");
        QTest::newRow("rfc 3501 example") << u"~peter/mail/\u53F0\u5317/\u65E5\u672C\u8A9E"_s
                                          << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("german") << u"Entw\u00FCrfe"_s << QByteArray("Entw&APw-rfe");
        QTest::newRow("ampersand") << u"Sales & Ops"_s << QByteArray("Sales &- Ops");
        QTest::newRow("emoji (surrogate pair)") << u"\U0001F4E7"_s << QByteArray("&2D3c5w-");
    }

    void folderNamesAreModifiedUtf7()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, wire);
        QCOMPARE(encodeImapFolderName(name), wire);
        QCOMPARE(decodeImapFolderName(wire), std::optional<QString>(name));
        for (const QByteArray &bad : {QByteArray("&U,BTFw"), QByteArray("&*-"), QByteArray("caf\xc3\xa9")})
            QVERIFY2(!decodeImapFolderName(bad), bad.constData());
    }

    void nonAsciiFolderOpens()
    {
        const QString folder = u"Gesch\u00E4ft & Entw\u00FCrfe"_s;
        QVERIFY(m_server.deliver(mail(7, "umlaut@example.org"), folder));
        ImapClient client;
        QVERIFY2(client.open(account()), qPrintable(client.error().message));
        const auto status = client.examine(folder);
        QVERIFY2(status, qPrintable(client.error().message));
        QCOMPARE(status->exists, 1u);
    }

    // Real TLS against Dovecot's throwaway certificate: implicit TLS and
    // STARTTLS succeed when that certificate is trusted (caFile), and both
    // are refused with a plain reason when it is not.
    void tlsAndStartTls_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("tls, trusted") << int(ImapSecurity::Tls) << true;
        QTest::newRow("starttls, trusted") << int(ImapSecurity::StartTls) << true;
        QTest::newRow("tls, untrusted") << int(ImapSecurity::Tls) << false;
        QTest::newRow("starttls, untrusted") << int(ImapSecurity::StartTls) << false;
    }

    void tlsAndStartTls()
    {
        QFETCH(int, security);
        QFETCH(bool, trusted);
        ImapAccount a = account();
        a.security = ImapSecurity(security);
        a.port = a.security == ImapSecurity::Tls ? m_server.tlsPort() : m_server.port();
        if (trusted)
            a.caFile = m_server.certificate();
        ImapClient client;
        const bool opened = client.open(a);
        if (!trusted) {
            QVERIFY(!opened);
            QCOMPARE(int(client.error().kind), int(ImapError::Kind::Tls));
            QVERIFY2(client.error().message.startsWith(u"The TLS certificate of 127.0.0.1:"_s),
                     qPrintable(client.error().message));
            QVERIFY(!client.error().message.contains(m_server.password()));
            return;
        }
        QVERIFY2(opened, qPrintable(client.error().message));
        const auto status = client.examine(u"INBOX"_s);
        QVERIFY2(status, qPrintable(client.error().message));
        QVERIFY(status->exists >= 5u);
    }

    void missingFolder()
    {
        ImapClient client;
        QVERIFY(client.open(account()));
        QVERIFY(!client.examine(u"NoSuchFolder"_s));
        QCOMPARE(client.error().kind, ImapError::Kind::NoSuchFolder);
    }

    void uidValidityChangeIsVisible()
    {
        quint32 before = 0;
        {
            ImapClient client;
            QVERIFY(client.open(account()));
            before = client.examine(u"INBOX"_s)->uidValidity;
        }
        QVERIFY(m_server.changeUidValidity(u"INBOX"_s));
        ImapClient client;
        QVERIFY(client.open(account()));
        const auto status = client.examine(u"INBOX"_s);
        QVERIFY(status);
        QVERIFY(status->uidValidity != before);
        QCOMPARE(status->exists, 5u);
    }
};

QTEST_GUILESS_MAIN(TestImapClient)
#include "test_imapclient.moc"
