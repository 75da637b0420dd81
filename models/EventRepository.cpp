#include "EventRepository.h"
#include "AnalyticsRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// Rows per INSERT: 5 parameters each stays far below SQLite's 32766.
constexpr qsizetype kBatchRows = 250;

} // namespace

EventRepository::EventRepository(Database &db)
    : m_db(db)
{}

EventRepository::~EventRepository() = default;

QString EventRepository::storedTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QSqlQuery &EventRepository::batchStatement(qsizetype rows)
{
    if (!m_prepared || m_preparedRows != rows) {
        QStringList values;
        values.reserve(rows);
        for (qsizetype i = 0; i < rows; ++i)
            values << u"(?, ?, ?, ?, ?)"_s;
        m_prepared.emplace(m_db.prepare(
            u"INSERT INTO message_events (message_id, event_type, occurred_at, source, created_at) VALUES "_s +
            values.join(u',') + u" ON CONFLICT (message_id, event_type, occurred_at) DO NOTHING"_s));
        m_preparedRows = rows;
    }
    return *m_prepared;
}

DbResult<AppendResult> EventRepository::append(const QList<NewEvent> &events, const QString &source)
{
    AppendResult result;
    if (events.isEmpty())
        return result;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    const QString from = sqlText(source);
    QList<qint64> touched;
    QSet<qint64> seen;
    for (qsizetype start = 0; start < events.size(); start += kBatchRows) {
        const qsizetype rows = std::min(kBatchRows, events.size() - start);
        QSqlQuery &q = batchStatement(rows);
        for (qsizetype i = start; i < start + rows; ++i) {
            const NewEvent &e = events.at(i);
            q.addBindValue(e.messageId);
            q.addBindValue(toString(e.type));
            q.addBindValue(storedTime(e.occurredAt));
            q.addBindValue(from);
            q.addBindValue(now);
            if (!seen.contains(e.messageId)) {
                seen.insert(e.messageId);
                touched.append(e.messageId);
            }
        }
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("Cannot store events"));
        const qint64 inserted = std::max(0, q.numRowsAffected());
        result.inserted += inserted;
        result.duplicates += rows - inserted;
    }
    if (result.inserted > 0) {
        if (auto status = AnalyticsRepository(m_db).refreshMessages(touched); !status)
            return status.error();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return result;
}

DbResult<QList<MessageEvent>> EventRepository::forMessage(qint64 messageId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT id, message_id, event_type, occurred_at, source FROM message_events "
                               "WHERE message_id = ? ORDER BY occurred_at, id"_s);
    q.addBindValue(messageId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("Cannot read the events of message %1").arg(messageId));
    QList<MessageEvent> list;
    while (q.next()) {
        MessageEvent e;
        e.id = q.value(0).toLongLong();
        e.messageId = q.value(1).toLongLong();
        e.type = eventTypeFromString(q.value(2).toString()).value_or(EventType::Sent);
        e.occurredAt = q.value(3).toDateTime().toUTC();
        e.source = q.value(4).toString();
        list.append(e);
    }
    return list;
}

} // namespace outreach
