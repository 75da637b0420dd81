// Always-valid inference for A/B/C tests that are looked at continuously:
// the mixture sequential probability ratio test (mSPRT) with a normal
// mixture (Johari, Pekelis, Walsh, "Always valid inference", 2017/2022) on
// the difference of two proportions. Its confidence sequence is the
// asymptotic confidence sequence of Waudby-Smith et al. (2023) that
// GrowthBook's SequentialTwoSidedTTest uses: both are the same formula once
// the mixture variance is tau^2 = rho^2 * sigma^2 (see docs/STATISTICS.md).
// Also the Bayesian expected loss that is shown beside a decision.
#pragma once

#include "stats/Statistics.h"

#include <QList>
#include <QPair>

namespace outreach::stats {

// The total sample (both arms) the mixture is tuned for when the campaign
// has no plan: GrowthBook's default.
inline constexpr double kDefaultTuningSample = 5000;

// rho^2 of the mixture, chosen so that the confidence sequence is
// narrowest when n = tuningSample (Waudby-Smith et al. 2023, eq. for the
// optimal rho): (-2 ln alpha + ln(-2 ln alpha + 1)) / tuningSample.
double mixtureRho2(double tuningSample, double alpha);

// Half-width of the two-sided (1 - alpha) confidence sequence around an
// estimate whose variance is `variance` (already divided by the sample),
// after `n` observations in total:
//   sqrt(variance * 2 (n rho^2 + 1) / (n rho^2) * ln(sqrt(n rho^2 + 1) / alpha)).
double confidenceSequenceHalfWidth(double variance, double n, double rho2, double alpha);

// Always-valid p-value of "the true value is 0" for the same estimate: the
// smallest alpha whose confidence sequence excludes 0, which is the mSPRT's
// 1 / Lambda_n = sqrt(1 + r) exp(-estimate^2 r / (2 variance (1 + r))), with
// r = n rho^2, capped at 1. rho2 stays the one tuned at the design alpha.
double alwaysValidPValue(double estimate, double variance, double n, double rho2);

struct SequentialComparison
{
    double difference = 0; // rate of a minus rate of b
    double variance = 0;   // unpooled: pa qa / na + pb qb / nb
    Interval sequence{-1, 1};
    double pValue = 1;
    bool valid = false; // false while a variance is 0 (no success or no failure yet)
};

// The difference of proportions xa/na - xb/nb with its always-valid
// p-value and (1 - alpha) confidence sequence; n is na + nb.
SequentialComparison compareSequential(qint64 xa, qint64 na, qint64 xb, qint64 nb, double tuningSample,
                                       double alpha);

// Expected loss ("risk") of choosing each arm: E[max_j theta_j - theta_i]
// under independent Beta(1 + x, 1 + n - x) posteriors, computed exactly as
// E[max] - E[theta_i] with E[max] = integral of (1 - prod_j F_j(t)) dt by
// adaptive Gauss-Kronrod quadrature. Input pairs are (successes, trials).
QList<double> expectedLoss(const QList<QPair<qint64, qint64>> &successesTrials);

} // namespace outreach::stats
