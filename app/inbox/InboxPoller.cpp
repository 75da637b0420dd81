#include "InboxPoller.h"

#include "SenderRepository.h"
#include "SmsStatusRepository.h"

using namespace Qt::StringLiterals;

namespace outreach::inbox {
namespace {

constexpr int kFailuresBeforeAttention = 3;

bool recordedSomething(const SyncSummary &s)
{
    return s.replies + s.autoReplies + s.bounces + s.softBounces + s.optOuts + s.inDoubtResolved +
               s.inDoubtUnconfirmed >
           0;
}

} // namespace

bool InboxPoller::Mailbox::needsAttention() const
{
    if (status.lastError.isEmpty())
        return false;
    return status.errorKind == u"authentication" || status.errorKind == u"secret" ||
           status.errorKind == u"tls" || status.failures >= kFailuresBeforeAttention;
}

InboxPoller::InboxPoller(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_runner(db.url(), this)
    , m_smsRunner(db.url(), this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_runner, &InboxSyncRunner::mailboxSynced, this, [this](const MailboxSyncResult &result) {
        // Show each mailbox as soon as it is done, not after the whole pass.
        reloadStatus();
        emit mailboxSynced(result);
    });
    connect(&m_runner, &InboxSyncRunner::finished, this, &InboxPoller::onFinished);
    connect(&m_smsRunner, &SmsStatusSyncRunner::finished, this, [this](const SmsSyncSummary &sms) {
        emit smsPassFinished(sms);
        concludePass(m_mailSummary, sms.delivered + sms.bounced + sms.optOuts + sms.replies > 0);
    });
    reloadStatus();
}

InboxPoller::~InboxPoller()
{
    m_active = false;
    m_timer.stop();
    m_stopped = true;
    m_runner.cancel(); // its destructor then waits for the mailbox being read
}

void InboxPoller::setInterval(std::chrono::milliseconds interval)
{
    if (interval == m_interval)
        return;
    m_interval = interval;
    if (!m_active || m_runner.isRunning())
        return;
    if (m_interval.count() > 0)
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

void InboxPoller::start(std::chrono::milliseconds firstDelay)
{
    m_active = true;
    if (!m_runner.isRunning())
        m_timer.start(firstDelay);
}

void InboxPoller::stop()
{
    m_active = false;
    m_timer.stop();
    m_stopped = true;
    m_runner.cancel();
}

bool InboxPoller::syncNow()
{
    if (isRunning())
        return false;
    m_timer.stop();
    m_stopped = false;
    QString error;
    const QList<Sender> mailboxes = imapMailboxes(&error);
    if (!error.isEmpty()) {
        // The database could not be read: no pass, but the schedule goes on.
        emit passStarted();
        SyncSummary failed;
        failed.errors.append(error);
        onFinished(failed);
        return true;
    }
    m_runner.start(mailboxes, m_store);
    emit passStarted(); // after start(): listeners see isRunning()
    return true;
}

void InboxPoller::onFinished(const SyncSummary &summary)
{
    // Not after stop(): the window is closing or the database changing.
    const QList<Sender> phones = m_stopped ? QList<Sender>() : smsPhones();
    if (!phones.isEmpty() && m_smsRunner.start(phones, m_store)) {
        m_mailSummary = summary;
        reloadStatus(); // the mailboxes are done: show them now
        return;
    }
    concludePass(summary, false);
}

void InboxPoller::concludePass(const SyncSummary &mail, bool smsRecorded)
{
    reloadStatus();
    emit passFinished(mail);
    if (recordedSomething(mail) || smsRecorded)
        emit eventsArrived();
    if (m_active && m_interval.count() > 0 && !isRunning())
        m_timer.start(m_interval);
}

QList<Sender> InboxPoller::smsPhones() const
{
    // A number that never sent an SMS has nothing to hear back: its token
    // is not even looked up.
    QList<Sender> phones;
    const auto senders = SenderRepository(m_db).list();
    if (!senders)
        return phones;
    for (const Sender &s : senders.value()) {
        if (s.kind != SenderKind::Phone)
            continue;
        const auto first = SmsStatusRepository(m_db).firstSentAt(s.id);
        if (first && first->isValid())
            phones.append(s);
    }
    return phones;
}

QList<Sender> InboxPoller::imapMailboxes(QString *error) const
{
    QList<Sender> mailboxes;
    const auto senders = SenderRepository(m_db).list();
    if (!senders) {
        if (error)
            *error = senders.errorMessage();
        return mailboxes;
    }
    for (const Sender &s : senders.value()) {
        if (s.kind == SenderKind::Mailbox && !s.imapHost.isEmpty())
            mailboxes.append(s);
    }
    return mailboxes;
}

void InboxPoller::reloadStatus()
{
    QList<Mailbox> list;
    const QList<Sender> senders = imapMailboxes(nullptr);
    const auto statuses = InboxRepository(m_db).mailboxSyncStatuses();
    for (const Sender &s : senders) {
        Mailbox m{s.id, s.fromAddress, {}};
        if (statuses) {
            for (const MailboxSyncStatus &status : statuses.value()) {
                if (status.senderId == s.id)
                    m.status = status;
            }
        }
        list.append(m);
    }
    m_mailboxes = list;
    emit statusChanged();
}

} // namespace outreach::inbox
