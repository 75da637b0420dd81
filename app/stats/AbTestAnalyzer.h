// Judges an A/B/C test from per-variant counts: rates, intervals, tests,
// probability to be best, sample-ratio check and a plain-language verdict.
// The CLI's `analytics --json` and the GUI's charts both read AbTestResult.
#pragma once

#include "Campaign.h"
#include "Enums.h"
#include "Funnel.h"
#include "stats/Statistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace outreach {

struct AbTestOptions
{
    WinnerMetric metric = WinnerMetric::Reply;
    double alpha = 0.05;
    qint64 minSample = 100;       // sent per variant before a winner may be declared
    double minDetectableLift = 0; // absolute rate difference; 0 = the observed one
    QList<double> plannedSplit;   // shares per variant; empty = equal
    double power = 0.8;
    double srmThreshold = 0.001;
    TestMode mode = TestMode::Sequential;
    // Planned sends per variant (fixed-horizon plan; also tunes the
    // sequential mixture to 2 x plannedSends). 0 = no plan: the sequential
    // mixture uses stats::kDefaultTuningSample.
    qint64 plannedSends = 0;
    // false: only the decision (winner, pairwise tests, SRM) is computed,
    // without P(best), expected loss and the verdict's sentence; for
    // simulations that look thousands of times.
    bool describe = true;
};

struct VariantResult
{
    FunnelCounts counts;
    // Rates are over SENT messages (not delivered): bounces count against a
    // variant, and 0 when nothing was sent (toJson writes null then).
    double openRate = 0;
    double clickRate = 0;
    double replyRate = 0;
    stats::Interval openInterval; // Wilson 95 % for each rate, for charts
    stats::Interval clickInterval;
    stats::Interval replyInterval;
    double probabilityBest = 0; // for the chosen metric
    double expectedLoss = 0;    // E[max rate - this rate], Beta posteriors; description, not a rule

    double rate(WinnerMetric metric) const;
    stats::Interval interval(WinnerMetric metric) const;
    qint64 successes(WinnerMetric metric) const; // capped at sent
};

struct PairwiseTest
{
    int a = 0; // variant index of the best variant
    int b = 0; // variant index it is compared with
    enum class Kind { Z, Fisher } kind = Kind::Z;
    double pValue = 1;
    double pAdjusted = 1; // Holm over the best variant's comparisons
    // Always-valid (mSPRT) p-value of the difference rate(a) - rate(b), its
    // Holm adjustment, and the (1 - alpha) confidence sequence of it.
    double alwaysValidP = 1;
    double alwaysValidAdjusted = 1;
    stats::Interval sequence{-1, 1};
};

struct AbTestResult
{
    WinnerMetric metric = WinnerMetric::Reply;
    double alpha = 0.05;
    QList<VariantResult> variants;
    stats::TestResult chiSquare; // k x 2 omnibus test on the metric
    QList<PairwiseTest> pairwise;
    stats::TestResult srm;
    bool srmFlag = false;
    std::optional<int> bestVariant;    // position in variants of the highest observed rate
    std::optional<int> winner;         // variant index, only when the decision rule holds
    std::optional<qint64> sendsNeeded; // more sends per variant; 0 with a winner
    TestMode mode = TestMode::Sequential;
    qint64 plannedSends = 0;
    bool interim = false; // fixed mode before the planned sample: numbers, not a decision
    QString verdict;

    // The largest adjusted p-value of the rule in force (the weakest link).
    double decidingPValue() const;

    // The layout of `outreach analytics --json` without campaign_id.
    QJsonObject toJson() const;
};

// Fewest sent of any variant (0 without variants).
qint64 fewestSent(const QList<VariantResult> &variants);

// Metric counts are capped at sent, so an event log with a reply but no
// "sent" event cannot produce a rate above 100 %.
AbTestResult analyzeAbTest(const QList<FunnelCounts> &variants, const AbTestOptions &options = {});

// Display names, translated in context "AbTest".
QString toneDisplayName(Tone tone);
QString metricDisplayName(WinnerMetric metric); // "reply rate", ...
// "6.0 %" in the user's number format, translated.
QString percentText(double rate);
// "p = 0.012" / "p < 0.001", with digits enough not to cross alpha.
QString pValueText(double p, double alpha);

} // namespace outreach
