// AbTestResult::toJson: the layout of `outreach analytics --json` (without
// the campaign's decision and roll-out, which AnalyticsService adds).
#include "AbTestAnalyzer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QJsonValue nullable(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject testJson(const stats::TestResult &test)
{
    return {{u"statistic"_s, nullable(test.valid, test.statistic)},
            {u"df"_s, test.df},
            {u"p_value"_s, nullable(test.valid, test.pValue)}};
}

} // namespace

QJsonObject AbTestResult::toJson() const
{
    QJsonArray variantArray;
    for (const VariantResult &v : variants) {
        const bool hasSends = v.counts.sent > 0;
        const stats::Interval ci = v.interval(metric);
        variantArray.append(QJsonObject{
            {u"index"_s, v.counts.index},
            {u"tone"_s, toString(v.counts.tone())},
            {u"assigned"_s, v.counts.assigned},
            {u"sent"_s, v.counts.sent},
            {u"delivered"_s, v.counts.delivered},
            {u"opened"_s, v.counts.opened},
            {u"clicked"_s, v.counts.clicked},
            {u"replied"_s, v.counts.replied},
            {u"bounced"_s, v.counts.bounced},
            {u"auto_replied"_s, v.counts.autoReplied},
            {u"open_rate"_s, nullable(hasSends, v.openRate)},
            {u"click_rate"_s, nullable(hasSends, v.clickRate)},
            {u"reply_rate"_s, nullable(hasSends, v.replyRate)},
            {u"ci_low"_s, ci.low},
            {u"ci_high"_s, ci.high},
            {u"prob_best"_s, v.probabilityBest},
            {u"expected_loss"_s, v.expectedLoss},
        });
    }
    QJsonArray pairArray;
    for (const PairwiseTest &t : pairwise) {
        pairArray.append(QJsonObject{
            {u"a"_s, t.a},
            {u"b"_s, t.b},
            {u"test"_s, t.kind == PairwiseTest::Kind::Fisher ? u"fisher"_s : u"z"_s},
            {u"p_value"_s, t.pValue},
            {u"p_adjusted"_s, t.pAdjusted},
            {u"always_valid_p"_s, t.alwaysValidP},
            {u"always_valid_p_adjusted"_s, t.alwaysValidAdjusted},
            {u"confidence_sequence"_s, QJsonObject{{u"low"_s, t.sequence.low}, {u"high"_s, t.sequence.high}}},
        });
    }
    QJsonObject srmObject = testJson(srm);
    srmObject.remove(u"df"_s);
    srmObject.insert(u"flag"_s, srmFlag);
    return {
        {u"metric"_s, toString(metric)},
        {u"alpha"_s, alpha},
        {u"mode"_s, toString(mode)},
        {u"planned_sends"_s, plannedSends > 0 ? QJsonValue(plannedSends) : QJsonValue(QJsonValue::Null)},
        {u"interim"_s, interim},
        {u"variants"_s, variantArray},
        {u"chi_square"_s, testJson(chiSquare)},
        {u"pairwise"_s, pairArray},
        {u"srm"_s, srmObject},
        {u"winner"_s, QJsonObject{{u"variant"_s, winner ? QJsonValue(*winner) : QJsonValue(QJsonValue::Null)},
                                  {u"metric"_s, toString(metric)}}},
        {u"sends_needed"_s, sendsNeeded ? QJsonValue(*sendsNeeded) : QJsonValue(QJsonValue::Null)},
        {u"verdict"_s, verdict},
    };
}

} // namespace outreach
