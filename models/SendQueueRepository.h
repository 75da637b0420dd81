// The send queue: one row per campaign message in the test, whose state
// (queued, claimed, sent, failed, held, suppressed, in doubt) drives the
// scheduler. Every step that matters for "never twice" is one statement or
// one transaction here: claimNext() takes a message atomically (UPDATE ...
// RETURNING; FOR UPDATE SKIP LOCKED on PostgreSQL) and stores its Message-ID
// before anything goes out; markSent() commits the state and the `sent`
// event together.
#pragma once

#include "Database.h"
#include "Sending.h"

#include <QList>
#include <QMap>

namespace outreach {

struct ClaimRequest
{
    qint64 campaignId = 0;
    QList<QByteArray> zones; // lead zones whose window is open now
    QDateTime now;
    qint64 senderId = 0;
    QString rfcMessageId;     // used unless the row already has one (a retry)
    QString unsubscribeToken; // likewise
    QString claimedBy;        // "host/pid/random" of the claiming process
};

class SendQueueRepository
{
public:
    explicit SendQueueRepository(Database &db)
        : m_db(db)
    {}

    // Inserts rows for messages not queued yet; existing rows are kept.
    // Returns how many were inserted.
    DbResult<int> insertMissing(const QList<QueueEntry> &entries);
    DbResult<QueueEntry> get(qint64 id) const;
    DbResult<std::optional<QueueEntry>> forMessage(qint64 messageId) const;
    // All rows of a campaign (optionally one state), in queue order.
    DbResult<QList<QueueEntry>> list(qint64 campaignId, std::optional<SendState> state = std::nullopt) const;
    DbResult<QList<QueueEntry>> listInState(SendState state) const;
    DbResult<QMap<SendState, qint64>> counts(qint64 campaignId) const;

    // Re-evaluates a row that has not been claimed (queued, held,
    // suppressed): new state, reason, recipient and zone. No-op otherwise.
    DbStatus reevaluate(qint64 id, SendState state, const QString &reason, const QString &recipient,
                        const QByteArray &zone);

    // Distinct lead zones of due queued rows: the scheduler checks each
    // zone's window once instead of each row's.
    DbResult<QList<QByteArray>> dueZones(qint64 campaignId, const QDateTime &now) const;
    // The earliest scheduled time of a queued row (invalid: none queued).
    DbResult<QDateTime> nextScheduled(qint64 campaignId) const;

    DbResult<std::optional<QueueEntry>> claimNext(const ClaimRequest &request);
    // Sends counted against a sender's cap since `since`.
    DbResult<int> sentSince(qint64 senderId, const QDateTime &since) const;

    // After the server accepted the message: state and `sent` event (source
    // smtp / twilio / linkedin) in one transaction.
    DbStatus markSent(qint64 id, const QDateTime &sentAt, const QString &answer, const QString &providerId,
                      const QString &source);
    // Nothing was delivered: back to queued at `retryAt`.
    DbStatus release(qint64 id, const QDateTime &retryAt, const QString &answer);
    DbStatus markFailed(qint64 id, const QString &answer, const QString &reason);
    DbStatus markInDoubt(qint64 id, const QString &reason);
    // A claimed row that must not go out after all (held or suppressed when
    // re-checked just before sending): nothing was sent.
    DbStatus unclaim(qint64 id, SendState state, const QString &reason);
    // "Send again" for an in-doubt row: queued again with the same Message-ID,
    // so a mail client that got both copies shows one.
    DbStatus requeueInDoubt(qint64 id, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace outreach
