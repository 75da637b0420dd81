#include "AnalyticsRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QList<FunnelCounts> emptyCounts()
{
    QList<FunnelCounts> list;
    for (int i = 0; i < kVariantCount; ++i) {
        FunnelCounts c;
        c.index = i;
        list.append(c);
    }
    return list;
}

struct CounterKey
{
    qint64 campaignId;
    int variant;
    int funnel;
    auto operator<=>(const CounterKey &) const = default;
};

DbStatus applyDeltas(Database &db, const std::map<CounterKey, qint64> &deltas)
{
    QSqlQuery &upsert = db.cached(
        u"INSERT INTO ab_funnel_counts (campaign_id, variant_index, funnel, messages) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (campaign_id, variant_index, funnel) DO UPDATE SET messages = ab_funnel_counts.messages "
        "+ excluded.messages"_s);
    for (const auto &[key, delta] : deltas) {
        if (delta == 0)
            continue;
        upsert.addBindValue(key.campaignId);
        upsert.addBindValue(key.variant);
        upsert.addBindValue(key.funnel);
        upsert.addBindValue(delta);
        if (!upsert.exec())
            return db.errorFrom(upsert.lastError(), QCoreApplication::translate(
                                                        "Database", "Cannot update the counts of campaign %1")
                                                        .arg(key.campaignId));
    }
    return Ok{};
}

} // namespace

QString AnalyticsRepository::funnelSetSql(const QString &messageIdSql)
{
    // The union of the events' bits (Database gives SQLite a bit_or()),
    // without the events a reply correction took out (voided_events).
    QString cases;
    for (int t = 0; t < kFunnelBitCount; ++t)
        cases += u" WHEN '%1' THEN %2"_s.arg(toString(static_cast<EventType>(t))).arg(1 << t);
    return u"COALESCE((SELECT bit_or(CASE e.event_type%1 END) FROM message_events e WHERE e.message_id = %2 "
           "AND NOT EXISTS (SELECT 1 FROM voided_events v WHERE v.event_id = e.id)), 0)"_s.arg(cases,
                                                                                               messageIdSql);
}

DbResult<QList<FunnelCounts>> AnalyticsRepository::variantCounts(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT variant_index, funnel, messages FROM ab_funnel_counts WHERE "
                               "campaign_id = ? AND messages <> 0"_s);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the counts of campaign %1").arg(campaignId));
    QList<FunnelCounts> counts = emptyCounts();
    while (q.next()) {
        const int variant = q.value(0).toInt();
        if (variant >= 0 && variant < kVariantCount)
            counts[variant].add(q.value(1).toInt(), q.value(2).toLongLong());
    }
    return counts;
}

DbResult<QList<FunnelCounts>> AnalyticsRepository::recountFromEvents(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT m.assigned_variant, "_s + funnelSetSql(u"m.id"_s) +
                               u" FROM campaign_messages m WHERE m.campaign_id = ? AND m.assigned_variant IS "
                               "NOT NULL AND NOT m.holdout"_s);
    q.setForwardOnly(true);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot count the events of campaign %1")
                               .arg(campaignId));
    QList<FunnelCounts> counts = emptyCounts();
    while (q.next()) {
        const int variant = q.value(0).toInt();
        if (variant >= 0 && variant < kVariantCount)
            counts[variant].add(q.value(1).toInt(), 1);
    }
    return counts;
}

DbStatus AnalyticsRepository::moveCounts(const QList<FunnelMove> &moves)
{
    // Summed per counter row, and written in key order: two importers on
    // PostgreSQL take the row locks in the same order and cannot deadlock.
    std::map<CounterKey, qint64> deltas;
    for (const FunnelMove &move : moves) {
        deltas[CounterKey{move.campaignId, move.variant, move.from}] -= move.messages;
        deltas[CounterKey{move.campaignId, move.variant, move.to}] += move.messages;
    }
    return applyDeltas(m_db, deltas);
}

DbStatus AnalyticsRepository::rebuild(qint64 campaignId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    QSqlQuery clear = m_db.prepare(u"DELETE FROM ab_funnel_counts WHERE campaign_id = ?"_s);
    clear.addBindValue(campaignId);
    QSqlQuery fill = m_db.prepare(
        u"INSERT INTO ab_funnel_counts (campaign_id, variant_index, funnel, messages) SELECT campaign_id, "
        "assigned_variant, funnel, count(*) FROM (SELECT m.campaign_id, m.assigned_variant, "_s +
        funnelSetSql(u"m.id"_s) +
        u" AS funnel FROM campaign_messages m WHERE m.campaign_id = ? AND m.assigned_variant IS NOT NULL "
        "AND NOT m.holdout) "
        "sets GROUP BY campaign_id, assigned_variant, funnel"_s);
    fill.addBindValue(campaignId);
    for (QSqlQuery *q : {&clear, &fill}) {
        if (!q->exec())
            return m_db.errorFrom(
                q->lastError(),
                QCoreApplication::translate("Database", "Cannot recount campaign %1").arg(campaignId));
    }
    return transaction.commit();
}

} // namespace outreach
