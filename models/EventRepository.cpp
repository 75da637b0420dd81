#include "EventRepository.h"
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

// Rows per INSERT: the cost of a statement (a round trip to PostgreSQL) is
// shared by many rows; 5 parameters each stays far below SQLite's 32766 and
// PostgreSQL's 65535.
constexpr qsizetype kBatchRows = 1000;

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
    QStringList values;
    values.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        values << u"(?, ?, ?, ?, ?)"_s;
    // RETURNING names exactly the rows that were new to the log: the
    // funnel sets and counters move by those and nothing else.
    const QString sql =
        u"INSERT INTO message_events (message_id, event_type, occurred_at, source, created_at) VALUES "_s +
        values.join(u',') +
        u" ON CONFLICT (message_id, event_type, occurred_at) DO NOTHING RETURNING message_id, event_type"_s;
    if (rows == kBatchRows)
        return m_db.cached(sql); // the size every big append repeats
    m_prepared.emplace(m_db.prepare(sql));
    m_prepared->setForwardOnly(true);
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
    QHash<qint64, int> newBits; // message -> event types new to its log
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
        }
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("Cannot store events"));
        qint64 inserted = 0;
        while (q.next()) {
            ++inserted;
            const auto type = eventTypeFromString(q.value(1).toString());
            if (type)
                newBits[q.value(0).toLongLong()] |= funnelBit(*type);
        }
        q.finish();
        result.inserted += inserted;
        result.duplicates += rows - inserted;
    }
    if (!newBits.isEmpty()) {
        if (auto status = AnalyticsRepository(m_db).addEventBits(newBits); !status)
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
