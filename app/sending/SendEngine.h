// Sends one message at a time for a campaign, end to end: asks the
// scheduler for the next claim, re-checks suppression and holds, builds the
// email (MimeBuilder) and hands it to the sender's server (SmtpClient), or
// posts the SMS (SmsTransport over TwilioClient), then records the outcome: sent (state and
// event together), retried with backoff, failed, bounced (event, and the
// address suppressed), in doubt, or the sender paused after a refused
// login. Blocking: the CLI calls it in its loop, the app on a worker thread
// with its own Database connection. Secrets are handed in, never read here.
#pragma once

#include "Clock.h"
#include "Database.h"
#include "SendScheduler.h"
#include "Sending.h"

#include <QHash>

#include <memory>
#include <optional>

namespace outreach {

class SmsTransport;
struct TwilioOutcome;
struct ComposedText;

struct SendStep
{
    enum class Kind { Sent, Retry, Failed, Bounced, Held, Suppressed, InDoubt, SenderPaused, Waiting, Done };
    Kind kind = Kind::Done;
    qint64 queueId = 0;
    QString recipient;
    QString detail;   // plain words: the answer, the reason, what we wait for
    QDateTime wakeAt; // Waiting: when to call step() again

    static SendStep about(Kind kind, const QueueEntry &entry, const QString &detail);
};

class SendEngine
{
public:
    SendEngine(Database &db, const Clock &clock, quint64 seed);
    ~SendEngine();

    SendScheduler &scheduler() { return m_scheduler; }
    // Secrets by sender id (SenderSecrets resolves them beforehand).
    void setSecrets(QHash<qint64, QString> secrets) { m_secrets = std::move(secrets); }
    // Extra trusted CA file for SMTP (tests' throwaway certificates).
    void setCaFile(const QString &path) { m_caFile = path; }
    // First retry after this long, doubling per attempt, at most kMaxAttempts tries.
    void setRetryBaseMs(qint64 ms) { m_retryBaseMs = ms; }
    static constexpr int kMaxAttempts = 5;
    // How long an SMS request may take before it is given up (in doubt once
    // it has left).
    void setSmsTimeoutMs(int ms) { m_smsTimeoutMs = ms; }

    DbResult<SendStep> step(qint64 campaignId);
    // A test message to `to` through `sender`, not queued and not counted.
    DbResult<SendStep> sendTest(qint64 campaignId, const Sender &sender, const QString &to);

private:
    DbResult<SendStep> sendClaimed(const QueueEntry &entry, const Sender &sender);
    DbResult<SendStep> settleEmail(const QueueEntry &entry, const Sender &sender,
                                   const struct SmtpOutcome &out);
    // delayMs: the server's own wait (Retry-After) instead of the backoff.
    DbResult<SendStep> retryOrFail(const QueueEntry &entry, const QString &answer,
                                   std::optional<qint64> delayMs = std::nullopt);
    // SMS over Twilio (SendEngineSms.cpp).
    DbResult<SendStep> sendSms(const QueueEntry &entry, const Sender &sender, const ComposedText &text);
    DbResult<SendStep> settleSms(const QueueEntry &entry, const Sender &sender, const TwilioOutcome &out);
    DbResult<SendStep> sendTestSms(const Sender &sender, const QString &to, const QString &body);
    DbResult<SendStep> pauseSender(const QueueEntry &entry, const Sender &sender, const QString &why);
    SmsTransport &sms();

    Database &m_db;
    const Clock &m_clock;
    SendScheduler m_scheduler;
    QHash<qint64, QString> m_secrets;
    QString m_caFile;
    qint64 m_retryBaseMs = 5 * 60 * 1000;
    std::unique_ptr<SmsTransport> m_sms; // made on the first SMS
    int m_smsTimeoutMs = 30000;
};

QString stepKindName(SendStep::Kind kind);

} // namespace outreach
