// Helpers for benchmarks: wall time, peak RSS, and writing the section that
// scripts/bench joins into docs/BENCHMARKS.md.
#pragma once

#include <QString>
#include <QStringList>

namespace outreach::bench {

// Peak resident set size of this process so far, in MiB (VmHWM).
double peakRssMiB();
// Current resident set size in MiB (VmRSS).
double currentRssMiB();
// CPU time (user + system) of this process in seconds.
double cpuSeconds();
// Writes $OUTREACH_BENCH_OUT/<name>.md (or stdout when unset) and echoes it.
void writeSection(const QString &name, const QString &markdown);
// PostgreSQL server URL for benchmarks ($OUTREACH_BENCH_PG_URL), or empty.
QString postgresUrl();

} // namespace outreach::bench
