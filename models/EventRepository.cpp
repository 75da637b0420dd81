#include "EventRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outreach {

QVariant EventRepository::eventTimeValue(const SqlDialect &dialect, const QDateTime &time)
{
    return dialect.storesEventTimesAsEpochMs() ? QVariant(time.toMSecsSinceEpoch())
                                               : QVariant(storedTime(time));
}

QString EventRepository::storedTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
    // Formatted by hand: it runs once per imported row, and QDateTime's
    // format strings are parsed anew on every call.
    const QTime t = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text);
}

DbResult<AppendResult> EventRepository::append(const QList<NewEvent> &events, const QString &source)
{
    if (events.isEmpty())
        return AppendResult{};
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    QList<StagedEvent> rows;
    rows.reserve(events.size());
    for (const NewEvent &e : events)
        rows.append({int(rows.size() + 1), QString(), e.messageId, e.type, e.occurredAt});
    EventStage stage(m_db);
    if (auto status = stage.add(rows); !status)
        return status.error();
    auto result = stage.apply(source);
    if (!result)
        return result;
    if (auto status = transaction.commit(); !status)
        return status.error();
    return result;
}

DbResult<QList<MessageEvent>> EventRepository::forMessage(qint64 messageId) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT id, message_id, event_type, occurred_at, source FROM message_events "
                     "WHERE message_id = ? AND NOT EXISTS (SELECT 1 FROM voided_events v WHERE v.event_id = "
                     "message_events.id) ORDER BY occurred_at, id"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the events of message %1").arg(messageId));
    QList<MessageEvent> list;
    while (q.next()) {
        MessageEvent e;
        e.id = q.value(0).toLongLong();
        e.messageId = q.value(1).toLongLong();
        e.type = eventTypeFromString(q.value(2).toString()).value_or(EventType::Sent);
        e.occurredAt = m_db.dialect().storesEventTimesAsEpochMs()
                           ? QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc())
                           : q.value(3).toDateTime().toUTC();
        e.source = q.value(4).toString();
        list.append(e);
    }
    return list;
}

DbResult<QHash<qint64, EventType>> EventRepository::latestPerMessage(qint64 campaignId) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT e.message_id, e.event_type FROM message_events e JOIN campaign_messages m "
                     "ON m.id = e.message_id WHERE m.campaign_id = ? AND NOT EXISTS (SELECT 1 FROM "
                     "voided_events v WHERE v.event_id = e.id) ORDER BY e.message_id, e.occurred_at, e.id"_s);
    q.setForwardOnly(true);
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the events of campaign %1").arg(campaignId));
    QHash<qint64, EventType> latest;
    while (q.next())
        latest.insert(q.value(0).toLongLong(),
                      eventTypeFromString(q.value(1).toString()).value_or(EventType::Sent));
    return latest;
}

} // namespace outreach
