#include "InboxRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

const QString kMatchColumns =
    u"SELECT q.id, q.message_id, q.campaign_id, m.lead_id, q.recipient FROM send_queue q JOIN "
    "campaign_messages m ON m.id = q.message_id "_s;

} // namespace

DbResult<SyncPosition> InboxRepository::position(qint64 senderId, const QString &folder) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT uid_validity, last_uid, last_sync_at, last_error FROM inbox_sync_state "
                     "WHERE sender_id = ? AND folder = ?"_s);
    q.addBindValue(senderId);
    q.addBindValue(folder);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the inbox sync state"));
    SyncPosition p;
    if (q.next()) {
        p.uidValidity = quint32(q.value(0).toLongLong());
        p.lastUid = quint32(q.value(1).toLongLong());
        p.lastSyncAt = sendtime::read(q.value(2));
        p.lastError = q.value(3).toString();
    }
    return p;
}

DbStatus InboxRepository::savePosition(qint64 senderId, const QString &folder, const SyncPosition &p)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO inbox_sync_state (sender_id, folder, uid_validity, last_uid, last_sync_at, last_error) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sender_id, folder) DO UPDATE SET uid_validity = "
        "excluded.uid_validity, last_uid = excluded.last_uid, last_sync_at = excluded.last_sync_at, "
        "last_error = excluded.last_error"_s);
    q.addBindValue(senderId);
    q.addBindValue(folder);
    q.addBindValue(qint64(p.uidValidity));
    q.addBindValue(qint64(p.lastUid));
    q.addBindValue(sendtime::bindOrNull(p.lastSyncAt));
    q.addBindValue(sqlText(p.lastError));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot store the inbox sync state"));
    return Ok{};
}

DbResult<QList<QPair<qint64, SyncPosition>>> InboxRepository::lastSyncs() const
{
    QSqlQuery q = m_db.prepare(u"SELECT sender_id, max(last_sync_at), max(last_error) FROM inbox_sync_state "
                               "GROUP BY sender_id ORDER BY sender_id"_s);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the inbox sync state"));
    QList<QPair<qint64, SyncPosition>> list;
    while (q.next()) {
        SyncPosition p;
        p.lastSyncAt = sendtime::read(q.value(1));
        p.lastError = q.value(2).toString();
        list.append({q.value(0).toLongLong(), p});
    }
    return list;
}

DbStatus InboxRepository::recordMailboxSync(qint64 senderId, const QDateTime &at, const QString &error,
                                            const QString &errorKind)
{
    const bool ok = error.isEmpty();
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO inbox_mailbox_status (sender_id, last_attempt_at, last_success_at, last_error, "
        u"error_kind, "
        "failures) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sender_id) DO UPDATE SET last_attempt_at = "
        "excluded.last_attempt_at, last_success_at = COALESCE(excluded.last_success_at, "
        "inbox_mailbox_status.last_success_at), last_error = excluded.last_error, error_kind = "
        "excluded.error_kind, failures = CASE WHEN excluded.failures = 0 THEN 0 ELSE "
        "inbox_mailbox_status.failures + 1 END"_s);
    q.addBindValue(senderId);
    q.addBindValue(sendtime::bind(at));
    q.addBindValue(ok ? sendtime::bindOrNull(at) : sendtime::bindOrNull(QDateTime()));
    q.addBindValue(sqlText(error));
    q.addBindValue(sqlText(ok ? QString() : errorKind));
    q.addBindValue(ok ? 0 : 1);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot store the sync status of mailbox %1")
                                                 .arg(senderId));
    return Ok{};
}

DbResult<QList<MailboxSyncStatus>> InboxRepository::mailboxSyncStatuses() const
{
    QSqlQuery q = m_db.prepare(u"SELECT sender_id, last_attempt_at, last_success_at, last_error, error_kind, "
                               "failures FROM inbox_mailbox_status ORDER BY sender_id"_s);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the mailbox sync status"));
    QList<MailboxSyncStatus> list;
    while (q.next()) {
        MailboxSyncStatus s;
        s.senderId = q.value(0).toLongLong();
        s.lastAttemptAt = sendtime::read(q.value(1));
        s.lastSuccessAt = sendtime::read(q.value(2));
        s.lastError = q.value(3).toString();
        s.errorKind = q.value(4).toString();
        s.failures = q.value(5).toInt();
        list.append(s);
    }
    return list;
}

DbResult<std::optional<SendMatch>> InboxRepository::firstMatch(QSqlQuery &q) const
{
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot look up the send of a received mail"));
    if (!q.next())
        return std::optional<SendMatch>();
    return std::optional<SendMatch>(SendMatch{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                              q.value(2).toLongLong(), q.value(3).toLongLong(),
                                              q.value(4).toString()});
}

DbResult<std::optional<SendMatch>> InboxRepository::sendByRfcMessageIds(const QStringList &ids) const
{
    // In-Reply-To first, then References from the newest: the first id we sent wins.
    for (const QString &id : ids) {
        if (id.isEmpty())
            continue;
        QSqlQuery &q = m_db.cached(kMatchColumns + u"WHERE q.rfc_message_id = ?"_s);
        q.addBindValue(id);
        auto match = firstMatch(q);
        q.finish();
        if (!match || match.value())
            return match;
    }
    return std::optional<SendMatch>();
}

DbResult<std::optional<SendMatch>> InboxRepository::sendByUnsubscribeToken(const QString &token) const
{
    if (token.isEmpty())
        return std::optional<SendMatch>();
    QSqlQuery &q = m_db.cached(kMatchColumns + u"WHERE q.unsubscribe_token = ?"_s);
    q.addBindValue(token);
    auto match = firstMatch(q);
    q.finish();
    return match;
}

DbResult<std::optional<SendMatch>> InboxRepository::recentSendTo(const QString &address,
                                                                 const QDateTime &since) const
{
    if (address.isEmpty())
        return std::optional<SendMatch>();
    // Cached: asked for nearly every mail a first sync reads.
    QSqlQuery &q = m_db.cached(kMatchColumns + u"WHERE lower(q.recipient) = ? AND q.state = 'sent' AND "
                                               "q.sent_at >= ? ORDER BY q.sent_at DESC, q.id DESC LIMIT 1"_s);
    q.addBindValue(address.toLower());
    q.addBindValue(sendtime::bind(since));
    auto match = firstMatch(q);
    q.finish();
    return match;
}

DbResult<bool> InboxRepository::hasReply(const QString &mailKey) const
{
    QSqlQuery &q = m_db.cached(u"SELECT 1 FROM replies WHERE mail_key = ?"_s);
    q.addBindValue(mailKey);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the replies"));
    const bool found = q.next();
    q.finish();
    return found;
}

DbResult<bool> InboxRepository::addReply(ReplyRecord &r)
{
    QSqlQuery &q = m_db.cached(
        u"INSERT INTO replies (mail_key, sender_id, folder, uid, message_id, campaign_id, kind, "
        u"from_address, "
        "from_name, subject, received_at, snippet, body, status_code, diagnostic, return_date, rule, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mail_key) DO "
        "NOTHING RETURNING id"_s);
    q.addBindValue(r.mailKey);
    q.addBindValue(r.senderId > 0 ? QVariant(r.senderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlText(r.folder));
    q.addBindValue(qint64(r.uid));
    q.addBindValue(r.messageId);
    q.addBindValue(r.campaignId);
    q.addBindValue(r.kind);
    q.addBindValue(sqlText(r.fromAddress));
    q.addBindValue(sqlText(r.fromName));
    q.addBindValue(sqlText(r.subject));
    q.addBindValue(sendtime::bind(r.receivedAt));
    q.addBindValue(sqlText(r.snippet));
    q.addBindValue(sqlText(r.body));
    q.addBindValue(sqlText(r.statusCode));
    q.addBindValue(sqlText(r.diagnostic));
    q.addBindValue(r.returnDate.isValid() ? r.returnDate.toString(Qt::ISODate) : u""_s);
    q.addBindValue(sqlText(r.rule));
    q.addBindValue(sendtime::bind(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("Database", "Cannot store a reply"));
    const bool added = q.next();
    if (added)
        r.id = q.value(0).toLongLong();
    q.finish();
    return added;
}

DbResult<QList<ReplyRecord>> InboxRepository::replies(qint64 campaignId, const QString &kind) const
{
    return read(campaignId, kind, 0);
}

DbResult<ReplyRecord> InboxRepository::reply(qint64 replyId) const
{
    auto list = read(0, QString(), replyId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no reply with id %1.").arg(replyId)};
    return list->constFirst();
}

DbResult<QList<ReplyRecord>> InboxRepository::read(qint64 campaignId, const QString &kind,
                                                   qint64 replyId) const
{
    // The latest correction of each corrected reply comes along (few rows).
    QString sql =
        u"SELECT r.id, r.mail_key, r.sender_id, r.folder, r.uid, r.message_id, r.campaign_id, r.kind, "
        "r.from_address, r.from_name, r.subject, r.received_at, r.snippet, r.body, r.status_code, "
        "r.diagnostic, r.return_date, r.rule, r.corrected, l.email, l.first_name, l.last_name, "
        "m.assigned_variant, c.name, k.from_kind, k.corrected_by, k.corrected_at FROM replies r JOIN "
        "campaign_messages m ON m.id = r.message_id JOIN leads l ON l.id = m.lead_id JOIN campaigns c ON "
        "c.id = r.campaign_id LEFT JOIN reply_corrections k ON k.id = (SELECT max(k2.id) FROM "
        "reply_corrections k2 WHERE k2.reply_id = r.id) WHERE 1 = 1"_s;
    if (campaignId > 0)
        sql += u" AND r.campaign_id = ?"_s;
    if (!kind.isEmpty())
        sql += u" AND r.kind = ?"_s;
    if (replyId > 0)
        sql += u" AND r.id = ?"_s;
    sql += u" ORDER BY r.received_at DESC, r.id DESC"_s;
    QSqlQuery q = m_db.prepare(sql);
    if (campaignId > 0)
        q.addBindValue(campaignId);
    if (!kind.isEmpty())
        q.addBindValue(kind);
    if (replyId > 0)
        q.addBindValue(replyId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the replies"));
    QList<ReplyRecord> list;
    while (q.next()) {
        ReplyRecord r;
        r.id = q.value(0).toLongLong();
        r.mailKey = q.value(1).toString();
        r.senderId = q.value(2).toLongLong();
        r.folder = q.value(3).toString();
        r.uid = quint32(q.value(4).toLongLong());
        r.messageId = q.value(5).toLongLong();
        r.campaignId = q.value(6).toLongLong();
        r.kind = q.value(7).toString();
        r.fromAddress = q.value(8).toString();
        r.fromName = q.value(9).toString();
        r.subject = q.value(10).toString();
        r.receivedAt = sendtime::read(q.value(11));
        r.snippet = q.value(12).toString();
        r.body = q.value(13).toString();
        r.statusCode = q.value(14).toString();
        r.diagnostic = q.value(15).toString();
        r.returnDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
        r.rule = q.value(17).toString();
        r.corrected = q.value(18).toBool();
        r.leadEmail = q.value(19).toString();
        r.leadName = QString(q.value(20).toString() + u' ' + q.value(21).toString()).trimmed();
        r.variant = q.value(22).isNull() ? -1 : q.value(22).toInt();
        r.campaignName = q.value(23).toString();
        r.correctedFrom = q.value(24).toString();
        r.correctedBy = q.value(25).toString();
        r.correctedAt = sendtime::read(q.value(26));
        list.append(r);
    }
    return list;
}

DbResult<QString> InboxRepository::setting(const QString &name, const QString &fallback) const
{
    // Cached: read once per reply by stop on reply.
    QSqlQuery &q = m_db.cached(u"SELECT value FROM inbox_settings WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the inbox settings"));
    const QString value = q.next() ? q.value(0).toString() : fallback;
    q.finish();
    return value;
}

DbStatus InboxRepository::setSetting(const QString &name, const QString &value)
{
    QSqlQuery q =
        m_db.prepare(u"INSERT INTO inbox_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO "
                     "UPDATE SET value = excluded.value"_s);
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot store the inbox settings"));
    return Ok{};
}

DbResult<int> InboxRepository::stopSendsTo(const QString &address, const QDateTime &until,
                                           const QString &reason)
{
    const QString value = address.trimmed().toLower();
    if (value.isEmpty())
        return 0;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    // A later reply extends the hold; an earlier one never shortens it.
    // (Both statements cached: inbox sync runs them per reply.)
    QSqlQuery &stop = m_db.cached(
        u"INSERT INTO send_stops (address, until_at, reason, created_at) VALUES (?, ?, ?, ?) ON CONFLICT "
        "(address) DO UPDATE SET until_at = CASE WHEN excluded.until_at > send_stops.until_at THEN "
        "excluded.until_at ELSE send_stops.until_at END, reason = excluded.reason"_s);
    stop.addBindValue(value);
    stop.addBindValue(sendtime::bind(until));
    stop.addBindValue(sqlText(reason));
    stop.addBindValue(sendtime::bind(QDateTime::currentDateTimeUtc()));
    if (!stop.exec())
        return m_db.errorFrom(stop.lastError(),
                              QCoreApplication::translate("Database", "Cannot store the stop on reply"));
    // Queued sends wait until the hold ends; the scheduler only claims due rows.
    QSqlQuery &hold = m_db.cached(
        u"UPDATE send_queue SET scheduled_at = ?, reason = ?, updated_at = ? WHERE lower(recipient) = ? AND "
        "state = 'queued' AND scheduled_at < ?"_s);
    hold.addBindValue(sendtime::bind(until));
    hold.addBindValue(sqlText(reason));
    hold.addBindValue(sendtime::bind(QDateTime::currentDateTimeUtc()));
    hold.addBindValue(value);
    hold.addBindValue(sendtime::bind(until));
    if (!hold.exec())
        return m_db.errorFrom(
            hold.lastError(),
            QCoreApplication::translate("Database", "Cannot hold the sends to %1").arg(value));
    const int held = hold.numRowsAffected();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return held;
}

DbResult<QDateTime> InboxRepository::stoppedUntil(const QString &address) const
{
    QSqlQuery q = m_db.prepare(u"SELECT until_at FROM send_stops WHERE address = ?"_s);
    q.addBindValue(address.trimmed().toLower());
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the stops on reply"));
    return q.next() ? sendtime::read(q.value(0)) : QDateTime();
}

DbResult<QList<QueueEntry>> InboxRepository::inDoubt(qint64 senderId) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT id, message_id, campaign_id, rfc_message_id, claimed_at, reason FROM "
                     "send_queue WHERE sender_id = ? AND state = 'in_doubt' ORDER BY claimed_at, id"_s);
    q.addBindValue(senderId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the sends in doubt"));
    QList<QueueEntry> list;
    while (q.next()) {
        QueueEntry e;
        e.id = q.value(0).toLongLong();
        e.messageId = q.value(1).toLongLong();
        e.campaignId = q.value(2).toLongLong();
        e.senderId = senderId;
        e.state = SendState::InDoubt;
        e.rfcMessageId = q.value(3).toString();
        e.claimedAt = sendtime::read(q.value(4));
        e.reason = q.value(5).toString();
        list.append(e);
    }
    return list;
}

DbStatus InboxRepository::setInDoubtReason(qint64 queueId, const QString &reason)
{
    QSqlQuery q = m_db.prepare(
        u"UPDATE send_queue SET reason = ?, updated_at = ? WHERE id = ? AND state = 'in_doubt'"_s);
    q.addBindValue(sqlText(reason));
    q.addBindValue(sendtime::bind(QDateTime::currentDateTimeUtc()));
    q.addBindValue(queueId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot update send %1").arg(queueId));
    return Ok{};
}

} // namespace outreach
