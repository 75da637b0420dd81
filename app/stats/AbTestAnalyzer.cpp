#include "AbTestAnalyzer.h"
#include "Sequential.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

qint64 metricCount(const FunnelCounts &c, WinnerMetric metric)
{
    switch (metric) {
    case WinnerMetric::Open:
        return c.opened;
    case WinnerMetric::Click:
        return c.clicked;
    case WinnerMetric::Reply:
        return c.replied;
    }
    return 0;
}

double rateOf(qint64 successes, qint64 sent)
{
    return sent > 0 ? double(std::clamp<qint64>(successes, 0, sent)) / double(sent) : 0.0;
}

QString percent(double rate)
{
    return percentText(rate);
}

// "a, b and c" with a translatable conjunction; QLocale::createSeparatedList
// would give "a, b" in the C locale the CLI often runs under.
QString joinWithAnd(QStringList items)
{
    if (items.size() < 2)
        return items.join(QString());
    const QString last = items.takeLast();
    return QCoreApplication::translate("AbTest", "%1 and %2").arg(items.join(u", "_s), last);
}

QString pText(double p, double alpha)
{
    return pValueText(p, alpha);
}

int clampToInt(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

// Pairwise comparisons of the best variant with every other one. Fisher's
// exact test replaces the z-test when the normal approximation is unsafe.
QList<PairwiseTest> comparePairs(const QList<VariantResult> &variants, qsizetype best, WinnerMetric metric,
                                 const AbTestOptions &options)
{
    const double tuning =
        options.plannedSends > 0 ? 2.0 * double(options.plannedSends) : stats::kDefaultTuningSample;
    QList<PairwiseTest> tests;
    const VariantResult &b = variants[best];
    const qint64 xb = b.successes(metric);
    const qint64 nb = b.counts.sent;
    for (qsizetype j = 0; j < variants.size(); ++j) {
        if (j == best)
            continue;
        const qint64 xo = variants[j].successes(metric);
        const qint64 no = variants[j].counts.sent;
        PairwiseTest test;
        test.a = b.counts.index;
        test.b = variants[j].counts.index;
        const stats::SequentialComparison seq =
            stats::compareSequential(xb, nb, xo, no, tuning, options.alpha);
        test.alwaysValidP = seq.pValue;
        test.sequence = seq.sequence;
        // Simulations of the sequential rule skip the one-look tests.
        if (!options.describe && options.mode == TestMode::Sequential) {
            tests.append(test);
            continue;
        }
        const double total = double(nb + no);
        const double successes = double(xb + xo);
        const double minExpected =
            total > 0 ? double(std::min(nb, no)) * std::min(successes, total - successes) / total : 0.0;
        if (minExpected < 5) {
            test.kind = PairwiseTest::Kind::Fisher;
            test.pValue = stats::fisherExactTwoSided(xb, nb - xb, xo, no - xo);
        } else {
            test.kind = PairwiseTest::Kind::Z;
            test.pValue = stats::twoProportionZ(xo, no, xb, nb).pValue;
        }
        tests.append(test);
    }
    QList<double> raw;
    for (const PairwiseTest &t : tests)
        raw.append(t.pValue);
    const QList<double> adjusted = stats::holmAdjust(raw);
    for (qsizetype i = 0; i < tests.size(); ++i)
        tests[i].pAdjusted = adjusted[i];
    raw.clear();
    for (const PairwiseTest &t : tests)
        raw.append(t.alwaysValidP);
    const QList<double> adjustedSequential = stats::holmAdjust(raw);
    for (qsizetype i = 0; i < tests.size(); ++i)
        tests[i].alwaysValidAdjusted = adjustedSequential[i];
    return tests;
}

// Sends per variant at which the expected difference p2 - p1 meets the
// sequential boundary of the last Holm step (alpha): a planning figure, as
// the fixed-horizon formula is, found by doubling then bisection.
std::optional<qint64> sequentialSendsNeeded(double p1, double p2, const AbTestOptions &options)
{
    if (!(std::abs(p2 - p1) > 0) || p1 < 0 || p2 < 0 || p1 > 1 || p2 > 1)
        return std::nullopt;
    const double tuning =
        options.plannedSends > 0 ? 2.0 * double(options.plannedSends) : stats::kDefaultTuningSample;
    const double rho2 = stats::mixtureRho2(tuning, options.alpha);
    const double d = std::abs(p2 - p1);
    const auto meets = [&](qint64 n) {
        const double variance = (p1 * (1 - p1) + p2 * (1 - p2)) / double(n);
        return stats::alwaysValidPValue(d, variance, 2.0 * double(n), rho2) < options.alpha;
    };
    qint64 high = 2;
    while (!meets(high)) {
        if (high > (qint64(1) << 40))
            return std::nullopt;
        high *= 2;
    }
    qint64 low = high / 2;
    while (high - low > 1) {
        const qint64 mid = low + (high - low) / 2;
        (meets(mid) ? high : low) = mid;
    }
    return high;
}

std::optional<qint64> sendsStillNeeded(const AbTestResult &r, const AbTestOptions &options)
{
    if (r.winner)
        return 0;
    if (!r.bestVariant && !(options.minDetectableLift > 0))
        return std::nullopt;
    const auto &variants = r.variants;
    const double bestRate = r.bestVariant ? variants[*r.bestVariant].rate(r.metric) : 0.0;
    // The closest competitor decides how hard the hardest comparison is.
    double runnerUp = -1;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        if (r.bestVariant && i != *r.bestVariant && variants[i].counts.sent > 0)
            runnerUp = std::max(runnerUp, variants[i].rate(r.metric));
    }
    double p1 = runnerUp >= 0 ? runnerUp : bestRate;
    double p2 = bestRate;
    if (options.minDetectableLift > 0) {
        p2 = p1 + options.minDetectableLift;
        if (p2 > 1) {
            p2 = p1;
            p1 = std::max(0.0, p2 - options.minDetectableLift);
        }
    }
    std::optional<qint64> perVariant;
    if (options.mode == TestMode::Fixed && options.plannedSends > 0)
        perVariant = options.plannedSends;
    else if (options.mode == TestMode::Fixed)
        perVariant = stats::sendsNeededPerVariant(p1, p2, options.alpha, options.power);
    else
        perVariant = sequentialSendsNeeded(p1, p2, options);
    if (!perVariant)
        return std::nullopt;
    return std::max<qint64>(0, std::max(*perVariant, options.minSample) - fewestSent(variants));
}

QString verdictFor(const AbTestResult &r, const AbTestOptions &options, qint64 totalSent)
{
    const QString metric = metricDisplayName(r.metric);
    if (r.variants.size() < 2)
        return QCoreApplication::translate("AbTest", "No winner: an A/B test needs at least two variants.");
    if (totalSent == 0)
        return QCoreApplication::translate("AbTest", "No data yet: nothing has been sent.");
    if (r.srmFlag) {
        QStringList counts;
        for (const VariantResult &v : r.variants)
            counts.append(QLocale().toString(v.counts.sent));
        return QCoreApplication::translate("AbTest",
                                           "Warning: the sent counts (%1) do not match the planned split "
                                           "(sample ratio mismatch, %2). "
                                           "Check how messages were sent before trusting any result.")
            .arg(counts.join(u" / "_s), pText(r.srm.pValue, options.srmThreshold));
    }
    if (r.winner) {
        const VariantResult &best = r.variants[*r.bestVariant];
        QList<double> others;
        for (const VariantResult &v : r.variants) {
            if (v.counts.index != best.counts.index)
                others.append(v.rate(r.metric));
        }
        std::sort(others.begin(), others.end(), std::greater<>());
        QStringList otherTexts;
        for (double rate : others)
            otherTexts.append(percent(rate));
        const double p = r.decidingPValue();
        return QCoreApplication::translate("AbTest", "%1 wins on %2: %3 vs %4, %5.")
            .arg(toneDisplayName(best.counts.tone()), metric, percent(best.rate(r.metric)),
                 joinWithAnd(otherTexts), pText(p, options.alpha));
    }
    const qint64 fewest = fewestSent(r.variants);
    if (r.interim && r.bestVariant) {
        const VariantResult &best = r.variants[*r.bestVariant];
        return QCoreApplication::translate("AbTest",
                                           "Interim, not a decision: %1 leads on %2 with %3 at %4 of the "
                                           "planned %5 sends per variant.")
            .arg(toneDisplayName(best.counts.tone()), metric, percent(best.rate(r.metric)),
                 QLocale().toString(fewest), QLocale().toString(r.plannedSends));
    }
    if (r.sendsNeeded && *r.sendsNeeded > 0) {
        // The count is formatted here rather than by %Ln so that huge values
        // are not cut to int; n still selects the translation's plural form.
        const QString sends = QLocale().toString(*r.sendsNeeded);
        const int n = clampToInt(*r.sendsNeeded);
        if (fewest < options.minSample) {
            return QCoreApplication::translate(
                       "AbTest",
                       "No winner yet: about %1 more sends per variant needed "
                       "(each variant needs at least %2 sent before a winner is called).",
                       nullptr, n)
                .arg(sends, QLocale().toString(options.minSample));
        }
        return QCoreApplication::translate("AbTest", "No winner yet: about %1 more sends per variant needed.",
                                           nullptr, n)
            .arg(sends);
    }
    if (fewest < options.minSample) {
        return QCoreApplication::translate(
                   "AbTest", "No winner yet: each variant needs at least %1 sent before a winner is called.")
            .arg(QLocale().toString(options.minSample));
    }
    if (r.sendsNeeded) {
        double p = r.decidingPValue();
        if (r.mode == TestMode::Fixed && r.chiSquare.valid)
            p = std::max(p, r.chiSquare.pValue);
        return QCoreApplication::translate("AbTest", "No winner: the planned sample is reached and the "
                                                     "difference on %1 is not significant (%2); "
                                                     "the variants likely perform alike.")
            .arg(metric, pText(p, options.alpha));
    }
    return QCoreApplication::translate("AbTest",
                                       "No winner yet: no difference in %1 between the variants so far.")
        .arg(metric);
}

} // namespace

double VariantResult::rate(WinnerMetric metric) const
{
    switch (metric) {
    case WinnerMetric::Open:
        return openRate;
    case WinnerMetric::Click:
        return clickRate;
    case WinnerMetric::Reply:
        return replyRate;
    }
    return 0;
}

stats::Interval VariantResult::interval(WinnerMetric metric) const
{
    switch (metric) {
    case WinnerMetric::Open:
        return openInterval;
    case WinnerMetric::Click:
        return clickInterval;
    case WinnerMetric::Reply:
        return replyInterval;
    }
    return {};
}

qint64 VariantResult::successes(WinnerMetric metric) const
{
    return std::clamp<qint64>(metricCount(counts, metric), 0, std::max<qint64>(0, counts.sent));
}

AbTestResult analyzeAbTest(const QList<FunnelCounts> &variants, const AbTestOptions &options)
{
    AbTestResult r;
    r.metric = options.metric;
    r.alpha = options.alpha;
    r.mode = options.mode;
    r.plannedSends = options.plannedSends;
    const WinnerMetric metric = options.metric;

    QList<QPair<qint64, qint64>> successesTrials;
    QList<QList<double>> table;
    QList<qint64> sent;
    for (const FunnelCounts &counts : variants) {
        VariantResult v;
        v.counts = counts;
        v.counts.sent = std::max<qint64>(0, counts.sent);
        v.openRate = rateOf(counts.opened, v.counts.sent);
        v.clickRate = rateOf(counts.clicked, v.counts.sent);
        v.replyRate = rateOf(counts.replied, v.counts.sent);
        if (options.describe) {
            v.openInterval = stats::wilsonInterval(v.successes(WinnerMetric::Open), v.counts.sent);
            v.clickInterval = stats::wilsonInterval(v.successes(WinnerMetric::Click), v.counts.sent);
            v.replyInterval = stats::wilsonInterval(v.successes(WinnerMetric::Reply), v.counts.sent);
        }
        const qint64 x = v.successes(metric);
        successesTrials.append({x, v.counts.sent});
        table.append({double(x), double(v.counts.sent - x)});
        sent.append(v.counts.sent);
        r.variants.append(v);
    }
    const qint64 totalSent = std::accumulate(sent.begin(), sent.end(), qint64(0));

    const QList<double> pBest = options.describe ? stats::probabilityBest(successesTrials) : QList<double>();
    const QList<double> loss = options.describe ? stats::expectedLoss(successesTrials) : QList<double>();
    for (qsizetype i = 0; i < r.variants.size(); ++i) {
        r.variants[i].probabilityBest = pBest.value(i);
        r.variants[i].expectedLoss = loss.value(i);
    }

    if (options.describe || options.mode == TestMode::Fixed)
        r.chiSquare = stats::chiSquareIndependence(table);
    QList<double> split = options.plannedSplit;
    if (split.size() != variants.size())
        split = QList<double>(variants.size(), 1.0);
    r.srm = stats::sampleRatioMismatch(sent, split);
    r.srmFlag = r.srm.valid && r.srm.pValue < options.srmThreshold;

    if (totalSent > 0) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < r.variants.size(); ++i) {
            const VariantResult &v = r.variants[i];
            if (v.counts.sent == 0)
                continue;
            // Equal rates: the variant with more evidence behind it leads.
            if (best < 0 || v.rate(metric) > r.variants[best].rate(metric) ||
                (v.rate(metric) == r.variants[best].rate(metric) &&
                 v.probabilityBest > r.variants[best].probabilityBest))
                best = i;
        }
        r.bestVariant = int(best);
        if (r.variants.size() >= 2)
            r.pairwise = comparePairs(r.variants, best, metric, options);
    }

    const qint64 fewest = sent.isEmpty() ? 0 : *std::min_element(sent.begin(), sent.end());
    const bool sequential = options.mode == TestMode::Sequential;
    const bool allSignificant = !r.pairwise.isEmpty() &&
                                std::all_of(r.pairwise.begin(), r.pairwise.end(), [&](const PairwiseTest &t) {
                                    return (sequential ? t.alwaysValidAdjusted : t.pAdjusted) < options.alpha;
                                });
    // Fixed horizon: one look, at the plan; before it the numbers are interim.
    r.interim = !sequential && options.plannedSends > 0 && fewest < options.plannedSends && totalSent > 0;
    const bool omnibus = sequential || (r.chiSquare.valid && r.chiSquare.pValue < options.alpha);
    if (r.variants.size() >= 2 && !r.srmFlag && !r.interim && fewest >= options.minSample && omnibus &&
        allSignificant)
        r.winner = r.variants[*r.bestVariant].counts.index;

    if (!options.describe)
        return r;
    r.sendsNeeded = sendsStillNeeded(r, options);
    r.verdict = verdictFor(r, options, totalSent);
    return r;
}

double AbTestResult::decidingPValue() const
{
    double p = 0;
    for (const PairwiseTest &t : pairwise)
        p = std::max(p, mode == TestMode::Sequential ? t.alwaysValidAdjusted : t.pAdjusted);
    return pairwise.isEmpty() ? 1.0 : p;
}

qint64 fewestSent(const QList<VariantResult> &variants)
{
    if (variants.isEmpty())
        return 0;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const VariantResult &v : variants)
        fewest = std::min(fewest, v.counts.sent);
    return fewest;
}

QString percentText(double rate)
{
    return QCoreApplication::translate("AbTest", "%1 %").arg(QLocale().toString(rate * 100, 'f', 1));
}

// Two significant digits, as results are usually reported, unless rounding
// would carry the value across alpha and make the sentence look wrong.
QString pValueText(double p, double alpha)
{
    if (p < 0.001)
        return QCoreApplication::translate("AbTest", "p < 0.001");
    int digits = 2;
    if ((QString::number(p, 'g', digits).toDouble() < alpha) != (p < alpha))
        digits = 4;
    return QCoreApplication::translate("AbTest", "p = %1").arg(QLocale().toString(p, 'g', digits));
}

QString toneDisplayName(Tone tone)
{
    switch (tone) {
    case Tone::Professional:
        return QCoreApplication::translate("AbTest", "Professional");
    case Tone::Friendly:
        return QCoreApplication::translate("AbTest", "Friendly");
    case Tone::Direct:
        return QCoreApplication::translate("AbTest", "Direct");
    }
    return {};
}

QString metricDisplayName(WinnerMetric metric)
{
    switch (metric) {
    case WinnerMetric::Open:
        return QCoreApplication::translate("AbTest", "open rate");
    case WinnerMetric::Click:
        return QCoreApplication::translate("AbTest", "click rate");
    case WinnerMetric::Reply:
        return QCoreApplication::translate("AbTest", "reply rate");
    }
    return {};
}

} // namespace outreach
