// Schema migrations on the backend under test: 1 -> latest, constraints in
// place, a database newer than the app refused with a clear message, and
// data carried across the migrations that change its storage.
#include "AbTestFixture.h"
#include "AnalyticsRepository.h"
#include "EventRepository.h"
#include "Migrations.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromNothingToLatest()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(t.openUnmigrated());
        QCOMPARE(t.db().schemaVersion().value(), 0);
        QVERIFY2(Migrations::run(t.db(), 1).ok(), "migration to 1");
        QCOMPARE(t.db().schemaVersion().value(), 1);
        const auto status = t.db().migrate();
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(t.db().schemaVersion().value(), Database::latestSchemaVersion());
        // Running again is a no-op.
        QVERIFY(t.db().migrate().ok());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"SELECT count(*), MAX(version) FROM schema_migrations"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), int(Migrations::all().size()));
        QCOMPARE(q.value(1).toInt(), Database::latestSchemaVersion());
        for (const char *table :
             {"leads", "campaigns", "campaign_messages", "message_variants", "message_events", "senders",
              "campaign_senders", "campaign_send_settings", "send_queue", "suppressions", "inbox_sync_state",
              "replies", "send_stops", "inbox_settings"})
            QVERIFY2(q.exec(u"SELECT count(*) FROM "_s + QString::fromLatin1(table)), table);
    }

    void refusesNewerSchema()
    {
        OUTREACH_TEST_DB(t);
        const int future = Database::latestSchemaVersion() + 1;
        QVERIFY(t.db()
                    .exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, 'future', "
                          "'2030-01-01')"_s.arg(future))
                    .ok());
        const auto status = t.db().migrate();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, DbError::Kind::Schema);
        QVERIFY2(status.errorMessage().contains(QString::number(future)), qPrintable(status.errorMessage()));
        QVERIFY(status.errorMessage().contains(u"Update Outreach Studio"_s));
        const auto reopened = Database::openAndMigrate(t.url());
        QVERIFY(!reopened.ok());
    }

    // Migration 6 turns SQLite's text event times into integer milliseconds
    // (PostgreSQL keeps TIMESTAMPTZ): every stored time comes back the same,
    // before the epoch, on leap days and past the year 9999 included, and the
    // UNIQUE key still recognizes them, so re-importing one is a duplicate.
    void eventTimesSurviveMigrationSix()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(t.openUnmigrated());
        QVERIFY2(Migrations::run(t.db(), 5).ok(), "migration to 5");
        // Written with the schema-5 columns only: today's repositories know
        // columns that later migrations add.
        const QString ts = u"'2025-03-01T09:00:00Z'"_s;
        for (
            const QString &sql :
            {u"INSERT INTO leads (email, research, enrichment, custom_fields, created_at, updated_at) VALUES "
             "('old@example.com', '{}', '{}', '{}', %1, %1)"_s.arg(ts),
             u"INSERT INTO campaigns (name, channel, created_at, updated_at) VALUES ('Old', 'email', %1, %1)"_s
                 .arg(ts),
             u"INSERT INTO campaign_messages (campaign_id, lead_id, status, assigned_variant, created_at, "
             "updated_at) SELECT c.id, l.id, 'generated', 0, %1, %1 FROM campaigns c, leads l"_s.arg(ts)})
            QVERIFY2(t.db().exec(sql).ok(), qPrintable(sql));
        QSqlQuery idQuery(t.db().connection());
        QVERIFY(idQuery.exec(u"SELECT id FROM campaign_messages"_s) && idQuery.next());
        const qint64 messageId = idQuery.value(0).toLongLong();
        idQuery.finish();
        QList<qint64> millis = {1740823200123LL, 0LL, -1LL, -62135596800000LL, 951782400000LL,
                                4107542400000LL};
        // Older versions took Unix times that far (no longer: past 9999 is
        // refused); Qt cannot read such a time back from PostgreSQL.
        if (!t.isPostgres())
            millis.append(999999999999000LL);
        QList<QDateTime> times;
        for (const qint64 ms : millis) {
            times.append(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
            // As versions before 6 stored them.
            QSqlQuery insert =
                t.db().prepare(u"INSERT INTO message_events (message_id, event_type, occurred_at, "
                               "source, created_at) VALUES (?, 'opened', %1, 'old', %1)"_s.arg(
                                   t.isPostgres() ? u"CAST(? AS TIMESTAMPTZ)"_s : u"?"_s));
            insert.addBindValue(messageId);
            insert.addBindValue(EventRepository::storedTime(times.constLast()));
            insert.addBindValue(EventRepository::storedTime(times.constLast()));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        const auto migrated = t.db().migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));

        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"SELECT occurred_at FROM message_events ORDER BY id"_s));
        for (const qint64 ms : millis) {
            QVERIFY(q.next());
            if (!t.isPostgres())
                QCOMPARE(q.value(0).toLongLong(), ms);
        }
        auto log = EventRepository(t.db()).forMessage(messageId);
        QVERIFY2(log.ok(), qPrintable(log.errorMessage()));
        std::sort(times.begin(), times.end());
        QCOMPARE(log->size(), times.size());
        for (qsizetype i = 0; i < times.size(); ++i)
            QCOMPARE(log->at(i).occurredAt, times.at(i));

        const auto again =
            EventRepository(t.db()).append({{messageId, EventType::Opened, times.at(2)},
                                            {messageId, EventType::Opened, times.at(2).addMSecs(1)}},
                                           u"new"_s);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->duplicates, 1);
        QCOMPARE(again->inserted, 1);
        QVERIFY(q.exec(u"SELECT max(id), count(*) FROM message_events"_s) && q.next());
        QVERIFY(q.value(0).toLongLong() > millis.size()); // ids go on after the copied ones
        QCOMPARE(q.value(1).toLongLong(), qint64(millis.size() + 1));
    }

    // Migration 10 rebuilds message_events on SQLite (a new CHECK) and
    // widens it on PostgreSQL: the log survives, auto_replied is accepted
    // and counted on its own (never as a reply or a bounce; it proves
    // delivery), the counters stay equal to a recount from the log.
    void eventsSurviveMigrationTen()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(t.openUnmigrated());
        QVERIFY2(Migrations::run(t.db(), 9).ok(), "migration to 9");
        // Today's event code reads voided_events (migration 13): an empty
        // stand-in until migrate() below creates the real one.
        QVERIFY(t.db()
                    .exec(u"CREATE TABLE voided_events (event_id BIGINT PRIMARY KEY, message_id BIGINT, "
                          "correction_id BIGINT)"_s)
                    .ok());
        const AbCampaign c = makeAbCampaign(t.db(), 3);
        QVERIFY(t.db()
                    .exec(u"UPDATE campaign_messages SET assigned_variant = 0 WHERE campaign_id = %1"_s.arg(
                        c.campaignId))
                    .ok());
        QVERIFY(AnalyticsRepository(t.db()).rebuild(c.campaignId).ok()); // as activation leaves them
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1764583200123LL, QTimeZone::utc());
        EventRepository events(t.db());
        QList<NewEvent> before;
        for (const qint64 id : c.messageIds)
            before.append({id, EventType::Sent, t0});
        before.append({c.messageIds[0], EventType::Replied, t0.addSecs(60)});
        QVERIFY(events.append(before, u"old"_s).ok());
        QVERIFY(t.db().exec(u"DROP TABLE voided_events"_s).ok());

        const auto migrated = t.db().migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
        QCOMPARE(events.forMessage(c.messageIds[0])->size(), 2);
        QCOMPARE(events.forMessage(c.messageIds[0])->at(1).occurredAt, t0.addSecs(60));

        const auto added = events.append({{c.messageIds[1], EventType::AutoReplied, t0.addSecs(90)},
                                          {c.messageIds[2], EventType::AutoReplied, t0.addSecs(90)},
                                          {c.messageIds[2], EventType::Bounced, t0.addSecs(95)}},
                                         u"imap"_s);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added->inserted, 3);
        const auto counts = AnalyticsRepository(t.db()).variantCounts(c.campaignId);
        QVERIFY(counts.ok());
        const FunnelCounts &v = counts->at(0);
        QCOMPARE(v.sent, 3);
        QCOMPARE(v.replied, 1);
        QCOMPARE(v.autoReplied, 2);
        QCOMPARE(v.bounced, 1);
        QCOMPARE(v.delivered, 2); // the reply and the auto-reply without a bounce
        QCOMPARE(counts.value(), AnalyticsRepository(t.db()).recountFromEvents(c.campaignId).value());

        const auto bad =
            t.db().exec(u"INSERT INTO message_events (message_id, event_type, occurred_at, source, "
                        "created_at) VALUES (%1, 'vacation', %2, '', '2026-01-01')"_s.arg(c.messageIds[0])
                            .arg(t.isPostgres() ? u"now()"_s : u"1"_s));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, DbError::Kind::Constraint);
    }

    void constraintsHold_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("score above 100")
            << u"INSERT INTO leads (email, qualification_score, research, enrichment, custom_fields, created_at, updated_at) VALUES ('a@example.com', 101, '{}', '{}', '{}', '2026-01-01', '2026-01-01')"_s;
        QTest::newRow("negative score")
            << u"INSERT INTO leads (email, qualification_score, research, enrichment, custom_fields, created_at, updated_at) VALUES ('a@example.com', -1, '{}', '{}', '{}', '2026-01-01', '2026-01-01')"_s;
        QTest::newRow("no contact")
            << u"INSERT INTO leads (research, enrichment, custom_fields, created_at, updated_at) VALUES ('{}', '{}', '{}', '2026-01-01', '2026-01-01')"_s;
        QTest::newRow("bad channel")
            << u"INSERT INTO campaigns (name, channel, created_at, updated_at) VALUES ('x', 'fax', '2026-01-01', '2026-01-01')"_s;
        QTest::newRow("bad status")
            << u"INSERT INTO campaigns (name, channel, status, created_at, updated_at) VALUES ('x', 'email', 'running', '2026-01-01', '2026-01-01')"_s;
        QTest::newRow("message without campaign")
            << u"INSERT INTO campaign_messages (campaign_id, lead_id, created_at, updated_at) VALUES (999, 999, '2026-01-01', '2026-01-01')"_s;
    }

    void constraintsHold()
    {
        QFETCH(QString, sql);
        OUTREACH_TEST_DB(t);
        const auto status = t.db().exec(sql);
        QVERIFY2(!status.ok(), "the database accepted a row that breaks a constraint");
        QCOMPARE(status.error().kind, DbError::Kind::Constraint);
    }

    void connectionErrorNamesServerNotPassword()
    {
        if (TestDatabase_isSqlite())
            return; // PostgreSQL-specific; the sqlite run covers file errors below
        const auto db = Database::open(u"postgresql://alice:s3cret-pw@127.0.0.1:1/shopdb"_s);
        QVERIFY(!db.ok());
        const QString message = db.errorMessage();
        QVERIFY2(message.contains(u"127.0.0.1"_s) && message.contains(u":1"_s) &&
                     message.contains(u"shopdb"_s),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"s3cret-pw"_s), qPrintable(message));
    }

    void sqliteErrorNamesFile()
    {
        if (!TestDatabase_isSqlite())
            return;
        const auto db = Database::open(u"sqlite:/proc/forbidden/dir/x.sqlite"_s);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(u"/proc/forbidden/dir"_s), qPrintable(db.errorMessage()));
    }

private:
    static bool TestDatabase_isSqlite() { return test::TestDatabase::backendName() == u"sqlite"; }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
