// Appends to message_events, the append-only log every funnel state and
// count is derived from. It and EventStage, which it appends through, are the
// only writers of that table besides ReplyCorrectionRepository (a manual
// correction appends its event and rebuilds the counters): each append also
// adds the event types to the messages' funnel sets and moves the campaign
// counters (AnalyticsRepository) in the same transaction, so they cannot
// drift. Events a correction voided (voided_events) stay in the log but are
// read by no one here.
#pragma once

#include "Database.h"
#include "EventStage.h"
#include "Message.h"

#include <QHash>
#include <QList>

namespace outreach {

struct NewEvent
{
    qint64 messageId = 0;
    EventType type = EventType::Sent;
    QDateTime occurredAt;
};

class EventRepository
{
public:
    explicit EventRepository(Database &db)
        : m_db(db)
    {}

    // Appends in one transaction (nested in the caller's, if any). An event
    // equal to a stored one (message, type, time to the millisecond) is
    // counted as a duplicate and not stored again: importing a file twice
    // changes nothing.
    DbResult<AppendResult> append(const QList<NewEvent> &events, const QString &source);

    DbResult<QList<MessageEvent>> forMessage(qint64 messageId) const;
    // The latest event of each message of a campaign that has one (by
    // occurrence time, then by the order they were stored).
    DbResult<QHash<qint64, EventType>> latestPerMessage(qint64 campaignId) const;

    // An event time as PostgreSQL is sent it, and as created_at is stored on
    // SQLite: UTC, milliseconds, ISO 8601 with Z. (SQLite stores occurred_at
    // as integer milliseconds since the epoch: migration 6.)
    static QString storedTime(const QDateTime &time);
    // An event time bound to the dialect's eventTimeParameter().
    static QVariant eventTimeValue(const SqlDialect &dialect, const QDateTime &time);

private:
    Database &m_db;
};

} // namespace outreach
