// The SMS half of SendEngine: posts the claimed message to Twilio and
// records what Twilio's answer means. The claim (and with it the attempt)
// was committed before the request left; the `sent` event and the message
// SID are committed with the state after a 2xx; a request that left without
// an answer leaves the message in doubt, never resent by itself.
#include "EventRepository.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"
#include "SuppressionRepository.h"
#include "sending/PhoneNumber.h"
#include "sending/SendEngine.h"
#include "sending/SendPolicy.h"
#include "sending/SmsTransport.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {

SmsTransport &SendEngine::sms()
{
    if (!m_sms)
        m_sms = std::make_unique<SmsTransport>();
    m_sms->setTimeoutMs(m_smsTimeoutMs);
    return *m_sms;
}

DbResult<SendStep> SendEngine::pauseSender(const QueueEntry &e, const Sender &sender, const QString &why)
{
    // Nothing was sent: the message goes back to the queue and the sender
    // stops until the user fixes it (one clear reason).
    if (auto status = SendQueueRepository(m_db).release(e.id, m_clock.now(), why); !status)
        return status.error();
    if (auto status = SenderRepository(m_db).setPaused(sender.id, true, why); !status)
        return status.error();
    return SendStep::about(SendStep::Kind::SenderPaused, e, why);
}

DbResult<SendStep> SendEngine::sendSms(const QueueEntry &e, const Sender &sender, const ComposedText &text)
{
    const QString token = m_secrets.value(sender.id);
    if (token.isEmpty())
        return pauseSender(
            e, sender,
            QCoreApplication::translate("Sending", "No Twilio auth token for %1: set OUTREACH_TWILIO_TOKEN "
                                                   "or store it in Settings > Senders.")
                .arg(sender.name));
    const SmsMessage message{e.recipient, sender.fromAddress, sender.messagingServiceSid, text.body};
    const TwilioOutcome out = sms().send(TwilioAccount::fromSender(sender, token), message);
    return settleSms(e, sender, out);
}

DbResult<SendStep> SendEngine::settleSms(const QueueEntry &e, const Sender &sender, const TwilioOutcome &out)
{
    SendQueueRepository queue(m_db);
    using K = TwilioOutcome::Kind;
    switch (out.kind) {
    case K::Accepted:
        if (auto status = queue.markSent(e.id, m_clock.now(), out.answer, out.sid, u"twilio"_s); !status)
            return status.error();
        return SendStep::about(SendStep::Kind::Sent, e, out.answer);
    case K::Rejected:
        if (auto status = queue.markFailed(e.id, out.answer, out.error); !status)
            return status.error();
        return SendStep::about(SendStep::Kind::Failed, e, out.error);
    case K::Unsubscribed: {
        // The recipient replied STOP: the event, the number on the list and
        // the message suppressed, together, so it is never tried again.
        Transaction transaction(m_db);
        if (!transaction.status())
            return transaction.status().error();
        if (auto status = queue.unclaim(e.id, SendState::Suppressed, out.error); !status)
            return status.error();
        if (auto r = EventRepository(m_db).append(
                {NewEvent{e.messageId, EventType::Unsubscribed, m_clock.now()}}, u"twilio"_s);
            !r)
            return r.error();
        if (auto r = SuppressionRepository(m_db).add(SuppressionKind::Phone, e.recipient,
                                                     SuppressionReason::Unsubscribed, u"twilio 21610"_s);
            !r)
            return r.error();
        if (auto status = transaction.commit(); !status)
            return status.error();
        return SendStep::about(SendStep::Kind::Suppressed, e, out.error);
    }
    case K::RateLimited:
    case K::ServerError:
    case K::Unreachable: {
        std::optional<qint64> wait;
        if (out.retryAfterSeconds && *out.retryAfterSeconds >= 0) {
            // The server said how long: the message and the whole number wait.
            wait = qint64(std::ceil(*out.retryAfterSeconds * 1000.0));
            if (auto status = SenderRepository(m_db).deferNextSend(sender.id, m_clock.now().addMSecs(*wait));
                !status)
                return status.error();
        }
        return retryOrFail(e, out.answer, wait);
    }
    case K::InDoubt:
        if (auto status = queue.markInDoubt(e.id, out.error); !status)
            return status.error();
        return SendStep::about(SendStep::Kind::InDoubt, e, out.error);
    case K::UnexpectedAnswer: {
        // A 2xx that is not Twilio's: something answered, so the message may
        // be out; and the sender points somewhere wrong.
        if (auto status = queue.markInDoubt(e.id, out.error); !status)
            return status.error();
        if (auto status = SenderRepository(m_db).setPaused(sender.id, true, out.error); !status)
            return status.error();
        return SendStep::about(SendStep::Kind::InDoubt, e, out.error);
    }
    case K::AuthFailed:
    case K::SenderProblem:
    case K::TlsFailed:
        return pauseSender(e, sender, out.error);
    }
    return SendStep::about(SendStep::Kind::Failed, e, out.error);
}

DbResult<SendStep> SendEngine::sendTestSms(const Sender &sender, const QString &to, const QString &body)
{
    SendStep s;
    s.recipient = to;
    const PhoneResult number = PhoneNumber::toE164(to, QString());
    if (!number.ok()) {
        s.kind = SendStep::Kind::Failed;
        s.detail = number.problem;
        return s;
    }
    s.recipient = number.e164;
    const QString token = m_secrets.value(sender.id);
    if (token.isEmpty()) {
        s.kind = SendStep::Kind::Failed;
        s.detail =
            QCoreApplication::translate(
                "Sending",
                "No Twilio auth token for %1: set OUTREACH_TWILIO_TOKEN or store it in Settings > Senders.")
                .arg(sender.name);
        return s;
    }
    const SmsMessage message{number.e164, sender.fromAddress, sender.messagingServiceSid,
                             QCoreApplication::translate("Sending", "[Test] %1").arg(body)};
    const TwilioOutcome out = sms().send(TwilioAccount::fromSender(sender, token), message);
    s.kind = out.accepted() ? SendStep::Kind::Sent : SendStep::Kind::Failed;
    s.detail = out.accepted() ? out.answer : out.error;
    return s;
}

} // namespace outreach
