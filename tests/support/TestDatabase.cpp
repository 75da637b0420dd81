#include "TestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace outreach::test {
namespace {

QAtomicInteger<int> s_counter;

} // namespace

QString TestDatabase::backendName()
{
    const QString backend = qEnvironmentVariable("OUTREACH_TEST_BACKEND");
    return backend.isEmpty() ? u"sqlite"_s : backend;
}

bool TestDatabase::isPostgres() const
{
    return backendName() == u"postgresql";
}

bool TestDatabase::mustFailInsteadOfSkip() const
{
    return qEnvironmentVariable("CI") == u"true";
}

TestDatabase::TestDatabase()
{
    if (!prepareUrl())
        return;
    auto db = Database::openAndMigrate(m_url);
    if (!db) {
        m_unavailable = db.errorMessage();
        return;
    }
    m_db = std::move(db).value();
}

bool TestDatabase::openUnmigrated()
{
    m_db.reset();
    auto db = Database::open(m_url);
    if (!db) {
        m_unavailable = db.errorMessage();
        return false;
    }
    // Start from nothing: drop whatever the constructor migrated (first the
    // reply corrections of migration 13, which reference replies).
    for (const char *table : {"voided_events", "reply_corrections"}) {
        if (!db.value()->exec(u"DROP TABLE IF EXISTS "_s + QString::fromLatin1(table)))
            return false;
    }
    // Dependents before what they reference.
    static const char *const kTables[] = {"inbox_mailbox_status",
                                          "sms_status",
                                          "replies",
                                          "inbox_sync_state",
                                          "send_stops",
                                          "inbox_settings",
                                          "send_queue",
                                          "suppressions",
                                          "campaign_send_settings",
                                          "campaign_senders",
                                          "senders",
                                          "ab_decisions",
                                          "generation_claims",
                                          "ab_funnel_counts",
                                          "message_events",
                                          "message_variants",
                                          "campaign_messages",
                                          "campaigns",
                                          "leads",
                                          "schema_migrations"};
    for (const char *table : kTables) {
        if (!db.value()->exec(u"DROP TABLE IF EXISTS "_s + QString::fromLatin1(table)))
            return false;
    }
    m_db = std::move(db).value();
    return true;
}

bool TestDatabase::prepareUrl()
{
    if (!isPostgres()) {
        if (!m_dir.isValid()) {
            m_unavailable = u"Cannot create a temporary directory"_s;
            return false;
        }
        m_url = u"sqlite:"_s + m_dir.filePath(u"test.sqlite"_s);
        return true;
    }
    m_adminUrl = qEnvironmentVariable("OUTREACH_TEST_PG_URL");
    if (m_adminUrl.isEmpty()) {
        m_unavailable = u"PostgreSQL suite: OUTREACH_TEST_PG_URL is not set (scripts/test sets it)"_s;
        return false;
    }
    auto admin = Database::open(m_adminUrl);
    if (!admin) {
        m_unavailable = u"PostgreSQL suite: "_s + admin.errorMessage();
        return false;
    }
    m_dbName = u"outreach_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_counter);
    if (auto status = admin.value()->exec(u"CREATE DATABASE "_s + m_dbName); !status) {
        m_unavailable = u"PostgreSQL suite: "_s + status.errorMessage();
        return false;
    }
    QUrl url(m_adminUrl);
    url.setPath(u"/"_s + m_dbName);
    m_url = url.toString();
    return true;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_dbName.isEmpty())
        return;
    if (auto admin = Database::open(m_adminUrl))
        (void)admin.value()->exec(u"DROP DATABASE IF EXISTS "_s + m_dbName + u" WITH (FORCE)"_s);
}

} // namespace outreach::test
