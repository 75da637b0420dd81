#include "Database.h"
#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QAtomicInteger<quint64> s_connectionCounter;

// bit_or(x): the bitwise OR of the non-null values, NULL over none, as
// PostgreSQL has it. The A/B funnel sets are such unions; SQLite's only
// stand-in, SUM(DISTINCT), builds a temporary B-tree on every call.
void bitOrStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    auto *bits = static_cast<sqlite3_int64 *>(sqlite3_aggregate_context(context, sizeof(sqlite3_int64)));
    if (!bits) {
        sqlite3_result_error_nomem(context);
        return;
    }
    *bits |= sqlite3_value_int64(argv[0]);
}

void bitOrFinal(sqlite3_context *context)
{
    // Zero bytes: only look, so an aggregate over no rows allocates nothing.
    auto *bits = static_cast<sqlite3_int64 *>(sqlite3_aggregate_context(context, 0));
    if (bits)
        sqlite3_result_int64(context, *bits);
    else
        sqlite3_result_null(context);
}

} // namespace

Database::Database(const DatabaseUrl &url)
    : m_url(url)
    , m_dialect(url.isSqlite() ? SqlDialect::Kind::Sqlite : SqlDialect::Kind::Postgres)
    , m_connectionName(u"outreach-"_s + QString::number(++s_connectionCounter))
{}

Database::~Database()
{
    m_statements.clear(); // finalize statements before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return u"sqlite:"_s + dir + u"/outreach.sqlite"_s;
}

QString Database::resolveUrl(const QString &explicitUrl)
{
    if (!explicitUrl.isEmpty())
        return explicitUrl;
    const QString env = qEnvironmentVariable("OUTREACH_DB");
    return env.isEmpty() ? defaultUrl() : env;
}

DbResult<std::unique_ptr<Database>> Database::open(const QString &url)
{
    QString error;
    const auto parsed = DatabaseUrl::parse(url, &error);
    if (!parsed)
        return DbError{DbError::Kind::Invalid, error};
    return open(*parsed);
}

DbResult<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url)
{
    std::unique_ptr<Database> db(new Database(url));
    if (auto status = db->connect(); !status)
        return status.error();
    return db;
}

DbResult<std::unique_ptr<Database>> Database::openAndMigrate(const QString &url)
{
    auto db = open(url);
    if (!db)
        return db;
    if (auto status = db.value()->migrate(); !status)
        return status.error();
    return db;
}

DbResult<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_url);
}

sqlite3 *Database::sqliteHandle() const
{
    if (!m_url.isSqlite())
        return nullptr;
    // Debian's Qt SQLite driver uses the system library, the one this
    // program links, so the handle is ours to use.
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

DbStatus Database::addSqliteFunctions(sqlite3 *handle)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (!handle || sqlite3_create_function_v2(handle, "bit_or", 1, flags, nullptr, nullptr, &bitOrStep,
                                              &bitOrFinal, nullptr) != SQLITE_OK)
        return DbError{
            DbError::Kind::Connection,
            QCoreApplication::translate("Database", "Cannot set up the SQLite database %1: %2")
                .arg(m_url.path, handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                        : QCoreApplication::translate("Database", "no SQLite handle"))};
    return Ok{};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

DbStatus Database::connect()
{
    if (m_url.isSqlite()) {
        if (m_url.path != u":memory:") {
            const QFileInfo info(m_url.path);
            // Only the app's own default folder is created; a path in a folder
            // that does not exist is a typo, not a request for mkdir -p.
            const QString defaultDir =
                QFileInfo(defaultUrl().mid(7)).absolutePath(); // defaultUrl() is "sqlite:" + path
            if (!info.absoluteDir().exists() && info.absolutePath() != defaultDir)
                return DbError{DbError::Kind::Invalid,
                               QCoreApplication::translate(
                                   "Database", "The folder %1 for the database %2 does not exist.")
                                   .arg(info.absolutePath(), info.fileName())};
            if (!QDir().mkpath(info.absolutePath()))
                return DbError{
                    DbError::Kind::Connection,
                    QCoreApplication::translate("Database", "Cannot create the folder %1 for the database.")
                        .arg(info.absolutePath())};
        }
        // A file the user may read but not write (a shared copy, a backup) is
        // opened read-only: reads work, each write fails naming the file.
        const QFileInfo file(m_url.path);
        m_readOnly = m_url.path != u":memory:" && file.exists() && !file.isWritable();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(m_readOnly ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                        : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (m_readOnly && !QFileInfo(file.absolutePath()).isWritable() &&
            !QFileInfo::exists(m_url.path + u"-shm"_s)) {
            // A WAL database needs its -shm file beside it, which nobody can
            // create in a folder we may not write: read the file as it is on
            // disk instead (immutable: no locks, no WAL).
            QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
            uri.setQuery(u"immutable=1"_s);
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        }
        if (!db.open())
            return DbError{DbError::Kind::Connection,
                           QCoreApplication::translate("Database", "Cannot open the SQLite database %1: %2")
                               .arg(m_url.path, db.lastError().text())};
        // WAL lets the GUI read while a generation run writes; foreign keys
        // are off by default in SQLite and the schema depends on them.
        for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                      u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 10000"_s,
                                      // 64 MiB page cache: bulk imports touch
                                      // several indexes per row.
                                      u"PRAGMA cache_size = -65536"_s, u"PRAGMA temp_store = MEMORY"_s}) {
            if (m_readOnly && pragma.contains(u"journal_mode"))
                continue; // a write; the file keeps the mode it was given
            if (auto status = exec(pragma); !status)
                return status;
        }
        return addSqliteFunctions(sqliteHandle());
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setDatabaseName(m_url.database);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setConnectOptions(u"connect_timeout=10;application_name=outreach"_s);
    if (!db.open()) {
        QString reason = db.lastError().databaseText().trimmed();
        if (reason.isEmpty())
            reason = db.lastError().text();
        if (!m_url.password.isEmpty())
            reason.replace(m_url.password, u"****"_s);
        return DbError{DbError::Kind::Connection,
                       QCoreApplication::translate(
                           "Database", "Cannot connect to PostgreSQL database \"%1\" on %2:%3 as \"%4\": %5")
                           .arg(m_url.database, m_url.host, QString::number(m_url.port), m_url.user, reason)};
    }
    if (auto status = exec(u"SET client_min_messages TO WARNING"_s); !status)
        return status;
    return Ok{};
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

QSqlQuery &Database::cached(const QString &sql) const
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(connection());
        slot->setForwardOnly(true);
    }
    // Prepared on first use, and again if preparing failed before (e.g. the
    // table did not exist yet).
    if (slot->lastQuery() != sql || (slot->lastError().isValid() && !slot->isActive()))
        slot->prepare(sql);
    return *slot;
}

DbError Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const QString code = error.nativeErrorCode();
    DbError::Kind kind = DbError::Kind::Query;
    // SQLite: 19 / 2067 / 1555 / 275 / 787 constraint family; PostgreSQL: class 23.
    if (code.startsWith(u"23") || code == u"19" || code == u"2067" || code == u"1555" || code == u"275" ||
        code == u"787" || error.databaseText().contains(u"constraint", Qt::CaseInsensitive))
        kind = DbError::Kind::Constraint;
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text();
    if (m_url.isSqlite() && (code.toInt() & 0xFF) == SQLITE_READONLY) {
        // SQLite's "attempt to write a readonly database" does not say which.
        kind = DbError::Kind::Connection;
        text = QCoreApplication::translate("Database", "The database file %1 is read-only: %2")
                   .arg(QDir::toNativeSeparators(QFileInfo(m_url.path).absoluteFilePath()), text);
    }
    if (!m_url.password.isEmpty())
        text.replace(m_url.password, u"****"_s);
    return DbError{kind, what.isEmpty() ? text : what + u": "_s + text};
}

DbStatus Database::exec(QSqlQuery &query) const
{
    if (!query.exec())
        return errorFrom(query.lastError(), QString());
    return Ok{};
}

DbStatus Database::exec(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query.lastError(), QString());
    return Ok{};
}

DbStatus Database::begin()
{
    if (m_transactionDepth++ > 0)
        return Ok{}; // nested: the outermost transaction decides
    // IMMEDIATE takes SQLite's write lock up front, so two writers wait for
    // each other (busy timeout) instead of failing half-way with SQLITE_BUSY.
    auto status = exec(m_dialect.beginWrite());
    if (!status)
        m_transactionDepth = 0;
    return status;
}

DbStatus Database::commit()
{
    if (m_transactionDepth == 0)
        return DbError{DbError::Kind::Query,
                       QCoreApplication::translate("Database", "Commit without a transaction.")};
    if (--m_transactionDepth > 0)
        return Ok{};
    return exec(u"COMMIT"_s);
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    m_transactionDepth = 0;
    (void)exec(u"ROLLBACK"_s);
}

DbStatus Database::migrate()
{
    if (m_readOnly) {
        // Nothing can be written: an up-to-date schema is used as it is.
        const auto version = schemaVersion();
        if (!version)
            return version.error();
        if (version.value() != latestSchemaVersion())
            return DbError{DbError::Kind::Connection,
                           QCoreApplication::translate("Database",
                                                       "The database file %1 is read-only and has schema "
                                                       "version %2; this version of Outreach Studio needs "
                                                       "%3. Make it writable once to upgrade it.")
                               .arg(QDir::toNativeSeparators(QFileInfo(m_url.path).absoluteFilePath()))
                               .arg(version.value())
                               .arg(latestSchemaVersion())};
        return Ok{};
    }
    return Migrations::run(*this);
}

DbResult<int> Database::schemaVersion() const
{
    return Migrations::currentVersion(*this);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

BulkCacheSize::BulkCacheSize(Database &db, int mebibytes)
    : m_db(db)
{
    if (!db.dialect().hasClientPageCache())
        return;
    QSqlQuery q = db.prepare(u"PRAGMA cache_size"_s);
    if (!db.exec(q) || !q.next())
        return;
    m_previous = q.value(0).toLongLong();
    const qint64 wanted = -qint64(mebibytes) * 1024; // negative: KiB, as PRAGMA cache_size takes it
    // Only ever raised, and only from a size given in KiB (a positive
    // setting counts pages and is left to whoever chose it).
    if (m_previous < 0 && m_previous > wanted && db.exec(u"PRAGMA cache_size = %1"_s.arg(wanted)))
        m_raised = true;
}

BulkCacheSize::~BulkCacheSize()
{
    if (m_raised)
        (void)m_db.exec(u"PRAGMA cache_size = %1"_s.arg(m_previous));
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_status(db.begin())
{
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

DbStatus Transaction::commit()
{
    if (!m_open)
        return m_status;
    m_open = false;
    return m_db.commit();
}

} // namespace outreach
