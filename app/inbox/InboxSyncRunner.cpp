#include "InboxSyncRunner.h"

#include "InboxRepository.h"
#include "secrets/SenderSecrets.h"

#include <QCoreApplication>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace outreach::inbox {
namespace {

QString progressLine(const QString &address, const SyncSummary &one)
{
    return QCoreApplication::translate("InboxSync", "%1: %2 new, %3 replies, %4 auto-replies, %5 "
                                                    "bounces, %6 opt-outs%7")
        .arg(address)
        .arg(one.fetched)
        .arg(one.replies)
        .arg(one.autoReplies)
        .arg(one.bounces)
        .arg(one.optOuts)
        .arg(one.errors.isEmpty() ? QString() : u" — "_s + one.errors.join(u"; "_s));
}

} // namespace

InboxSyncRunner::InboxSyncRunner(QString databaseUrl, QObject *parent)
    : QObject(parent)
    , m_url(std::move(databaseUrl))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<MailboxSyncResult>();
    connect(&m_watcher, &QFutureWatcher<SyncSummary>::finished, this, [this] {
        const SyncSummary summary = m_watcher.result();
        m_running = false;
        emit finished(summary);
    });
}

InboxSyncRunner::InboxSyncRunner(const DatabaseUrl &databaseUrl, QObject *parent)
    : InboxSyncRunner(QString(), parent)
{
    m_parsedUrl = databaseUrl;
}

InboxSyncRunner::~InboxSyncRunner()
{
    // The worker holds no pointer it could use after this (its queued
    // calls to us are dropped once we are gone), but its database
    // connection and the mailbox it reads must be finished, not abandoned.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void InboxSyncRunner::cancel()
{
    m_cancel->store(true);
    m_pending.clear();
}

bool InboxSyncRunner::start(const QList<Sender> &mailboxes, SecretStore *store)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel->store(false);
    m_pending = mailboxes;
    m_jobs.clear();
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
    SenderSecrets(store).resolve(sender, SenderSecrets::Purpose::Imap, this,
                                 [this, sender, store](const ApiKeyResult &secret) {
                                     if (secret.ok())
                                         m_jobs.append(Job{sender, secret.key, QString()});
                                     else
                                         m_jobs.append(Job{sender, QString(), secret.errorMessage});
                                     resolveNext(store);
                                 });
}

void InboxSyncRunner::runJobs()
{
    const QList<Job> jobs = std::exchange(m_jobs, {});
    const QString url = m_url;
    const std::optional<DatabaseUrl> parsedUrl = m_parsedUrl;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    // The destructor waits for the worker, so `runner` outlives it; queued
    // calls to a destroyed runner are dropped by Qt.
    InboxSyncRunner *runner = this;
    m_watcher.setFuture(QtConcurrent::run([jobs, url, parsedUrl, runner, cancelled]() {
        SyncSummary total;
        if (jobs.isEmpty() || cancelled->load())
            return total;
        auto db = parsedUrl ? Database::open(*parsedUrl) : Database::open(url);
        if (!db) {
            total.errors.append(db.errorMessage());
            return total;
        }
        InboxSync sync(*db.value());
        InboxRepository repo(*db.value());
        for (const Job &job : jobs) {
            if (cancelled->load())
                break;
            MailboxSyncResult result{job.sender.id, job.sender.fromAddress, QDateTime(), SyncSummary()};
            if (!job.secretError.isEmpty()) {
                result.summary.errors.append(QCoreApplication::translate("InboxSync", "Mailbox %1 (%2): %3")
                                                 .arg(job.sender.id)
                                                 .arg(job.sender.fromAddress, job.secretError));
                result.summary.failureKind = u"secret"_s;
            } else {
                result.summary = sync.syncSender(job.sender, job.secret);
            }
            result.at = sync.now();
            if (!result.ok() && result.summary.failureKind.isEmpty())
                result.summary.failureKind = u"other"_s;
            // What the user sees first; the full list stays in errors.
            const QString error = result.summary.errors.isEmpty() ? QString() : result.summary.errors.first();
            if (auto saved =
                    repo.recordMailboxSync(job.sender.id, result.at, error, result.summary.failureKind);
                !saved)
                result.summary.errors.append(saved.errorMessage());
            const QString line = progressLine(job.sender.fromAddress, result.summary);
            QMetaObject::invokeMethod(
                runner,
                [runner, line, result] {
                    emit runner->progress(line);
                    emit runner->mailboxSynced(result);
                },
                Qt::QueuedConnection);
            total.add(result.summary);
        }
        return total;
    }));
}

} // namespace outreach::inbox
