#include "SenderRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

const QString kColumns =
    u"id, kind, name, from_address, login, smtp_host, smtp_port, smtp_security, auth_method, imap_host, "
    "imap_port, imap_security, imap_login, imap_folders, sent_folder, account_sid, messaging_service_sid, "
    "base_url, daily_cap, gap_min_ms, gap_max_ms, ramp_start, ramp_step, ramp_started_on, window_days, "
    "window_start, window_end, time_zone, next_send_at, paused, pause_reason, created_at, updated_at"_s;

const QString kEditable =
    u"kind = ?, name = ?, from_address = ?, login = ?, smtp_host = ?, smtp_port = ?, smtp_security = ?, "
    "auth_method = ?, imap_host = ?, imap_port = ?, imap_security = ?, imap_login = ?, imap_folders = ?, "
    "sent_folder = ?, account_sid = ?, messaging_service_sid = ?, base_url = ?, daily_cap = ?, gap_min_ms = "
    "?, "
    "gap_max_ms = ?, ramp_start = ?, ramp_step = ?, window_days = ?, window_start = ?, window_end = ?, "
    "time_zone = ?"_s;

Sender fromQuery(const QSqlQuery &q)
{
    Sender s;
    s.id = q.value(0).toLongLong();
    s.kind = senderKindFromString(q.value(1).toString()).value_or(SenderKind::Mailbox);
    s.name = q.value(2).toString();
    s.fromAddress = q.value(3).toString();
    s.login = q.value(4).toString();
    s.smtpHost = q.value(5).toString();
    s.smtpPort = q.value(6).toInt();
    s.smtpSecurity = securityFromString(q.value(7).toString()).value_or(Security::Tls);
    s.authMethod = q.value(8).toString();
    s.imapHost = q.value(9).toString();
    s.imapPort = q.value(10).toInt();
    s.imapSecurity = securityFromString(q.value(11).toString()).value_or(Security::Tls);
    s.imapLogin = q.value(12).toString();
    s.imapFolders = q.value(13).toString();
    s.sentFolder = q.value(14).toString();
    s.accountSid = q.value(15).toString();
    s.messagingServiceSid = q.value(16).toString();
    s.baseUrl = q.value(17).toString();
    s.dailyCap = q.value(18).toInt();
    s.gapMinMs = q.value(19).toLongLong();
    s.gapMaxMs = q.value(20).toLongLong();
    s.rampStart = q.value(21).toInt();
    s.rampStep = q.value(22).toInt();
    s.rampStartedOn = QDate::fromString(q.value(23).toString(), Qt::ISODate);
    s.window = SendWindow{q.value(24).toInt(), q.value(25).toInt(), q.value(26).toInt()};
    s.timeZone = q.value(27).toString().toUtf8();
    s.nextSendAt = sendtime::read(q.value(28));
    s.paused = q.value(29).toBool();
    s.pauseReason = q.value(30).toString();
    s.createdAt = sendtime::read(q.value(31));
    s.updatedAt = sendtime::read(q.value(32));
    return s;
}

void bindEditable(QSqlQuery &q, const Sender &s)
{
    q.addBindValue(toString(s.kind));
    q.addBindValue(sqlText(s.name));
    q.addBindValue(sqlText(s.fromAddress));
    q.addBindValue(sqlText(s.login));
    q.addBindValue(sqlText(s.smtpHost));
    q.addBindValue(s.smtpPort);
    q.addBindValue(toString(s.smtpSecurity));
    q.addBindValue(s.authMethod.isEmpty() ? u"password"_s : s.authMethod);
    q.addBindValue(sqlText(s.imapHost));
    q.addBindValue(s.imapPort);
    q.addBindValue(toString(s.imapSecurity));
    q.addBindValue(sqlText(s.imapLogin));
    q.addBindValue(s.imapFolders.isEmpty() ? u"INBOX"_s : s.imapFolders);
    q.addBindValue(sqlText(s.sentFolder));
    q.addBindValue(sqlText(s.accountSid));
    q.addBindValue(sqlText(s.messagingServiceSid));
    q.addBindValue(sqlText(s.baseUrl));
    q.addBindValue(s.dailyCap);
    q.addBindValue(s.gapMinMs);
    q.addBindValue(s.gapMaxMs);
    q.addBindValue(s.rampStart);
    q.addBindValue(s.rampStep);
    q.addBindValue(s.window.days);
    q.addBindValue(s.window.startMinute);
    q.addBindValue(s.window.endMinute);
    q.addBindValue(sqlText(QString::fromUtf8(s.timeZone)));
}

} // namespace

DbResult<qint64> SenderRepository::add(Sender &s)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO senders (kind, name, from_address, login, smtp_host, smtp_port, smtp_security, "
        u"auth_method, "
        "imap_host, imap_port, imap_security, imap_login, imap_folders, sent_folder, account_sid, "
        "messaging_service_sid, base_url, daily_cap, gap_min_ms, gap_max_ms, ramp_start, ramp_step, "
        "window_days, "
        "window_start, window_end, time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    bindEditable(q, s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(sendtime::bind(now));
    q.addBindValue(sendtime::bind(now));
    if (!q.exec() || !q.next())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot add the sender \"%1\"").arg(s.name));
    s.id = q.value(0).toLongLong();
    s.createdAt = s.updatedAt = now;
    return s.id;
}

DbStatus SenderRepository::update(const Sender &s)
{
    QSqlQuery q = m_db.prepare(u"UPDATE senders SET "_s + kEditable + u", updated_at = ? WHERE id = ?"_s);
    bindEditable(q, s);
    q.addBindValue(sendtime::bind(QDateTime::currentDateTimeUtc()));
    q.addBindValue(s.id);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot save the sender \"%1\"").arg(s.name));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no sender with id %1.").arg(s.id)};
    return Ok{};
}

DbResult<Sender> SenderRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM senders WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read sender %1").arg(id));
    if (!q.next())
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no sender with id %1.").arg(id)};
    return fromQuery(q);
}

DbResult<QList<Sender>> SenderRepository::list() const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM senders ORDER BY id"_s);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot read the senders"));
    QList<Sender> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

DbStatus SenderRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM senders WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot remove sender %1").arg(id));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no sender with id %1.").arg(id)};
    return Ok{};
}

DbStatus SenderRepository::setPaused(qint64 id, bool paused, const QString &reason)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE senders SET paused = ?, pause_reason = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(paused);
    q.addBindValue(paused ? sqlText(reason) : u""_s);
    q.addBindValue(sendtime::bind(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              QCoreApplication::translate("Database", "Cannot pause sender %1").arg(id));
    if (q.numRowsAffected() == 0)
        return DbError{DbError::Kind::NotFound,
                       QCoreApplication::translate("Database", "There is no sender with id %1.").arg(id)};
    return Ok{};
}

DbStatus SenderRepository::markRampStarted(qint64 id, const QDate &day)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE senders SET ramp_started_on = ? WHERE id = ? AND ramp_started_on IS NULL"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(id);
    return m_db.exec(q);
}

DbStatus SenderRepository::setCampaignSenders(qint64 campaignId, const QList<qint64> &senderIds)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    QSqlQuery del = m_db.prepare(u"DELETE FROM campaign_senders WHERE campaign_id = ?"_s);
    del.addBindValue(campaignId);
    if (!del.exec())
        return m_db.errorFrom(del.lastError(), QCoreApplication::translate(
                                                   "Database", "Cannot change the senders of campaign %1")
                                                   .arg(campaignId));
    for (int i = 0; i < senderIds.size(); ++i) {
        QSqlQuery q = m_db.prepare(
            u"INSERT INTO campaign_senders (campaign_id, sender_id, position) VALUES (?, ?, ?)"_s);
        q.addBindValue(campaignId);
        q.addBindValue(senderIds[i]);
        q.addBindValue(i);
        if (!q.exec())
            return m_db.errorFrom(
                q.lastError(), QCoreApplication::translate("Database", "Cannot add sender %1 to campaign %2")
                                   .arg(senderIds[i])
                                   .arg(campaignId));
    }
    return transaction.commit();
}

DbResult<QList<Sender>> SenderRepository::campaignSenders(qint64 campaignId) const
{
    QString columns = kColumns;
    columns.replace(u", "_s, u", s."_s);
    QSqlQuery q = m_db.prepare(u"SELECT s."_s + columns +
                               u" FROM senders s JOIN campaign_senders cs ON cs.sender_id = s.id "
                               "WHERE cs.campaign_id = ? ORDER BY cs.position, s.id"_s);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot read the senders of campaign %1")
                               .arg(campaignId));
    QList<Sender> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

DbResult<CampaignSendSettings> SenderRepository::settings(qint64 campaignId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT window_days, window_start, window_end, time_zone, approval_required, "
                               u"sending_paused, html_part, "
                               "unsubscribe_text FROM campaign_send_settings WHERE campaign_id = ?"_s);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot read the send settings of campaign %1")
                                                 .arg(campaignId));
    CampaignSendSettings s;
    s.campaignId = campaignId;
    if (q.next()) {
        s.window = SendWindow{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
        s.timeZone = q.value(3).toString().toUtf8();
        s.approvalRequired = q.value(4).toBool();
        s.paused = q.value(5).toBool();
        s.htmlPart = q.value(6).toBool();
        s.unsubscribeText = q.value(7).toString();
    }
    return s;
}

DbStatus SenderRepository::saveSettings(const CampaignSendSettings &s)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO campaign_send_settings (campaign_id, window_days, window_start, window_end, time_zone, "
        "approval_required, sending_paused, html_part, unsubscribe_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (campaign_id) DO UPDATE SET window_days = excluded.window_days, window_start = "
        "excluded.window_start, window_end = excluded.window_end, time_zone = excluded.time_zone, "
        "approval_required = excluded.approval_required, sending_paused = excluded.sending_paused, "
        "html_part = excluded.html_part, unsubscribe_text = excluded.unsubscribe_text"_s);
    q.addBindValue(s.campaignId);
    q.addBindValue(s.window.days);
    q.addBindValue(s.window.startMinute);
    q.addBindValue(s.window.endMinute);
    q.addBindValue(sqlText(QString::fromUtf8(s.timeZone)));
    q.addBindValue(s.approvalRequired);
    q.addBindValue(s.paused);
    q.addBindValue(s.htmlPart);
    q.addBindValue(sqlText(s.unsubscribeText));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                 "Database", "Cannot save the send settings of campaign %1")
                                                 .arg(s.campaignId));
    return Ok{};
}

DbResult<bool> SenderRepository::reserveSlot(qint64 senderId, const QDateTime &now, const QDateTime &next)
{
    QSqlQuery q = m_db.prepare(u"UPDATE senders SET next_send_at = ? WHERE id = ? AND paused = ? AND "
                               "(next_send_at IS NULL OR next_send_at <= ?) RETURNING id"_s);
    q.addBindValue(sendtime::bind(next));
    q.addBindValue(senderId);
    q.addBindValue(false);
    q.addBindValue(sendtime::bind(now));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot reserve a send slot of sender %1").arg(senderId));
    return q.next();
}

DbStatus SenderRepository::deferNextSend(qint64 senderId, const QDateTime &at)
{
    QSqlQuery q = m_db.prepare(
        u"UPDATE senders SET next_send_at = ? WHERE id = ? AND (next_send_at IS NULL OR next_send_at < ?)"_s);
    q.addBindValue(sendtime::bind(at));
    q.addBindValue(senderId);
    q.addBindValue(sendtime::bind(at));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot defer the next send of sender %1").arg(senderId));
    return Ok{};
}

} // namespace outreach
