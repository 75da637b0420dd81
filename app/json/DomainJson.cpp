#include "DomainJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace outreach::json {
namespace {

QJsonValue nullable(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject leadSummary(const Lead &l)
{
    return QJsonObject{{u"id"_s, l.id},
                       {u"email"_s, l.email},
                       {u"first_name"_s, l.firstName},
                       {u"last_name"_s, l.lastName},
                       {u"title"_s, l.title},
                       {u"company"_s, l.company},
                       {u"qualification_score"_s, nullable(l.qualificationScore)}};
}

QJsonObject lead(const Lead &l)
{
    QJsonObject o = leadSummary(l);
    o.insert(u"industry"_s, l.industry);
    o.insert(u"linkedin_url"_s, l.linkedinUrl);
    o.insert(u"phone"_s, l.phone);
    o.insert(u"website"_s, l.website);
    o.insert(u"location"_s, l.location);
    o.insert(u"qualification_reasoning"_s, l.qualificationReasoning);
    o.insert(u"research"_s, l.researchJson());
    o.insert(u"enrichment"_s, l.enrichmentJson());
    o.insert(u"custom_fields"_s, l.customFields);
    o.insert(u"created_at"_s, timestamp(l.createdAt));
    o.insert(u"updated_at"_s, timestamp(l.updatedAt));
    o.insert(u"version"_s, l.version);
    return o;
}

QJsonObject campaign(const Campaign &c)
{
    return QJsonObject{{u"id"_s, c.id},
                       {u"name"_s, c.name},
                       {u"channel"_s, toString(c.channel)},
                       {u"status"_s, toString(c.status)},
                       {u"min_score"_s, c.minScore},
                       {u"template"_s, c.templateText},
                       {u"context"_s, c.customContext},
                       {u"provider"_s, c.provider},
                       {u"model"_s, c.model},
                       {u"sender_name"_s, c.senderName},
                       {u"sender_signature"_s, c.senderSignature},
                       {u"winner_metric"_s, toString(c.winnerMetric)},
                       {u"min_sample"_s, c.minSample},
                       {u"min_detectable_lift"_s, c.minDetectableLift},
                       {u"alpha"_s, c.alpha},
                       {u"test_mode"_s, toString(c.testMode)},
                       {u"planned_sends"_s, c.plannedSends},
                       {u"test_share"_s, c.testShare},
                       {u"deadline"_s, c.deadline.isValid()
                                           ? QJsonValue(c.deadline.toUTC().toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null)},
                       {u"budget_usd"_s, c.budgetUsd},
                       {u"custom_char_limit"_s, c.customCharLimit},
                       {u"custom_has_subject"_s, c.customHasSubject},
                       {u"cost_usd"_s, c.costTotal},
                       {u"created_at"_s, timestamp(c.createdAt)},
                       {u"updated_at"_s, timestamp(c.updatedAt)},
                       {u"version"_s, c.version}};
}

QJsonObject variant(const Variant &v)
{
    return QJsonObject{{u"index"_s, v.index},
                       {u"tone"_s, toString(v.tone)},
                       {u"subject"_s, nullable(v.subject)},
                       {u"body"_s, v.body},
                       {u"edited"_s, v.edited},
                       {u"flags"_s, QJsonArray::fromStringList(v.flags)},
                       {u"version"_s, v.version}};
}

QJsonObject message(const Message &m, const Lead *l)
{
    QJsonArray variants;
    for (const Variant &v : m.variants)
        variants.append(variant(v));
    QJsonObject o{{u"id"_s, m.id},
                  {u"campaign_id"_s, m.campaignId},
                  {u"lead_id"_s, m.leadId},
                  {u"status"_s, toString(m.status)},
                  {u"variants"_s, variants},
                  {u"attempts"_s, m.attempts},
                  {u"latency_ms"_s, m.latencyMs},
                  {u"prompt_tokens"_s, m.promptTokens},
                  {u"completion_tokens"_s, m.completionTokens},
                  {u"cost_usd"_s, m.costUsd},
                  {u"assigned_variant"_s, nullable(m.assignedVariant)},
                  {u"pinned"_s, m.pinned},
                  {u"approved"_s, m.approved},
                  {u"error"_s, m.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.error)},
                  {u"version"_s, m.version}};
    if (l)
        o.insert(u"email"_s, l->email);
    return o;
}

} // namespace outreach::json
