// Sends a campaign from the app: the same scheduler and send engine as
// `outreach send` (app/sending), on a worker thread with its own database
// connection, so SMTP never blocks the window. Secrets are resolved first,
// asynchronously (environment, then the keychain). One step at a time: a
// step that says "wait" becomes a timer on this side (the worker never
// sleeps), so stop() takes effect after the current send. Also sends the
// "test to me" message through the same worker, not queued and not counted.
#pragma once

#include "Database.h"
#include "Sending.h"
#include "sending/SendEngine.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace outreach {

class SecretStore;
class SendWorker;

class SendRunner : public QObject
{
    Q_OBJECT
public:
    explicit SendRunner(Database &db, QObject *parent = nullptr);
    ~SendRunner() override;

    // Where sender secrets are looked up after the environment; may be null.
    void setSecretStore(SecretStore *store) { m_store = store; }
    // An extra trusted CA certificate for SMTP (tests' throwaway ones).
    void setCaFile(const QString &path) { m_caFile = path; }
    // Sends now, outside the windows (caps, gaps and pauses still hold).
    void setIgnoreWindow(bool on) { m_ignoreWindow = on; }

    // False when a run is going on already (for any campaign).
    bool start(qint64 campaignId);
    // Stops after the current send; finished() follows.
    void stop();
    bool isRunning() const { return m_running; }
    qint64 campaignId() const { return m_campaignId; }
    // When the run waits: until when, and why (invalid when not waiting).
    QDateTime waitingUntil() const { return m_waitUntil; }

    // One message of the campaign to `to` through `sender`; testFinished() follows.
    void sendTest(qint64 campaignId, const Sender &sender, const QString &to);

signals:
    void started(qint64 campaignId);
    // After the queue was filled (messages new to the queue, and free to go).
    void queueRefreshed(qint64 campaignId);
    void stepped(qint64 campaignId, const outreach::SendStep &step);
    void waiting(qint64 campaignId, const QDateTime &until, const QString &why);
    // A run stopped by a problem (database, every sender paused), in plain words.
    void problem(qint64 campaignId, const QString &message);
    void finished(qint64 campaignId);
    void testFinished(bool ok, const QString &message);

private:
    void resolveSecrets(QList<Sender> pending, std::function<void()> then);
    void runStep(bool refresh);
    void onStep(const DbResult<SendStep> &result);
    void finish();
    void post(std::function<void(SendWorker &)> job);

    Database &m_db;
    SecretStore *m_store = nullptr;
    QString m_caFile;
    bool m_ignoreWindow = false;
    QThread m_thread;
    SendWorker *m_worker;
    QTimer m_wake;
    QHash<qint64, QString> m_secrets;
    qint64 m_campaignId = 0;
    QDateTime m_waitUntil;
    bool m_running = false;
    bool m_stepInFlight = false;
    bool m_stopRequested = false;
};

} // namespace outreach
