#include "AnalyticsRepository.h"

#include <QCoreApplication>
#include <QHash>
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
    bool operator==(const CounterKey &) const = default;
};

size_t qHash(const CounterKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.campaignId, key.variant, key.funnel);
}

DbStatus applyDeltas(Database &db, const QHash<CounterKey, qint64> &deltas)
{
    QSqlQuery &upsert = db.cached(
        u"INSERT INTO ab_funnel_counts (campaign_id, variant_index, funnel, messages) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (campaign_id, variant_index, funnel) DO UPDATE SET messages = ab_funnel_counts.messages "
        "+ excluded.messages"_s);
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        if (it.value() == 0)
            continue;
        upsert.addBindValue(it.key().campaignId);
        upsert.addBindValue(it.key().variant);
        upsert.addBindValue(it.key().funnel);
        upsert.addBindValue(it.value());
        if (!upsert.exec())
            return db.errorFrom(upsert.lastError(), QCoreApplication::translate(
                                                        "Database", "Cannot update the counts of campaign %1")
                                                        .arg(it.key().campaignId));
    }
    return Ok{};
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
                               "NOT NULL"_s);
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

DbStatus AnalyticsRepository::addEventBits(const QHash<qint64, int> &bitsByMessage)
{
    // Lists of up to kChunk messages: a read and a few writes per chunk
    // instead of a recount of each message's whole log. Ids go into the SQL
    // as integer literals: nothing to bind (Qt's SQLite driver binds in time
    // growing with the square of the parameters) and no prepare round trip.
    constexpr qsizetype kChunk = 1000;
    QList<qint64> ids = bitsByMessage.keys();
    std::sort(ids.begin(), ids.end()); // locks taken in one order: no deadlock between importers
    QHash<CounterKey, qint64> deltas;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - from);
        QStringList idList;
        idList.reserve(n);
        for (qsizetype i = from; i < from + n; ++i)
            idList.append(QString::number(ids.at(i)));
        // On PostgreSQL another importer may change the same messages: lock
        // the rows so the old set the counters move from is the current one.
        // SQLite's write transaction already excludes other writers.
        QSqlQuery read(m_db.connection());
        read.setForwardOnly(true);
        if (!read.exec(
                u"SELECT id, campaign_id, assigned_variant, funnel FROM campaign_messages WHERE id IN (%1)%2"_s
                    .arg(idList.join(u','), m_db.isPostgres() ? u" FOR UPDATE"_s : QString())))
            return m_db.errorFrom(read.lastError(), QCoreApplication::translate(
                                                        "Database", "Cannot read the funnel of messages"));
        QList<std::pair<qint64, int>> changes;
        while (read.next()) {
            const qint64 id = read.value(0).toLongLong();
            const int oldSet = read.value(3).toInt();
            const int newSet = oldSet | bitsByMessage.value(id);
            if (oldSet == newSet)
                continue;
            changes.append({id, newSet});
            if (!read.isNull(2)) {
                const qint64 campaign = read.value(1).toLongLong();
                const int variant = read.value(2).toInt();
                deltas[CounterKey{campaign, variant, oldSet}] -= 1;
                deltas[CounterKey{campaign, variant, newSet}] += 1;
            }
        }
        read.finish();
        if (changes.isEmpty())
            continue;
        // One UPDATE per distinct new set (a handful: sets are 7 bits), the
        // ids written as integer literals: an IN list the planners answer
        // from the primary key on both backends (a VALUES join made
        // PostgreSQL scan the whole table), with nothing to bind.
        std::map<int, QStringList> byNewSet;
        for (const auto &[id, funnel] : std::as_const(changes))
            byNewSet[funnel].append(QString::number(id));
        for (const auto &[funnel, idList] : byNewSet) {
            if (auto status =
                    m_db.exec(u"UPDATE campaign_messages SET funnel = %1 WHERE id IN (%2)"_s.arg(funnel).arg(
                        idList.join(u',')));
                !status)
                return status;
        }
    }
    return applyDeltas(m_db, deltas);
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
            return m_db.errorFrom(
                q->lastError(),
                QCoreApplication::translate("Database", "Cannot recount campaign %1").arg(campaignId));
    }
    return transaction.commit();
}

} // namespace outreach
