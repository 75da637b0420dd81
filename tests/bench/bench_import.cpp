// Benchmark: import 100,000 Apollo-format rows into a fresh SQLite database
// (rows/s, peak RSS) against `sqlite3 .import` of the same file.
#include "BenchSupport.h"
#include "Database.h"
#include "import/LeadCsvParser.h"
#include "import/LeadImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

constexpr int kRows = 100000;

void writeApolloCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out << "First Name,Last Name,Title,Company,Email,Person Linkedin Url,Industry,Technologies,Corporate "
           "Phone,"
           "Website,City,Country,# Employees,Annual Revenue,Qualification Score,Qualification Reasoning,"
           "Pain Points,Buying Signals,Recent News\n";
    QRandomGenerator rng(42);
    const QStringList titles = {u"VP Operations"_s, u"Head of RevOps"_s, u"CTO"_s, u"Director of Sales"_s};
    const QStringList industries = {u"Logistics"_s, u"Healthcare"_s, u"Fintech"_s, u"Retail"_s};
    for (int i = 0; i < kRows; ++i) {
        out << "First" << i << ",Last" << i << ',' << titles[i % 4] << ",\"Company " << i << ", Inc.\","
            << "lead" << i << "@company" << i % 5000 << ".example.com,https://www.linkedin.com/in/lead-" << i
            << "-example," << industries[i % 4] << ",\"Salesforce, HubSpot, Snowflake\",+1 555 01"
            << (i % 100) << ",https://company" << i << ".example.com,Austin,United States," << (50 + i % 950)
            << ","
            << "$" << (5 + i % 200) << "M," << rng.bounded(0, 101)
            << ",\"Strong fit: growing ops team, manual reporting\",\"manual reporting; slow onboarding\","
               "\"hiring RevOps; evaluating tools\",\"Raised Series B\"\n";
    }
}

// CPU time of the children this process waited for (the sqlite3 shell).
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"apollo.csv"_s);
    writeApolloCsv(csv);
    const double fileMiB = double(QFile(csv).size()) / (1024.0 * 1024.0);
    const double rssBefore = bench::peakRssMiB();

    // Parsing and validation alone, to see how the import time splits.
    double parseSeconds = 0;
    {
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(csv));
        QElapsedTimer parseTimer;
        parseTimer.start();
        LeadCsvParser parser(&file);
        qint64 leads = 0;
        if (parser.readHeader()) {
            for (auto status = parser.next(); status != LeadCsvParser::Status::End; status = parser.next()) {
                if (status == LeadCsvParser::Status::Failed)
                    qFatal("parse failed: %s", qPrintable(parser.fatalIssue().reason));
                leads += status == LeadCsvParser::Status::Lead;
            }
        }
        parseSeconds = double(parseTimer.nsecsElapsed()) / 1e9;
        if (leads != kRows)
            qFatal("parsed %lld leads", leads);
    }

    auto db = Database::openAndMigrate(u"sqlite:"_s + dir.filePath(u"bench.sqlite"_s));
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    QElapsedTimer timer;
    const double cpuBefore = bench::cpuSeconds();
    timer.start();
    const LeadImportReport report = LeadImporter::importFile(*db.value(), csv);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = bench::cpuSeconds() - cpuBefore;
    if (!report.ok() || report.imported != kRows)
        qFatal("import failed: %lld imported, %s", report.imported,
               report.fatal ? qPrintable(report.fatal->reason) : "");
    const double peak = bench::peakRssMiB();

    // Reference: the sqlite3 shell's .import of the same file into a plain table.
    double referenceSeconds = -1;
    const double childCpuBefore = childCpuSeconds();
    QProcess sqlite;
    sqlite.setProgram(u"sqlite3"_s);
    sqlite.setArguments({dir.filePath(u"reference.sqlite"_s), u".import --csv "_s + csv + u" leads"_s});
    timer.restart();
    sqlite.start();
    if (sqlite.waitForFinished(120000) && sqlite.exitCode() == 0)
        referenceSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double referenceCpu = childCpuSeconds() - childCpuBefore;

    const double ratio = referenceSeconds > 0 ? seconds / referenceSeconds : 0;
    const bool timeOk = seconds < 2.0;
    const bool ratioOk = referenceSeconds > 0 && ratio <= 3.0;
    QString md;
    QTextStream s(&md);
    s << "## Lead import: 100,000 Apollo rows into SQLite\n\n"
      << "`bench_import`: a generated Apollo people export (" << kRows << " rows, "
      << QString::number(fileMiB, 'f', 1)
      << " MiB, 19 columns incl. research and enrichment) imported with `LeadImporter` into a fresh, "
         "migrated "
         "database (one transaction, duplicate check per row, JSON columns, all indexes).\n\n"
      << "| measure | result | target |\n|---|---|---|\n"
      << "| import time | " << QString::number(seconds, 'f', 2) << " s | < 2 s " << (timeOk ? "PASS" : "MISS")
      << " |\n"
      << "| of which reading and validating the CSV (measured alone) | "
      << QString::number(parseSeconds, 'f', 2) << " s | |\n"
      << "| import CPU (user + system) | " << QString::number(cpu, 'f', 2) << " s | |\n"
      << "| rows/s | " << QString::number(kRows / seconds, 'f', 0) << " | |\n"
      << "| peak RSS | " << QString::number(peak, 'f', 0) << " MiB (" << QString::number(rssBefore, 'f', 0)
      << " MiB before the import) | |\n"
      << "| `sqlite3 .import` of the same file | "
      << (referenceSeconds > 0 ? QString::number(referenceSeconds, 'f', 2) + u" s"_s : u"not available"_s)
      << " (CPU " << QString::number(referenceCpu, 'f', 2) << " s) | |\n"
      << "| ratio to `.import` | " << QString::number(ratio, 'f', 2) << "x | <= 3x "
      << (ratioOk ? "PASS" : "MISS") << " |\n"
      << "| CPU-time ratio to `.import` (steadier on a busy machine) | "
      << (referenceCpu > 0 ? QString::number(cpu / referenceCpu, 'f', 2) + u"x"_s : u"n/a"_s) << " | |\n";
    bench::writeSection(u"10-import"_s, md);
    return 0;
}
