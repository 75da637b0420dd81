// Decides what goes out next for a campaign, and claims it: the one
// scheduler the app and `outreach send` share. refresh() puts the
// campaign's messages in the test into the send queue (held with a reason,
// or suppressed, where they may not go out); next() honours the campaign's
// window in each lead's local time, each sender's window, daily cap
// (ramp-up), random gap and pause, rotates over the campaign's senders, and
// claims one message atomically with its Message-ID, or says when to look
// again. All time comes from the injected Clock.
#pragma once

#include "Campaign.h"
#include "Database.h"
#include "Sending.h"
#include "sending/Clock.h"

#include <QRandomGenerator>

namespace outreach {

struct RefreshResult
{
    int inserted = 0; // rows new in the queue
    int queued = 0;   // in the queue and free to go (after this refresh)
    int held = 0;
    int suppressed = 0;
};

struct SendDecision
{
    std::optional<QueueEntry> entry; // claimed: send it now
    Sender sender;                   // the sender it was claimed for
    QDateTime wakeAt;                // nothing claimed: look again then; invalid: nothing left to send
    QString waitReason;              // plain words for progress
};

class SendScheduler
{
public:
    SendScheduler(Database &db, const Clock &clock, quint64 seed);

    // Sends now whatever the windows say (caps, gaps and pauses still hold).
    void setIgnoreWindow(bool on) { m_ignoreWindow = on; }
    // Who claims: "host/pid/nonce" of this process (processOwner()) unless set.
    void setOwner(const QString &owner) { m_owner = owner; }
    QString owner() const { return m_owner; }
    static QString processOwner();

    DbResult<RefreshResult> refresh(qint64 campaignId);
    DbResult<SendDecision> next(qint64 campaignId);

    // Claims left by a process that is gone (same host, no such process) or
    // older than the lease become in doubt: they are never resent blindly.
    DbResult<int> recoverAbandonedClaims();
    static constexpr qint64 kClaimLeaseMs = 15 * 60 * 1000;

    // The sender kind that serves a channel (nullopt: custom, export-only).
    static std::optional<SenderKind> senderKindFor(Channel channel);

private:
    DbResult<Campaign> activeCampaign(qint64 campaignId) const;
    QString newMessageId(const Sender &sender);
    QString newToken();

    Database &m_db;
    const Clock &m_clock;
    QRandomGenerator m_random;
    QString m_owner;
    bool m_ignoreWindow = false;
};

} // namespace outreach
