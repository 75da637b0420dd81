#include "InboxSyncRunner.h"

#include "secrets/SenderSecrets.h"

#include <QCoreApplication>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace outreach::inbox {

InboxSyncRunner::InboxSyncRunner(QString databaseUrl, QObject *parent)
    : QObject(parent)
    , m_url(std::move(databaseUrl))
{
    connect(&m_watcher, &QFutureWatcher<SyncSummary>::finished, this, [this] {
        SyncSummary summary = m_summary;
        summary.add(m_watcher.result());
        m_running = false;
        emit finished(summary);
    });
}

InboxSyncRunner::~InboxSyncRunner()
{
    // The worker holds no pointer to us, but its result must not outlive
    // the process quietly: wait for the current mailbox to finish.
    m_watcher.waitForFinished();
}

bool InboxSyncRunner::start(const QList<Sender> &mailboxes, SecretStore *store)
{
    if (m_running)
        return false;
    m_running = true;
    m_pending = mailboxes;
    m_jobs.clear();
    m_summary = SyncSummary{};
    resolveNext(store);
    return true;
}

void InboxSyncRunner::resolveNext(SecretStore *store)
{
    if (m_pending.isEmpty()) {
        runJobs();
        return;
    }
    const Sender sender = m_pending.takeFirst();
    SenderSecrets(store).resolve(
        sender, SenderSecrets::Purpose::Imap, this, [this, sender, store](const ApiKeyResult &secret) {
            if (secret.ok()) {
                m_jobs.append(Job{sender, secret.key});
            } else {
                m_summary.errors.append(QCoreApplication::translate("InboxSync", "Mailbox %1 (%2): %3")
                                            .arg(sender.id)
                                            .arg(sender.fromAddress, secret.errorMessage));
            }
            resolveNext(store);
        });
}

void InboxSyncRunner::runJobs()
{
    const QList<Job> jobs = std::exchange(m_jobs, {});
    const QString url = m_url;
    // The destructor waits for the worker, so `runner` outlives it; queued
    // calls to a destroyed runner are dropped by Qt.
    InboxSyncRunner *runner = this;
    m_watcher.setFuture(QtConcurrent::run([jobs, url, runner]() {
        SyncSummary total;
        auto db = Database::open(url);
        if (!db) {
            total.errors.append(db.errorMessage());
            return total;
        }
        InboxSync sync(*db.value());
        for (const Job &job : jobs) {
            const SyncSummary one = sync.syncSender(job.sender, job.secret);
            {
                const QString line =
                    QCoreApplication::translate("InboxSync", "%1: %2 new, %3 replies, %4 auto-replies, %5 "
                                                             "bounces, %6 opt-outs%7")
                        .arg(job.sender.fromAddress)
                        .arg(one.fetched)
                        .arg(one.replies)
                        .arg(one.autoReplies)
                        .arg(one.bounces)
                        .arg(one.optOuts)
                        .arg(one.errors.isEmpty() ? QString() : u" — "_s + one.errors.join(u"; "_s));
                QMetaObject::invokeMethod(
                    runner, [runner, line] { emit runner->progress(line); }, Qt::QueuedConnection);
            }
            total.add(one);
        }
        return total;
    }));
}

} // namespace outreach::inbox
