#include "Migrations.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append(Migration{
        1,
        u"initial schema"_s,
        {
            uR"(CREATE TABLE leads (
            id {{ID}},
            email TEXT,
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            linkedin_url TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            qualification_score INTEGER CHECK (qualification_score BETWEEN 0 AND 100),
            qualification_reasoning TEXT NOT NULL DEFAULT '',
            research {{JSON}} NOT NULL,
            enrichment {{JSON}} NOT NULL,
            custom_fields {{JSON}} NOT NULL,
            created_at {{TS}} NOT NULL,
            updated_at {{TS}} NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            CHECK (email IS NOT NULL OR linkedin_url <> '' OR phone <> '')
        ))"_s,
            u"CREATE UNIQUE INDEX leads_email_ci ON leads (lower(email)) WHERE email IS NOT NULL"_s,
            u"CREATE INDEX leads_score ON leads (qualification_score DESC, id)"_s,
            u"CREATE INDEX leads_company ON leads (company)"_s,
            u"CREATE INDEX leads_last_name ON leads (last_name, first_name)"_s,
            uR"(CREATE TABLE campaigns (
            id {{ID}},
            name TEXT NOT NULL CHECK (name <> ''),
            channel TEXT NOT NULL CHECK (channel IN ('email', 'linkedin', 'sms', 'custom')),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'generating', 'ready',
                'active', 'paused', 'completed', 'archived')),
            min_score INTEGER NOT NULL DEFAULT 0 CHECK (min_score BETWEEN 0 AND 100),
            template TEXT NOT NULL DEFAULT '',
            custom_context TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            sender_name TEXT NOT NULL DEFAULT '',
            sender_signature TEXT NOT NULL DEFAULT '',
            winner_metric TEXT NOT NULL DEFAULT 'reply' CHECK (winner_metric IN ('open', 'click', 'reply')),
            min_sample INTEGER NOT NULL DEFAULT 100 CHECK (min_sample >= 1),
            min_detectable_lift {{REAL}} NOT NULL DEFAULT 0 CHECK (min_detectable_lift >= 0),
            alpha {{REAL}} NOT NULL DEFAULT 0.05 CHECK (alpha > 0 AND alpha < 1),
            budget_usd {{REAL}} NOT NULL DEFAULT 0 CHECK (budget_usd >= 0),
            custom_char_limit INTEGER NOT NULL DEFAULT 0 CHECK (custom_char_limit >= 0),
            custom_has_subject {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            cost_total {{REAL}} NOT NULL DEFAULT 0,
            created_at {{TS}} NOT NULL,
            updated_at {{TS}} NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        ))"_s,
            u"CREATE INDEX campaigns_status ON campaigns (status)"_s,
            uR"(CREATE TABLE campaign_messages (
            id {{ID}},
            campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            lead_id BIGINT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'generated', 'failed', 'excluded')),
            error TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            latency_ms INTEGER NOT NULL DEFAULT 0,
            prompt_tokens INTEGER NOT NULL DEFAULT 0,
            completion_tokens INTEGER NOT NULL DEFAULT 0,
            cost_usd {{REAL}} NOT NULL DEFAULT 0,
            assigned_variant INTEGER CHECK (assigned_variant BETWEEN 0 AND 2),
            pinned {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            created_at {{TS}} NOT NULL,
            updated_at {{TS}} NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (campaign_id, lead_id)
        ))"_s,
            u"CREATE INDEX campaign_messages_status ON campaign_messages (campaign_id, status)"_s,
            u"CREATE INDEX campaign_messages_variant ON campaign_messages (campaign_id, assigned_variant)"_s,
            u"CREATE INDEX campaign_messages_lead ON campaign_messages (lead_id)"_s,
            uR"(CREATE TABLE message_variants (
            id {{ID}},
            message_id BIGINT NOT NULL REFERENCES campaign_messages (id) ON DELETE CASCADE,
            variant_index INTEGER NOT NULL CHECK (variant_index BETWEEN 0 AND 2),
            tone TEXT NOT NULL CHECK (tone IN ('professional', 'friendly', 'direct')),
            subject TEXT,
            body TEXT NOT NULL,
            edited {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            flags {{JSON}} NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (message_id, variant_index)
        ))"_s,
            uR"(CREATE TABLE message_events (
            id {{ID}},
            message_id BIGINT NOT NULL REFERENCES campaign_messages (id) ON DELETE CASCADE,
            event_type TEXT NOT NULL CHECK (event_type IN ('sent', 'delivered', 'opened', 'clicked',
                'replied', 'bounced', 'unsubscribed')),
            occurred_at {{TS}} NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            created_at {{TS}} NOT NULL,
            UNIQUE (message_id, event_type, occurred_at)
        ))"_s,
            u"CREATE INDEX message_events_type ON message_events (event_type, message_id)"_s,
        }});
    // A/B analytics without scanning the event log: each message keeps the
    // set of event types seen (bit 1 << EventType), and ab_funnel_counts keeps
    // how many messages of each (campaign, variant) have each set. Both are
    // recomputed from message_events by AnalyticsRepository in the transaction
    // that appends the events; the funnel rules are applied when reading.
    list.append(Migration{2,
                          u"funnel counters"_s,
                          {
                              u"ALTER TABLE campaign_messages ADD COLUMN funnel INTEGER NOT NULL DEFAULT 0"_s,
                              uR"(CREATE TABLE IF NOT EXISTS ab_funnel_counts (
            campaign_id BIGINT NOT NULL,
            variant_index INTEGER NOT NULL CHECK (variant_index BETWEEN 0 AND 2),
            funnel INTEGER NOT NULL,
            messages BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (campaign_id, variant_index, funnel)
        ))"_s,
                          }});
    // No query filters events by type (analytics reads ab_funnel_counts, a
    // message's log goes through the UNIQUE (message_id, ...) index), and
    // every appended event paid for a random insert into this index.
    list.append(Migration{3,
                          u"drop unused event type index"_s,
                          {
                              u"DROP INDEX IF EXISTS message_events_type"_s,
                          }});
    // A campaign manager approves a message once reviewed; approval is
    // cleared by nothing but the manager (edits keep it, so do regenerations).
    list.append(Migration{
        4,
        u"message approval"_s,
        {u"ALTER TABLE campaign_messages ADD COLUMN approved {{BOOL}} NOT NULL DEFAULT {{FALSE}}"_s}});
    // A message's funnel set is read from its events (the UNIQUE index on
    // message_events starts with message_id, so this is a short index range)
    // when events are appended: keeping a copy on every message made each
    // appended event rewrite a campaign_messages row as well.
    list.append(Migration{
        5, u"funnel sets from the event log"_s, {u"ALTER TABLE campaign_messages DROP COLUMN funnel"_s}});
    // SQLite keeps event times as integer milliseconds since the epoch (UTC)
    // instead of 24-character text: the UNIQUE (message_id, event_type,
    // occurred_at) index shrinks by about 40 %, and a big import rewrites
    // most of its pages (measured on 3,000,000 events: 181 MB of WAL for
    // 300,000 new events before, 107 MB after). PostgreSQL's TIMESTAMPTZ is
    // already 8 bytes. Text of any year converts: the date is moved into
    // 2000-2399 for strftime() and the 400-year Gregorian cycles (146,097
    // days each) are added back.
    const QString year = u"CAST(substr(occurred_at, 1, instr(occurred_at, '-') - 1) AS INTEGER)"_s;
    const QString shifted =
        u"(2000 + ((%1 - 2000) %% 400 + 400) %% 400)"_s.arg(year).replace(u"%%"_s, u"%"_s);
    const QString rest = u"substr(occurred_at, instr(occurred_at, '-'))"_s;
    const QString millis =
        u"(CAST(strftime('%s', printf('%04d', %1) || substr(%2, 1, 15)) AS INTEGER) + (%3 - %1) / 400 * "
        "146097 * 86400) * 1000 + CAST(substr(%2, 17, 3) AS INTEGER)"_s;
    list.append(Migration{
        6,
        u"event times as integers on SQLite"_s,
        {uR"(CREATE TABLE message_events_v6 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id BIGINT NOT NULL REFERENCES campaign_messages (id) ON DELETE CASCADE,
            event_type TEXT NOT NULL CHECK (event_type IN ('sent', 'delivered', 'opened', 'clicked',
                'replied', 'bounced', 'unsubscribed')),
            occurred_at INTEGER NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (message_id, event_type, occurred_at)
        ))"_s,
         u"INSERT INTO message_events_v6 (id, message_id, event_type, occurred_at, source, "
         u"created_at) SELECT "
         "id, message_id, event_type, "_s +
             millis.arg(shifted, rest, year) + u", source, created_at FROM message_events ORDER BY id"_s,
         u"DROP TABLE message_events"_s, u"ALTER TABLE message_events_v6 RENAME TO message_events"_s},
        Migration::Backends::SqliteOnly});
    // Generation runs claim a lead before its request leaves (a lease: owner
    // and expiry, in milliseconds since the epoch), so two runs on one
    // campaign share the work instead of paying twice. reserved_usd is what
    // the claim's unanswered requests may cost; lost_usd what a run that died
    // before storing may have been billed. campaigns.reserved_usd is their
    // sum, checked against the budget in the same statement that adds to it.
    list.append(
        Migration{7,
                  u"generation claims and budget reservations"_s,
                  {uR"(CREATE TABLE generation_claims (
            campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            lead_id BIGINT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
            owner TEXT NOT NULL,
            expires_at_ms BIGINT NOT NULL,
            reserved_usd {{REAL}} NOT NULL DEFAULT 0,
            lost_usd {{REAL}} NOT NULL DEFAULT 0,
            PRIMARY KEY (campaign_id, lead_id)
        ))"_s,
                   u"CREATE INDEX generation_claims_owner ON generation_claims (campaign_id, owner)"_s,
                   u"ALTER TABLE campaigns ADD COLUMN reserved_usd {{REAL}} NOT NULL DEFAULT 0"_s}});
    // Sequential A/B tests and test-then-roll-out (issue 16). A decision is
    // a row, written once per round: the partial unique index lets at most
    // one round be open, so two clients that see the rule met at the same
    // time store one decision. Reopening closes the row (reopened_at) and
    // the next decision starts a new round. Holdout messages are the leads
    // outside the test share: no statistic counts them, and the roll-out
    // gives them the winner exactly once (rolled_out_at guards it).
    list.append(Migration{
        8,
        u"sequential decisions and roll-out"_s,
        {u"ALTER TABLE campaigns ADD COLUMN test_mode TEXT NOT NULL DEFAULT 'sequential' CHECK (test_mode IN "
         "('sequential', 'fixed'))"_s,
         u"ALTER TABLE campaigns ADD COLUMN planned_sends BIGINT NOT NULL DEFAULT 0 CHECK (planned_sends >= 0)"_s,
         u"ALTER TABLE campaigns ADD COLUMN test_share {{REAL}} NOT NULL DEFAULT 1 CHECK (test_share > 0 AND "
         "test_share <= 1)"_s,
         u"ALTER TABLE campaigns ADD COLUMN deadline {{TS}}"_s,
         u"ALTER TABLE campaigns ADD COLUMN rollout_variant INTEGER CHECK (rollout_variant BETWEEN 0 AND 2)"_s,
         u"ALTER TABLE campaigns ADD COLUMN rollout_reason TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE campaigns ADD COLUMN rolled_out_at {{TS}}"_s,
         u"ALTER TABLE campaign_messages ADD COLUMN holdout {{BOOL}} NOT NULL DEFAULT {{FALSE}}"_s,
         uR"(CREATE TABLE ab_decisions (
            id {{ID}},
            campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            decision_round INTEGER NOT NULL,
            variant_index INTEGER NOT NULL CHECK (variant_index BETWEEN 0 AND 2),
            metric TEXT NOT NULL,
            test_mode TEXT NOT NULL,
            reason TEXT NOT NULL,
            decided_at {{TS}} NOT NULL,
            sends_per_variant BIGINT NOT NULL,
            statistic {{REAL}} NOT NULL,
            counts {{JSON}} NOT NULL,
            reopened_at {{TS}},
            reopen_note TEXT NOT NULL DEFAULT '',
            UNIQUE (campaign_id, decision_round)
        ))"_s,
         u"CREATE UNIQUE INDEX ab_decisions_open ON ab_decisions (campaign_id) WHERE reopened_at IS NULL"_s}});
    // Sending (issue 14): the user's own senders, which of them a campaign
    // uses, the campaign's send settings, the send queue that drives the
    // scheduler and makes every send happen at most once, and the
    // suppression list shared by all campaigns. Times the scheduler compares
    // are bound as UTC ISO text with milliseconds (EventRepository::storedTime)
    // so text comparison on SQLite orders them like TIMESTAMPTZ does.
    list.append(Migration{
        9,
        u"sending"_s,
        {
            uR"(CREATE TABLE senders (
            id {{ID}},
            kind TEXT NOT NULL CHECK (kind IN ('mailbox', 'phone', 'linkedin')),
            name TEXT NOT NULL CHECK (name <> ''),
            from_address TEXT NOT NULL,
            login TEXT NOT NULL DEFAULT '',
            smtp_host TEXT NOT NULL DEFAULT '',
            smtp_port INTEGER NOT NULL DEFAULT 0,
            smtp_security TEXT NOT NULL DEFAULT 'tls' CHECK (smtp_security IN ('tls', 'starttls', 'none')),
            auth_method TEXT NOT NULL DEFAULT 'password' CHECK (auth_method IN ('password', 'xoauth2')),
            imap_host TEXT NOT NULL DEFAULT '',
            imap_port INTEGER NOT NULL DEFAULT 0,
            imap_security TEXT NOT NULL DEFAULT 'tls' CHECK (imap_security IN ('tls', 'starttls', 'none')),
            imap_login TEXT NOT NULL DEFAULT '',
            imap_folders TEXT NOT NULL DEFAULT 'INBOX',
            sent_folder TEXT NOT NULL DEFAULT 'Sent',
            account_sid TEXT NOT NULL DEFAULT '',
            messaging_service_sid TEXT NOT NULL DEFAULT '',
            base_url TEXT NOT NULL DEFAULT '',
            daily_cap INTEGER NOT NULL DEFAULT 30 CHECK (daily_cap >= 0),
            gap_min_ms INTEGER NOT NULL DEFAULT 60000 CHECK (gap_min_ms >= 0),
            gap_max_ms INTEGER NOT NULL DEFAULT 180000 CHECK (gap_max_ms >= gap_min_ms),
            ramp_start INTEGER NOT NULL DEFAULT 0 CHECK (ramp_start >= 0),
            ramp_step INTEGER NOT NULL DEFAULT 0 CHECK (ramp_step >= 0),
            ramp_started_on TEXT,
            window_days INTEGER NOT NULL DEFAULT 31 CHECK (window_days BETWEEN 0 AND 127),
            window_start INTEGER NOT NULL DEFAULT 540 CHECK (window_start BETWEEN 0 AND 1440),
            window_end INTEGER NOT NULL DEFAULT 1020 CHECK (window_end BETWEEN 0 AND 1440),
            time_zone TEXT NOT NULL DEFAULT '',
            next_send_at {{TS}},
            paused {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            pause_reason TEXT NOT NULL DEFAULT '',
            created_at {{TS}} NOT NULL,
            updated_at {{TS}} NOT NULL
        ))"_s,
            uR"(CREATE TABLE campaign_senders (
            campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            sender_id BIGINT NOT NULL REFERENCES senders (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (campaign_id, sender_id)
        ))"_s,
            u"CREATE INDEX campaign_senders_sender ON campaign_senders (sender_id)"_s,
            uR"(CREATE TABLE campaign_send_settings (
            campaign_id BIGINT PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
            window_days INTEGER NOT NULL DEFAULT 31 CHECK (window_days BETWEEN 0 AND 127),
            window_start INTEGER NOT NULL DEFAULT 540 CHECK (window_start BETWEEN 0 AND 1440),
            window_end INTEGER NOT NULL DEFAULT 1020 CHECK (window_end BETWEEN 0 AND 1440),
            time_zone TEXT NOT NULL DEFAULT '',
            approval_required {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            sending_paused {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            html_part {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            unsubscribe_text TEXT NOT NULL DEFAULT ''
        ))"_s,
            uR"(CREATE TABLE send_queue (
            id {{ID}},
            message_id BIGINT NOT NULL UNIQUE REFERENCES campaign_messages (id) ON DELETE CASCADE,
            campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            sender_id BIGINT REFERENCES senders (id) ON DELETE SET NULL,
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'claimed', 'sent', 'failed',
                'held', 'suppressed', 'in_doubt')),
            recipient TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL DEFAULT '',
            rfc_message_id TEXT UNIQUE,
            unsubscribe_token TEXT NOT NULL DEFAULT '',
            provider_id TEXT NOT NULL DEFAULT '',
            scheduled_at {{TS}} NOT NULL,
            claimed_at {{TS}},
            claimed_by TEXT NOT NULL DEFAULT '',
            sent_at {{TS}},
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            last_answer TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            updated_at {{TS}} NOT NULL
        ))"_s,
            u"CREATE INDEX send_queue_pick ON send_queue (campaign_id, state, time_zone, scheduled_at, id)"_s,
            u"CREATE INDEX send_queue_sender ON send_queue (sender_id, claimed_at)"_s,
            uR"(CREATE TABLE suppressions (
            id {{ID}},
            kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'domain')),
            value TEXT NOT NULL CHECK (value <> ''),
            reason TEXT NOT NULL CHECK (reason IN ('unsubscribed', 'hard_bounce', 'complained',
                'do_not_contact')),
            source TEXT NOT NULL DEFAULT '',
            created_at {{TS}} NOT NULL,
            UNIQUE (kind, value)
        ))"_s,
        }});
    // Inbox (issue 15): the event type auto_replied (never a reply or a
    // bounce), the sync position per sender and folder (UIDVALIDITY and the
    // last UID read), the replies read from the mailboxes (one row per
    // received mail: mail_key is its Message-ID, or a hash of it, so a
    // re-sync after a UIDVALIDITY change adds nothing), the stop-on-reply
    // holds per address, and the inbox's settings. SQLite cannot change a
    // CHECK, so message_events is rebuilt there as in migration 6.
    const QString eventTypes10 =
        u"'sent', 'delivered', 'opened', 'clicked', 'replied', 'bounced', 'unsubscribed', 'auto_replied'"_s;
    const QStringList inboxTables = {
        uR"(CREATE TABLE inbox_sync_state (
            sender_id BIGINT NOT NULL REFERENCES senders (id) ON DELETE CASCADE,
            folder TEXT NOT NULL,
            uid_validity BIGINT NOT NULL DEFAULT 0,
            last_uid BIGINT NOT NULL DEFAULT 0,
            last_sync_at {{TS}},
            last_error TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (sender_id, folder)
        ))"_s,
        uR"(CREATE TABLE replies (
            id {{ID}},
            mail_key TEXT NOT NULL UNIQUE,
            sender_id BIGINT REFERENCES senders (id) ON DELETE SET NULL,
            folder TEXT NOT NULL DEFAULT '',
            uid BIGINT NOT NULL DEFAULT 0,
            message_id BIGINT NOT NULL REFERENCES campaign_messages (id) ON DELETE CASCADE,
            campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('reply', 'auto_reply', 'bounce', 'soft_bounce', 'opt_out')),
            from_address TEXT NOT NULL DEFAULT '',
            from_name TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            received_at {{TS}} NOT NULL,
            snippet TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            status_code TEXT NOT NULL DEFAULT '',
            diagnostic TEXT NOT NULL DEFAULT '',
            return_date TEXT NOT NULL DEFAULT '',
            rule TEXT NOT NULL DEFAULT '',
            corrected {{BOOL}} NOT NULL DEFAULT {{FALSE}},
            created_at {{TS}} NOT NULL
        ))"_s,
        u"CREATE INDEX replies_campaign ON replies (campaign_id, kind, received_at)"_s,
        u"CREATE INDEX replies_message ON replies (message_id)"_s,
        uR"(CREATE TABLE send_stops (
            address TEXT PRIMARY KEY,
            until_at {{TS}} NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            created_at {{TS}} NOT NULL
        ))"_s,
        uR"(CREATE TABLE inbox_settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ))"_s,
        u"INSERT INTO inbox_settings (name, value) VALUES ('stop_on_reply_days', '30')"_s,
        u"INSERT INTO inbox_settings (name, value) VALUES ('in_doubt_grace_minutes', '60')"_s,
    };
    list.append(Migration{
        10, u"inbox"_s,
        QStringList{
            uR"(CREATE TABLE message_events_v10 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id BIGINT NOT NULL REFERENCES campaign_messages (id) ON DELETE CASCADE,
            event_type TEXT NOT NULL CHECK (event_type IN (%1)),
            occurred_at INTEGER NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (message_id, event_type, occurred_at)
        ))"_s.arg(eventTypes10),
            u"INSERT INTO message_events_v10 (id, message_id, event_type, occurred_at, source, created_at) "
            "SELECT id, message_id, event_type, occurred_at, source, created_at FROM message_events "
            "ORDER BY id"_s,
            u"DROP TABLE message_events"_s, u"ALTER TABLE message_events_v10 RENAME TO message_events"_s} +
            inboxTables,
        Migration::Backends::Both,
        QStringList{u"ALTER TABLE message_events DROP CONSTRAINT IF EXISTS message_events_event_type_check"_s,
                    u"ALTER TABLE message_events ADD CONSTRAINT message_events_event_type_check CHECK "
                    "(event_type IN (%1))"_s.arg(eventTypes10)} +
            inboxTables});
    // Deleting a lead whose messages belong to a test that has started keeps
    // the row (the test's counts must not change) but takes the lead out of
    // every list, count and send (LeadQualification, LeadRepository).
    list.append(Migration{11,
                          u"leads excluded from sending"_s,
                          {u"ALTER TABLE leads ADD COLUMN excluded_from_sending {{BOOL}} NOT NULL DEFAULT "
                           "{{FALSE}}"_s}});
    // SMS statuses (issue 15): Twilio's last answer for each sent SMS, polled
    // with back-off until it is final (delivered, undelivered, failed) or
    // given up; `sid` is the message SID it belongs to, so a send retried
    // under a new SID starts over. final_at set: never polled again.
    list.append(Migration{12, u"sms status polling"_s, {uR"(CREATE TABLE sms_status (
            send_id BIGINT PRIMARY KEY REFERENCES send_queue (id) ON DELETE CASCADE,
            sid TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT '',
            error_code INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'delivered', 'bounced', 'unsubscribed',
                'canceled', 'expired')),
            polls INTEGER NOT NULL DEFAULT 0,
            last_polled_at {{TS}},
            next_poll_at {{TS}},
            final_at {{TS}}
        ))"_s}});
    // Replies corrected by hand (issue 15): reply_corrections is the
    // append-only history (who, when, which kind before and after, which
    // event it took out of the counts and which it put in); voided_events
    // is the current set of events the counts ignore. The voided event stays
    // in message_events, so its idempotency key still turns a re-import of
    // it into a duplicate. No foreign key to message_events: SQLite
    // migrations rebuild that table (drop and rename).
    list.append(Migration{13,
                          u"reply corrections"_s,
                          {
                              uR"(CREATE TABLE reply_corrections (
            id {{ID}},
            reply_id BIGINT NOT NULL REFERENCES replies (id) ON DELETE CASCADE,
            campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            message_id BIGINT NOT NULL REFERENCES campaign_messages (id) ON DELETE CASCADE,
            from_kind TEXT NOT NULL,
            to_kind TEXT NOT NULL,
            voided_event_id BIGINT,
            added_event_id BIGINT,
            corrected_by TEXT NOT NULL DEFAULT '',
            corrected_at {{TS}} NOT NULL
        ))"_s,
                              u"CREATE INDEX reply_corrections_reply ON reply_corrections (reply_id, id)"_s,
                              uR"(CREATE TABLE voided_events (
            event_id BIGINT PRIMARY KEY,
            message_id BIGINT NOT NULL REFERENCES campaign_messages (id) ON DELETE CASCADE,
            correction_id BIGINT NOT NULL REFERENCES reply_corrections (id) ON DELETE CASCADE
        ))"_s,
                              u"CREATE INDEX voided_events_message ON voided_events (message_id)"_s,
                          }});
    // Inbox sync in the app (issue 15): the outcome of the last sync per
    // mailbox, so the status bar and the banner show it after a restart.
    // last_success_at survives failures; failures counts them in a row.
    list.append(Migration{14, u"inbox mailbox status"_s, {uR"(CREATE TABLE inbox_mailbox_status (
            sender_id BIGINT PRIMARY KEY REFERENCES senders (id) ON DELETE CASCADE,
            last_attempt_at {{TS}},
            last_success_at {{TS}},
            last_error TEXT NOT NULL DEFAULT '',
            error_kind TEXT NOT NULL DEFAULT '' CHECK (error_kind IN ('', 'authentication', 'secret', 'tls',
                'connection', 'other')),
            failures INTEGER NOT NULL DEFAULT 0
        ))"_s}});
    // Inbox sync looks up every mail it cannot match by Message-ID by its
    // sender's address (a send to that lead in the last 30 days), and an
    // opt-out by its token; stop-on-reply holds the sends to an address.
    // Without these indexes each lookup scanned the whole send queue: the
    // first sync of a 50,000-mail mailbox took minutes of our CPU.
    list.append(Migration{15,
                          u"send queue lookups by recipient and token"_s,
                          {u"CREATE INDEX send_queue_recipient ON send_queue (lower(recipient), sent_at)"_s,
                           u"CREATE INDEX send_queue_token ON send_queue (unsubscribe_token)"_s}});
    return list;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

DbResult<int> Migrations::currentVersion(const Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(db.dialect().tableExists());
    query.addBindValue(u"schema_migrations"_s);
    if (!query.exec() || !query.next())
        return db.errorFrom(query.lastError(),
                            QCoreApplication::translate("Database", "Cannot read the schema version"));
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !query.next())
        return db.errorFrom(query.lastError(),
                            QCoreApplication::translate("Database", "Cannot read the schema version"));
    return query.value(0).toInt();
}

DbStatus Migrations::run(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const QString create = u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, applied_at TEXT NOT NULL)"_s;
    if (auto status = db.exec(create); !status)
        return status;

    for (const Migration &migration : all()) {
        if (migration.version > target)
            break;
        Transaction transaction(db);
        if (!transaction.status())
            return transaction.status();
        // Two clients starting at once against a shared server: the second
        // waits here, then sees the migration done and skips it.
        if (const QString lock = db.dialect().lockTableExclusive(u"schema_migrations"_s); !lock.isEmpty()) {
            if (auto status = db.exec(lock); !status)
                return status;
        }
        auto current = currentVersion(db);
        if (!current)
            return current.error();
        if (current.value() > latestVersion())
            return DbError{DbError::Kind::Schema,
                           QCoreApplication::translate(
                               "Database",
                               "The database %1 has schema version %2, but this version of Outreach Studio "
                               "only knows versions up to %3. Update Outreach Studio to use this database.")
                               .arg(db.url().displayName())
                               .arg(current.value())
                               .arg(latestVersion())};
        if (current.value() >= migration.version)
            continue;
        const SqlDialect &dialect = db.dialect();
        const bool runs =
            migration.backends == Migration::Backends::Both || dialect.kind() == SqlDialect::Kind::Sqlite;
        const QStringList &statements = dialect.choose(
            migration.statements,
            migration.postgresStatements.isEmpty() ? migration.statements : migration.postgresStatements);
        for (const QString &statement : runs ? statements : QStringList()) {
            if (auto status = db.exec(dialect.schema(statement)); !status)
                return DbError{DbError::Kind::Schema,
                               QCoreApplication::translate("Database", "Migration %1 (%2) failed: %3")
                                   .arg(migration.version)
                                   .arg(migration.name, status.errorMessage())};
        }
        QSqlQuery record =
            db.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (auto status = db.exec(record); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    // A database newer than us is refused even when nothing was left to run.
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return DbError{DbError::Kind::Schema,
                       QCoreApplication::translate(
                           "Database",
                           "The database %1 has schema version %2, but this version of Outreach Studio "
                           "only knows versions up to %3. Update Outreach Studio to use this database.")
                           .arg(db.url().displayName())
                           .arg(current.value())
                           .arg(latestVersion())};
    return Ok{};
}

} // namespace outreach
