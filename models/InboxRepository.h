// What inbox sync stores and looks up: the sync position per sender and
// folder (UIDVALIDITY, last UID), which of our sends a received mail
// belongs to (by Message-ID, unsubscribe token, or a recent send to the
// address), the replies table, the stop-on-reply holds on the send queue,
// and the inbox settings. Events go through EventRepository, not here.
#pragma once

#include "Database.h"
#include "Sending.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace outreach {

struct SyncPosition
{
    quint32 uidValidity = 0;
    quint32 lastUid = 0;
    QDateTime lastSyncAt;
    QString lastError;
};

// The outcome of the last sync of one mailbox (status bar, banner).
struct MailboxSyncStatus
{
    qint64 senderId = 0;
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt; // kept when a later attempt fails
    QString lastError;       // empty after a success; never holds a secret
    // "", "authentication", "secret", "tls", "connection" or "other"
    QString errorKind;
    int failures = 0; // failed attempts in a row
};

// One of our sends a received mail was matched to.
struct SendMatch
{
    qint64 queueId = 0;
    qint64 messageId = 0; // campaign_messages.id
    qint64 campaignId = 0;
    qint64 leadId = 0;
    QString recipient;
};

struct ReplyRecord
{
    qint64 id = 0;
    QString mailKey; // the mail's Message-ID, or a hash of it when it has none
    qint64 senderId = 0;
    QString folder;
    quint32 uid = 0;
    qint64 messageId = 0;
    qint64 campaignId = 0;
    QString kind; // reply, auto_reply, bounce, soft_bounce, opt_out
    QString fromAddress;
    QString fromName;
    QString subject;
    QDateTime receivedAt;
    QString snippet;
    QString body;
    QString statusCode;
    QString diagnostic;
    QDate returnDate;
    QString rule;
    bool corrected = false;
    // Filled by replies() for display:
    QString leadEmail;
    QString leadName;
    int variant = -1;
    QString campaignName;
    // The latest manual correction (ReplyCorrectionRepository), when corrected.
    QString correctedFrom; // the kind before it
    QString correctedBy;
    QDateTime correctedAt;
};

class InboxRepository
{
public:
    explicit InboxRepository(Database &db)
        : m_db(db)
    {}

    DbResult<SyncPosition> position(qint64 senderId, const QString &folder) const;
    DbStatus savePosition(qint64 senderId, const QString &folder, const SyncPosition &position);
    // Last sync time and error per sender (any folder), for the status bar.
    DbResult<QList<QPair<qint64, SyncPosition>>> lastSyncs() const;

    // Records one sync attempt of a mailbox: a success when error is empty.
    DbStatus recordMailboxSync(qint64 senderId, const QDateTime &at, const QString &error,
                               const QString &errorKind);
    // Every mailbox that was ever synced, by sender id.
    DbResult<QList<MailboxSyncStatus>> mailboxSyncStatuses() const;

    DbResult<std::optional<SendMatch>> sendByRfcMessageIds(const QStringList &ids) const;
    DbResult<std::optional<SendMatch>> sendByUnsubscribeToken(const QString &token) const;
    // The latest sent message to `address` since `since`.
    DbResult<std::optional<SendMatch>> recentSendTo(const QString &address, const QDateTime &since) const;

    DbResult<bool> hasReply(const QString &mailKey) const;
    // Stores the reply; false (and nothing stored) when its mail_key is known.
    DbResult<bool> addReply(ReplyRecord &reply);
    // A campaign's replies (0: all campaigns), newest first, optionally one kind.
    DbResult<QList<ReplyRecord>> replies(qint64 campaignId, const QString &kind = QString()) const;
    // One reply with its display fields (NotFound when there is none).
    DbResult<ReplyRecord> reply(qint64 replyId) const;

    DbResult<QString> setting(const QString &name, const QString &fallback) const;
    DbStatus setSetting(const QString &name, const QString &value);

    // Stop-on-reply: no send to `address` before `until`, in any campaign.
    // Queued sends to it are moved to `until`; returns how many.
    DbResult<int> stopSendsTo(const QString &address, const QDateTime &until, const QString &reason);
    DbResult<QDateTime> stoppedUntil(const QString &address) const;

    // In-doubt sends of a sender, oldest claim first.
    DbResult<QList<QueueEntry>> inDoubt(qint64 senderId) const;
    // Keeps the send in doubt and says why (shown with "send again").
    DbStatus setInDoubtReason(qint64 queueId, const QString &reason);

private:
    DbResult<std::optional<SendMatch>> firstMatch(QSqlQuery &q) const;
    DbResult<QList<ReplyRecord>> read(qint64 campaignId, const QString &kind, qint64 replyId) const;
    Database &m_db;
};

} // namespace outreach
