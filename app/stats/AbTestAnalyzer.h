// Judges an A/B/C test from per-variant counts: rates, intervals, tests,
// probability to be best, sample-ratio check and a plain-language verdict.
// The CLI's `analytics --json` and the GUI's charts both read AbTestResult.
#pragma once

#include "Enums.h"
#include "stats/Statistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace outreach {

// Funnel counts of one variant, derived elsewhere from message_events.
struct VariantCounts
{
    int index = 0;
    Tone tone = Tone::Professional;
    qint64 assigned = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 opened = 0;
    qint64 clicked = 0;
    qint64 replied = 0;
    qint64 bounced = 0;
    qint64 autoReplied = 0; // out-of-office answers: neither replies nor bounces
};

struct AbTestOptions
{
    WinnerMetric metric = WinnerMetric::Reply;
    double alpha = 0.05;
    qint64 minSample = 100;       // sent per variant before a winner may be declared
    double minDetectableLift = 0; // absolute rate difference; 0 = the observed one
    QList<double> plannedSplit;   // shares per variant; empty = equal
    double power = 0.8;
    double srmThreshold = 0.001;
};

struct VariantResult
{
    VariantCounts counts;
    // Rates are over SENT messages (not delivered): bounces count against a
    // variant, and 0 when nothing was sent (toJson writes null then).
    double openRate = 0;
    double clickRate = 0;
    double replyRate = 0;
    stats::Interval openInterval; // Wilson 95 % for each rate, for charts
    stats::Interval clickInterval;
    stats::Interval replyInterval;
    double probabilityBest = 0; // for the chosen metric

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
    QString verdict;

    // The layout of `outreach analytics --json` without campaign_id.
    QJsonObject toJson() const;
};

// Metric counts are capped at sent, so an event log with a reply but no
// "sent" event cannot produce a rate above 100 %.
AbTestResult analyzeAbTest(const QList<VariantCounts> &variants, const AbTestOptions &options = {});

// Display names, translated in context "AbTest".
QString toneDisplayName(Tone tone);
QString metricDisplayName(WinnerMetric metric); // "reply rate", ...

} // namespace outreach
