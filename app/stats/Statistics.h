// Statistical building blocks for A/B/C tests, computed from plain counts.
// Every distribution comes from Boost.Math; nothing here touches a database.
#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>

#include <optional>

namespace outreach::stats {

struct Interval
{
    double low = 0;
    double high = 1;
};

// Outcome of a hypothesis test. `valid` is false when the test is undefined
// for the data (an empty table, a column of zeros); statistic is then 0 and
// pValue 1, so nothing downstream ever sees a NaN.
struct TestResult
{
    double statistic = 0;
    int df = 0;
    double pValue = 1;
    bool valid = false;
};

// Wilson score interval (Wilson 1927; method 3 in Newcombe 1998), clamped to
// [0, 1]. With no trials the interval is [0, 1]: nothing is known yet.
Interval wilsonInterval(qint64 successes, qint64 trials, double confidence = 0.95);

// Pearson's chi-square test of independence for an r x c table of counts,
// without continuity correction. All-zero rows and columns are dropped first
// (they carry no information); fewer than two of either leaves it undefined.
TestResult chiSquareIndependence(const QList<QList<double>> &table);

// Two-sided z-test of p2 - p1 with the pooled standard error; statistic is z.
TestResult twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2);

// Two-sided Fisher exact p-value of the 2 x 2 table [[a, b], [c, d]]: the sum
// of the probabilities of all tables with the same margins that are no more
// likely than the observed one (relative tolerance 1e-7, as scipy does).
double fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d);

// Holm-Bonferroni step-down adjustment; results in the input's order.
QList<double> holmAdjust(const QList<double> &pValues);

// Probability that each arm has the highest rate, with independent
// Beta(1 + x, 1 + n - x) posteriors (uniform prior), by adaptive quadrature
// of pdf_i(t) * prod_{j != i} cdf_j(t). Input pairs are (successes, trials).
QList<double> probabilityBest(const QList<QPair<qint64, qint64>> &successesTrials);

// Chi-square goodness of fit of observed counts against planned shares
// (shares need not sum to 1; they are normalised). df = k - 1.
TestResult sampleRatioMismatch(const QList<qint64> &observed, const QList<double> &plannedShares);

// Sample size per arm for a two-sided two-proportion z-test (normal
// approximation, no continuity correction):
//   n = (z_{1-a/2} sqrt(2 pbar (1 - pbar)) + z_{power} sqrt(p1 q1 + p2 q2))^2 / (p1 - p2)^2
// rounded up. Empty when p1 == p2 or a rate lies outside [0, 1].
std::optional<qint64> sendsNeededPerVariant(double p1, double p2, double alpha = 0.05, double power = 0.8);

} // namespace outreach::stats
