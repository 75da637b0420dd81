#include "Sequential.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <algorithm>
#include <cmath>

namespace outreach::stats {

namespace bm = boost::math;

double mixtureRho2(double tuningSample, double alpha)
{
    const double n = tuningSample > 0 ? tuningSample : kDefaultTuningSample;
    const double l = -2 * std::log(alpha);
    return (l + std::log(l + 1)) / n;
}

double confidenceSequenceHalfWidth(double variance, double n, double rho2, double alpha)
{
    if (!(variance > 0) || !(n > 0) || !(rho2 > 0))
        return std::numeric_limits<double>::infinity();
    const double r = n * rho2;
    return std::sqrt(variance * 2 * (r + 1) / r * std::log(std::sqrt(r + 1) / alpha));
}

double alwaysValidPValue(double estimate, double variance, double n, double rho2)
{
    if (!(variance > 0) || !(n > 0) || !(rho2 > 0))
        return 1;
    const double r = n * rho2;
    // In logs: a large estimate would overflow exp() in Lambda itself.
    const double logP = 0.5 * std::log1p(r) - estimate * estimate * r / (2 * variance * (1 + r));
    return std::min(1.0, std::exp(logP));
}

SequentialComparison compareSequential(qint64 xa, qint64 na, qint64 xb, qint64 nb, double tuningSample,
                                       double alpha)
{
    SequentialComparison c;
    if (na <= 0 || nb <= 0)
        return c;
    const double pa = double(std::clamp<qint64>(xa, 0, na)) / double(na);
    const double pb = double(std::clamp<qint64>(xb, 0, nb)) / double(nb);
    c.difference = pa - pb;
    c.variance = pa * (1 - pa) / double(na) + pb * (1 - pb) / double(nb);
    if (!(c.variance > 0)) {
        c.sequence = {-1, 1};
        return c;
    }
    c.valid = true;
    const double n = double(na + nb);
    const double rho2 = mixtureRho2(tuningSample, alpha);
    const double half = confidenceSequenceHalfWidth(c.variance, n, rho2, alpha);
    c.sequence = {std::max(-1.0, c.difference - half), std::min(1.0, c.difference + half)};
    c.pValue = alwaysValidPValue(c.difference, c.variance, n, rho2);
    return c;
}

QList<double> expectedLoss(const QList<QPair<qint64, qint64>> &successesTrials)
{
    QList<bm::beta_distribution<double>> posteriors;
    for (const auto &[x, n] : successesTrials) {
        const qint64 trials = std::max<qint64>(0, n);
        const qint64 successes = std::clamp<qint64>(x, 0, trials);
        posteriors.append(
            bm::beta_distribution<double>(1.0 + double(successes), 1.0 + double(trials - successes)));
    }
    const qsizetype k = posteriors.size();
    QList<double> loss(k, 0.0);
    if (k < 2)
        return loss;
    // Below every posterior's lower 1e-14 quantile the product of the cdfs
    // is ~0 (integrand 1); above the highest upper quantile it is ~1
    // (integrand 0): only the band in between needs quadrature.
    double from = 1;
    double to = 0;
    for (const auto &p : posteriors) {
        from = std::min(from, bm::quantile(p, 1e-14));
        to = std::max(to, bm::quantile(p, 1 - 1e-14));
    }
    const double width = to - from;
    // Mapped onto [0, 1] for the same reason as in probabilityBest(): Boost
    // 1.74's adaptive Gauss-Kronrod converges badly on a narrow band.
    const auto integrand = [&](double u) {
        const double t = from + width * u;
        double product = 1;
        for (const auto &p : posteriors)
            product *= bm::cdf(p, t);
        return (1 - product) * width;
    };
    const double expectedMax =
        from + bm::quadrature::gauss_kronrod<double, 61>::integrate(integrand, 0.0, 1.0, 15, 1e-12);
    for (qsizetype i = 0; i < k; ++i)
        loss[i] = std::max(0.0, expectedMax - bm::mean(posteriors[i]));
    return loss;
}

} // namespace outreach::stats
