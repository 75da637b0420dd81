#include "SmsStatusRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {

DbResult<QList<SmsPoll>> SmsStatusRepository::pending(qint64 senderId) const
{
    // A status row for another SID (the send was retried) does not count.
    QSqlQuery q = m_db.prepare(
        u"SELECT q.id, q.message_id, q.campaign_id, q.recipient, q.provider_id, q.sent_at, "
        "COALESCE(s.polls, 0), COALESCE(s.status, ''), s.next_poll_at FROM send_queue q LEFT JOIN "
        "sms_status s ON s.send_id = q.id AND s.sid = q.provider_id WHERE q.sender_id = ? AND "
        "q.state = 'sent' AND q.provider_id <> '' AND s.final_at IS NULL ORDER BY q.sent_at, q.id"_s);
    q.addBindValue(senderId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot read the SMS waiting for a status"));
    QList<SmsPoll> list;
    while (q.next()) {
        SmsPoll p;
        p.queueId = q.value(0).toLongLong();
        p.messageId = q.value(1).toLongLong();
        p.campaignId = q.value(2).toLongLong();
        p.recipient = q.value(3).toString();
        p.sid = q.value(4).toString();
        p.sentAt = sendtime::read(q.value(5));
        p.polls = q.value(6).toInt();
        p.status = q.value(7).toString();
        p.nextPollAt = sendtime::read(q.value(8));
        list.append(p);
    }
    return list;
}

DbStatus SmsStatusRepository::save(qint64 queueId, const QString &sid, const SmsStatusRecord &r)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO sms_status (send_id, sid, status, error_code, outcome, polls, last_polled_at, "
        "next_poll_at, final_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (send_id) DO UPDATE SET "
        "sid = excluded.sid, status = excluded.status, error_code = excluded.error_code, outcome = "
        "excluded.outcome, polls = excluded.polls, last_polled_at = excluded.last_polled_at, "
        "next_poll_at = excluded.next_poll_at, final_at = excluded.final_at"_s);
    q.addBindValue(queueId);
    q.addBindValue(sid);
    q.addBindValue(sqlText(r.status));
    q.addBindValue(r.errorCode);
    q.addBindValue(sqlText(r.outcome));
    q.addBindValue(r.polls);
    q.addBindValue(sendtime::bindOrNull(r.lastPolledAt));
    q.addBindValue(sendtime::bindOrNull(r.nextPollAt));
    q.addBindValue(sendtime::bindOrNull(r.finalAt));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot store the status of send %1").arg(queueId));
    return Ok{};
}

DbResult<std::optional<SmsStatusRecord>> SmsStatusRepository::forSend(qint64 queueId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT status, error_code, outcome, polls, last_polled_at, next_poll_at, "
                               "final_at FROM sms_status WHERE send_id = ?"_s);
    q.addBindValue(queueId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the status of send %1").arg(queueId));
    if (!q.next())
        return std::optional<SmsStatusRecord>();
    SmsStatusRecord r;
    r.status = q.value(0).toString();
    r.errorCode = q.value(1).toInt();
    r.outcome = q.value(2).toString();
    r.polls = q.value(3).toInt();
    r.lastPolledAt = sendtime::read(q.value(4));
    r.nextPollAt = sendtime::read(q.value(5));
    r.finalAt = sendtime::read(q.value(6));
    return std::optional<SmsStatusRecord>(r);
}

DbResult<std::optional<SendMatch>> SmsStatusRepository::latestSendTo(qint64 senderId,
                                                                     const QString &e164) const
{
    if (e164.isEmpty())
        return std::optional<SendMatch>();
    QSqlQuery q = m_db.prepare(
        u"SELECT q.id, q.message_id, q.campaign_id, m.lead_id, q.recipient FROM send_queue q JOIN "
        "campaign_messages m ON m.id = q.message_id WHERE q.sender_id = ? AND q.recipient = ? AND "
        "q.state = 'sent' ORDER BY q.sent_at DESC, q.id DESC LIMIT 1"_s);
    q.addBindValue(senderId);
    q.addBindValue(e164);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot look up the send of a received SMS"));
    if (!q.next())
        return std::optional<SendMatch>();
    return std::optional<SendMatch>(SendMatch{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                              q.value(2).toLongLong(), q.value(3).toLongLong(),
                                              q.value(4).toString()});
}

DbResult<QDateTime> SmsStatusRepository::firstSentAt(qint64 senderId) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT min(sent_at) FROM send_queue WHERE sender_id = ? AND state = 'sent' AND sent_at IS NOT NULL"_s);
    q.addBindValue(senderId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the sends of sender %1").arg(senderId));
    return q.next() ? sendtime::read(q.value(0)) : QDateTime();
}

} // namespace outreach
