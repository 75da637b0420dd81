#include "sending/SendEngine.h"
#include "CampaignRepository.h"
#include "EventRepository.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"
#include "SuppressionRepository.h"
#include "sending/MimeBuilder.h"
#include "sending/PhoneNumber.h"
#include "sending/SendPolicy.h"
#include "sending/SmsTransport.h"
#include "sending/SmtpClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

SendStep stepOf(SendStep::Kind kind, const QueueEntry &e, const QString &detail)
{
    SendStep s;
    s.kind = kind;
    s.queueId = e.id;
    s.recipient = e.recipient;
    s.detail = detail;
    return s;
}

} // namespace

SendStep SendStep::about(Kind kind, const QueueEntry &entry, const QString &detail)
{
    return stepOf(kind, entry, detail);
}

QString stepKindName(SendStep::Kind kind)
{
    static const char *names[] = {"sent",       "retry",    "failed",        "bounced", "held",
                                  "suppressed", "in_doubt", "sender_paused", "waiting", "done"};
    return QString::fromLatin1(names[int(kind)]);
}

SendEngine::SendEngine(Database &db, const Clock &clock, quint64 seed)
    : m_db(db)
    , m_clock(clock)
    , m_scheduler(db, clock, seed)
{}

SendEngine::~SendEngine() = default;

DbResult<SendStep> SendEngine::step(qint64 campaignId)
{
    auto decision = m_scheduler.next(campaignId);
    if (!decision)
        return decision.error();
    if (!decision->entry) {
        SendStep s;
        s.kind = decision->wakeAt.isValid() ? SendStep::Kind::Waiting : SendStep::Kind::Done;
        s.wakeAt = decision->wakeAt;
        s.detail = decision->waitReason;
        return s;
    }
    return sendClaimed(*decision->entry, decision->sender);
}

DbResult<SendStep> SendEngine::sendClaimed(const QueueEntry &e, const Sender &sender)
{
    SendQueueRepository queue(m_db);
    auto message = MessageRepository(m_db).get(e.messageId);
    if (!message)
        return message.error();
    auto lead = LeadRepository(m_db).get(message->leadId);
    if (!lead)
        return lead.error();
    auto campaign = CampaignRepository(m_db).get(e.campaignId);
    if (!campaign)
        return campaign.error();
    auto settings = SenderRepository(m_db).settings(e.campaignId);
    if (!settings)
        return settings.error();

    // Checked again right before sending: the list or the text may have
    // changed since the message was queued.
    auto suppressed = SuppressionRepository(m_db).find(lead->email, PhoneNumber::forSuppression(*lead));
    if (!suppressed)
        return suppressed.error();
    if (suppressed->has_value()) {
        const QString reason = QCoreApplication::translate("Sending", "suppressed: %1 (%2)")
                                   .arg(toString(suppressed.value()->reason), suppressed.value()->value);
        if (auto status = queue.unclaim(e.id, SendState::Suppressed, reason); !status)
            return status.error();
        return stepOf(SendStep::Kind::Suppressed, e, reason);
    }
    const ComposedText text =
        sendpolicy::compose(campaign.value(), settings.value(), message.value(), lead.value());
    if (!text.holdReason.isEmpty()) {
        if (auto status = queue.unclaim(e.id, SendState::Held, text.holdReason); !status)
            return status.error();
        return stepOf(SendStep::Kind::Held, e, text.holdReason);
    }

    if (sender.kind == SenderKind::Phone)
        return sendSms(e, sender, text);
    if (sender.kind != SenderKind::Mailbox) {
        const QString why = QCoreApplication::translate(
            "Sending", "LinkedIn messages are sent by hand from the assisted queue");
        if (auto status = queue.unclaim(e.id, SendState::Held, why); !status)
            return status.error();
        return stepOf(SendStep::Kind::Held, e, why);
    }
    MailContent mail;
    mail.fromName = sender.name;
    mail.fromAddress = sender.fromAddress;
    mail.toName = lead->fullName();
    mail.toAddress = e.recipient;
    mail.subject = text.subject.value_or(QString());
    mail.body = text.body;
    mail.signature = campaign->senderSignature;
    mail.unsubscribeLine = settings->unsubscribeText.isEmpty() ? MimeBuilder::defaultUnsubscribeLine()
                                                               : settings->unsubscribeText;
    mail.unsubscribeToken = e.unsubscribeToken;
    mail.messageId = e.rfcMessageId;
    mail.date = m_clock.now();
    mail.html = settings->htmlPart;
    SmtpSettings smtp = SmtpSettings::fromSender(sender, m_secrets.value(sender.id));
    smtp.caFile = m_caFile;
    const SmtpOutcome out = SmtpClient::send(smtp, sender.fromAddress, e.recipient, MimeBuilder::build(mail));
    return settleEmail(e, sender, out);
}

DbResult<SendStep> SendEngine::retryOrFail(const QueueEntry &e, const QString &answer,
                                           std::optional<qint64> delayMs)
{
    SendQueueRepository queue(m_db);
    if (e.attempts >= kMaxAttempts) {
        const QString reason =
            QCoreApplication::translate("Sending", "gave up after %n attempts", nullptr, e.attempts);
        if (auto status = queue.markFailed(e.id, answer, reason); !status)
            return status.error();
        return stepOf(SendStep::Kind::Failed, e, reason + u": "_s + answer);
    }
    const qint64 delay = delayMs.value_or(m_retryBaseMs << std::min(e.attempts - 1, 10));
    SendStep s = stepOf(SendStep::Kind::Retry, e, answer);
    s.wakeAt = m_clock.now().addMSecs(delay);
    if (auto status = queue.release(e.id, s.wakeAt, answer); !status)
        return status.error();
    return s;
}

DbResult<SendStep> SendEngine::settleEmail(const QueueEntry &e, const Sender &sender, const SmtpOutcome &out)
{
    SendQueueRepository queue(m_db);
    using K = SmtpOutcome::Kind;
    switch (out.kind) {
    case K::Accepted:
        if (auto status = queue.markSent(e.id, m_clock.now(), out.answer, QString(), u"smtp"_s); !status)
            return status.error();
        return stepOf(SendStep::Kind::Sent, e, out.answer);
    case K::Temporary:
    case K::Unreachable:
        return retryOrFail(e, out.error);
    case K::InDoubt:
        if (auto status = queue.markInDoubt(e.id, out.error); !status)
            return status.error();
        return stepOf(SendStep::Kind::InDoubt, e, out.error);
    case K::Rejected:
        if (auto status = queue.markFailed(e.id, out.answer, out.error); !status)
            return status.error();
        return stepOf(SendStep::Kind::Failed, e, out.error);
    case K::RecipientRejected: {
        // A hard bounce: the event, the failed state and the suppression
        // entry together, so the address is never tried again.
        Transaction transaction(m_db);
        if (!transaction.status())
            return transaction.status().error();
        const QString reason = QCoreApplication::translate("Sending", "bounced: %1").arg(out.answer);
        if (auto status = queue.markFailed(e.id, out.answer, reason); !status)
            return status.error();
        if (auto r = EventRepository(m_db).append({NewEvent{e.messageId, EventType::Bounced, m_clock.now()}},
                                                  u"smtp"_s);
            !r)
            return r.error();
        if (auto r = SuppressionRepository(m_db).add(SuppressionKind::Email, e.recipient,
                                                     SuppressionReason::HardBounce,
                                                     u"smtp "_s + out.enhancedStatus);
            !r)
            return r.error();
        if (auto status = transaction.commit(); !status)
            return status.error();
        return stepOf(SendStep::Kind::Bounced, e, out.answer);
    }
    case K::AuthFailed:
    case K::TlsFailed:
    case K::Refused: {
        // Nothing was sent: the message goes back to the queue and the
        // sender stops until the user fixes it (one clear reason).
        if (auto status = queue.release(e.id, m_clock.now(), out.error); !status)
            return status.error();
        if (auto status = SenderRepository(m_db).setPaused(sender.id, true, out.error); !status)
            return status.error();
        return stepOf(SendStep::Kind::SenderPaused, e, out.error);
    }
    }
    return stepOf(SendStep::Kind::Failed, e, out.error);
}

DbResult<SendStep> SendEngine::sendTest(qint64 campaignId, const Sender &sender, const QString &to)
{
    auto campaign = CampaignRepository(m_db).get(campaignId);
    if (!campaign)
        return campaign.error();
    auto messages =
        MessageRepository(m_db).list(campaignId, MessageFilter{GenerationStatus::Generated, 1, 0});
    if (!messages)
        return messages.error();
    if (messages->isEmpty())
        return DbError{DbError::Kind::Invalid,
                       QCoreApplication::translate("Sending", "Campaign \"%1\" has no message to test with.")
                           .arg(campaign->name)};
    const MessageWithLead &m = messages->first();
    Message message = m.message;
    if (!message.assignedVariant)
        message.assignedVariant = 0;
    auto stored = SenderRepository(m_db).settings(campaignId);
    if (!stored)
        return stored.error();
    CampaignSendSettings settings = stored.value();
    settings.approvalRequired = false;
    const ComposedText text = sendpolicy::compose(campaign.value(), settings, message, m.lead);
    if (sender.kind == SenderKind::Phone)
        return sendTestSms(sender, to, text.body);
    MailContent mail;
    mail.fromName = sender.name;
    mail.fromAddress = sender.fromAddress;
    mail.toAddress = to;
    mail.subject =
        QCoreApplication::translate("Sending", "[Test] %1").arg(text.subject.value_or(campaign->name));
    mail.body = text.body;
    mail.signature = campaign->senderSignature;
    mail.unsubscribeLine =
        settings.unsubscribeText.isEmpty() ? MimeBuilder::defaultUnsubscribeLine() : settings.unsubscribeText;
    mail.messageId =
        u"test.%1@%2"_s.arg(m_clock.now().toMSecsSinceEpoch()).arg(sender.fromAddress.section(u'@', -1));
    mail.date = m_clock.now();
    mail.html = settings.htmlPart;
    SmtpSettings smtp = SmtpSettings::fromSender(sender, m_secrets.value(sender.id));
    smtp.caFile = m_caFile;
    const SmtpOutcome out = SmtpClient::send(smtp, sender.fromAddress, to, MimeBuilder::build(mail));
    SendStep s;
    s.recipient = to;
    s.kind = out.kind == SmtpOutcome::Kind::Accepted ? SendStep::Kind::Sent : SendStep::Kind::Failed;
    s.detail = out.kind == SmtpOutcome::Kind::Accepted ? out.answer : out.error;
    return s;
}

} // namespace outreach
