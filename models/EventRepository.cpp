#include "EventRepository.h"
#include "AnalyticsRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Rows per INSERT. PostgreSQL: a round trip per statement, shared by 1,000
// rows (5,000 parameters, below its 65535). SQLite has no round trip, and
// Qt's driver looks each parameter's name up in a linear list when binding,
// so a statement's bind cost grows with the square of its parameters: short
// statements are fastest there.
qsizetype batchRows(const Database &db)
{
    return db.isPostgres() ? 1000 : 40;
}

} // namespace

EventRepository::EventRepository(Database &db)
    : m_db(db)
{}

EventRepository::~EventRepository() = default;

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
    if (rows == batchRows(m_db))
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
    const qsizetype batch = batchRows(m_db);
    for (qsizetype start = 0; start < events.size(); start += batch) {
        const qsizetype rows = std::min(batch, events.size() - start);
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
            return m_db.errorFrom(q.lastError(),
                                  QCoreApplication::translate("Database", "Cannot store events"));
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
        return m_db.errorFrom(
            q.lastError(),
            QCoreApplication::translate("Database", "Cannot read the events of message %1").arg(messageId));
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
