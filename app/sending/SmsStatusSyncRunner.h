// Runs SMS status sync for a set of phone senders off the calling (GUI or
// CLI main) thread, as InboxSyncRunner does for mailboxes: resolves each
// sender's Twilio token (OUTREACH_TWILIO_TOKEN, then the keychain)
// asynchronously, then syncs all of them on a worker thread that opens its
// own database connection, and reports one summary back on the caller's
// thread. The token stays in memory; it is never logged or stored.
#pragma once

#include "DatabaseUrl.h"
#include "Sending.h"
#include "sending/SmsStatusSync.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace outreach {

class SecretStore;

class SmsStatusSyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SmsStatusSyncRunner(QString databaseUrl, QObject *parent = nullptr);
    // The open database's URL (the app's; it may carry a password that the
    // text form leaves out).
    explicit SmsStatusSyncRunner(const DatabaseUrl &databaseUrl, QObject *parent = nullptr);
    ~SmsStatusSyncRunner() override;

    // Senders that are not phone numbers are left out. False (and nothing
    // started) while a run is still going.
    bool start(const QList<Sender> &senders, SecretStore *store);
    bool isRunning() const { return m_running; }
    // Tests pin the clock of the worker's SmsStatusSync.
    void setNow(const QDateTime &now) { m_now = now; }

signals:
    void progress(const QString &line);
    void finished(const outreach::SmsSyncSummary &summary);

private:
    struct Job
    {
        Sender sender;
        QString token;
    };
    void resolveNext(SecretStore *store);
    void runJobs();

    QString m_url;
    std::optional<DatabaseUrl> m_parsedUrl;
    QDateTime m_now;
    QList<Sender> m_pending;
    QList<Job> m_jobs;
    SmsSyncSummary m_summary; // token problems found before the run
    QFutureWatcher<SmsSyncSummary> m_watcher;
    bool m_running = false;
};

} // namespace outreach
