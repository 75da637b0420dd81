// Runs inbox sync for a set of mailboxes off the calling (GUI or CLI main)
// thread: resolves each mailbox's IMAP secret (environment, then keychain)
// asynchronously, then syncs all of them on a worker thread that opens its
// own database connection, records each mailbox's outcome
// (InboxRepository::recordMailboxSync), and reports each mailbox and one
// summary back on the caller's thread. The secret stays in memory; it is
// never logged or stored.
#pragma once

#include "InboxSync.h"
#include "Sending.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace outreach {
class SecretStore;
}

namespace outreach::inbox {

// What one mailbox's sync came to.
struct MailboxSyncResult
{
    qint64 senderId = 0;
    QString address;
    QDateTime at;
    SyncSummary summary; // summary.failureKind set when the mailbox could not be read
    bool ok() const { return summary.errors.isEmpty(); }
};

class InboxSyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit InboxSyncRunner(QString databaseUrl, QObject *parent = nullptr);
    // The parsed URL of an open database (its password included).
    explicit InboxSyncRunner(const DatabaseUrl &databaseUrl, QObject *parent = nullptr);
    // Cancels and waits for the mailbox being read (a blocking IMAP call
    // gives up after its timeout at worst).
    ~InboxSyncRunner() override;

    // False (and nothing started) while a run is still going.
    bool start(const QList<Sender> &mailboxes, SecretStore *store);
    bool isRunning() const { return m_running; }
    // The mailboxes not yet begun are skipped; the run still finishes
    // (finished() comes) with what was done.
    void cancel();

signals:
    void progress(const QString &line);
    void mailboxSynced(const outreach::inbox::MailboxSyncResult &result);
    void finished(const outreach::inbox::SyncSummary &summary);

private:
    struct Job
    {
        Sender sender;
        QString secret;
        QString secretError; // no secret: recorded as a failure, not synced
    };
    void resolveNext(SecretStore *store);
    void runJobs();

    QString m_url;
    std::optional<DatabaseUrl> m_parsedUrl;
    QList<Sender> m_pending;
    QList<Job> m_jobs;
    QFutureWatcher<SyncSummary> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace outreach::inbox

Q_DECLARE_METATYPE(outreach::inbox::MailboxSyncResult)
