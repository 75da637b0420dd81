// Benchmark: A/B analytics and event import at scale, on SQLite and (when
// $OUTREACH_BENCH_PG_URL is set) PostgreSQL. 1,000,000 messages with
// 3,000,000 events are generated with bulk SQL; then the analytics latency
// (median of several runs) and the CSV event import rate are measured.
// OUTREACH_BENCH_MESSAGES scales the data down for a quick local run.
#include "AnalyticsRepository.h"
#include "BenchSupport.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "abtest/AnalyticsService.h"
#include "abtest/EventImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

constexpr int kAnalyticsRuns = 9;
constexpr double kAnalyticsTargetMs = 100;
constexpr double kImportTarget = 100000;

struct Figures
{
    QString backend;
    qint64 messages = 0;
    qint64 events = 0;
    double generateSeconds = 0;
    double rebuildSeconds = 0;
    double analyticsMedianMs = 0;
    double analyticsMaxMs = 0;
    qint64 importedEvents = 0;
    double importSeconds = 0;
    double importCpuSeconds = 0;
    double typicalSeconds = 0; // the vendor-like file: 3 events per message
    bool countsMatch = false;
};

void must(const DbStatus &status, const char *what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.errorMessage()));
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Integers 1..n as a row source `s(i)` in the dialect's fastest form.
QString series(const Database &db, qint64 n)
{
    return (db.dialect().kind() == SqlDialect::Kind::Postgres)
               ? u"generate_series(1, %1) AS s(i)"_s.arg(n)
               : u"(WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < %1) "
                 "SELECT i FROM r) AS s"_s.arg(n);
}

qint64 generate(Database &db, qint64 messages, qint64 *campaignOut)
{
    Campaign campaign;
    campaign.name = u"Benchmark"_s;
    auto id = CampaignRepository(db).create(campaign);
    if (!id)
        qFatal("%s", qPrintable(id.errorMessage()));
    const qint64 c = id.value();
    *campaignOut = c;
    const QString ts = u"'2025-03-01T10:00:00.000Z'"_s;
    Transaction transaction(db);
    must(transaction.status(), "begin");
    must(db.exec(u"INSERT INTO leads (email, first_name, last_name, company, qualification_score, research, "
                 "enrichment, custom_fields, created_at, updated_at) SELECT 'b' || i || '@bench.example', "
                 "'First', 'Last', 'Company', 80, '{}', '{}', '{}', %1, %1 FROM %2"_s.arg(
                     ts, series(db, messages))),
         "leads");
    must(
        db.exec(u"INSERT INTO campaign_messages (campaign_id, lead_id, status, assigned_variant, created_at, "
                "updated_at) SELECT %1, id, 'generated', id % 3, %2, %2 FROM leads"_s.arg(c)
                    .arg(ts)),
        "messages");
    // Three events per message: sent; delivered (or bounced); one more stage.
    const QStringList kinds = {
        u"'sent'"_s,
        u"CASE WHEN m.id % 20 = 0 THEN 'bounced' ELSE 'delivered' END"_s,
        u"CASE WHEN m.id % 10 < 6 THEN 'opened' WHEN m.id % 10 < 8 THEN 'clicked' WHEN m.id % 10 = 8 THEN "
        "'replied' ELSE 'unsubscribed' END"_s,
    };
    for (int k = 0; k < kinds.size(); ++k)
        must(db.exec(u"INSERT INTO message_events (message_id, event_type, occurred_at, source, created_at) "
                     "SELECT m.id, %1, %2, 'bench', %3 FROM campaign_messages m WHERE m.campaign_id = %4"_s
                         .arg(kinds[k],
                              // 2025-03-01, -02, -03 at 10:00 UTC; SQLite stores
                              // event times as milliseconds since the epoch
                              (db.dialect().kind() == SqlDialect::Kind::Postgres)
                                  ? u"'2025-03-0%1T10:00:00.000Z'"_s.arg(k + 1)
                                  : QString::number(1740823200000LL + k * 86400000LL),
                              ts)
                         .arg(c)),
             "events");
    must(transaction.commit(), "commit");
    // What autovacuum does after a bulk load: statistics for the planner and
    // the visibility map that lets index-only scans skip the heap.
    if ((db.dialect().kind() == SqlDialect::Kind::Postgres))
        must(db.exec(u"VACUUM ANALYZE"_s), "vacuum analyze");
    else
        must(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s), "checkpoint");
    // The database at rest, as a user's is: otherwise the kernel is still
    // writing back the gigabyte or two just generated while the import runs
    // (measured: the first chunk of the import twice as slow).
    ::sync();
    return messages * 3;
}

// The hard case: every row a different message, in random order.
void writeEventCsv(const QString &path, qint64 messages, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out << "email,event,timestamp\n";
    const char *names[] = {"open", "click", "reply"};
    for (qint64 i = 0; i < rows; ++i)
        out << 'b' << (1 + (i * 7919) % messages) << "@bench.example," << names[i % 3] << ','
            << (1741000000 + i) << '\n';
}

// What a sending platform exports: a third as many messages, each with
// three events spread over the file in time order.
void writeTypicalCsv(const QString &path, qint64 messages, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out << "email,event,timestamp\n";
    const char *names[] = {"processed", "open", "click"};
    const qint64 perPass = rows / 3;
    for (qint64 i = 0; i < perPass * 3; ++i)
        out << 'b' << (1 + ((i % perPass) * 7919 + 13) % messages) << "@bench.example," << names[i / perPass]
            << ',' << (1742000000 + i) << '\n';
}

DbResult<EventImportResult> importFile(Database &db, qint64 campaign, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return EventImport::run(db, campaign, &file, u"import:bench.csv"_s);
}

Figures run(Database &db, const QString &backend, qint64 messages, const QString &csv,
            const QString &typicalCsv, qint64 csvRows)
{
    Figures f;
    f.backend = backend;
    f.messages = messages;
    qint64 campaign = 0;
    QElapsedTimer timer;
    timer.start();
    f.events = generate(db, messages, &campaign);
    f.generateSeconds = seconds(timer);
    timer.restart();
    must(AnalyticsRepository(db).rebuild(campaign), "rebuild");
    f.rebuildSeconds = seconds(timer);

    QList<double> times;
    for (int i = 0; i < kAnalyticsRuns; ++i) {
        timer.restart();
        const auto result = AnalyticsService::analyze(db, campaign);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!result)
            qFatal("%s", qPrintable(result.errorMessage()));
        qint64 assigned = 0;
        for (const VariantResult &v : result->result.variants)
            assigned += v.counts.assigned;
        if (assigned != messages)
            qFatal("analytics counted %lld messages, expected %lld", assigned, messages);
    }
    std::sort(times.begin(), times.end());
    f.analyticsMedianMs = times.at(times.size() / 2);
    f.analyticsMaxMs = times.constLast();

    must(CampaignRepository(db).setStatus(campaign, CampaignStatus::Generating), "status");
    must(CampaignRepository(db).setStatus(campaign, CampaignStatus::Ready), "status");
    must(CampaignRepository(db).setStatus(campaign, CampaignStatus::Active), "status");
    timer.restart();
    const double cpuBefore = bench::cpuSeconds();
    const auto imported = importFile(db, campaign, csv);
    f.importSeconds = seconds(timer);
    // Client CPU only: on PostgreSQL most of the work is in the server.
    f.importCpuSeconds = bench::cpuSeconds() - cpuBefore;
    if (!imported || !imported->errors.isEmpty())
        qFatal("import failed: %s", imported ? "row errors" : qPrintable(imported.errorMessage()));
    f.importedEvents = imported->imported + imported->duplicates;
    if (imported->imported != csvRows)
        qFatal("imported %lld of %lld", imported->imported, csvRows);
    timer.restart();
    const auto typical = importFile(db, campaign, typicalCsv);
    f.typicalSeconds = seconds(timer);
    if (!typical || !typical->errors.isEmpty() || typical->imported + typical->duplicates != f.importedEvents)
        qFatal("typical import failed: %s", typical ? "row errors" : qPrintable(typical.errorMessage()));

    const auto maintained = AnalyticsRepository(db).variantCounts(campaign);
    const auto recount = AnalyticsRepository(db).recountFromEvents(campaign);
    f.countsMatch = maintained && recount && maintained.value() == recount.value();
    return f;
}

QString row(const Figures &f)
{
    const double rate = f.importSeconds > 0 ? double(f.importedEvents) / f.importSeconds : 0;
    const double typical = f.typicalSeconds > 0 ? double(f.importedEvents) / f.typicalSeconds : 0;
    return u"| %1 | %2 | %3 | %4 ms (max %5) | %6 | %7 events/s (%12 s, client CPU %13 s) | %14 events/s | %8 | %9 | %10 s / %11 s |\n"_s
        .arg(f.backend)
        .arg(f.messages)
        .arg(f.events)
        .arg(f.analyticsMedianMs, 0, 'f', 2)
        .arg(f.analyticsMaxMs, 0, 'f', 2)
        .arg(f.analyticsMedianMs < kAnalyticsTargetMs ? u"PASS"_s : u"MISS"_s)
        .arg(rate, 0, 'f', 0)
        .arg(rate >= kImportTarget && typical >= kImportTarget ? u"PASS"_s : u"MISS"_s)
        .arg(f.countsMatch ? u"yes"_s : u"NO"_s)
        .arg(f.generateSeconds, 0, 'f', 1)
        .arg(f.rebuildSeconds, 0, 'f', 1)
        .arg(f.importSeconds, 0, 'f', 1)
        .arg(f.importCpuSeconds, 0, 'f', 1)
        .arg(typical, 0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 messages = qEnvironmentVariableIsSet("OUTREACH_BENCH_MESSAGES")
                                ? qEnvironmentVariable("OUTREACH_BENCH_MESSAGES").toLongLong()
                                : 1000000;
    const qint64 csvRows = std::min<qint64>(300000, messages);
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("OUTREACH_BENCH_KEEP")) { // to look at the data afterwards
        dir.setAutoRemove(false);
        qInfo("bench data kept in %s", qPrintable(dir.path()));
    }
    const QString csv = dir.filePath(u"events.csv"_s);
    writeEventCsv(csv, messages, csvRows);
    const QString typicalCsv = dir.filePath(u"typical.csv"_s);
    writeTypicalCsv(typicalCsv, messages, csvRows);

    QList<Figures> figures;
    {
        auto db = Database::openAndMigrate(u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s));
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        figures.append(run(*db.value(), u"SQLite"_s, messages, csv, typicalCsv, csvRows));
    }
    QString pgNote;
    const QString server = bench::postgresUrl();
    if (server.isEmpty()) {
        pgNote = u"PostgreSQL: not run ($OUTREACH_BENCH_PG_URL not set).\n"_s;
    } else {
        const QString name = u"outreach_bench_analytics_%1"_s.arg(QCoreApplication::applicationPid());
        auto admin = Database::open(server);
        if (!admin)
            qFatal("%s", qPrintable(admin.errorMessage()));
        must(admin.value()->exec(u"CREATE DATABASE "_s + name), "create database");
        QUrl url(server);
        url.setPath(u"/"_s + name);
        {
            auto db = Database::openAndMigrate(url.toString());
            if (!db)
                qFatal("%s", qPrintable(db.errorMessage()));
            figures.append(run(*db.value(), u"PostgreSQL"_s, messages, csv, typicalCsv, csvRows));
        }
        (void)admin.value()->exec(u"DROP DATABASE "_s + name);
    }

    QString md = u"## A/B analytics and event import\n\n"_s;
    md += u"%1 messages in one campaign with 3 events each, generated with bulk SQL; analytics is "
          "`AnalyticsService::analyze` (counts + statistics), median of %2 runs; import is "
          "`EventImport::run` of a %3-row CSV (email, event, Unix timestamp) into that database, "
          "one transaction: \"Import\" is the hard case, every row a different message in random "
          "order; \"Typical import\" is a vendor-like export of the same size, a third as many "
          "messages with three events each spread over the file in time order. The generated data is "
          "checkpointed and synced to disk before the imports. Targets: analytics "
          "< %4 ms, import >= %5 events/s (both files). \"Counts = recount\" checks the maintained "
          "counters against a recount from the raw event log after both imports.\n\n"_s.arg(messages)
              .arg(kAnalyticsRuns)
              .arg(csvRows)
              .arg(kAnalyticsTargetMs)
              .arg(kImportTarget, 0, 'f', 0);
    md += u"| Backend | Messages | Events | Analytics (median) | Target | Import | Typical import | Target | "
          "Counts = recount | Generate / rebuild |\n|---|---|---|---|---|---|---|---|---|---|\n"_s;
    for (const Figures &f : figures)
        md += row(f);
    if (!pgNote.isEmpty())
        md += u"\n"_s + pgNote;
    bench::writeSection(u"analytics"_s, md);
    return 0;
}
