// Always-valid sequential inference (issue 16): known answers for the
// confidence sequence and the mSPRT p-value, the expected loss, and Monte
// Carlo checks that the decision rule stays honest when the test is looked
// at hundreds of times (A/A) and still finds a real lift (power). The
// simulations run on counts only (no database) with fixed seeds.
#include "stats/AbTestAnalyzer.h"
#include "stats/Sequential.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace outreach;
using namespace outreach::stats;

using Arms = QList<QPair<qint64, qint64>>;

namespace {

bool closeRel(double actual, double expected, double rel)
{
    return std::abs(actual - expected) <= rel * std::abs(expected);
}

// GrowthBook's relative effect (b - a) / a and its delta-method variance
// (gbstats TTest.point_estimate / variance), from means and per-unit
// variances; the known answers below are in that scale.
struct Relative
{
    double estimate;
    double variance;
};
Relative relative(double meanA, double varA, double nA, double meanB, double varB, double nB)
{
    return {(meanB - meanA) / meanA,
            varB / (meanA * meanA * nB) + varA * meanB * meanB / (meanA * meanA * meanA * meanA * nA)};
}

// Sample mean and (n - 1) variance from a sum and a sum of squares.
QPair<double, double> moments(double sum, double sumSquares, double n)
{
    return {sum / n, (sumSquares - sum * sum / n) / (n - 1)};
}

// One simulated campaign: three variants, `step` more sends to each per
// look, the decision rule applied at every look until `maxSends`.
struct Simulation
{
    QList<double> rates;
    qint64 step = 10;
    qint64 maxSends = 3000;
    AbTestOptions options;
};

struct Outcome
{
    std::optional<int> winner;
    qint64 sendsAtDecision = 0;
};

// std::mt19937_64 is specified exactly by the standard, and the uniform is
// built from its top 53 bits by hand (std::uniform_real_distribution is
// not), so every platform draws the same numbers for a seed.
double uniform(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

Outcome simulate(const Simulation &s, std::mt19937_64 &rng)
{
    QList<FunnelCounts> counts(s.rates.size());
    for (int i = 0; i < counts.size(); ++i) {
        counts[i].index = i;
    }
    for (qint64 sent = s.step; sent <= s.maxSends; sent += s.step) {
        for (int i = 0; i < counts.size(); ++i) {
            for (qint64 k = 0; k < s.step; ++k)
                counts[i].replied += uniform(rng) < s.rates[i] ? 1 : 0;
            counts[i].sent = counts[i].assigned = sent;
        }
        const AbTestResult r = analyzeAbTest(counts, s.options);
        if (r.winner)
            return {r.winner, sent};
        // Fixed horizon means one look: at the plan, decided or not.
        if (s.options.mode == TestMode::Fixed && s.options.plannedSends > 0 && sent >= s.options.plannedSends)
            break;
    }
    return {};
}

struct Summary
{
    double decisionRate = 0;
    double rightRate = 0;
    double meanSendsAtDecision = 0;
};

Summary run(const Simulation &s, int runs, quint64 seed, int rightWinner = -1)
{
    std::mt19937_64 rng(seed);
    int decisions = 0;
    int right = 0;
    double sends = 0;
    for (int i = 0; i < runs; ++i) {
        const Outcome o = simulate(s, rng);
        if (o.winner) {
            ++decisions;
            sends += double(o.sendsAtDecision);
            right += *o.winner == rightWinner ? 1 : 0;
        }
    }
    return {double(decisions) / runs, double(right) / runs, decisions > 0 ? sends / decisions : 0.0};
}

AbTestOptions simulationOptions(TestMode mode, qint64 plannedSends)
{
    AbTestOptions options;
    options.mode = mode;
    options.plannedSends = plannedSends;
    options.describe = false;
    return options;
}

} // namespace

class TestStatsSequential : public QObject
{
    Q_OBJECT

private slots:
    // GrowthBook, packages/stats/tests/frequentist/test_tests.py,
    // TestSequentialTTest: expected values of SequentialTwoSidedTTest
    // (relative effect, alpha 0.05). Our half-width and rho reproduce them.
    void growthBookKnownAnswers_data()
    {
        QTest::addColumn<double>("meanA");
        QTest::addColumn<double>("varA");
        QTest::addColumn<double>("nA");
        QTest::addColumn<double>("meanB");
        QTest::addColumn<double>("varB");
        QTest::addColumn<double>("nB");
        QTest::addColumn<double>("tuning");
        QTest::addColumn<double>("estimate");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // test_sequential_test_runs_prop: proportions 1396/3000, 2422/3461,
        // default tuning 5000 -> expected 0.50386, ci (0.40098, 0.60675).
        const double pa = 1396.0 / 3000;
        const double pb = 2422.0 / 3461;
        QTest::newRow("proportions, tuning 5000") << pa << pa * (1 - pa) << 3000.0 << pb << pb * (1 - pb)
                                                  << 3461.0 << 5000.0 << 0.50386 << 0.40098 << 0.60675;
        // test_sequential_test_runs: sums 1396.87 / 52377.9767 (n 3000) and
        // 2422.7 / 134698.29 (n 3461), tuning 1000 -> 0.50336, (-0.55844, 1.56516).
        const auto [ma, va] = moments(1396.87, 52377.9767, 3000);
        const auto [mb, vb] = moments(2422.7, 134698.29, 3461);
        QTest::newRow("means, tuning 1000")
            << ma << va << 3000.0 << mb << vb << 3461.0 << 1000.0 << 0.50336 << -0.55844 << 1.56516;
    }
    void growthBookKnownAnswers()
    {
        QFETCH(double, meanA);
        QFETCH(double, varA);
        QFETCH(double, nA);
        QFETCH(double, meanB);
        QFETCH(double, varB);
        QFETCH(double, nB);
        QFETCH(double, tuning);
        QFETCH(double, estimate);
        QFETCH(double, low);
        QFETCH(double, high);
        const Relative rel = relative(meanA, varA, nA, meanB, varB, nB);
        const double half =
            confidenceSequenceHalfWidth(rel.variance, nA + nB, mixtureRho2(tuning, 0.05), 0.05);
        QVERIFY2(closeRel(rel.estimate, estimate, 1e-4), qPrintable(QString::number(rel.estimate, 'g', 8)));
        QVERIFY2(closeRel(rel.estimate - half, low, 1e-4),
                 qPrintable(QString::number(rel.estimate - half, 'g', 8)));
        QVERIFY2(closeRel(rel.estimate + half, high, 1e-4),
                 qPrintable(QString::number(rel.estimate + half, 'g', 8)));
    }

    // Johari et al.'s closed form, computed independently in Python
    // (standard library math only):
    //   rho2 = (-2 ln a + ln(-2 ln a + 1)) / tuning; V = pa qa / na + pb qb / nb
    //   tau2 = rho2 * V * (na + nb)
    //   Lambda = sqrt(V / (V + tau2)) * exp(tau2 * d^2 / (2 V (V + tau2))); p = min(1, 1 / Lambda)
    //   half = sqrt(V * 2 (r + 1) / r * ln(sqrt(r + 1) / a)), r = (na + nb) rho2
    void msprtClosedForm_data()
    {
        QTest::addColumn<qint64>("xa");
        QTest::addColumn<qint64>("na");
        QTest::addColumn<qint64>("xb");
        QTest::addColumn<qint64>("nb");
        QTest::addColumn<double>("tuning");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("6 % vs 4 %, 2,000 each") << qint64(120) << qint64(2000) << qint64(80) << qint64(2000)
                                                << 5000.0 << 0.0707941 << -0.000932261 << 0.0409323;
        QTest::newRow("6.1 % vs 4 %, 1,000 each") << qint64(61) << qint64(1000) << qint64(40) << qint64(1000)
                                                  << 2000.0 << 0.38611 << -0.00868909 << 0.0506891;
        QTest::newRow("10 % vs 8 %, 3,000 each") << qint64(300) << qint64(3000) << qint64(240) << qint64(3000)
                                                 << 6000.0 << 0.115092 << -0.00241401 << 0.042414;
    }
    void msprtClosedForm()
    {
        QFETCH(qint64, xa);
        QFETCH(qint64, na);
        QFETCH(qint64, xb);
        QFETCH(qint64, nb);
        QFETCH(double, tuning);
        QFETCH(double, p);
        QFETCH(double, low);
        QFETCH(double, high);
        const SequentialComparison c = compareSequential(xa, na, xb, nb, tuning, 0.05);
        QVERIFY(c.valid);
        QVERIFY2(closeRel(c.pValue, p, 1e-4), qPrintable(QString::number(c.pValue, 'g', 8)));
        QVERIFY2(closeRel(c.sequence.low, low, 1e-4), qPrintable(QString::number(c.sequence.low, 'g', 8)));
        QVERIFY2(closeRel(c.sequence.high, high, 1e-4), qPrintable(QString::number(c.sequence.high, 'g', 8)));
    }

    // The p-value is the smallest alpha whose sequence excludes 0: just
    // below it the (1 - alpha) sequence touches 0 from one side.
    void pValueMatchesTheSequence()
    {
        const double rho2 = mixtureRho2(5000, 0.05);
        const double d = 0.021;
        const double variance = 4.78e-5;
        const double n = 4000;
        const double p = alwaysValidPValue(d, variance, n, rho2);
        QVERIFY(p > 0 && p < 1);
        QVERIFY(confidenceSequenceHalfWidth(variance, n, rho2, p * 1.001) < d);
        QVERIFY(confidenceSequenceHalfWidth(variance, n, rho2, p * 0.999) > d);
    }

    void noVarianceIsNoEvidence()
    {
        const SequentialComparison c = compareSequential(0, 500, 0, 500, 5000, 0.05);
        QVERIFY(!c.valid);
        QCOMPARE(c.pValue, 1.0);
        QCOMPARE(c.sequence.low, -1.0);
        QCOMPARE(c.sequence.high, 1.0);
    }

    // Exact answers: with uniform posteriors E[max of k] = k / (k + 1); with
    // Beta(2, 1) (1 success of 1) and Beta(1, 1), E[max] = 1 - integral of
    // t^2 * t = 3/4, so the losses are 3/4 - 2/3 and 3/4 - 1/2.
    void expectedLossExact_data()
    {
        QTest::addColumn<Arms>("arms");
        QTest::addColumn<QList<double>>("loss");
        QTest::newRow("two uniform") << Arms{{0, 0}, {0, 0}} << QList<double>{1.0 / 6, 1.0 / 6};
        QTest::newRow("three uniform") << Arms{{0, 0}, {0, 0}, {0, 0}} << QList<double>{0.25, 0.25, 0.25};
        QTest::newRow("Beta(2,1) vs uniform") << Arms{{1, 1}, {0, 0}} << QList<double>{0.75 - 2.0 / 3, 0.25};
    }
    void expectedLossExact()
    {
        QFETCH(Arms, arms);
        QFETCH(QList<double>, loss);
        const QList<double> actual = expectedLoss(arms);
        QCOMPARE(actual.size(), loss.size());
        for (qsizetype i = 0; i < loss.size(); ++i)
            QVERIFY2(closeRel(actual[i], loss[i], 1e-6), qPrintable(QString::number(actual[i], 'g', 10)));
    }

    void expectedLossFavoursTheLeader()
    {
        const QList<double> loss = expectedLoss({{80, 2000}, {76, 2000}, {122, 2000}});
        QVERIFY(loss[2] < loss[0] && loss[2] < loss[1]);
        QVERIFY(loss[2] >= 0 && loss[2] < 0.001);
        QVERIFY(loss[0] > 0.015 && loss[0] < 0.03); // about 6.1 % - 4.0 %
    }

    // A/A, three variants at 5 %, a look after every 10 sends per variant
    // up to 3,000 (300 looks), 2,000 simulated tests: the sequential rule
    // must decide in at most alpha of them (0.06 allows for the simulation's
    // own error; 2,000 runs give a standard error of about 0.005).
    void aaDecisionRateUnderContinuousLooking()
    {
        Simulation s;
        s.rates = {0.05, 0.05, 0.05};
        s.step = 10;
        s.maxSends = 3000;
        s.options = simulationOptions(TestMode::Sequential, 0);
        const Summary summary = run(s, 2000, 20261203);
        qInfo("A/A sequential decision rate: %.4f", summary.decisionRate);
        QVERIFY2(summary.decisionRate <= 0.06, qPrintable(QString::number(summary.decisionRate)));
    }

    // The same continuous looking with the fixed-horizon rule applied at
    // every look (what the old engine did): the error the issue measured.
    // Documented, not a requirement; it must simply be worse than sequential.
    void aaFixedRulePeekingInflates()
    {
        Simulation s;
        s.rates = {0.05, 0.05, 0.05};
        s.step = 10;
        s.options = simulationOptions(TestMode::Fixed, 0);
        const Summary summary = run(s, 200, 7);
        qInfo("A/A fixed rule judged at every look: %.4f", summary.decisionRate);
        QVERIFY(summary.decisionRate > 0.02);
    }

    // Power: 4 % / 4 % / 6 %, 3,000 sends per variant, looked at 50 times
    // (every 60 sends). Reported side by side in STATISTICS.md.
    void power_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("minRight");
        // Always-valid at alpha = 0.05 needs |z| of about 3.0 to 3.3 at
        // 3,000 per variant where the expected z is 3.56 (see
        // docs/STATISTICS.md, "Power"): about two thirds of runs decide.
        QTest::newRow("sequential") << int(TestMode::Sequential) << 0.60;
        QTest::newRow("fixed horizon at the plan") << int(TestMode::Fixed) << 0.80;
    }
    void power()
    {
        QFETCH(int, mode);
        QFETCH(double, minRight);
        // Planned at the whole sample: the fixed test looks once, at 3,000;
        // the sequential one is tuned for it and may stop earlier.
        const qint64 planned = 3000;
        Simulation s;
        s.rates = {0.04, 0.04, 0.06};
        s.step = 60;
        s.maxSends = 3000;
        s.options = simulationOptions(TestMode(mode), planned);
        const Summary summary = run(s, 2000, 42, 2);
        qInfo("%s: planned %lld, right winner %.4f, any winner %.4f, mean sends at decision %.0f",
              QTest::currentDataTag(), qint64(planned), summary.rightRate, summary.decisionRate,
              summary.meanSendsAtDecision);
        QVERIFY2(summary.rightRate >= minRight, qPrintable(QString::number(summary.rightRate)));
        QVERIFY(summary.decisionRate - summary.rightRate <= 0.01);
    }
};

QTEST_GUILESS_MAIN(TestStatsSequential)
#include "test_stats_sequential.moc"
