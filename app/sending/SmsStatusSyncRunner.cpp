#include "sending/SmsStatusSyncRunner.h"

#include "secrets/SenderSecrets.h"

#include <QCoreApplication>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace outreach {

SmsStatusSyncRunner::SmsStatusSyncRunner(QString databaseUrl, QObject *parent)
    : QObject(parent)
    , m_url(std::move(databaseUrl))
{
    connect(&m_watcher, &QFutureWatcher<SmsSyncSummary>::finished, this, [this] {
        SmsSyncSummary summary = m_summary;
        summary.add(m_watcher.result());
        m_running = false;
        emit finished(summary);
    });
}

SmsStatusSyncRunner::SmsStatusSyncRunner(const DatabaseUrl &databaseUrl, QObject *parent)
    : SmsStatusSyncRunner(QString(), parent)
{
    m_parsedUrl = databaseUrl;
}

SmsStatusSyncRunner::~SmsStatusSyncRunner()
{
    // The worker holds no pointer to us but posts progress to us: wait for it.
    m_watcher.waitForFinished();
}

bool SmsStatusSyncRunner::start(const QList<Sender> &senders, SecretStore *store)
{
    if (m_running)
        return false;
    m_running = true;
    m_pending.clear();
    for (const Sender &s : senders) {
        if (s.kind == SenderKind::Phone)
            m_pending.append(s);
    }
    m_jobs.clear();
    m_summary = SmsSyncSummary{};
    resolveNext(store);
    return true;
}

void SmsStatusSyncRunner::resolveNext(SecretStore *store)
{
    if (m_pending.isEmpty()) {
        runJobs();
        return;
    }
    const Sender sender = m_pending.takeFirst();
    SenderSecrets(store).resolve(
        sender, SenderSecrets::Purpose::Send, this, [this, sender, store](const ApiKeyResult &secret) {
            if (secret.ok())
                m_jobs.append(Job{sender, secret.key});
            else
                m_summary.errors.append(
                    QCoreApplication::translate("SmsStatusSync", "Phone sender %1 (%2): %3")
                        .arg(sender.name, sender.fromAddress, secret.errorMessage));
            resolveNext(store);
        });
}

void SmsStatusSyncRunner::runJobs()
{
    const QList<Job> jobs = std::exchange(m_jobs, {});
    const QString url = m_url;
    const std::optional<DatabaseUrl> parsedUrl = m_parsedUrl;
    const QDateTime now = m_now;
    // The destructor waits for the worker, so `runner` outlives it.
    SmsStatusSyncRunner *runner = this;
    m_watcher.setFuture(QtConcurrent::run([jobs, url, parsedUrl, now, runner]() {
        SmsSyncSummary total;
        if (jobs.isEmpty())
            return total;
        auto db = parsedUrl ? Database::open(*parsedUrl) : Database::open(url);
        if (!db) {
            total.errors.append(db.errorMessage());
            return total;
        }
        SmsStatusSync sync(*db.value());
        sync.setNow(now);
        for (const Job &job : jobs) {
            const SmsSyncSummary one = sync.syncSender(job.sender, job.token);
            const QString line =
                QCoreApplication::translate("SmsStatusSync", "%1: %2 delivered, %3 bounced, %4 opt-outs, %5 "
                                                             "replies, %6 waiting for a status%7")
                    .arg(job.sender.fromAddress.isEmpty() ? job.sender.name : job.sender.fromAddress)
                    .arg(one.delivered)
                    .arg(one.bounced)
                    .arg(one.optOuts)
                    .arg(one.replies)
                    .arg(one.pending)
                    .arg(one.errors.isEmpty() ? QString() : u" — "_s + one.errors.join(u"; "_s));
            QMetaObject::invokeMethod(
                runner, [runner, line] { emit runner->progress(line); }, Qt::QueuedConnection);
            total.add(one);
        }
        return total;
    }));
}

} // namespace outreach
