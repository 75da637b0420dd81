// The A/B/C test result of a campaign: maintained funnel counts from
// AnalyticsRepository judged by analyzeAbTest with the campaign's settings.
// The CLI's `analytics` and the GUI's charts both call analyze().
#pragma once

#include "AnalyticsRepository.h"
#include "Campaign.h"
#include "stats/AbTestAnalyzer.h"

#include <QJsonObject>
#include <optional>

namespace outreach {

struct CampaignAnalytics
{
    Campaign campaign;
    AbTestResult result;

    // `outreach analytics --json`: campaign_id plus AbTestResult::toJson().
    QJsonObject toJson() const;
};

class AnalyticsService
{
public:
    // metric overrides the campaign's winner metric for this analysis.
    static DbResult<CampaignAnalytics> analyze(Database &db, qint64 campaignId,
                                               std::optional<WinnerMetric> metric = std::nullopt);

    static AbTestOptions optionsFor(const Campaign &campaign, std::optional<WinnerMetric> metric);
    static QList<VariantCounts> toVariantCounts(const QList<FunnelCounts> &counts);
};

} // namespace outreach
