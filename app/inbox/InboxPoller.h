// Keeps the app's mailboxes synced while it runs: a pass over every mailbox
// with IMAP settings when polling starts, the next one `interval` after the
// previous pass ended, and one on demand (syncNow); never two passes at
// once. Each pass runs on InboxSyncRunner's worker (its own database
// connection); the poller itself lives on the GUI thread, owns no widget
// and only talks through signals, so it is testable without a window.
// stop() (window closing, database switched) cancels the mailboxes not yet
// begun; destroying the poller waits for the one being read.
//
// After the mailboxes, a pass asks Twilio about the SMS of every phone number
// that has sent one (delivery statuses, STOPs and answers, through
// SmsStatusSyncRunner on its own worker), as `outreach sync` does.
#pragma once

#include "InboxRepository.h"
#include "InboxSyncRunner.h"
#include "sending/SmsStatusSyncRunner.h"

#include <QObject>
#include <QTimer>
#include <chrono>

namespace outreach {
class SecretStore;
}

namespace outreach::inbox {

class InboxPoller : public QObject
{
    Q_OBJECT
public:
    // A mailbox with IMAP settings and the outcome of its last sync.
    struct Mailbox
    {
        qint64 senderId = 0;
        QString address;
        MailboxSyncStatus status; // senderId 0 when it was never synced
        // Needs the user (wrong password, no secret, certificate refused,
        // or three failures in a row), not just the next pass.
        bool needsAttention() const;
    };

    static constexpr std::chrono::minutes kDefaultInterval{5};

    explicit InboxPoller(Database &db, QObject *parent = nullptr);
    ~InboxPoller() override;

    void setSecretStore(SecretStore *store) { m_store = store; }
    // Time from the end of one pass to the start of the next; 0: only on
    // demand. Applies to the pass being waited for at once.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // Polling on: the first pass after `firstDelay` (0: on the next turn
    // of the event loop, so a window is shown before anything runs).
    void start(std::chrono::milliseconds firstDelay = std::chrono::milliseconds(0));
    // Polling off; a pass underway skips the mailboxes not yet begun.
    void stop();
    bool isActive() const { return m_active; }
    bool isRunning() const { return m_runner.isRunning() || m_smsRunner.isRunning(); }
    // Whether a pass is waiting on the timer (tests, the status tooltip).
    bool isPassScheduled() const { return m_timer.isActive(); }

    // A pass now (the timer starts again after it); false while one runs.
    bool syncNow();

    // The mailboxes and their last outcome, as last read from the database.
    const QList<Mailbox> &mailboxes() const { return m_mailboxes; }
    // Reads them again (after the senders changed); emits statusChanged().
    void reloadStatus();

signals:
    void passStarted();
    void mailboxSynced(const outreach::inbox::MailboxSyncResult &result);
    void passFinished(const outreach::inbox::SyncSummary &summary);
    // The SMS part of a pass, when a phone number has sent SMS.
    void smsPassFinished(const outreach::SmsSyncSummary &summary);
    // The pass recorded something (a reply, bounce, opt-out, an in-doubt
    // send found or not): panes showing events should read them again.
    void eventsArrived();
    void statusChanged();

private:
    void onFinished(const SyncSummary &summary);
    void concludePass(const SyncSummary &mail, bool smsRecorded);
    QList<Sender> smsPhones() const;
    QList<Sender> imapMailboxes(QString *error) const;

    Database &m_db;
    SecretStore *m_store = nullptr;
    InboxSyncRunner m_runner;
    SmsStatusSyncRunner m_smsRunner;
    SyncSummary m_mailSummary; // of the pass whose SMS part runs
    QTimer m_timer;
    std::chrono::milliseconds m_interval = kDefaultInterval;
    QList<Mailbox> m_mailboxes;
    bool m_active = false;
    bool m_stopped = false; // stop() called since the last pass began
};

} // namespace outreach::inbox
