// Runs inbox sync for a set of mailboxes off the calling (GUI or CLI main)
// thread: resolves each mailbox's IMAP secret (environment, then keychain)
// asynchronously, then syncs all of them on a worker thread that opens its
// own database connection, and reports one summary back on the caller's
// thread. The secret stays in memory; it is never logged or stored.
#pragma once

#include "InboxSync.h"
#include "Sending.h"

#include <QFutureWatcher>
#include <QObject>

namespace outreach {
class SecretStore;
}

namespace outreach::inbox {

class InboxSyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit InboxSyncRunner(QString databaseUrl, QObject *parent = nullptr);
    ~InboxSyncRunner() override;

    // False (and nothing started) while a run is still going.
    bool start(const QList<Sender> &mailboxes, SecretStore *store);
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString &line);
    void finished(const outreach::inbox::SyncSummary &summary);

private:
    struct Job
    {
        Sender sender;
        QString secret;
    };
    void resolveNext(SecretStore *store);
    void runJobs();

    QString m_url;
    QList<Sender> m_pending;
    QList<Job> m_jobs;
    SyncSummary m_summary; // secret problems found before the run
    QFutureWatcher<SyncSummary> m_watcher;
    bool m_running = false;
};

} // namespace outreach::inbox
