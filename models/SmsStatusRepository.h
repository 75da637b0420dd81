// What SMS status sync stores and looks up: the sent SMS of a phone sender
// whose Twilio status is not final yet (with the polls so far), Twilio's
// answer for each (sms_status, migration 12), and which of our SMS sends an
// inbound message belongs to (the latest send from that sender to the
// number). Events, replies and suppressions go through their own
// repositories.
#pragma once

#include "Database.h"
#include "InboxRepository.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace outreach {

// A sent SMS waiting for its final status.
struct SmsPoll
{
    qint64 queueId = 0;
    qint64 messageId = 0;
    qint64 campaignId = 0;
    QString recipient; // E.164
    QString sid;       // Twilio's message SID
    QDateTime sentAt;
    int polls = 0; // polls of this SID so far
    QString status;
    QDateTime nextPollAt; // invalid: not polled yet, due now
};

// Twilio's answer for one SMS, as stored.
struct SmsStatusRecord
{
    QString status;
    int errorCode = 0;
    QString outcome; // '', delivered, bounced, unsubscribed, canceled, expired
    int polls = 0;
    QDateTime lastPolledAt;
    QDateTime nextPollAt;
    QDateTime finalAt; // set: final, never polled again
};

class SmsStatusRepository
{
public:
    explicit SmsStatusRepository(Database &db)
        : m_db(db)
    {}

    // The sender's sent SMS (with a message SID) whose status is not final,
    // oldest send first.
    DbResult<QList<SmsPoll>> pending(qint64 senderId) const;
    DbStatus save(qint64 queueId, const QString &sid, const SmsStatusRecord &record);
    DbResult<std::optional<SmsStatusRecord>> forSend(qint64 queueId) const;

    // The latest SMS this sender sent to `e164`.
    DbResult<std::optional<SendMatch>> latestSendTo(qint64 senderId, const QString &e164) const;
    // When the sender sent its first SMS; invalid when it never sent one.
    DbResult<QDateTime> firstSentAt(qint64 senderId) const;

private:
    Database &m_db;
};

} // namespace outreach
