#include "BenchSupport.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace outreach::bench {
namespace {

double statusField(const char *key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray wanted = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double peakRssMiB()
{
    return statusField("VmHWM");
}
double currentRssMiB()
{
    return statusField("VmRSS");
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void writeSection(const QString &name, const QString &markdown)
{
    QTextStream(stdout) << markdown << Qt::endl;
    const QString dir = qEnvironmentVariable("OUTREACH_BENCH_OUT");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile file(dir + u'/' + name + u".md"_s);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(markdown.toUtf8());
}

QString postgresUrl()
{
    return qEnvironmentVariable("OUTREACH_BENCH_PG_URL");
}

} // namespace outreach::bench
