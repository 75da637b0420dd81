#include "AnalyticsRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>

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
            return db.errorFrom(upsert.lastError(),
                                tr("Cannot update the counts of campaign %1").arg(it.key().campaignId));
    }
    return Ok{};
}

// A statement for `sql`: the connection's cached one for the full-size
// chunks every big append repeats, a one-off for the odd remainder (so the
// cache does not fill with every size).
QSqlQuery &chunkStatement(Database &db, const QString &sql, bool fullSize, std::optional<QSqlQuery> &oneOff)
{
    if (fullSize)
        return db.cached(sql);
    oneOff.emplace(db.prepare(sql));
    oneOff->setForwardOnly(true);
    return *oneOff;
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

DbStatus AnalyticsRepository::addEventBits(const QHash<qint64, int> &bitsByMessage)
{
    // Lists of up to kChunk messages: two statements per chunk (read and
    // lock the old sets, write the new ones) instead of one recount of each
    // message's whole log. Short lists on SQLite (see EventRepository: Qt's
    // binding cost grows with the square of the parameters).
    const qsizetype kChunk = m_db.isPostgres() ? 1000 : 40;
    QList<qint64> ids = bitsByMessage.keys();
    std::sort(ids.begin(), ids.end()); // locks taken in one order: no deadlock between importers
    QHash<CounterKey, qint64> deltas;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - from);
        // On PostgreSQL another importer may change the same messages: lock
        // the rows so the old set the counters move from is the current one.
        // SQLite's write transaction already excludes other writers.
        std::optional<QSqlQuery> oneOffRead;
        QSqlQuery &read =
            chunkStatement(m_db,
                           u"SELECT id, campaign_id, assigned_variant, funnel FROM campaign_messages "
                           "WHERE id IN ("_s +
                               placeholders(n) + u")"_s + (m_db.isPostgres() ? u" FOR UPDATE"_s : QString()),
                           n == kChunk, oneOffRead);
        for (qsizetype i = from; i < from + n; ++i)
            read.addBindValue(ids.at(i));
        if (!read.exec())
            return m_db.errorFrom(read.lastError(), tr("Cannot read the funnel of messages"));
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
        QStringList rows;
        rows.reserve(changes.size());
        for (qsizetype i = 0; i < changes.size(); ++i)
            rows << u"(CAST(? AS BIGINT), CAST(? AS INTEGER))"_s;
        // The CTE names the columns the same way in both dialects.
        std::optional<QSqlQuery> oneOffWrite;
        QSqlQuery &write =
            chunkStatement(m_db,
                           u"WITH v (id, funnel) AS (VALUES "_s + rows.join(u',') +
                               u") UPDATE campaign_messages SET funnel = v.funnel FROM v WHERE "
                               "campaign_messages.id = v.id"_s,
                           changes.size() == kChunk, oneOffWrite);
        for (const auto &[id, funnel] : std::as_const(changes)) {
            write.addBindValue(id);
            write.addBindValue(funnel);
        }
        if (!write.exec())
            return m_db.errorFrom(write.lastError(), tr("Cannot store the funnel of messages"));
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
            return m_db.errorFrom(q->lastError(), tr("Cannot recount campaign %1").arg(campaignId));
    }
    return transaction.commit();
}

} // namespace outreach
