// Benchmark: inbox sync of a mailbox holding 50,000 messages (5,000 of them
// answers to our sends: replies, auto-replies, bounces) in a real Dovecot
// on loopback, into a fresh SQLite database. Reports the first sync (time,
// messages/s), the server's pace (the same requests on one connection to an
// identical folder, nothing done with the answers), a sync with no new mail,
// and parsing + classifying the same mail in memory (what our side costs).
// OUTREACH_BENCH_INBOX_MESSAGES scales it down for a quick run.
#include "BenchSupport.h"
#include "DovecotServer.h"
#include "InboxRepository.h"
#include "TestDatabase.h"
#include "db/InboxFixture.h"
#include "inbox/ImapClient.h"
#include "inbox/InboxSync.h"
#include "inbox/MailParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

QByteArray answer(int i, const QString &ourId, const QString &recipient)
{
    const QByteArray n = QByteArray::number(i);
    const QByteArray id = ourId.toUtf8();
    const QByteArray to = recipient.toUtf8();
    switch (i % 3) {
    case 0:
        return "From: Lead <" + to +
               ">\nTo: anna.sales@acme-outreach.test\nSubject: Re: Quick idea\n"
               "Date: Thu, 3 Dec 2026 09:00:00 +0000\nMessage-ID: <bench-reply-" +
               n +
               "@lead.example>\n"
               "In-Reply-To: <" +
               id +
               ">\nContent-Type: text/plain; charset=utf-8\n\nSounds good, call me.\n\n"
               "On Tue, Dec 1, 2026 Anna wrote:\n> Hello\n";
    case 1:
        return "From: <" + to +
               ">\nTo: anna.sales@acme-outreach.test\nSubject: Automatic reply: Quick idea\n"
               "Date: Thu, 3 Dec 2026 09:00:00 +0000\nMessage-ID: <bench-ooo-" +
               n +
               "@lead.example>\n"
               "In-Reply-To: <" +
               id + ">\nAuto-Submitted: auto-replied\n\nAway until 14 December 2026.\n";
    default:
        return "From: MAILER-DAEMON@mx.example\nTo: anna.sales@acme-outreach.test\nSubject: Undelivered "
               "Mail\n"
               "Date: Thu, 3 Dec 2026 09:00:00 +0000\nMessage-ID: <bench-dsn-" +
               n +
               "@mx.example>\n"
               "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
               "boundary=b\n\n"
               "--b\nContent-Type: text/plain\n\nUser unknown.\n--b\nContent-Type: "
               "message/delivery-status\n\n"
               "Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; " +
               to +
               "\nAction: failed\n"
               "Status: 5.1.1\n\n--b\nContent-Type: text/rfc822-headers\n\nMessage-ID: <" +
               id + ">\n\n--b--\n";
    }
}

QByteArray newsletter(int i)
{
    const QByteArray n = QByteArray::number(i);
    QByteArray body;
    for (int line = 0; line < 40; ++line)
        body += "News item " + QByteArray::number(line) + " of issue " + n +
                ", with a link https://news.example/" + n + "\n";
    return "From: Newsletter <news@news.example>\nTo: anna.sales@acme-outreach.test\nSubject: Weekly "
           "digest " +
           n + "\nDate: Wed, 2 Dec 2026 08:00:00 +0000\nMessage-ID: <digest-" + n +
           "@news.example>\nList-Id: <weekly.news.example>\nContent-Type: text/plain; charset=utf-8\n\n" +
           body;
}

// What the server takes to hand over what a first sync reads, with nothing
// done on our side: every header in windows of 500 UIDs and, window by
// window, the whole of the mails that answer our sends (spotted by a byte
// search that fits this bench's mail only). Seconds, or -1 on failure.
double serverPace(const inbox::ImapAccount &account, const QString &folder, int expectedBodies)
{
    inbox::ImapClient client;
    if (!client.open(account))
        return -1;
    const auto status = client.examine(folder);
    if (!status)
        return -1;
    QElapsedTimer timer;
    timer.start();
    int bodies = 0;
    const bool ok = client.fetchWindowsFrom(
        1, *status, inbox::FetchPart::Header, 500, [&](QList<inbox::FetchedMessage> &&window) {
            QList<quint32> ours;
            for (const inbox::FetchedMessage &m : window) {
                if (m.raw.contains("In-Reply-To:") || m.raw.startsWith("From: MAILER-DAEMON"))
                    ours.append(m.uid);
            }
            return client.fetchUids(ours, [&](const inbox::FetchedMessage &) {
                ++bodies;
                return true;
            });
        });
    const double seconds = timer.nsecsElapsed() / 1e9;
    return ok && bodies == expectedBodies ? seconds : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = qEnvironmentVariableIsSet("OUTREACH_BENCH_INBOX_MESSAGES")
                          ? qEnvironmentVariableIntValue("OUTREACH_BENCH_INBOX_MESSAGES")
                          : 50000;
    const int ours = total / 10;
    DovecotServer dovecot;
    if (!dovecot.start())
        qFatal("%s", qPrintable(dovecot.unavailableReason()));
    qputenv("OUTREACH_TEST_BACKEND", "sqlite");
    TestDatabase t;
    if (!t.unavailableReason().isEmpty())
        qFatal("%s", qPrintable(t.unavailableReason()));
    Database &db = t.db();
    const Sender sender = makeInboxSender(db, dovecot, u"Bench"_s);
    QList<Send> sends;
    for (int i = 0; i < ours; ++i)
        sends.append({u"bench-%1@mail.acme-outreach.test"_s.arg(i), u"lead%1@bench.example"_s.arg(i)});
    const AbCampaign c = makeSends(db, sender, sends);

    QList<QByteArray> raws;
    for (int i = 0; i < total; ++i) {
        // Our answers spread through the mailbox, as they arrive between other mail.
        const bool answerSlot = i % 10 == 0 && i / 10 < ours;
        raws.append(answerSlot ? answer(i / 10, sends.at(i / 10).rfcId, sends.at(i / 10).recipient)
                               : newsletter(i));
        if (!dovecot.deliver(raws.constLast(), u"Bench"_s) || !dovecot.deliver(raws.constLast(), u"Bare"_s))
            qFatal("deliver failed");
    }
    // The server's pace, on the copy: Dovecot builds its caches on a first
    // read, so each measurement gets a folder read for the first time.
    const double pace =
        serverPace(inbox::InboxSync::accountFor(sender, dovecot.password(), false), u"Bare"_s, ours);
    if (pace < 0)
        qFatal("bench_inbox: reading the copy folder failed");
    // Its session's CPU time counts once it has ended, before the sync's starts.
    if (!dovecot.waitForSessionsToEnd(30000))
        qFatal("bench_inbox: the copy folder's IMAP session does not end");

    inbox::InboxSync sync(db);
    sync.setNow(kInboxNow);
    // Progress on stderr: profile the sync alone by attaching from here.
    qInfo("bench_inbox: %d messages delivered; first sync starts (pid %lld)", total,
          qint64(QCoreApplication::applicationPid()));
    const double cpu0 = bench::cpuSeconds();
    const double server0 = dovecot.cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const inbox::SyncSummary first = sync.syncSender(sender, dovecot.password());
    const double firstSeconds = timer.nsecsElapsed() / 1e9;
    const double firstCpu = bench::cpuSeconds() - cpu0;
    const double firstWaited = sync.secondsWaitedForMail();
    // The session's process ends after the logout; its time counts once it has.
    if (!dovecot.waitForSessionsToEnd(30000))
        qWarning("bench_inbox: an IMAP session of Dovecot is still running; its CPU time is missing");
    const double firstServer = dovecot.cpuSeconds() - server0;
    if (!first.errors.isEmpty())
        qFatal("%s", qPrintable(first.errors.join(u"; "_s)));
    timer.restart();
    const inbox::SyncSummary second = sync.syncSender(sender, dovecot.password());
    const double secondSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    int classified = 0;
    for (const QByteArray &raw : raws) {
        const inbox::ParsedMail mail = inbox::parseMail(raw);
        classified += inbox::classifyMail(mail).kind == inbox::MailKind::Reply ? 1 : 0;
    }
    const double parseSeconds = timer.nsecsElapsed() / 1e9;
    // What sync does with most mail now: its header alone.
    timer.restart();
    int reports = 0;
    for (const QByteArray &raw : raws) {
        const qsizetype end = raw.indexOf("\n\n");
        reports += inbox::mayBeReportOrOptOut(inbox::parseMailHeader(raw.left(end + 2))) ? 1 : 0;
    }
    const double headerSeconds = timer.nsecsElapsed() / 1e9;

    // Who the first sync waited for. With the headers read ahead, the
    // server's work and ours overlap: the slower of the two sets the pace,
    // the one with more CPU time (Dovecot's processes, or ours: fetching,
    // parsing, classifying, storing). Beside it, how long the recording
    // thread sat waiting for the server's mail, and how much longer the
    // sync took than the server needs to hand over the same data alone.
    const QString bound =
        (firstCpu < firstServer ? u"by the server: our CPU time is %1 times the server's"_s
                                : u"by our side: our CPU time is %1 times the server's"_s)
            .arg(firstCpu / std::max(firstServer, 0.01), 0, 'f', 2) +
        u", the sync waited %1 s of its %2 s for the server's mail, and it took %3 times as long as the "
        "server's pace"_s.arg(firstWaited, 0, 'f', 1)
            .arg(firstSeconds, 0, 'f', 1)
            .arg(firstSeconds / pace, 0, 'f', 2);
    const QString md =
        u"## Inbox sync (bench_inbox)\n\n"
        "A Dovecot mailbox on loopback with %1 messages, %2 of them answers to our sends (replies, "
        "auto-replies, RFC 3464 bounces), the rest 2 KB newsletters; SQLite.\n\n"
        "| step | time | rate |\n|---|---|---|\n"
        "| first sync (fetch %3, record %4 events) | %5 s (CPU: ours %6 s, Dovecot's %7 s) | %8 msgs/s |\n"
        "| the server's pace: the same headers and bodies fetched alone, nothing done with them | %16 s | "
        "%17 "
        "msgs/s |\n"
        "| sync with no new mail | %9 s | |\n"
        "| parse + classify the same %1 mails in memory | %10 s | %11 msgs/s |\n"
        "| parse their headers alone and triage them (what sync does before it fetches a body) "
        "| %14 s | %15 msgs/s |\n\n"
        "Sync fetches the header of every new mail and the body only of those that may concern our "
        "sends; the headers of a backlog are read ahead on a second connection, and the bodies of a "
        "window are fetched and parsed on a thread of their own while the window before is recorded. "
        "Peak RSS %12 MiB. The first sync is bound %13.\n"_s.arg(total)
            .arg(ours)
            .arg(first.fetched)
            .arg(first.replies + first.autoReplies + first.bounces)
            .arg(firstSeconds, 0, 'f', 1)
            .arg(firstCpu, 0, 'f', 1)
            .arg(firstServer, 0, 'f', 2)
            .arg(first.fetched / firstSeconds, 0, 'f', 0)
            .arg(secondSeconds, 0, 'f', 3)
            .arg(parseSeconds, 0, 'f', 1)
            .arg(total / parseSeconds, 0, 'f', 0)
            .arg(bench::peakRssMiB(), 0, 'f', 0)
            .arg(bound)
            .arg(headerSeconds, 0, 'f', 1)
            .arg(total / headerSeconds, 0, 'f', 0)
            .arg(pace, 0, 'f', 1)
            .arg(total / pace, 0, 'f', 0);
    bench::writeSection(u"bench_inbox"_s, md);
    Q_UNUSED(c);
    Q_UNUSED(second);
    Q_UNUSED(classified);
    Q_UNUSED(reports);
    return 0;
}
