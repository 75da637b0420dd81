#include "AnalyticsRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

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
    bool operator==(const CounterKey &) const = default;
};

size_t qHash(const CounterKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.campaignId, key.variant, key.funnel);
}

QString placeholders(qsizetype count)
{
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list << u"?"_s;
    return list.join(u',');
}

} // namespace

QString AnalyticsRepository::funnelSetSql(const QString &messageIdSql)
{
    // Distinct event types have distinct bits, so the sum of the distinct
    // bits is their union, in plain SQL both dialects accept.
    QString cases;
    for (int t = 0; t < kFunnelBitCount; ++t)
        cases += u" WHEN '%1' THEN %2"_s.arg(toString(static_cast<EventType>(t))).arg(1 << t);
    return u"COALESCE((SELECT SUM(DISTINCT CASE e.event_type%1 END) FROM message_events e WHERE e.message_id = %2), 0)"_s
        .arg(cases, messageIdSql);
}

DbResult<QList<FunnelCounts>> AnalyticsRepository::variantCounts(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT variant_index, funnel, messages FROM ab_funnel_counts WHERE "
                               "campaign_id = ? AND messages <> 0"_s);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("Cannot read the counts of campaign %1").arg(campaignId));
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
                               "NOT NULL"_s);
    q.setForwardOnly(true);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("Cannot count the events of campaign %1").arg(campaignId));
    QList<FunnelCounts> counts = emptyCounts();
    while (q.next()) {
        const int variant = q.value(0).toInt();
        if (variant >= 0 && variant < kVariantCount)
            counts[variant].add(q.value(1).toInt(), 1);
    }
    return counts;
}

DbStatus AnalyticsRepository::refreshMessages(const QList<qint64> &messageIds)
{
    QHash<CounterKey, qint64> deltas;
    QSqlQuery update = m_db.prepare(u"UPDATE campaign_messages SET funnel = ? WHERE id = ?"_s);
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < messageIds.size(); from += kChunk) {
        const QList<qint64> chunk = messageIds.mid(from, kChunk);
        QSqlQuery q = m_db.prepare(u"SELECT m.id, m.campaign_id, m.assigned_variant, m.funnel, "_s +
                                   funnelSetSql(u"m.id"_s) + u" FROM campaign_messages m WHERE m.id IN ("_s +
                                   placeholders(chunk.size()) + u")"_s);
        q.setForwardOnly(true);
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("Cannot recompute the funnel of messages"));
        struct Change
        {
            qint64 id;
            int funnel;
        };
        QList<Change> changes;
        while (q.next()) {
            const int oldSet = q.value(3).toInt();
            const int newSet = q.value(4).toInt();
            if (oldSet == newSet)
                continue;
            changes.append({q.value(0).toLongLong(), newSet});
            if (!q.isNull(2)) {
                const qint64 campaign = q.value(1).toLongLong();
                const int variant = q.value(2).toInt();
                deltas[CounterKey{campaign, variant, oldSet}] -= 1;
                deltas[CounterKey{campaign, variant, newSet}] += 1;
            }
        }
        q.finish();
        for (const Change &change : changes) {
            update.addBindValue(change.funnel);
            update.addBindValue(change.id);
            if (!update.exec())
                return m_db.errorFrom(update.lastError(),
                                      tr("Cannot store the funnel of message %1").arg(change.id));
        }
    }
    if (deltas.isEmpty())
        return Ok{};
    QSqlQuery upsert = m_db.prepare(
        u"INSERT INTO ab_funnel_counts (campaign_id, variant_index, funnel, messages) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (campaign_id, variant_index, funnel) DO UPDATE SET messages = ab_funnel_counts.messages "
        "+ "
        "excluded.messages"_s);
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        if (it.value() == 0)
            continue;
        upsert.addBindValue(it.key().campaignId);
        upsert.addBindValue(it.key().variant);
        upsert.addBindValue(it.key().funnel);
        upsert.addBindValue(it.value());
        if (!upsert.exec())
            return m_db.errorFrom(upsert.lastError(),
                                  tr("Cannot update the counts of campaign %1").arg(it.key().campaignId));
    }
    return Ok{};
}

DbStatus AnalyticsRepository::rebuild(qint64 campaignId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    QSqlQuery funnel = m_db.prepare(u"UPDATE campaign_messages SET funnel = "_s +
                                    funnelSetSql(u"campaign_messages.id"_s) + u" WHERE campaign_id = ?"_s);
    funnel.addBindValue(campaignId);
    QSqlQuery clear = m_db.prepare(u"DELETE FROM ab_funnel_counts WHERE campaign_id = ?"_s);
    clear.addBindValue(campaignId);
    QSqlQuery fill = m_db.prepare(
        u"INSERT INTO ab_funnel_counts (campaign_id, variant_index, funnel, messages) SELECT campaign_id, "
        "assigned_variant, funnel, count(*) FROM campaign_messages WHERE campaign_id = ? AND "
        "assigned_variant "
        "IS NOT NULL GROUP BY campaign_id, assigned_variant, funnel"_s);
    fill.addBindValue(campaignId);
    for (QSqlQuery *q : {&funnel, &clear, &fill}) {
        if (!q->exec())
            return m_db.errorFrom(q->lastError(), tr("Cannot recount campaign %1").arg(campaignId));
    }
    return transaction.commit();
}

} // namespace outreach
