#include "SendQueueRepository.h"
#include "EventRepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

const QString kColumns =
    u"id, message_id, campaign_id, sender_id, state, recipient, time_zone, rfc_message_id, "
    u"unsubscribe_token, "
    "provider_id, scheduled_at, claimed_at, claimed_by, sent_at, attempts, last_answer, reason, updated_at"_s;

QueueEntry fromQuery(const QSqlQuery &q)
{
    QueueEntry e;
    e.id = q.value(0).toLongLong();
    e.messageId = q.value(1).toLongLong();
    e.campaignId = q.value(2).toLongLong();
    e.senderId = q.value(3).toLongLong();
    e.state = sendStateFromString(q.value(4).toString()).value_or(SendState::Queued);
    e.recipient = q.value(5).toString();
    e.timeZone = q.value(6).toString().toUtf8();
    e.rfcMessageId = q.value(7).toString();
    e.unsubscribeToken = q.value(8).toString();
    e.providerId = q.value(9).toString();
    e.scheduledAt = sendtime::read(q.value(10));
    e.claimedAt = sendtime::read(q.value(11));
    e.claimedBy = q.value(12).toString();
    e.sentAt = sendtime::read(q.value(13));
    e.attempts = q.value(14).toInt();
    e.lastAnswer = q.value(15).toString();
    e.reason = q.value(16).toString();
    e.updatedAt = sendtime::read(q.value(17));
    return e;
}

QString nowText()
{
    return sendtime::bind(QDateTime::currentDateTimeUtc());
}

} // namespace

DbResult<int> SendQueueRepository::insertMissing(const QList<QueueEntry> &entries)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    int inserted = 0;
    const QString now = nowText();
    for (const QueueEntry &e : entries) {
        QSqlQuery &q =
            m_db.cached(u"INSERT INTO send_queue (message_id, campaign_id, state, recipient, time_zone, "
                        u"scheduled_at, reason, "
                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING"_s);
        q.addBindValue(e.messageId);
        q.addBindValue(e.campaignId);
        q.addBindValue(toString(e.state));
        q.addBindValue(sqlText(e.recipient));
        q.addBindValue(sqlText(QString::fromUtf8(e.timeZone)));
        q.addBindValue(
            sendtime::bind(e.scheduledAt.isValid() ? e.scheduledAt : QDateTime::currentDateTimeUtc()));
        q.addBindValue(sqlText(e.reason));
        q.addBindValue(now);
        if (!q.exec())
            return m_db.errorFrom(
                q.lastError(),
                QCoreApplication::translate("Database", "Cannot queue message %1").arg(e.messageId));
        inserted += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return inserted;
}

DbResult<QueueEntry> SendQueueRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM send_queue WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read queued send %1").arg(id));
    if (!q.next())
        return DbError{
            DbError::Kind::NotFound,
            QCoreApplication::translate("Database", "There is no queued send with id %1.").arg(id)};
    return fromQuery(q);
}

DbResult<std::optional<QueueEntry>> SendQueueRepository::forMessage(qint64 messageId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM send_queue WHERE message_id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the send of message %1").arg(messageId));
    if (!q.next())
        return std::optional<QueueEntry>();
    return std::optional<QueueEntry>(fromQuery(q));
}

DbResult<QList<QueueEntry>> SendQueueRepository::list(qint64 campaignId, std::optional<SendState> state) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM send_queue WHERE campaign_id = ?"_s +
                               (state ? u" AND state = ?"_s : QString()) + u" ORDER BY scheduled_at, id"_s);
    q.addBindValue(campaignId);
    if (state)
        q.addBindValue(toString(*state));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot read the send queue of campaign %1")
                                                 .arg(campaignId));
    QList<QueueEntry> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

DbResult<QList<QueueEntry>> SendQueueRepository::listInState(SendState state) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM send_queue WHERE state = ? ORDER BY id"_s);
    q.addBindValue(toString(state));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the send queue"));
    QList<QueueEntry> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

DbResult<QMap<SendState, qint64>> SendQueueRepository::counts(qint64 campaignId) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT state, count(*) FROM send_queue WHERE campaign_id = ? GROUP BY state"_s);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot count the send queue of campaign %1")
                                                 .arg(campaignId));
    QMap<SendState, qint64> counts;
    while (q.next()) {
        if (const auto state = sendStateFromString(q.value(0).toString()))
            counts.insert(*state, q.value(1).toLongLong());
    }
    return counts;
}

DbStatus SendQueueRepository::reevaluate(qint64 id, SendState state, const QString &reason,
                                         const QString &recipient, const QByteArray &zone)
{
    QSqlQuery &q = m_db.cached(u"UPDATE send_queue SET state = ?, reason = ?, recipient = ?, time_zone = ?, "
                               "updated_at = ? WHERE id = ? AND state IN ('queued', 'held', 'suppressed')"_s);
    q.addBindValue(toString(state));
    q.addBindValue(sqlText(reason));
    q.addBindValue(sqlText(recipient));
    q.addBindValue(sqlText(QString::fromUtf8(zone)));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot update queued send %1").arg(id));
    return Ok{};
}

DbResult<QList<QByteArray>> SendQueueRepository::dueZones(qint64 campaignId, const QDateTime &now) const
{
    // Neither backend skips through an index for DISTINCT: the recursive
    // query jumps from zone to zone (one index probe each) instead of
    // reading every queued row, and the first due time of each zone is one
    // more probe. 100,000 queued rows in a few zones cost a few probes.
    QSqlQuery q = m_db.prepare(
        u"WITH RECURSIVE z(tz) AS (SELECT min(time_zone) FROM send_queue WHERE campaign_id = ? AND state = "
        "'queued' UNION ALL SELECT (SELECT min(q.time_zone) FROM send_queue q WHERE q.campaign_id = ? AND "
        "q.state = 'queued' AND q.time_zone > z.tz) FROM z WHERE z.tz IS NOT NULL) "
        "SELECT tz, (SELECT min(q.scheduled_at) FROM send_queue q WHERE q.campaign_id = ? AND q.state = "
        "'queued' "
        "AND q.time_zone = z.tz) FROM z WHERE tz IS NOT NULL"_s);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot read the send queue of campaign %1")
                                                 .arg(campaignId));
    QList<std::pair<QDateTime, QByteArray>> due;
    while (q.next()) {
        const QDateTime first = sendtime::read(q.value(1));
        if (first.isValid() && first <= now)
            due.append({first, q.value(0).toString().toUtf8()});
    }
    // The zone whose oldest message waits longest comes first.
    std::sort(due.begin(), due.end());
    QList<QByteArray> zones;
    for (const auto &d : due)
        zones.append(d.second);
    return zones;
}

DbResult<QDateTime> SendQueueRepository::nextScheduled(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT min(scheduled_at) FROM send_queue WHERE campaign_id = ? AND state = 'queued'"_s);
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot read the send queue of campaign %1")
                                                 .arg(campaignId));
    return sendtime::read(q.value(0));
}

DbResult<std::optional<QueueEntry>> SendQueueRepository::claimNext(const ClaimRequest &r)
{
    // One zone at a time, in the caller's order: `time_zone = ?` lets the
    // (campaign_id, state, time_zone, scheduled_at, id) index hand over the
    // oldest row directly, where an IN list would sort every due row.
    // PostgreSQL: SKIP LOCKED lets a second process take the next row instead
    // of queueing behind the first one's lock. The outer `state = 'queued'`
    // makes the claim atomic on both backends: a row another process claimed
    // first is simply not updated.
    // A stop on reply (send_stops, written by the inbox) covers rows queued
    // after the reply too, not only those it moved when it was recorded.
    const QString pick =
        u"SELECT id FROM send_queue WHERE campaign_id = ? AND state = 'queued' AND "
        "time_zone = ? AND scheduled_at <= ? AND NOT EXISTS (SELECT 1 FROM send_stops "
        "WHERE send_stops.address = lower(send_queue.recipient) AND send_stops.until_at > ?) "
        "ORDER BY scheduled_at, id LIMIT 1"_s +
        m_db.dialect().skipLockedRows();
    const QString sql = u"UPDATE send_queue SET state = 'claimed', sender_id = ?, rfc_message_id = "
                        u"COALESCE(rfc_message_id, ?), "
                        "unsubscribe_token = CASE WHEN unsubscribe_token = '' THEN ? ELSE unsubscribe_token "
                        "END, claimed_at = ?, "
                        "claimed_by = ?, attempts = attempts + 1, updated_at = ? WHERE id = ("_s +
                        pick + u") AND state = 'queued' RETURNING "_s + kColumns;
    const QString now = sendtime::bind(r.now);
    for (const QByteArray &zone : r.zones) {
        QSqlQuery &q = m_db.cached(sql);
        q.addBindValue(r.senderId);
        q.addBindValue(r.rfcMessageId);
        q.addBindValue(sqlText(r.unsubscribeToken));
        q.addBindValue(now);
        q.addBindValue(sqlText(r.claimedBy));
        q.addBindValue(nowText());
        q.addBindValue(r.campaignId);
        q.addBindValue(sqlText(QString::fromUtf8(zone)));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                     "Database", "Cannot claim a message of campaign %1")
                                                     .arg(r.campaignId));
        if (q.next()) {
            QueueEntry entry = fromQuery(q);
            q.finish();
            return std::optional<QueueEntry>(entry);
        }
        q.finish();
    }
    return std::optional<QueueEntry>();
}

DbResult<int> SendQueueRepository::sentSince(qint64 senderId, const QDateTime &since) const
{
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM send_queue WHERE sender_id = ? AND claimed_at >= ? AND "
                               "state IN ('claimed', 'sent', 'in_doubt', 'failed')"_s);
    q.addBindValue(senderId);
    q.addBindValue(sendtime::bind(since));
    if (!q.exec() || !q.next())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot count the sends of sender %1").arg(senderId));
    return q.value(0).toInt();
}

DbStatus SendQueueRepository::markSent(qint64 id, const QDateTime &sentAt, const QString &answer,
                                       const QString &providerId, const QString &source)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    // An in-doubt row may still be marked sent (by the user, or by a process
    // whose claim outlived its lease): the message did go out.
    QSqlQuery q =
        m_db.prepare(u"UPDATE send_queue SET state = 'sent', sent_at = ?, last_answer = ?, provider_id = "
                     "?, reason = '', updated_at = ? WHERE id = ? AND state IN ('claimed', 'in_doubt') "
                     "RETURNING message_id"_s);
    q.addBindValue(sendtime::bind(sentAt));
    q.addBindValue(sqlText(answer));
    q.addBindValue(sqlText(providerId));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot record queued send %1 as sent").arg(id));
    if (!q.next())
        return DbError{
            DbError::Kind::Conflict,
            QCoreApplication::translate("Database", "Queued send %1 is not claimed or in doubt.").arg(id)};
    const qint64 messageId = q.value(0).toLongLong();
    q.finish();
    EventRepository events(m_db);
    if (auto result = events.append({NewEvent{messageId, EventType::Sent, sentAt}}, source); !result)
        return result.error();
    return transaction.commit();
}

DbStatus SendQueueRepository::release(qint64 id, const QDateTime &retryAt, const QString &answer)
{
    QSqlQuery q = m_db.prepare(u"UPDATE send_queue SET state = 'queued', scheduled_at = ?, last_answer = ?, "
                               "updated_at = ? WHERE id = ? AND state = 'claimed'"_s);
    q.addBindValue(sendtime::bind(retryAt));
    q.addBindValue(sqlText(answer));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot requeue send %1").arg(id));
    return Ok{};
}

DbStatus SendQueueRepository::markFailed(qint64 id, const QString &answer, const QString &reason)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE send_queue SET state = 'failed', last_answer = ?, reason = ?, updated_at = "
                     "? WHERE id = ? AND state IN ('claimed', 'queued')"_s);
    q.addBindValue(sqlText(answer));
    q.addBindValue(sqlText(reason));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot record send %1 as failed").arg(id));
    return Ok{};
}

DbStatus SendQueueRepository::markInDoubt(qint64 id, const QString &reason)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE send_queue SET state = 'in_doubt', reason = ?, updated_at = ? WHERE id = ? "
                     "AND state = 'claimed'"_s);
    q.addBindValue(sqlText(reason));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot record send %1 as in doubt").arg(id));
    return Ok{};
}

DbStatus SendQueueRepository::unclaim(qint64 id, SendState state, const QString &reason)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE send_queue SET state = ?, reason = ?, updated_at = ? WHERE id = ? AND "
                     "state = 'claimed'"_s);
    q.addBindValue(toString(state));
    q.addBindValue(sqlText(reason));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot update queued send %1").arg(id));
    return Ok{};
}

DbStatus SendQueueRepository::requeueInDoubt(qint64 id, const QDateTime &at)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE send_queue SET state = 'queued', scheduled_at = ?, reason = '', updated_at "
                     "= ? WHERE id = ? AND state = 'in_doubt'"_s);
    q.addBindValue(sendtime::bind(at));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot requeue send %1").arg(id));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::Conflict,
                       QCoreApplication::translate("Database", "Send %1 is not in doubt.").arg(id)};
    return Ok{};
}

} // namespace outreach
