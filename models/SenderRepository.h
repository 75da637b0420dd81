// Reads and writes the user's senders, which senders each campaign uses
// (campaign_senders, in rotation order) and each campaign's send settings.
// reserveSlot() is the atomic step that keeps a sender's gap and cap when
// several processes send from it at once.
#pragma once

#include "Database.h"
#include "Sending.h"

#include <QList>

namespace outreach {

class SenderRepository
{
public:
    explicit SenderRepository(Database &db)
        : m_db(db)
    {}

    DbResult<qint64> add(Sender &sender);
    DbStatus update(const Sender &sender);
    DbResult<Sender> get(qint64 id) const;
    DbResult<QList<Sender>> list() const;
    DbStatus remove(qint64 id);
    // Pauses with a reason shown to the user (empty reason: resume).
    DbStatus setPaused(qint64 id, bool paused, const QString &reason);
    // The first day a sender sent, for ramp-up; kept once set.
    DbStatus markRampStarted(qint64 id, const QDate &day);

    // The campaign's senders in rotation order; replaces the whole list.
    DbStatus setCampaignSenders(qint64 campaignId, const QList<qint64> &senderIds);
    DbResult<QList<Sender>> campaignSenders(qint64 campaignId) const;

    DbResult<CampaignSendSettings> settings(qint64 campaignId) const;
    DbStatus saveSettings(const CampaignSendSettings &settings);

    // Takes the sender's next send slot if it is free at `now` (not paused,
    // next_send_at unset or due) and moves next_send_at to `next`. Locks the
    // sender's row until the caller's transaction ends (PostgreSQL), so the
    // cap count read after it is not raced. False when the slot is taken.
    DbResult<bool> reserveSlot(qint64 senderId, const QDateTime &now, const QDateTime &next);
    // Keeps the sender quiet until `at` (a provider's Retry-After), unless
    // its next slot is later already.
    DbStatus deferNextSend(qint64 senderId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace outreach
