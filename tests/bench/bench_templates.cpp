// Benchmark: template checking and rendering are linear in the template's
// size (issue 11 item 9): `Hi {{first_name}} ` repeated 20,000 to 200,000
// times, and 10,000 nested "{{" (each one a problem; 5 are described).
#include "BenchSupport.h"
#include "templates/TemplateEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

// Median wall time of `runs` calls, in milliseconds.
template<typename F> double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Lead lead;
    lead.firstName = u"Ada"_s;
    const Campaign campaign;
    QString md = u"## Templates: checking and rendering in linear time\n\n"
                 "`bench_templates`: `TemplateEngine::validate` and `render` of `Hi {{first_name}} ` "
                 "repeated N times, and `validate` of N nested `{{` (every one a problem; 5 described, "
                 "the rest counted in one \"and N more\" line). Median of 5 runs. Linear means the time "
                 "per placeholder stays flat as N grows tenfold (it was quadratic: x20,000 took 5 s, "
                 "x200,000 over a minute).\n\n"
                 "| template | N | validate | render | validate per placeholder |\n|---|---|---|---|---|\n"_s;
    double perSmall = 0;
    double perLarge = 0;
    bool ok = true;
    for (int n : {20000, 40000, 200000}) {
        const QString text = u"Hi {{first_name}} "_s.repeated(n);
        qsizetype problems = 0;
        const double validateMs = medianMs(5, [&] { problems = TemplateEngine::validate(text).size(); });
        const double renderMs = medianMs(5, [&] { TemplateEngine::render(text, campaign, lead); });
        ok = ok && problems == 0;
        const double perUs = validateMs * 1000.0 / n;
        if (n == 20000)
            perSmall = perUs;
        if (n == 200000)
            perLarge = perUs;
        md += u"| `Hi {{first_name}} ` | %1 | %2 ms | %3 ms | %4 µs |\n"_s.arg(n)
                  .arg(validateMs, 0, 'f', 1)
                  .arg(renderMs, 0, 'f', 1)
                  .arg(perUs, 0, 'f', 3);
    }
    for (int n : {10000, 100000}) {
        const QString text = QString(2 * n, u'{');
        QList<TemplateProblem> problems;
        const double validateMs = medianMs(5, [&] { problems = TemplateEngine::validate(text); });
        ok = ok && problems.size() == TemplateEngine::kMaxReportedProblems + 1 &&
             problems.last().count == n - TemplateEngine::kMaxReportedProblems;
        md += u"| nested `{{` | %1 | %2 ms | – | %3 µs |\n"_s.arg(n)
                  .arg(validateMs, 0, 'f', 1)
                  .arg(validateMs * 1000.0 / n, 0, 'f', 3);
    }
    const double growth = perSmall > 0 ? perLarge / perSmall : 0;
    md += u"\nTime per placeholder at N = 200,000 over N = 20,000: %1x (target < 2x: %2).\n"_s
              .arg(growth, 0, 'f', 2)
              .arg(growth < 2.0 ? u"PASS"_s : u"MISS"_s);
    bench::writeSection(u"templates"_s, md);
    return ok ? 0 : 1;
}
