// Generation throughput against the fake server in its own process (so the
// server does not compete for this process's event loop), 1,000 leads,
// SQLite: the seed's latency at concurrency 16, raw end-to-end speed at
// latency 0, and a server-enforced 1,000 requests/minute limit. Then the
// time the thread running the engine (the GUI thread in the app) is busy
// per stored message, on SQLite and (OUTREACH_BENCH_PG_URL) PostgreSQL:
// what storing results costs the window.
#include "BenchSupport.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "LeadRepository.h"
#include "TestData.h"
#include "generation/GenerationEngine.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

constexpr int kLeads = 1000;

QString serverPath()
{
    // The tool is built next to the CLI's build tree: build/tests/tools.
    QDir dir = QFileInfo(QStringLiteral(OUTREACH_CLI_PATH)).dir();
    dir.cdUp();
    return dir.filePath(u"tests/tools/fake-llm-server"_s);
}

struct Server
{
    QProcess process;
    QUrl baseUrl;
    bool start(const QStringList &args)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(serverPath(), args + QStringList{u"--max-seconds"_s, u"300"_s});
        if (!process.waitForStarted(5000) || !process.waitForReadyRead(5000))
            return false;
        const int port = QString::fromUtf8(process.readLine()).trimmed().toInt();
        baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
        return port > 0;
    }
    ~Server()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

struct Outcome
{
    GenerationSummary summary;
    double cpuSeconds = 0;
    bool ok = false;
};

Outcome run(Database &db, const QStringList &serverArgs, int concurrency, int timeoutMs)
{
    Outcome out;
    Server server;
    if (!server.start(serverArgs)) {
        out.summary.error = u"cannot start "_s + serverPath();
        return out;
    }
    Campaign c = test::makeCampaign(u"Bench"_s);
    const auto id = CampaignRepository(db).create(c);
    OpenAiCompatibleProvider provider(u"cerebras"_s, u"bench-key"_s, server.baseUrl, u"gpt-oss-120b"_s);
    GenerationEngine engine(db, &provider);
    GenerationOptions options;
    options.concurrency = concurrency;
    options.progressIntervalMs = 1000;
    QEventLoop loop;
    QObject::connect(&engine, &GenerationEngine::finished, &loop, [&](const GenerationSummary &s) {
        out.summary = s;
        out.ok = s.ok() && s.generated == kLeads;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { engine.cancel(); });
    const double cpuBefore = bench::cpuSeconds();
    if (!id || !engine.start(id.value(), options)) {
        out.summary.error = engine.error();
        return out;
    }
    loop.exec();
    out.cpuSeconds = bench::cpuSeconds() - cpuBefore;
    return out;
}

// How long this thread is busy (awake between two waits for events), and
// its longest busy stretch: a stretch is how long a window would freeze.
class ThreadBusy
{
public:
    ThreadBusy()
    {
        m_clock.start();
        m_awakeNs = 0;
        auto *dispatcher = QAbstractEventDispatcher::instance();
        QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, &m_context, [this] {
            if (m_awakeNs < 0)
                m_awakeNs = m_clock.nsecsElapsed();
        });
        QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &m_context, [this] { rest(); });
    }
    void stop()
    {
        rest();
        QObject::disconnect(QAbstractEventDispatcher::instance(), nullptr, &m_context, nullptr);
    }
    double busyMs() const { return m_busyNs / 1e6; }
    double longestMs() const { return m_longestNs / 1e6; }

private:
    void rest()
    {
        if (m_awakeNs < 0)
            return;
        const qint64 stretch = m_clock.nsecsElapsed() - m_awakeNs;
        m_busyNs += stretch;
        m_longestNs = std::max(m_longestNs, stretch);
        m_awakeNs = -1;
    }

    QObject m_context;
    QElapsedTimer m_clock;
    qint64 m_awakeNs = -1;
    qint64 m_busyNs = 0;
    qint64 m_longestNs = 0;
};

struct ThreadCost
{
    int stored = 0;
    double busyMsPerMessage = 0;
    double longestMs = 0;
    double seconds = 0;
    QString error;
};

// 1,000 leads at latency 50 ms, concurrency 16: the thread has time to
// wait between answers (as a GUI thread should), so its busy time is the
// work it does per message, database writes included when it does them.
ThreadCost engineThreadCost(Database &db)
{
    ThreadCost out;
    Server server;
    if (!server.start({u"--latency-ms"_s, u"50"_s})) {
        out.error = u"cannot start "_s + serverPath();
        return out;
    }
    Campaign c = test::makeCampaign(u"Bench thread"_s);
    const auto id = CampaignRepository(db).create(c);
    OpenAiCompatibleProvider provider(u"cerebras"_s, u"bench-key"_s, server.baseUrl, u"gpt-oss-120b"_s);
    GenerationEngine engine(db, &provider);
    GenerationOptions options;
    options.concurrency = 16;
    options.progressIntervalMs = 1000;
    QEventLoop loop;
    QObject::connect(&engine, &GenerationEngine::finished, &loop, [&](const GenerationSummary &s) {
        out.stored = s.generated + s.failed;
        out.seconds = s.elapsedSeconds;
        out.error = s.error;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, [&] { engine.cancel(); });
    ThreadBusy busy;
    if (!id || !engine.start(id.value(), options)) {
        out.error = id ? engine.error() : id.errorMessage();
        return out;
    }
    loop.exec();
    busy.stop();
    out.busyMsPerMessage = out.stored > 0 ? busy.busyMs() / out.stored : 0;
    out.longestMs = busy.longestMs();
    return out;
}

bool seedLeads(Database &db)
{
    LeadRepository leads(db);
    Transaction tx(db);
    for (int i = 1; i <= kLeads; ++i) {
        Lead lead = test::makeLead(i);
        if (!leads.insert(lead)) {
            qCritical("cannot insert lead %d", i);
            return false;
        }
    }
    return tx.commit().ok();
}

QString costRow(const QString &backend, const ThreadCost &cost)
{
    if (!cost.error.isEmpty())
        return u"| %1 | error: %2 | |\n"_s.arg(backend, cost.error);
    return u"| %1 | %2 ms per stored message (%3 stored in %4 s) | %5 ms |\n"_s.arg(backend)
        .arg(cost.busyMsPerMessage, 0, 'f', 3)
        .arg(cost.stored)
        .arg(cost.seconds, 0, 'f', 2)
        .arg(cost.longestMs, 0, 'f', 1);
}

QString verdict(bool pass)
{
    return pass ? u"PASS"_s : u"MISS"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    // The UNIX event dispatcher reports every wait (aboutToBlock) and wake-up
    // (awake), which ThreadBusy needs; the GLib one does not report them all.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    // --thread-only: only the engine-thread measurement (quicker to compare builds).
    const bool threadOnly = app.arguments().contains(u"--thread-only"_s);
    QTemporaryDir dir;
    auto db = Database::openAndMigrate(u"sqlite:"_s + dir.filePath(u"bench.db"_s));
    if (!db) {
        qCritical("%s", qPrintable(db.errorMessage()));
        return 1;
    }
    if (!seedLeads(*db.value()))
        return 1;

    QString md = u"## Generation engine\n\n"_s;
    if (!threadOnly) {
        const Outcome slow = run(*db.value(), {u"--latency-ms"_s, u"600"_s}, 16, 90000);
        const Outcome fast = run(*db.value(), {u"--latency-ms"_s, u"0"_s}, 16, 60000);
        const Outcome limited =
            run(*db.value(), {u"--latency-ms"_s, u"0"_s, u"--rpm-limit"_s, u"1000"_s}, 16, 100000);

        const double slowRate = slow.summary.messagesPerMinute;
        const double fastPerSecond =
            fast.summary.elapsedSeconds > 0 ? fast.summary.generated / fast.summary.elapsedSeconds : 0;
        const double cpuPerMessageMs =
            fast.summary.generated > 0 ? fast.cpuSeconds * 1000 / fast.summary.generated : 0;
        const double limitedRate = limited.summary.messagesPerMinute;
        const double share429 = limited.summary.requests > 0
                                    ? 100.0 * limited.summary.rateLimited / limited.summary.requests
                                    : 100;

        md = u"## Generation engine (1,000 leads, SQLite, fake server in its own process)\n\n"_s
             u"| Scenario | Result | Target | |\n|---|---|---|---|\n"_s;
        md += u"| latency 600 ms, concurrency 16 | %1 msg/min (p50 %2 ms, %3 s) | >= 1,440 msg/min | %4 |\n"_s
                  .arg(slowRate, 0, 'f', 0)
                  .arg(slow.summary.latencyP50Ms)
                  .arg(slow.summary.elapsedSeconds, 0, 'f', 1)
                  .arg(verdict(slow.ok && slowRate >= 1440));
        md +=
            u"| latency 0, concurrency 16, incl. DB writes | %1 msg/s, CPU %2 ms/msg | >= 500 msg/s | %3 |\n"_s
                .arg(fastPerSecond, 0, 'f', 0)
                .arg(cpuPerMessageMs, 0, 'f', 2)
                .arg(verdict(fast.ok && fastPerSecond >= 500));
        md +=
            u"| server limit 1,000 req/min | %1 msg/min, %2 of %3 requests answered 429 (%4 %) | >= 950/min, < 1 % 429 | %5 |\n"_s
                .arg(limitedRate, 0, 'f', 0)
                .arg(limited.summary.rateLimited)
                .arg(limited.summary.requests)
                .arg(share429, 0, 'f', 2)
                .arg(verdict(limited.ok && limitedRate >= 950 && share429 < 1.0));
        for (const Outcome *o : {&slow, &fast, &limited})
            if (!o->summary.error.isEmpty())
                md += u"\nError: "_s + o->summary.error + u'\n';
    }
    md +=
        u"\n### Time on the engine's thread (the GUI thread in the app)\n\n"_s
        u"How long the thread that runs the engine is busy (awake between two waits for events) per "
        u"stored message, and its longest busy stretch, for 1,000 leads at latency 50 ms and concurrency 16.\n\n"_s
        u"| Database | busy time | longest stretch |\n|---|---|---|\n"_s;
    md += costRow(u"SQLite (file, WAL)"_s, engineThreadCost(*db.value()));
    const QString pg = bench::postgresUrl();
    if (!pg.isEmpty()) {
        auto admin = Database::open(pg);
        if (admin && admin.value()->exec(u"DROP DATABASE IF EXISTS outreach_bench_generation"_s) &&
            admin.value()->exec(u"CREATE DATABASE outreach_bench_generation"_s)) {
            QUrl url(pg);
            url.setPath(u"/outreach_bench_generation"_s);
            auto pgDb = Database::openAndMigrate(url.toString());
            if (pgDb && seedLeads(*pgDb.value()))
                md += costRow(u"PostgreSQL (local, TCP)"_s, engineThreadCost(*pgDb.value()));
            else
                md += u"| PostgreSQL | cannot set up: %1 | |\n"_s.arg(pgDb ? QString() : pgDb.errorMessage());
        }
    }
    bench::writeSection(u"generation"_s, md);
    return 0;
}
