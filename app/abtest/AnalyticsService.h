// The A/B/C test result of a campaign: maintained funnel counts from
// AnalyticsRepository judged by analyzeAbTest with the campaign's settings,
// plus the recorded decision and the roll-out. analyze() records the
// decision the first time the rule is met (once: later looks show the new
// numbers beside it and never flip it) and rolls the winner out to the
// holdout, or the most likely best variant once the deadline has passed.
// The CLI's `analytics` and the GUI's Analytics tab both call analyze().
#pragma once

#include "AnalyticsRepository.h"
#include "Campaign.h"
#include "DecisionRepository.h"
#include "stats/AbTestAnalyzer.h"

#include <QJsonObject>
#include <optional>

namespace outreach {

struct CampaignAnalytics
{
    Campaign campaign;
    AbTestResult result;
    std::optional<TestDecision> decision; // the one that stands
    RolloutState rollout;
    bool usesHoldout = false; // test share below 1

    // "none" (no holdout), "waiting", "rolled_out".
    QString rolloutStateName() const;
    // `outreach analytics --json`: campaign_id, AbTestResult::toJson(),
    // decision and rollout.
    QJsonObject toJson() const;
};

class AnalyticsService
{
public:
    // metric overrides the campaign's winner metric for this analysis; a
    // decision is only recorded (and rolled out) on the campaign's own metric.
    // `now` is injectable for deadline tests.
    static DbResult<CampaignAnalytics> analyze(Database &db, qint64 campaignId,
                                               std::optional<WinnerMetric> metric = std::nullopt,
                                               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Ends the standing decision, on the user's explicit request; recorded
    // with the time and the note. The roll-out, if done, stays done.
    static DbResult<TestDecision> reopenDecision(Database &db, qint64 campaignId, const QString &note);

    static AbTestOptions optionsFor(const Campaign &campaign, std::optional<WinnerMetric> metric);
    // The sentence of a recorded decision, with the current numbers beside it.
    static QString decisionVerdict(const TestDecision &decision, const AbTestResult &now);
};

} // namespace outreach
