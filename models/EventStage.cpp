#include "EventStage.h"
#include "AnalyticsRepository.h"
#include "EventRepository.h"
#include "Funnel.h"
#include "JsonText.h"
#include "Migrations.h"

#include <QCoreApplication>

#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// First key of the advisory locks that serialize appends to one campaign's
// events on PostgreSQL ("OS": Outreach Studio).
constexpr int kEventLockSpace = 0x4f53;

} // namespace

EventStage::EventStage(Database &db)
    : m_db(db)
{}

EventStage::~EventStage()
{
    if (!m_created)
        return;
    // Best effort: after a failed statement PostgreSQL refuses everything
    // until the rollback, which drops tables created in the transaction.
    (void)m_db.exec(u"DROP TABLE IF EXISTS event_stage"_s);
}

QByteArray EventStage::toJson(const QList<StagedEvent> &rows)
{
    QByteArray json;
    json.reserve(rows.size() * 80);
    QString escaped;
    json += '[';
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StagedEvent &row = rows.at(i);
        if (i > 0)
            json += ',';
        json += '[';
        json += QByteArray::number(row.line);
        json += ',';
        if (row.email.isEmpty()) {
            json += "null";
        } else {
            escaped.clear();
            appendJsonString(escaped, row.email);
            json += escaped.toUtf8();
        }
        json += ',';
        json += row.email.isEmpty() ? QByteArray::number(row.messageId) : QByteArray("null");
        json += ",\"";
        json += toString(row.type).toLatin1();
        json += "\",";
        json += QByteArray::number(funnelBit(row.type));
        json += ",\"";
        json += EventRepository::storedTime(row.occurredAt).toLatin1();
        json += "\"]";
    }
    json += ']';
    return json;
}

DbStatus EventStage::create()
{
    if (m_created)
        return Ok{};
    const SqlDialect &dialect = m_db.dialect();
    // SQLite: the email column has no declared type, so comparing it with
    // lower(l.email) keeps the expression index usable (a TEXT column would
    // apply its affinity to the other side and force a scan).
    const QString stage = dialect.choose(
        u"CREATE TEMP TABLE IF NOT EXISTS event_stage (line INTEGER NOT NULL, email, named_id INTEGER, "
        "message_id INTEGER, event_type TEXT NOT NULL, bit INTEGER NOT NULL, occurred_at INTEGER NOT NULL)"_s,
        u"CREATE TEMP TABLE IF NOT EXISTS event_stage (line INTEGER NOT NULL, email TEXT, named_id "
        u"BIGINT, "
        "message_id BIGINT, event_type TEXT NOT NULL, bit INTEGER NOT NULL, occurred_at TIMESTAMPTZ NOT "
        "NULL)"_s);
    if (auto status = m_db.exec(stage); !status)
        return status;
    // The sorts of a big chunk fit in memory instead of spilling to disk.
    if (const QString memory = dialect.raiseSortMemory(); !memory.isEmpty()) {
        if (auto status = m_db.exec(memory); !status)
            return status;
    }
    m_created = true;
    return clear();
}

DbStatus EventStage::clear()
{
    return m_db.exec(m_db.dialect().emptyTable(u"event_stage"_s));
}

qsizetype EventStage::preferredChunkRows(const SqlDialect &dialect)
{
    // A chunk costs PostgreSQL one pass over the campaign's leads to find
    // the emails, so its chunks are bigger.
    return dialect.choose<qsizetype>(100000, 500000);
}

StagedBatch EventStage::prepare(const QList<StagedEvent> &rows, const SqlDialect &dialect)
{
    StagedBatch batch;
    batch.size = rows.size();
    if (!dialect.bindsBulkRowsNatively()) {
        batch.json = toJson(rows);
        return batch;
    }
    batch.rows.reserve(rows.size());
    for (const StagedEvent &row : rows)
        batch.rows.append({row.line, row.email.isEmpty() ? row.messageId : 0, int(row.type),
                           row.email.toUtf8(), row.occurredAt.toMSecsSinceEpoch()});
    return batch;
}

DbStatus EventStage::add(const QList<StagedEvent> &rows)
{
    return add(prepare(rows, m_db.dialect()));
}

DbStatus EventStage::add(const StagedBatch &batch, qint64 campaignId)
{
    if (auto status = create(); !status)
        return status;
    if (batch.size == 0)
        return Ok{};
    if (m_db.dialect().bindsBulkRowsNatively())
        return addToSqlite(batch.rows, campaignId);
    // One parameter for the whole chunk: the rows are unpacked by the
    // server's JSON functions instead of being bound one value at a time
    // (jsonb: parsed once, where json would parse each element again for
    // every field read from it). An email row's message is looked up as it
    // is staged, through the two unique indexes; rewriting every staged row
    // later costs more.
    QSqlQuery &q = m_db.cached(
        u"INSERT INTO event_stage (line, email, named_id, message_id, event_type, bit, occurred_at) SELECT "
        "CAST(value->>0 AS INTEGER), value->>1, CAST(value->>2 AS BIGINT), COALESCE(CAST(value->>2 AS "
        "BIGINT), (SELECT m.id FROM campaign_messages m WHERE m.campaign_id = CAST(? AS BIGINT) AND "
        "m.lead_id = (SELECT l.id FROM leads l WHERE lower(l.email) = value->>1 AND l.email IS NOT NULL))), "
        "value->>3, CAST(value->>4 AS INTEGER), CAST(value->>5 AS TIMESTAMPTZ) FROM "
        "jsonb_array_elements(CAST(? AS jsonb)) AS j(value)"_s);
    q.addBindValue(campaignId);
    q.addBindValue(QString::fromUtf8(batch.json));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("Database", "Cannot stage events"));
    return Ok{};
}

DbStatus EventStage::addToSqlite(const QList<StagedBatch::Row> &rows, qint64 campaignId)
{
    // SQLite runs in this process: binding each row through its own API costs
    // less than any single-parameter form (its JSON functions parse an
    // element again for every field read from it) or QSqlQuery's per-value
    // conversions.
    const QString failed = QCoreApplication::translate("Database", "Cannot stage events");
    sqlite3 *handle = m_db.sqliteHandle();
    if (!handle)
        return DbError{DbError::Kind::Query, failed};
    sqlite3_stmt *raw = nullptr;
    // An email row's message is looked up here (resolve() finds the rest).
    const char sql[] = "INSERT INTO event_stage (line, email, named_id, message_id, event_type, bit, "
                       "occurred_at) VALUES (?1, ?2, ?3, COALESCE(?3, (SELECT m.id FROM campaign_messages m "
                       "WHERE m.campaign_id = ?7 AND m.lead_id = (SELECT l.id FROM leads l WHERE "
                       "lower(l.email) = ?2 AND l.email IS NOT NULL))), ?4, ?5, ?6)";
    if (sqlite3_prepare_v2(handle, sql, int(sizeof sql), &raw, nullptr) != SQLITE_OK)
        return DbError{DbError::Kind::Query, failed + u": "_s + QString::fromUtf8(sqlite3_errmsg(handle))};
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> insert(raw, &sqlite3_finalize);
    QByteArray typeNames[kFunnelBitCount];
    for (int t = 0; t < kFunnelBitCount; ++t)
        typeNames[t] = toString(static_cast<EventType>(t)).toLatin1();
    sqlite3_bind_int64(raw, 7, campaignId);
    for (const StagedBatch::Row &row : rows) {
        sqlite3_bind_int(raw, 1, row.line);
        if (row.email.isEmpty())
            sqlite3_bind_null(raw, 2);
        else
            sqlite3_bind_text(raw, 2, row.email.constData(), int(row.email.size()), SQLITE_STATIC);
        if (row.messageId > 0)
            sqlite3_bind_int64(raw, 3, row.messageId);
        else
            sqlite3_bind_null(raw, 3);
        const QByteArray &type = typeNames[row.type];
        sqlite3_bind_text(raw, 4, type.constData(), int(type.size()), SQLITE_STATIC);
        sqlite3_bind_int(raw, 5, funnelBit(static_cast<EventType>(row.type)));
        sqlite3_bind_int64(raw, 6, row.timeMs);
        if (sqlite3_step(raw) != SQLITE_DONE)
            return DbError{DbError::Kind::Query,
                           failed + u": "_s + QString::fromUtf8(sqlite3_errmsg(handle))};
        sqlite3_reset(raw);
    }
    return Ok{};
}

DbResult<QList<UnresolvedEvent>> EventStage::resolve(qint64 campaignId)
{
    if (auto status = create(); !status)
        return status.error();
    m_campaignId = campaignId;
    // Temporary tables are never analyzed automatically; the joins need sizes.
    const QString analyze = m_db.dialect().analyzeTable(u"event_stage"_s);
    if (!analyze.isEmpty()) {
        if (auto status = m_db.exec(analyze); !status)
            return status.error();
    }
    const QString byEmail = m_db.dialect().choose(
        // A correlated lookup walks the email index in the stage's
        // (sorted) order; SQLite has no statistics to plan a join well.
        u"UPDATE event_stage SET message_id = (SELECT m.id FROM campaign_messages m WHERE "
        u"m.campaign_id = ? "
        "AND m.lead_id = (SELECT l.id FROM leads l WHERE lower(l.email) = event_stage.email AND "
        "l.email "
        "IS NOT NULL)) WHERE email IS NOT NULL AND message_id IS NULL"_s,
        u"UPDATE event_stage s SET message_id = m.id FROM leads l JOIN campaign_messages m ON "
        u"m.lead_id = "
        "l.id WHERE s.email IS NOT NULL AND s.message_id IS NULL AND l.email IS NOT NULL AND "
        "lower(l.email) = s.email AND m.campaign_id = ?"_s);
    const QString byId =
        u"UPDATE event_stage SET message_id = NULL WHERE email IS NULL AND message_id IS NOT "
        "NULL AND NOT EXISTS (SELECT 1 FROM campaign_messages m WHERE m.id = "
        "event_stage.message_id AND m.campaign_id = ?)"_s;
    // Excluded (or never assigned) messages are not in the test.
    const QString unassigned =
        u"UPDATE event_stage SET message_id = NULL WHERE message_id IN (SELECT id FROM "
        "campaign_messages WHERE campaign_id = ? AND assigned_variant IS NULL)"_s;
    for (const QString &sql : {byEmail, byId, unassigned}) {
        QSqlQuery &q = m_db.cached(sql);
        q.addBindValue(campaignId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate(
                                                     "Database", "Cannot find the messages of the events"));
    }
    QSqlQuery &q = m_db.cached(
        u"SELECT line, email, named_id FROM event_stage WHERE message_id IS NULL ORDER BY line"_s);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("Database", "Cannot find the messages of the events"));
    QList<UnresolvedEvent> unresolved;
    while (q.next())
        unresolved.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()});
    q.finish();
    if (!analyze.isEmpty()) { // the message ids changed: the next joins need to know
        if (auto status = m_db.exec(analyze); !status)
            return status.error();
    }
    return unresolved;
}

DbStatus EventStage::lockCampaign(Database &db, qint64 campaignId)
{
    if (!db.dialect().hasAdvisoryLocks())
        return Ok{};
    QSqlQuery lock =
        db.prepare(u"SELECT pg_advisory_xact_lock(%1, CAST(? AS INTEGER))"_s.arg(kEventLockSpace));
    lock.addBindValue(campaignId);
    if (!lock.exec())
        return db.errorFrom(lock.lastError(),
                            QCoreApplication::translate("Database", "Cannot lock the campaign's events"));
    return Ok{};
}

DbStatus EventStage::lockCampaigns()
{
    // On PostgreSQL another session may append to the same messages: the
    // sets read next must be the committed ones and stay so until this
    // transaction ends. One transaction-scoped advisory lock per campaign,
    // taken in id order (two importers cannot deadlock), serializes the
    // appends of a campaign; row locks on every message cost a heap write
    // each. SQLite's write transaction already excludes other writers.
    if (!m_db.dialect().hasAdvisoryLocks())
        return Ok{};
    QSqlQuery &lock = m_db.cached(
        m_campaignId > 0
            ? u"SELECT pg_advisory_xact_lock(%1, CAST(? AS INTEGER))"_s.arg(kEventLockSpace)
            : u"SELECT pg_advisory_xact_lock(%1, CAST(c AS INTEGER)) FROM (SELECT DISTINCT "
              "m.campaign_id AS c FROM campaign_messages m WHERE m.id IN (SELECT message_id FROM "
              "event_stage WHERE message_id IS NOT NULL)) campaigns ORDER BY c"_s.arg(kEventLockSpace));
    if (m_campaignId > 0)
        lock.addBindValue(m_campaignId);
    if (!lock.exec())
        return m_db.errorFrom(lock.lastError(),
                              QCoreApplication::translate("Database", "Cannot lock the campaign's events"));
    lock.finish();
    return Ok{};
}

DbStatus EventStage::dropVoided()
{
    // An event a reply correction voided is still in the log, so appending
    // it again would be a duplicate anyway; but its bit must not reach the
    // counters either. Most databases have no voided event: one probe then.
    QSqlQuery &any = m_db.cached(u"SELECT 1 FROM voided_events LIMIT 1"_s);
    if (!any.exec())
        return m_db.errorFrom(any.lastError(),
                              QCoreApplication::translate("Database", "Cannot store events"));
    const bool some = any.next();
    any.finish();
    if (!some)
        return Ok{};
    QSqlQuery &drop = m_db.cached(
        u"DELETE FROM event_stage WHERE message_id IS NOT NULL AND EXISTS (SELECT 1 FROM voided_events v "
        "JOIN message_events e ON e.id = v.event_id WHERE v.message_id = event_stage.message_id AND "
        "e.event_type = event_stage.event_type AND e.occurred_at = event_stage.occurred_at)"_s);
    if (!drop.exec())
        return m_db.errorFrom(drop.lastError(),
                              QCoreApplication::translate("Database", "Cannot store events"));
    return Ok{};
}

DbResult<AppendResult> EventStage::apply(const QString &source)
{
    if (auto status = create(); !status)
        return status.error();
    const QString failed = QCoreApplication::translate("Database", "Cannot store events");
    if (auto status = lockCampaigns(); !status)
        return status.error();
    QSqlQuery &staged = m_db.cached(u"SELECT count(*) FROM event_stage WHERE message_id IS NOT NULL"_s);
    if (!staged.exec() || !staged.next())
        return m_db.errorFrom(staged.lastError(), failed);
    const qint64 total = staged.value(0).toLongLong();
    staged.finish();
    if (auto status = dropVoided(); !status)
        return status.error();
    // How the counters move: each touched message's set before the append,
    // from its log, and after it, with the staged rows' bits ORed in (a
    // duplicate's type is already in the set, so this is exact). Grouped on
    // one integer that packs campaign, variant and both sets, which the
    // database sorts much faster than four columns.
    static_assert(kFunnelBitCount <= 8 && kVariantCount <= 4, "the packed key needs more bits");
    QSqlQuery &moved = m_db.cached(
        u"WITH touched AS MATERIALIZED (SELECT m.campaign_id AS c, m.assigned_variant AS v, %1 AS old_set, "
        "b.bits AS bits FROM (SELECT message_id, bit_or(bit) AS bits FROM event_stage "
        "WHERE message_id IS NOT NULL GROUP BY message_id) b JOIN campaign_messages m ON m.id = b.message_id "
        "WHERE m.assigned_variant IS NOT NULL AND NOT m.holdout) "
        "SELECT k, count(*) FROM (SELECT c * 262144 + v * 65536 + old_set * 256 + (old_set | bits) AS k FROM "
        "touched WHERE (old_set | bits) <> old_set) moves GROUP BY k"_s.arg(
            AnalyticsRepository::funnelSetSql(u"m.id"_s)));
    if (!moved.exec())
        return m_db.errorFrom(moved.lastError(), failed);
    QList<FunnelMove> moves;
    while (moved.next()) {
        const qint64 key = moved.value(0).toLongLong();
        moves.append({key >> 18, int(key >> 16) & 3, int(key >> 8) & 255, int(key) & 255,
                      moved.value(1).toLongLong()});
    }
    moved.finish();

    // PostgreSQL appends faster in key order (the UNIQUE index is walked
    // once from left to right); for SQLite, with the index in its cache, the
    // sort costs more than it saves.
    QSqlQuery &insert = m_db.cached(
        u"INSERT INTO message_events (message_id, event_type, occurred_at, source, created_at) SELECT "
        "message_id, event_type, occurred_at, CAST(? AS TEXT), CAST(? AS %1) FROM event_stage WHERE "
        "message_id IS NOT NULL%2 ON CONFLICT (message_id, "
        "event_type, occurred_at) DO NOTHING"_s.arg(
            m_db.dialect().timestampType(),
            m_db.dialect().insertOrder(u"message_id, event_type, occurred_at"_s)));
    insert.addBindValue(sqlText(source));
    insert.addBindValue(EventRepository::storedTime(QDateTime::currentDateTimeUtc()));
    if (!insert.exec())
        return m_db.errorFrom(insert.lastError(), failed);
    AppendResult result;
    result.inserted = insert.numRowsAffected();
    result.duplicates = total - result.inserted;

    if (auto status = AnalyticsRepository(m_db).moveCounts(moves); !status)
        return status.error();
    if (auto status = clear(); !status)
        return status.error();
    return result;
}

} // namespace outreach
