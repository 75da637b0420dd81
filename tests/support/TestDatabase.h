// A fresh, migrated database for one test, on the backend the test run was
// registered for (OUTREACH_TEST_BACKEND = sqlite | postgresql). PostgreSQL
// tests get their own database on the server in OUTREACH_TEST_PG_URL and drop
// it afterwards. Without a server the test skips, except under CI=true, where
// it fails: CI must never silently skip the PostgreSQL suites.
#pragma once

#include "Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace outreach::test {

class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    // Empty on success; otherwise why the backend is unavailable.
    QString unavailableReason() const { return m_unavailable; }
    bool mustFailInsteadOfSkip() const;

    Database &db() { return *m_db; }
    QString url() const { return m_url; }
    bool isPostgres() const;
    static QString backendName();
    // Opens the database without migrating (for migration tests).
    bool openUnmigrated();

private:
    bool prepareUrl();

    QTemporaryDir m_dir;
    QString m_url;
    QString m_adminUrl;
    QString m_dbName;
    QString m_unavailable;
    std::unique_ptr<Database> m_db;
};

} // namespace outreach::test

// Use at the start of a test function (or init()): skips or fails the test
// when the backend is unavailable, else leaves `var` ready to use.
#define OUTREACH_TEST_DB(var)                                                                                \
    ::outreach::test::TestDatabase var;                                                                      \
    if (!var.unavailableReason().isEmpty()) {                                                                \
        if (var.mustFailInsteadOfSkip())                                                                     \
            QFAIL(qPrintable(var.unavailableReason()));                                                      \
        QSKIP(qPrintable(var.unavailableReason()));                                                          \
    }
