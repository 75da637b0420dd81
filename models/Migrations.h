// Numbered schema migrations, one transaction each, recorded in
// schema_migrations. The same statements serve SQLite and PostgreSQL; the few
// type differences are written as {{ID}}, {{JSON}}, {{TS}}, {{BOOL}}, {{REAL}}.
// A migration that changes storage only one backend needs runs on that one.
#pragma once

#include "DbResult.h"

#include <QStringList>

namespace outreach {

class Database;

struct Migration
{
    int version;
    QString name;
    QStringList statements;
    // Storage that only one backend needs changed: the other records the
    // version and runs nothing.
    enum class Backends { Both, SqliteOnly };
    Backends backends = Backends::Both;
    // When not empty, PostgreSQL runs these instead of `statements` (a
    // change SQLite can only make by rebuilding a table).
    QStringList postgresStatements = {};
};

class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
    static DbResult<int> currentVersion(const Database &db);
    // Migrates up to `target` (default: latest). Refuses a database whose
    // schema is newer than this build knows.
    static DbStatus run(Database &db, int target = -1);
};

} // namespace outreach
