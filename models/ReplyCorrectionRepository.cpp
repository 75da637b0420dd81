#include "ReplyCorrectionRepository.h"
#include "AnalyticsRepository.h"
#include "EventRepository.h"
#include "EventStage.h"
#include "InboxRepository.h"
#include "SuppressionRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
QStringList ReplyCorrectionRepository::kinds()
{
    return {u"reply"_s, u"auto_reply"_s, u"opt_out"_s, u"bounce"_s, u"soft_bounce"_s};
}

std::optional<EventType> ReplyCorrectionRepository::eventFor(const QString &kind)
{
    if (kind == u"reply")
        return EventType::Replied;
    if (kind == u"auto_reply")
        return EventType::AutoReplied;
    if (kind == u"bounce")
        return EventType::Bounced;
    if (kind == u"opt_out")
        return EventType::Unsubscribed;
    return std::nullopt; // soft_bounce: recorded, never an event
}

DbStatus ReplyCorrectionRepository::run(QSqlQuery &q, const QString &what) const
{
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), what);
    return Ok{};
}

DbResult<std::optional<qint64>> ReplyCorrectionRepository::findEvent(qint64 messageId, EventType type,
                                                                     const QDateTime &at, bool *voided) const
{
    // occurred_at as each backend stores it (EventRepository::storedTime).
    QSqlQuery q = m_db.prepare(
        u"SELECT e.id, (SELECT count(*) FROM voided_events v WHERE v.event_id = e.id) FROM message_events e "
        "WHERE e.message_id = ? AND e.event_type = ? AND e.occurred_at = %1"_s.arg(
            m_db.dialect().eventTimeParameter()));
    q.addBindValue(messageId);
    q.addBindValue(toString(type));
    q.addBindValue(EventRepository::eventTimeValue(m_db.dialect(), at));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the events of message %1").arg(messageId));
    if (!q.next())
        return std::optional<qint64>();
    *voided = q.value(1).toLongLong() > 0;
    return std::optional<qint64>(q.value(0).toLongLong());
}

DbResult<ReplyCorrection> ReplyCorrectionRepository::correct(qint64 replyId, const QString &toKind,
                                                             const QString &by)
{
    if (!kinds().contains(toKind))
        return DbError{
            DbError::Kind::Invalid,
            QCoreApplication::translate("Database", "A reply cannot be corrected to \"%1\"; use one of %2.")
                .arg(toKind, kinds().join(u", "_s))};
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    InboxRepository inbox(m_db);
    auto before = inbox.reply(replyId);
    if (!before)
        return before.error();
    // Under the campaign's event lock, read again: another correction or a
    // sync may have committed in between.
    if (auto status = EventStage::lockCampaign(m_db, before->campaignId); !status)
        return status.error();
    auto current = inbox.reply(replyId);
    if (!current)
        return current.error();
    const ReplyRecord &r = current.value();
    if (r.kind == toKind)
        return DbError{DbError::Kind::Invalid,
                       QCoreApplication::translate("Database", "Reply %1 is already of kind \"%2\".")
                           .arg(replyId)
                           .arg(toKind)};

    ReplyCorrection c;
    c.replyId = replyId;
    c.campaignId = r.campaignId;
    c.messageId = r.messageId;
    c.fromKind = r.kind;
    c.toKind = toKind;
    c.correctedBy = by;
    c.correctedAt = QDateTime::currentDateTimeUtc();
    const QString failed = QCoreApplication::translate("Database", "Cannot correct reply %1").arg(replyId);

    if (const auto oldType = eventFor(r.kind)) {
        bool voided = false;
        auto found = findEvent(r.messageId, *oldType, r.receivedAt, &voided);
        if (!found)
            return found.error();
        if (found.value() && !voided)
            c.voidedEventId = *found.value();
    }
    bool unvoid = false;
    if (const auto newType = eventFor(toKind)) {
        auto found = findEvent(r.messageId, *newType, r.receivedAt, &unvoid);
        if (!found)
            return found.error();
        if (found.value()) {
            c.addedEventId = *found.value();
        } else {
            QSqlQuery add = m_db.prepare(
                u"INSERT INTO message_events (message_id, event_type, occurred_at, source, created_at) "
                u"VALUES "
                "(?, ?, %1, 'manual', %2) RETURNING id"_s.arg(m_db.dialect().eventTimeParameter(),
                                                              m_db.dialect().timestampParameter()));
            add.addBindValue(r.messageId);
            add.addBindValue(toString(*newType));
            add.addBindValue(EventRepository::eventTimeValue(m_db.dialect(), r.receivedAt));
            add.addBindValue(EventRepository::storedTime(c.correctedAt));
            if (!add.exec() || !add.next())
                return m_db.errorFrom(add.lastError(), failed);
            c.addedEventId = add.value(0).toLongLong();
            add.finish(); // SQLite cannot commit while a RETURNING statement is open
        }
    }

    QSqlQuery record = m_db.prepare(
        u"INSERT INTO reply_corrections (reply_id, campaign_id, message_id, from_kind, to_kind, "
        "voided_event_id, added_event_id, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s);
    const auto idOrNull = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    };
    record.addBindValue(replyId);
    record.addBindValue(c.campaignId);
    record.addBindValue(c.messageId);
    record.addBindValue(c.fromKind);
    record.addBindValue(c.toKind);
    record.addBindValue(idOrNull(c.voidedEventId));
    record.addBindValue(idOrNull(c.addedEventId));
    record.addBindValue(sqlText(by));
    record.addBindValue(sendtime::bind(c.correctedAt));
    if (!record.exec() || !record.next())
        return m_db.errorFrom(record.lastError(), failed);
    c.id = record.value(0).toLongLong();
    record.finish();

    if (c.voidedEventId > 0) {
        QSqlQuery voiding = m_db.prepare(
            u"INSERT INTO voided_events (event_id, message_id, correction_id) VALUES (?, ?, ?)"_s);
        voiding.addBindValue(c.voidedEventId);
        voiding.addBindValue(c.messageId);
        voiding.addBindValue(c.id);
        if (auto status = run(voiding, failed); !status)
            return status.error();
    }
    if (unvoid) { // back to a kind an earlier correction took away: its event counts again
        QSqlQuery restore = m_db.prepare(u"DELETE FROM voided_events WHERE event_id = ?"_s);
        restore.addBindValue(c.addedEventId);
        if (auto status = run(restore, failed); !status)
            return status.error();
    }
    QSqlQuery update = m_db.prepare(u"UPDATE replies SET kind = ?, corrected = ? WHERE id = ?"_s);
    update.addBindValue(toKind);
    update.addBindValue(true);
    update.addBindValue(replyId);
    if (auto status = run(update, failed); !status)
        return status.error();

    // Suppressions are only added: lifting one is the user's own decision
    // (outreach suppressions remove), never a side effect of a correction.
    SuppressionRepository suppressions(m_db);
    if (!r.leadEmail.isEmpty() && (toKind == u"opt_out" || toKind == u"bounce")) {
        auto added = suppressions.add(SuppressionKind::Email, r.leadEmail,
                                      toKind == u"opt_out" ? SuppressionReason::Unsubscribed
                                                           : SuppressionReason::HardBounce,
                                      u"manual:reply/%1"_s.arg(replyId));
        if (!added)
            return added.error();
        c.suppressionAdded = added.value();
    } else if (!r.leadEmail.isEmpty()) {
        auto found = suppressions.find(r.leadEmail, QString());
        if (!found)
            return found.error();
        c.suppressionKept = found->has_value();
    }
    // A real reply stops further sends to the lead, as if sync had seen it so.
    if (toKind == u"reply" && !r.leadEmail.isEmpty()) {
        auto days = inbox.setting(u"stop_on_reply_days"_s, u"30"_s);
        if (!days)
            return days.error();
        if (const int stopDays = days->toInt(); stopDays > 0) {
            auto stopped =
                inbox.stopSendsTo(r.leadEmail, c.correctedAt.addDays(stopDays),
                                  QCoreApplication::translate(
                                      "Database", "Marked as a reply on %1: sends paused (stop on reply)")
                                      .arg(c.correctedAt.date().toString(Qt::ISODate)));
            if (!stopped)
                return stopped.error();
        }
    }
    if (auto status = AnalyticsRepository(m_db).rebuild(c.campaignId); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return c;
}

DbResult<QList<ReplyCorrection>> ReplyCorrectionRepository::history(qint64 replyId) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT id, reply_id, campaign_id, message_id, from_kind, to_kind, voided_event_id, added_event_id, "
        "corrected_by, corrected_at FROM reply_corrections WHERE reply_id = ? ORDER BY id"_s);
    q.addBindValue(replyId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the corrections of reply %1").arg(replyId));
    QList<ReplyCorrection> list;
    while (q.next()) {
        ReplyCorrection c;
        c.id = q.value(0).toLongLong();
        c.replyId = q.value(1).toLongLong();
        c.campaignId = q.value(2).toLongLong();
        c.messageId = q.value(3).toLongLong();
        c.fromKind = q.value(4).toString();
        c.toKind = q.value(5).toString();
        c.voidedEventId = q.value(6).toLongLong();
        c.addedEventId = q.value(7).toLongLong();
        c.correctedBy = q.value(8).toString();
        c.correctedAt = sendtime::read(q.value(9));
        list.append(c);
    }
    return list;
}

} // namespace outreach
