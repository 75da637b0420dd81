// Set-based appends to message_events. Incoming events are staged in a
// temporary table of this connection (one JSON parameter per chunk, no
// per-row binding), their messages are resolved in SQL, one statement reads
// how the touched messages' funnel sets change (grouped per counter), one
// appends the events to the log, and the A/B counters move by the grouped
// difference. No statement runs once per row, which is what makes big vendor
// files fast on both backends.
//
// Use inside a transaction: add() rows, resolve() them against a campaign
// when they name emails or untrusted message ids, then apply(). A stage may
// be reused for the next chunk after apply().
#pragma once

#include "Database.h"
#include "Enums.h"

#include <QDateTime>
#include <QList>

namespace outreach {

struct StagedEvent
{
    int line = 0;  // where the event came from, for reports (file line or list index)
    QString email; // lower case; empty when messageId names the message
    qint64 messageId = 0;
    EventType type = EventType::Sent;
    QDateTime occurredAt;
};

// A staged row whose message was not found (or is not in the test).
struct UnresolvedEvent
{
    int line = 0;
    QString email;
    qint64 messageId = 0;
};

// Staged rows in the form add() sends them to the database, built by
// EventStage::prepare() (on any thread, so a reader thread can do it while
// the database works on the previous chunk).
struct StagedBatch
{
    struct Row // SQLite: bound one row at a time
    {
        int line = 0;
        qint64 messageId = 0; // 0 when the email names the message
        int type = 0;         // EventType
        QByteArray email;     // UTF-8, empty when messageId names the message
        qint64 timeMs = 0;    // as SQLite stores it: milliseconds since the epoch, UTC
    };
    qsizetype size = 0;
    QByteArray json; // PostgreSQL: the whole batch as one JSON parameter (see toJson)
    QList<Row> rows; // SQLite
};

struct AppendResult
{
    qint64 inserted = 0;
    qint64 duplicates = 0; // same message, type and time already in the log
};

class EventStage
{
public:
    explicit EventStage(Database &db);
    ~EventStage(); // drops the temporary tables
    EventStage(const EventStage &) = delete;
    EventStage &operator=(const EventStage &) = delete;

    // Stages rows. Rows naming a message id are taken as resolved unless
    // resolve() is called. Given the campaign resolve() will be asked for,
    // the emails are looked up as they are staged, which saves rewriting
    // every staged row.
    DbStatus add(const QList<StagedEvent> &rows);
    DbStatus add(const StagedBatch &batch, qint64 campaignId = 0);
    // `rows` in the form add() sends them to a database of that dialect.
    static StagedBatch prepare(const QList<StagedEvent> &rows, const SqlDialect &dialect);
    // How many rows to stage before each apply() on that dialect: large
    // enough that per-statement costs vanish, small enough to stay in memory.
    static qsizetype preferredChunkRows(const SqlDialect &dialect);
    // Finds each staged row's message in campaign `campaignId`: by the
    // lead's email (case-insensitively) or by message id. Only messages with
    // an assigned variant count. Returns the rows that matched none, in line
    // order; they are left out of apply().
    DbResult<QList<UnresolvedEvent>> resolve(qint64 campaignId);
    // Appends the resolved rows to the log (an event equal to a stored one,
    // to the millisecond, is a duplicate and not stored again, a voided one
    // included: a correction holds against re-imports), moves the
    // counters by the change in the messages' funnel sets, and empties the
    // stage.
    DbResult<AppendResult> apply(const QString &source);

    // Serializes this transaction's changes to a campaign's events with
    // every apply() touching it (PostgreSQL; SQLite's write lock does it).
    static DbStatus lockCampaign(Database &db, qint64 campaignId);

    // The JSON array of arrays add() sends to PostgreSQL, exposed for tests:
    // [[line, email|null, messageId|null, "type", bit, "time"], ...].
    static QByteArray toJson(const QList<StagedEvent> &rows);

private:
    DbStatus create();
    DbStatus clear();

    DbStatus lockCampaigns();
    DbStatus dropVoided();
    DbStatus addToSqlite(const QList<StagedBatch::Row> &rows, qint64 campaignId);

    Database &m_db;
    bool m_created = false;
    qint64 m_campaignId = 0; // set by resolve(): every resolved row is in this campaign
};

} // namespace outreach
