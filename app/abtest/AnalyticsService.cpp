#include "AnalyticsService.h"
#include "CampaignLifecycle.h"
#include "CampaignRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

TestDecision decisionFrom(const Campaign &campaign, const AbTestResult &r, const QDateTime &now)
{
    TestDecision d;
    d.campaignId = campaign.id;
    d.variant = *r.winner;
    d.metric = toString(r.metric);
    d.mode = toString(r.mode);
    d.reason = r.mode == TestMode::Sequential ? u"sequential"_s : u"planned"_s;
    d.decidedAt = now;
    d.sendsPerVariant = fewestSent(r.variants);
    d.statistic = r.decidingPValue();
    for (const VariantResult &v : r.variants)
        d.counts.insert(QString::number(v.counts.index),
                        QJsonObject{{u"sent"_s, v.counts.sent}, {u"successes"_s, v.successes(r.metric)}});
    return d;
}

// The variant with the highest P(best): the deadline's choice without a decision.
std::optional<int> mostLikelyBest(const AbTestResult &r)
{
    const VariantResult *best = nullptr;
    for (const VariantResult &v : r.variants) {
        if (v.counts.sent > 0 && (!best || v.probabilityBest > best->probabilityBest))
            best = &v;
    }
    return best ? std::optional<int>(best->counts.index) : std::nullopt;
}

} // namespace

QString CampaignAnalytics::rolloutStateName() const
{
    if (rollout.rolledOutAt.isValid())
        return u"rolled_out"_s;
    return usesHoldout || rollout.waiting > 0 ? u"waiting"_s : u"none"_s;
}

QJsonObject CampaignAnalytics::toJson() const
{
    QJsonObject object = result.toJson();
    object.insert(u"campaign_id"_s, campaign.id);
    object.insert(u"test_share"_s, campaign.testShare);
    object.insert(u"deadline"_s, timeJson(campaign.deadline));
    if (decision) {
        object.insert(u"decision"_s, QJsonObject{
                                         {u"variant"_s, decision->variant},
                                         {u"tone"_s, toString(toneOfIndex(decision->variant))},
                                         {u"decided_at"_s, timeJson(decision->decidedAt)},
                                         {u"sends_per_variant"_s, decision->sendsPerVariant},
                                         {u"statistic"_s, decision->statistic},
                                         {u"metric"_s, decision->metric},
                                         {u"mode"_s, decision->mode},
                                         {u"reason"_s, decision->reason},
                                         {u"round"_s, decision->round},
                                         {u"counts"_s, decision->counts},
                                     });
    } else {
        object.insert(u"decision"_s, QJsonValue(QJsonValue::Null));
    }
    object.insert(u"rollout"_s, QJsonObject{
                                    {u"state"_s, rolloutStateName()},
                                    {u"waiting"_s, rollout.waiting},
                                    {u"assigned"_s, rollout.assigned},
                                    {u"variant"_s, rollout.variant ? QJsonValue(*rollout.variant)
                                                                   : QJsonValue(QJsonValue::Null)},
                                    {u"reason"_s, rollout.reason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(rollout.reason)},
                                    {u"rolled_out_at"_s, timeJson(rollout.rolledOutAt)},
                                });
    return object;
}

AbTestOptions AnalyticsService::optionsFor(const Campaign &campaign, std::optional<WinnerMetric> metric)
{
    AbTestOptions options;
    options.metric = metric.value_or(campaign.winnerMetric);
    options.alpha = campaign.alpha;
    options.minSample = campaign.minSample;
    options.minDetectableLift = campaign.minDetectableLift;
    options.mode = campaign.testMode;
    options.plannedSends = campaign.plannedSends;
    return options;
}

QString AnalyticsService::decisionVerdict(const TestDecision &d, const AbTestResult &now)
{
    const QString date = QLocale().toString(d.decidedAt.toLocalTime().date(),
                                            QCoreApplication::translate("AbTest", "d MMMM yyyy"));
    const QString metric = metricDisplayName(winnerMetricFromString(d.metric).value_or(WinnerMetric::Reply));
    QStringList others;
    QString winnerRate;
    for (const VariantResult &v : now.variants) {
        if (v.counts.index == d.variant)
            winnerRate = percentText(v.rate(now.metric));
        else
            others.append(percentText(v.rate(now.metric)));
    }
    const QString othersText = others.size() < 2
                                   ? others.join(QString())
                                   : QCoreApplication::translate("AbTest", "%1 and %2")
                                         .arg(others.mid(0, others.size() - 1).join(u", "_s), others.last());
    // Computed apart: lupdate's parser loses its way on template arguments inside translate().
    const int sends = int(std::min(d.sendsPerVariant, qint64(1) << 30));
    return QCoreApplication::translate(
               "AbTest", "%1 won on %2 on %3 at %4 sends per variant (%5); now %6 vs %7.", nullptr, sends)
        .arg(toneDisplayName(toneOfIndex(d.variant)), metric, date, QLocale().toString(d.sendsPerVariant),
             pValueText(d.statistic, now.alpha), winnerRate, othersText);
}

DbResult<CampaignAnalytics> AnalyticsService::analyze(Database &db, qint64 campaignId,
                                                      std::optional<WinnerMetric> metric,
                                                      const QDateTime &now)
{
    auto campaign = CampaignRepository(db).get(campaignId);
    if (!campaign)
        return campaign.error();
    auto counts = AnalyticsRepository(db).variantCounts(campaignId);
    if (!counts)
        return counts.error();
    CampaignAnalytics analytics;
    analytics.campaign = campaign.value();
    analytics.usesHoldout = campaign->testShare < 1;
    analytics.result = analyzeAbTest(counts.value(), optionsFor(campaign.value(), metric));
    const AbTestResult &r = analytics.result;

    DecisionRepository decisions(db);
    auto standing = decisions.current(campaignId);
    if (!standing)
        return standing.error();
    analytics.decision = standing.value();
    const bool ownMetric = r.metric == campaign->winnerMetric;
    if (!analytics.decision && r.winner && ownMetric && CampaignLifecycle::testStarted(campaign->status)) {
        auto recorded = decisions.record(decisionFrom(campaign.value(), r, now));
        if (!recorded)
            return recorded.error();
        analytics.decision = recorded.value();
    }

    auto rollout = decisions.rollout(campaignId);
    if (!rollout)
        return rollout.error();
    if (!rollout->rolledOutAt.isValid() && rollout->waiting > 0 &&
        CampaignLifecycle::testStarted(campaign->status)) {
        std::optional<int> variant;
        QString reason;
        if (analytics.decision) {
            variant = analytics.decision->variant;
            reason = u"decision"_s;
        } else if (campaign->deadline.isValid() && now >= campaign->deadline && ownMetric) {
            variant = mostLikelyBest(r);
            reason = u"deadline"_s;
        }
        if (variant) {
            if (auto done = decisions.rollOut(campaignId, *variant, reason); !done)
                return done.error();
            rollout = decisions.rollout(campaignId);
            if (!rollout)
                return rollout.error();
        }
    }
    analytics.rollout = rollout.value();

    if (analytics.decision && ownMetric) {
        analytics.result.verdict = decisionVerdict(*analytics.decision, r);
    } else if (analytics.rollout.reason == u"deadline" && analytics.rollout.variant) {
        const int v = *analytics.rollout.variant;
        double pBest = 0;
        for (const VariantResult &variant : r.variants)
            pBest = variant.counts.index == v ? variant.probabilityBest : pBest;
        const qint64 sent = analytics.rollout.assigned;
        const int n = int(std::min(sent, qint64(1) << 30));
        analytics.result.verdict =
            QCoreApplication::translate(
                "AbTest",
                "No winner by the deadline: %1, the most likely best (P(best) %2), was rolled out to %3 "
                "waiting leads.",
                nullptr, n)
                .arg(toneDisplayName(toneOfIndex(v)), percentText(pBest), QLocale().toString(sent));
    }
    return analytics;
}

DbResult<TestDecision> AnalyticsService::reopenDecision(Database &db, qint64 campaignId, const QString &note)
{
    return DecisionRepository(db).reopen(campaignId, note);
}

} // namespace outreach
