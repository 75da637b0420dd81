// Benchmark: (1) email sends per second through the whole engine (claim,
// MIME, SMTP over libcurl, sent state + event) to the loopback aiosmtpd
// server with throttling off, and CPU per message in this process; (2) one
// scheduling decision (due zones, windows, sender slot, cap count, atomic
// claim) with 100,000 messages queued.
#include "BenchSupport.h"
#include "SmtpTestServer.h"
#include "db/SendingFixture.h"
#include "sending/SendEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

constexpr int kSends = 300;
constexpr int kQueued = 100000;

QString sendsPerSecond()
{
    QTemporaryDir dir;
    auto db = Database::openAndMigrate(u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s));
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    SmtpTestServer server;
    if (!server.unavailableReason().isEmpty())
        qFatal("%s", qPrintable(server.unavailableReason()));
    auto c = makeSendingCampaign(*db.value(), kSends);
    c.senders[0].smtpPort = server.port();
    c.senders[0].dailyCap = 100000;
    (void)SenderRepository(*db.value()).update(c.senders[0]);
    SystemClock clock;
    SendEngine engine(*db.value(), clock, 1);
    (void)engine.scheduler().refresh(c.ab.campaignId);
    const double cpu0 = bench::cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    for (;;) {
        const auto step = engine.step(c.ab.campaignId);
        if (!step || step->kind == SendStep::Kind::Done)
            break;
        sent += step->kind == SendStep::Kind::Sent;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = bench::cpuSeconds() - cpu0;
    if (sent != kSends || server.received().size() != kSends)
        qFatal("sent %d, received %d", sent, int(server.received().size()));
    return u"| email sends to loopback aiosmtpd (SQLite, one sender, no gap) | %1 messages | %2 s | **%3 "
           u"messages/s** | "
           "%4 ms CPU per message in `outreach` |\n"_s.arg(kSends)
               .arg(seconds, 0, 'f', 2)
               .arg(kSends / seconds, 0, 'f', 0)
               .arg(cpu * 1000 / kSends, 0, 'f', 2);
}

QString decisionTime(const QString &url, const QString &backend)
{
    auto db = Database::openAndMigrate(url);
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    Database &d = *db.value();
    auto c = makeSendingCampaign(d, 1, 3);
    const QStringList zones = {u"Europe/Berlin"_s, u"America/New_York"_s, u"Asia/Tokyo"_s,
                               u"UTC"_s,           u"Australia/Sydney"_s, u"America/Los_Angeles"_s};
    {
        Transaction t(d);
        const QString now = sendtime::bind(QDateTime::currentDateTimeUtc());
        for (int i = 0; i < kQueued; ++i) {
            QSqlQuery &lead =
                d.cached(u"INSERT INTO leads (email, research, enrichment, custom_fields, created_at, "
                         "updated_at) VALUES (?, '{}', '{}', '{}', ?, ?) RETURNING id"_s);
            lead.addBindValue(u"bench%1@example.org"_s.arg(i));
            lead.addBindValue(now);
            lead.addBindValue(now);
            if (!lead.exec() || !lead.next())
                qFatal("lead insert");
            const qint64 leadId = lead.value(0).toLongLong();
            lead.finish();
            QSqlQuery &msg =
                d.cached(u"INSERT INTO campaign_messages (campaign_id, lead_id, status, assigned_variant, "
                         "created_at, updated_at) VALUES (?, ?, 'generated', 0, ?, ?) RETURNING id"_s);
            msg.addBindValue(c.ab.campaignId);
            msg.addBindValue(leadId);
            msg.addBindValue(now);
            msg.addBindValue(now);
            if (!msg.exec() || !msg.next())
                qFatal("message insert");
            const qint64 messageId = msg.value(0).toLongLong();
            msg.finish();
            QSqlQuery &q =
                d.cached(u"INSERT INTO send_queue (message_id, campaign_id, state, recipient, time_zone, "
                         "scheduled_at, updated_at) VALUES (?, ?, 'queued', ?, ?, ?, ?)"_s);
            q.addBindValue(messageId);
            q.addBindValue(c.ab.campaignId);
            q.addBindValue(u"bench%1@example.org"_s.arg(i));
            q.addBindValue(zones[i % zones.size()]);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                qFatal("queue insert");
        }
        (void)t.commit();
    }
    (void)d.exec(u"ANALYZE"_s);
    SystemClock clock;
    SendScheduler scheduler(d, clock, 1);
    QList<double> ms;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto decision = scheduler.next(c.ab.campaignId);
        ms.append(timer.nsecsElapsed() / 1e6);
        if (!decision || !decision->entry)
            qFatal("no claim: %s", qPrintable(decision.errorMessage()));
    }
    std::sort(ms.begin(), ms.end());
    return u"| scheduling decision with %1 queued (%2, 6 lead zones, 3 senders) | 30 decisions | median %3 "
           u"ms | "
           "**worst %4 ms** | target < 50 ms |\n"_s.arg(kQueued)
               .arg(backend)
               .arg(ms[ms.size() / 2], 0, 'f', 2)
               .arg(ms.last(), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString table = u"| measured | size | time | result | note |\n|---|---|---|---|---|\n"_s;
    table += sendsPerSecond();
    QTemporaryDir dir;
    table += decisionTime(u"sqlite:"_s + dir.filePath(u"decide.sqlite"_s), u"SQLite"_s);
    const QString pg = bench::postgresUrl();
    if (!pg.isEmpty()) {
        auto admin = Database::open(pg);
        if (admin && admin.value()->exec(u"DROP DATABASE IF EXISTS outreach_bench_sending"_s) &&
            admin.value()->exec(u"CREATE DATABASE outreach_bench_sending"_s)) {
            QUrl url(pg);
            url.setPath(u"/outreach_bench_sending"_s);
            table += decisionTime(url.toString(), u"PostgreSQL"_s);
        }
    }
    bench::writeSection(u"sending"_s, u"## Sending\n\n"_s + table);
    return 0;
}
