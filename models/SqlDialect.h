// Everything in which the SQL of SQLite and PostgreSQL differs, in one
// place: schema placeholders, transaction and locking statements, the few
// fragments whose spelling differs, and the bulk strategies that suit each
// engine. Repositories ask the dialect for a fragment or a capability and
// never ask which backend they run on; app/ only passes the dialect along
// (e.g. to EventStage::prepare on a reader thread).
#pragma once

#include <QString>

namespace outreach {

class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit constexpr SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    // For Database's connection handling and for tests; repositories use
    // the named fragments below.
    Kind kind() const { return m_kind; }

    // Picks the form of something (a statement list, a constant) that the
    // two engines need in different shapes.
    template<typename T> const T &choose(const T &sqlite, const T &postgres) const
    {
        return m_kind == Kind::Postgres ? postgres : sqlite;
    }

    // --- Schema ---
    // A portable DDL statement with the placeholders {{ID}}, {{JSON}},
    // {{TS}}, {{BOOL}}, {{FALSE}} and {{REAL}} in this engine's types.
    QString schema(const QString &statement) const;
    // SELECT count(*) of tables named by the one bound parameter.
    QString tableExists() const;
    // Serializes two clients migrating one shared database; empty where the
    // write transaction already does.
    QString lockTableExclusive(const QString &table) const;

    // --- Transactions and locks ---
    // Starts a transaction that takes the write lock at once (SQLite would
    // otherwise fail a later write of a reader with SQLITE_BUSY).
    QString beginWrite() const;
    // Appended to a row-picking SELECT so that concurrent claimers skip the
    // rows another transaction holds; empty where writers are serialized.
    QString skipLockedRows() const;
    // Whether transaction-scoped advisory locks exist (PostgreSQL); SQLite
    // needs none: its write transaction excludes other writers.
    bool hasAdvisoryLocks() const { return m_kind == Kind::Postgres; }

    // --- Fragments ---
    QString caseInsensitiveLike() const;
    // The type for CAST(? AS ...) of a timestamp parameter.
    QString timestampType() const;
    // Removes every row of a (temporary) table, leaving no dead rows.
    QString emptyTable(const QString &table) const;
    // Refreshes the planner's statistics of a temporary table; empty where
    // the planner keeps none.
    QString analyzeTable(const QString &table) const;
    // Lets the sorts of one big statement in this transaction use memory;
    // empty where the client's cache is what matters.
    QString raiseSortMemory() const;
    // " ORDER BY <keys>" where inserting in unique-key order pays off
    // (PostgreSQL walks the index once); empty where the sort costs more.
    QString insertOrder(const QString &keys) const;

    // --- Bulk strategies ---
    // RETURNING id costs little (PostgreSQL); SQLite runs it through a
    // temporary table per statement, where the row count and rowid say the
    // same for less.
    bool returningIsCheap() const { return m_kind == Kind::Postgres; }
    // Timestamps are bound as ISO text (SQLite stores text; binding a
    // QDateTime would format it twice per row) instead of as QDateTime.
    bool bindsTimestampsAsText() const { return m_kind == Kind::Sqlite; }
    // The engine runs in this process and its own API binds rows faster
    // than any single-parameter form; otherwise a bulk of rows travels as
    // one JSON parameter, one round trip.
    bool bindsBulkRowsNatively() const { return m_kind == Kind::Sqlite; }
    // The client's page cache can be raised for bulk work (PRAGMA
    // cache_size); a server's buffers are its own.
    bool hasClientPageCache() const { return m_kind == Kind::Sqlite; }
    // The event log keeps its times as integer milliseconds since the epoch
    // (SQLite: compact, and compared as integers) rather than as TIMESTAMPTZ.
    bool storesEventTimesAsEpochMs() const { return m_kind == Kind::Sqlite; }
    // A bound event time in a statement, and its value as that form wants it.
    QString eventTimeParameter() const;
    // A bound timestamp (ISO text) for a timestamp column.
    QString timestampParameter() const { return u"CAST(? AS "_qs + timestampType() + u')'; }

private:
    Kind m_kind;
};

} // namespace outreach
