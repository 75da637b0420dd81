#include "Statistics.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace outreach::stats {
namespace {

namespace bm = boost::math;

double chiSquareUpperTail(double statistic, int df)
{
    if (df <= 0)
        return 1;
    return bm::cdf(bm::complement(bm::chi_squared_distribution<double>(df), std::max(0.0, statistic)));
}

double normalQuantile(double p)
{
    return bm::quantile(bm::normal_distribution<double>(), p);
}

} // namespace

Interval wilsonInterval(qint64 successes, qint64 trials, double confidence)
{
    if (trials <= 0)
        return {0, 1};
    const double n = double(trials);
    const double p = double(std::clamp<qint64>(successes, 0, trials)) / n;
    const double z = normalQuantile(1 - (1 - confidence) / 2);
    const double z2 = z * z;
    const double centre = p + z2 / (2 * n);
    const double spread = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    const double denominator = 1 + z2 / n;
    // At p = 0 or 1 the formula gives the bound exactly in theory; clamping
    // removes the rounding noise either side.
    Interval result{(centre - spread) / denominator, (centre + spread) / denominator};
    if (successes <= 0)
        result.low = 0;
    if (successes >= trials)
        result.high = 1;
    result.low = std::clamp(result.low, 0.0, 1.0);
    result.high = std::clamp(result.high, 0.0, 1.0);
    return result;
}

TestResult chiSquareIndependence(const QList<QList<double>> &table)
{
    const qsizetype columns = table.isEmpty() ? 0 : table.first().size();
    QList<double> rowSums;
    QList<double> columnSums(columns, 0.0);
    for (const QList<double> &row : table) {
        if (row.size() != columns)
            return {};
        rowSums.append(std::accumulate(row.begin(), row.end(), 0.0));
        for (qsizetype c = 0; c < columns; ++c)
            columnSums[c] += row[c];
    }
    const double total = std::accumulate(rowSums.begin(), rowSums.end(), 0.0);
    const auto usedRows = std::count_if(rowSums.begin(), rowSums.end(), [](double s) { return s > 0; });
    const auto usedColumns =
        std::count_if(columnSums.begin(), columnSums.end(), [](double s) { return s > 0; });
    if (usedRows < 2 || usedColumns < 2)
        return {};

    double statistic = 0;
    for (qsizetype r = 0; r < table.size(); ++r) {
        for (qsizetype c = 0; c < columns; ++c) {
            const double expected = rowSums[r] * columnSums[c] / total;
            if (expected > 0)
                statistic += (table[r][c] - expected) * (table[r][c] - expected) / expected;
        }
    }
    const int df = int((usedRows - 1) * (usedColumns - 1));
    return {statistic, df, chiSquareUpperTail(statistic, df), true};
}

TestResult twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return {};
    const double p1 = double(x1) / double(n1);
    const double p2 = double(x2) / double(n2);
    const double pooled = double(x1 + x2) / double(n1 + n2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / double(n1) + 1.0 / double(n2)));
    if (!(se > 0))
        return {};
    const double z = (p2 - p1) / se;
    const double p = 2 * bm::cdf(bm::complement(bm::normal_distribution<double>(), std::abs(z)));
    return {z, 0, std::min(1.0, p), true};
}

double fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d)
{
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return 1;
    const qint64 total = a + b + c + d;
    if (total == 0 || total > qint64(std::numeric_limits<unsigned>::max()))
        return 1;
    // Boost's parametrisation: r marked items (first column) in a population
    // of N, of which n are drawn (first row); the table's a is the count drawn.
    const auto r = unsigned(a + c);
    const auto n = unsigned(a + b);
    const auto populationSize = unsigned(total);
    const bm::hypergeometric_distribution<double> dist(r, n, populationSize);
    const unsigned lowest = unsigned(std::max<qint64>(0, qint64(n) + qint64(r) - total));
    const unsigned highest = std::min(n, r);
    const double observed = bm::pdf(dist, unsigned(a));
    const double threshold = observed * (1 + 1e-7);
    double p = 0;
    for (unsigned k = lowest; k <= highest; ++k) {
        const double probability = bm::pdf(dist, k);
        if (probability <= threshold)
            p += probability;
    }
    return std::min(1.0, p);
}

QList<double> holmAdjust(const QList<double> &pValues)
{
    const qsizetype m = pValues.size();
    QList<qsizetype> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype l, qsizetype r) { return pValues[l] < pValues[r]; });
    QList<double> adjusted(m, 1.0);
    double runningMax = 0;
    for (qsizetype rank = 0; rank < m; ++rank) {
        const qsizetype i = order[rank];
        runningMax = std::max(runningMax, std::min(1.0, double(m - rank) * pValues[i]));
        adjusted[i] = runningMax;
    }
    return adjusted;
}

QList<double> probabilityBest(const QList<QPair<qint64, qint64>> &successesTrials)
{
    QList<bm::beta_distribution<double>> posteriors;
    for (const auto &[x, n] : successesTrials) {
        const qint64 trials = std::max<qint64>(0, n);
        const qint64 successes = std::clamp<qint64>(x, 0, trials);
        posteriors.append(
            bm::beta_distribution<double>(1.0 + double(successes), 1.0 + double(trials - successes)));
    }
    const qsizetype k = posteriors.size();
    QList<double> result(k, 0.0);
    if (k == 1)
        result[0] = 1;
    if (k < 2)
        return result;

    for (qsizetype i = 0; i < k; ++i) {
        const auto &own = posteriors[i];
        // Integrating only where variant i's posterior has mass (all but
        // 2e-14 of it) keeps the quadrature on one smooth bump.
        const double from = bm::quantile(own, 1e-14);
        const double width = bm::quantile(own, 1 - 1e-14) - from;
        // Two workarounds for Boost 1.74's adaptive Gauss-Kronrod, whose
        // stopping test is relative to the integral and compares an unscaled
        // error: the variable is mapped onto [0, 1] so that a narrow bump of
        // a large density still converges, and pdf_i is added to the
        // integrand (its mass subtracted below) so that the tolerance is
        // absolute and a hopeless variant's P ~ 1e-100 does not recurse forever.
        const auto integrand = [&](double u) {
            const double t = from + width * u;
            const double density = bm::pdf(own, t) * width;
            double product = 1;
            for (qsizetype j = 0; j < k && product > 0; ++j) {
                if (j != i)
                    product *= bm::cdf(posteriors[j], t);
            }
            return density * (1 + product);
        };
        const double total =
            bm::quadrature::gauss_kronrod<double, 61>::integrate(integrand, 0.0, 1.0, 12, 1e-10);
        const double mass = bm::cdf(own, from + width) - bm::cdf(own, from);
        result[i] = std::clamp(total - mass, 0.0, 1.0);
    }
    // Normalising removes the last bit of quadrature error, so the shares
    // shown side by side add up to 100 %.
    const double sum = std::accumulate(result.begin(), result.end(), 0.0);
    if (sum > 0) {
        for (double &value : result)
            value /= sum;
    }
    return result;
}

TestResult sampleRatioMismatch(const QList<qint64> &observed, const QList<double> &plannedShares)
{
    const qsizetype k = observed.size();
    if (k < 2 || plannedShares.size() != k)
        return {};
    const double shareSum = std::accumulate(plannedShares.begin(), plannedShares.end(), 0.0);
    const double total = double(std::accumulate(observed.begin(), observed.end(), qint64(0)));
    if (!(shareSum > 0) || !(total > 0))
        return {};
    double statistic = 0;
    for (qsizetype i = 0; i < k; ++i) {
        const double expected = total * plannedShares[i] / shareSum;
        if (!(expected > 0)) {
            if (observed[i] > 0)
                return {std::numeric_limits<double>::max(), int(k - 1), 0, true};
            continue;
        }
        statistic += (double(observed[i]) - expected) * (double(observed[i]) - expected) / expected;
    }
    const int df = int(k - 1);
    return {statistic, df, chiSquareUpperTail(statistic, df), true};
}

std::optional<qint64> sendsNeededPerVariant(double p1, double p2, double alpha, double power)
{
    const auto inUnit = [](double p) { return p >= 0 && p <= 1; };
    if (!inUnit(p1) || !inUnit(p2) || !(alpha > 0 && alpha < 1) || !(power > 0 && power < 1))
        return std::nullopt;
    const double delta = std::abs(p1 - p2);
    if (delta < 1e-12)
        return std::nullopt;
    const double pBar = (p1 + p2) / 2;
    const double zAlpha = normalQuantile(1 - alpha / 2);
    const double zBeta = normalQuantile(power);
    const double root =
        zAlpha * std::sqrt(2 * pBar * (1 - pBar)) + zBeta * std::sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    return qint64(std::ceil(root * root / (delta * delta) - 1e-9));
}

} // namespace outreach::stats
