// Parses the --db / OUTREACH_DB URL: "sqlite:PATH", a plain path, or
// "postgresql://user[:password]@host[:port]/dbname" (host may be a
// percent-encoded unix-socket directory, or given as ?host=/dir).
#pragma once

#include <QString>
#include <optional>

namespace outreach {

struct DatabaseUrl
{
    enum class Backend { Sqlite, Postgresql };
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL host name, IP or socket directory
    int port = 5432;
    QString database;
    QString user;
    QString password; // never shown: see displayName()

    static std::optional<DatabaseUrl> parse(const QString &text, QString *error = nullptr);
    // For status bars and messages: no password, ever.
    QString displayName() const;
    bool isSqlite() const { return backend == Backend::Sqlite; }
};

} // namespace outreach
