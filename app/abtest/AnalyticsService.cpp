#include "AnalyticsService.h"
#include "CampaignRepository.h"

using namespace Qt::StringLiterals;

namespace outreach {

QJsonObject CampaignAnalytics::toJson() const
{
    QJsonObject object = result.toJson();
    object.insert(u"campaign_id"_s, campaign.id);
    return object;
}

AbTestOptions AnalyticsService::optionsFor(const Campaign &campaign, std::optional<WinnerMetric> metric)
{
    AbTestOptions options;
    options.metric = metric.value_or(campaign.winnerMetric);
    options.alpha = campaign.alpha;
    options.minSample = campaign.minSample;
    options.minDetectableLift = campaign.minDetectableLift;
    return options;
}

QList<VariantCounts> AnalyticsService::toVariantCounts(const QList<FunnelCounts> &counts)
{
    QList<VariantCounts> list;
    for (const FunnelCounts &c : counts) {
        VariantCounts v;
        v.index = c.index;
        v.tone = toneOfIndex(c.index);
        v.assigned = c.assigned;
        v.sent = c.sent;
        v.delivered = c.delivered;
        v.opened = c.opened;
        v.clicked = c.clicked;
        v.replied = c.replied;
        v.bounced = c.bounced;
        v.autoReplied = c.autoReplied;
        list.append(v);
    }
    return list;
}

DbResult<CampaignAnalytics> AnalyticsService::analyze(Database &db, qint64 campaignId,
                                                      std::optional<WinnerMetric> metric)
{
    auto campaign = CampaignRepository(db).get(campaignId);
    if (!campaign)
        return campaign.error();
    auto counts = AnalyticsRepository(db).variantCounts(campaignId);
    if (!counts)
        return counts.error();
    CampaignAnalytics analytics;
    analytics.campaign = campaign.value();
    analytics.result = analyzeAbTest(toVariantCounts(counts.value()), optionsFor(campaign.value(), metric));
    return analytics;
}

} // namespace outreach
