// One open connection to the Outreach Studio database, SQLite or PostgreSQL,
// with the dialect differences the repositories need. A Database belongs to
// the thread that opened it; another thread opens its own with openAnother().
#pragma once

#include "DatabaseUrl.h"
#include "DbResult.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace outreach {

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and for SQLite creates) the database. Does not migrate.
    static DbResult<std::unique_ptr<Database>> open(const DatabaseUrl &url);
    static DbResult<std::unique_ptr<Database>> open(const QString &url);
    // Opens and migrates to the latest schema: what the app and CLI use.
    static DbResult<std::unique_ptr<Database>> openAndMigrate(const QString &url);
    // A second connection to the same database, for another thread.
    DbResult<std::unique_ptr<Database>> openAnother() const;

    // The default SQLite file under AppDataLocation.
    static QString defaultUrl();
    // --db, else env OUTREACH_DB, else the default file.
    static QString resolveUrl(const QString &explicitUrl);

    const DatabaseUrl &url() const { return m_url; }
    // How this engine's SQL differs: the one seam repositories ask.
    const SqlDialect &dialect() const { return m_dialect; }
    // A SQLite file this process may not write: opened read-only, not migrated.
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;
    // SQLite's own handle of this connection (null on PostgreSQL), for bulk
    // work that QSqlQuery's per-value overhead would dominate.
    sqlite3 *sqliteHandle() const;

    DbStatus migrate();
    DbResult<int> schemaVersion() const;
    static int latestSchemaVersion();

    // Prepared statement; the caller binds and calls exec(query).
    QSqlQuery prepare(const QString &sql) const;
    // The same, prepared once per connection and reused: for statements run
    // per row in bulk work (imports, generation results). The reference stays
    // valid while the Database lives; finish() a SELECT after reading it, and
    // never use the same SQL twice at once.
    QSqlQuery &cached(const QString &sql) const;
    DbStatus exec(QSqlQuery &query) const;
    DbStatus exec(const QString &sql) const;
    DbError errorFrom(const QSqlError &error, const QString &what) const;

    DbStatus begin();
    DbStatus commit();
    void rollback();
    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    explicit Database(const DatabaseUrl &url);
    DbStatus connect();
    DbStatus addSqliteFunctions(sqlite3 *handle);

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_connectionName;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
};

// A QString for a NOT NULL text column: a null QString would bind as SQL NULL.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A bulk write dirties more pages than a connection's usual SQLite cache
// holds; SQLite then spills them to the WAL mid-transaction and writes many
// twice, and reads the rest back with a system call per page. A larger cache
// while the bulk work runs avoids that (it grows only as pages are used, so
// small imports take little); the usual size comes back afterwards. Nothing
// on PostgreSQL, whose buffers are the server's.
class BulkCacheSize
{
public:
    BulkCacheSize(Database &db, int mebibytes);
    ~BulkCacheSize();
    BulkCacheSize(const BulkCacheSize &) = delete;
    BulkCacheSize &operator=(const BulkCacheSize &) = delete;

private:
    Database &m_db;
    qint64 m_previous = 0;
    bool m_raised = false;
};

// Rolls back unless commit() was called: every multi-statement write uses one.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    const DbStatus &status() const { return m_status; }
    DbStatus commit();

private:
    Database &m_db;
    DbStatus m_status;
    bool m_open = false;
};

} // namespace outreach
