// One pass of SMS status sync for a phone sender: polls Twilio for the
// status of every sent SMS that is due (GET …/Messages/{SID}.json) until it
// is final — delivered → `delivered`; undelivered/failed → `bounced` with
// Twilio's error code (21610: `unsubscribed` and the number suppressed);
// queued/sending/sent/accepted → polled again later with back-off, given up
// after kGiveUpHours (the message stays `sent`) — then lists the SMS sent
// to the sender's number (GET …/Messages.json?To=…&DateSent>=…, every
// page) and records those from leads we sent to: an opt-out (the inbox's
// opt-out rule with the SMS keywords) → `unsubscribed` and suppression,
// anything else → `replied` with a stored reply (replies table, kind
// reply / opt_out) and the stop on reply. Events go through
// EventRepository; a re-sync adds nothing (final statuses are never polled
// again, inbound messages are known by their SID). Blocking: run it on a
// worker thread with that thread's own Database (SmsStatusSyncRunner does).
// The auth token is only ever in the Authorization header.
#pragma once

#include "Database.h"
#include "Sending.h"
#include "SmsStatusRepository.h"

#include <QJsonObject>

#include <memory>

namespace outreach {

class SmsTransport;
struct TwilioAccount;
struct TwilioOutcome;

struct SmsSyncSummary
{
    qint64 polled = 0; // status requests answered
    qint64 delivered = 0;
    qint64 bounced = 0;
    qint64 optOuts = 0;   // 21610 answers and inbound opt-outs
    qint64 replies = 0;   // inbound SMS from leads that are not opt-outs
    qint64 pending = 0;   // sent SMS still waiting for a final status after the pass
    qint64 unmatched = 0; // new inbound SMS from numbers we did not send to
    QStringList errors;
    bool authenticationFailed = false;

    void add(const SmsSyncSummary &other);
    // sms_delivered, sms_bounced, sms_opt_outs, sms_replies, sms_pending, sms_unmatched
    QJsonObject toJson() const;
};

class SmsStatusSync
{
public:
    static constexpr int kGiveUpHours = 72;

    explicit SmsStatusSync(Database &db);
    ~SmsStatusSync();

    void setNow(const QDateTime &now) { m_now = now; } // tests pin the clock
    QDateTime now() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    SmsSyncSummary syncSender(const Sender &sender, const QString &token);

    // When an SMS sent at `sentAt` and polled `polls` times (this one
    // included) without a final status is polled next: 1, 2, 4, … minutes,
    // at most an hour apart in its first day, then every 6 hours.
    static QDateTime nextPoll(const QDateTime &sentAt, const QDateTime &now, int polls);
    // Twilio's status names: final ones and what they become.
    static bool isFinalStatus(const QString &status);

private:
    bool pollStatuses(const Sender &sender, const TwilioAccount &account, SmsSyncSummary &summary);
    bool readInbound(const Sender &sender, const TwilioAccount &account, SmsSyncSummary &summary);
    DbStatus settle(const Sender &sender, const SmsPoll &poll, const QJsonObject &message,
                    SmsSyncSummary &summary);
    DbStatus recordInbound(const Sender &sender, const QJsonObject &message, const QDateTime &seenBefore,
                           SmsSyncSummary &summary);
    QString failure(const Sender &sender, const TwilioAccount &account, const TwilioOutcome &out) const;
    SmsTransport &transport();

    Database &m_db;
    QDateTime m_now;
    int m_timeoutMs = 30000;
    std::unique_ptr<SmsTransport> m_transport;
};

} // namespace outreach
