#include "sending/SmsStatusSync.h"

#include "EventRepository.h"
#include "InboxRepository.h"
#include "SuppressionRepository.h"
#include "inbox/InboxSync.h"
#include "inbox/MailClassifier.h"
#include "net/HttpErrors.h"
#include "sending/PhoneNumber.h"
#include "sending/SmsTransport.h"
#include "sending/TwilioClient.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// The sync position of a phone sender's inbound messages in
// inbox_sync_state (its last sync time and error).
const QString kInboundFolder = u"twilio:inbound"_s;
constexpr int kUnsubscribedCode = 21610;
constexpr int kMaxPages = 1000;

QDateTime twilioTime(const QJsonValue &value)
{
    // Twilio writes RFC 2822 dates: "Thu, 03 Dec 2026 16:00:00 +0000".
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::RFC2822Date);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

void SmsSyncSummary::add(const SmsSyncSummary &o)
{
    polled += o.polled;
    delivered += o.delivered;
    bounced += o.bounced;
    optOuts += o.optOuts;
    replies += o.replies;
    pending += o.pending;
    unmatched += o.unmatched;
    errors += o.errors;
    authenticationFailed = authenticationFailed || o.authenticationFailed;
}

QJsonObject SmsSyncSummary::toJson() const
{
    return QJsonObject{{u"sms_delivered"_s, delivered}, {u"sms_bounced"_s, bounced},
                       {u"sms_opt_outs"_s, optOuts},    {u"sms_replies"_s, replies},
                       {u"sms_pending"_s, pending},     {u"sms_unmatched"_s, unmatched}};
}

SmsStatusSync::SmsStatusSync(Database &db)
    : m_db(db)
{}

SmsStatusSync::~SmsStatusSync() = default;

QDateTime SmsStatusSync::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

SmsTransport &SmsStatusSync::transport()
{
    if (!m_transport)
        m_transport = std::make_unique<SmsTransport>();
    m_transport->setTimeoutMs(m_timeoutMs);
    return *m_transport;
}

QDateTime SmsStatusSync::nextPoll(const QDateTime &sentAt, const QDateTime &now, int polls)
{
    if (sentAt.isValid() && sentAt.secsTo(now) >= 24 * 3600)
        return now.addSecs(6 * 3600);
    const int exponent = std::clamp(polls - 1, 0, 6); // 1, 2, 4, … 64 minutes
    return now.addSecs(std::min(qint64(1) << exponent, qint64(60)) * 60);
}

bool SmsStatusSync::isFinalStatus(const QString &status)
{
    static const QStringList final = {u"delivered"_s, u"read"_s, u"undelivered"_s, u"failed"_s,
                                      u"canceled"_s};
    return final.contains(status);
}

QString SmsStatusSync::failure(const Sender &sender, const TwilioAccount &account,
                               const TwilioOutcome &out) const
{
    const QString what =
        out.kind == TwilioOutcome::Kind::AuthFailed
            ? QCoreApplication::translate("SmsStatusSync", "Authentication refused by %1: %2")
                  .arg(HttpErrors::hostLabel(account.baseUrl), out.error)
            : out.error;
    return QCoreApplication::translate("SmsStatusSync", "Phone sender %1 (%2): %3")
        .arg(sender.name, sender.fromAddress.isEmpty() ? sender.messagingServiceSid : sender.fromAddress,
             HttpErrors::scrub(what, account.token));
}

SmsSyncSummary SmsStatusSync::syncSender(const Sender &sender, const QString &token)
{
    SmsSyncSummary summary;
    if (sender.kind != SenderKind::Phone)
        return summary;
    const TwilioAccount account = TwilioAccount::fromSender(sender, token);
    // One clear error per sender: after a refused login nothing else is tried.
    if (pollStatuses(sender, account, summary))
        readInbound(sender, account, summary);
    auto pending = SmsStatusRepository(m_db).pending(sender.id);
    if (pending)
        summary.pending = pending->size();
    else
        summary.errors.append(pending.errorMessage());
    return summary;
}

bool SmsStatusSync::pollStatuses(const Sender &sender, const TwilioAccount &account, SmsSyncSummary &summary)
{
    SmsStatusRepository repo(m_db);
    auto pending = repo.pending(sender.id);
    if (!pending) {
        summary.errors.append(pending.errorMessage());
        return false;
    }
    for (const SmsPoll &poll : *pending) {
        if (poll.nextPollAt.isValid() && poll.nextPollAt > now())
            continue;
        const TwilioOutcome out = transport().fetchMessage(account, poll.sid);
        if (!out.accepted()) {
            summary.authenticationFailed = out.kind == TwilioOutcome::Kind::AuthFailed;
            summary.errors.append(failure(sender, account, out));
            return false;
        }
        ++summary.polled;
        if (auto settled = settle(sender, poll, out.resource, summary); !settled) {
            summary.errors.append(settled.errorMessage());
            return false;
        }
    }
    return true;
}

DbStatus SmsStatusSync::settle(const Sender &sender, const SmsPoll &poll, const QJsonObject &message,
                               SmsSyncSummary &summary)
{
    SmsStatusRecord record;
    record.status = message.value(u"status").toString();
    record.errorCode = message.value(u"error_code").toInt();
    record.polls = poll.polls + 1;
    record.lastPolledAt = now();
    const QDateTime updated = twilioTime(message.value(u"date_updated"));
    const QDateTime at = updated.isValid() ? updated : now();

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    std::optional<NewEvent> event;
    QString source = u"twilio"_s;
    if (record.status == u"delivered" || record.status == u"read") {
        record.outcome = u"delivered"_s;
        event = NewEvent{poll.messageId, EventType::Delivered, at};
        ++summary.delivered;
    } else if ((record.status == u"undelivered" || record.status == u"failed") &&
               record.errorCode == kUnsubscribedCode) {
        // The recipient had replied STOP: as when Twilio refuses the POST.
        record.outcome = u"unsubscribed"_s;
        event = NewEvent{poll.messageId, EventType::Unsubscribed, at};
        if (auto added = SuppressionRepository(m_db).add(SuppressionKind::Phone, poll.recipient,
                                                         SuppressionReason::Unsubscribed, u"twilio 21610"_s);
            !added)
            return added.error();
        ++summary.optOuts;
    } else if (record.status == u"undelivered" || record.status == u"failed") {
        record.outcome = u"bounced"_s;
        event = NewEvent{poll.messageId, EventType::Bounced, at};
        source = record.errorCode ? u"twilio %1"_s.arg(record.errorCode) : u"twilio"_s;
        // A reply row of kind bounce carries the code and Twilio's words, as
        // a mail bounce carries its status and diagnostic.
        ReplyRecord bounce;
        bounce.mailKey = u"twilio-status:"_s + poll.sid;
        bounce.senderId = sender.id;
        bounce.folder = u"twilio"_s;
        bounce.messageId = poll.messageId;
        bounce.campaignId = poll.campaignId;
        bounce.kind = u"bounce"_s;
        bounce.fromAddress = poll.recipient;
        bounce.receivedAt = at;
        bounce.statusCode = record.errorCode ? QString::number(record.errorCode) : QString();
        bounce.diagnostic = message.value(u"error_message").toString();
        if (bounce.diagnostic.isEmpty())
            bounce.diagnostic = QCoreApplication::translate("SmsStatusSync", "Twilio status \"%1\", error %2")
                                    .arg(record.status)
                                    .arg(record.errorCode);
        bounce.snippet = bounce.diagnostic;
        bounce.rule = u"twilio status "_s + record.status;
        if (auto added = InboxRepository(m_db).addReply(bounce); !added)
            return added.error();
        ++summary.bounced;
    } else if (record.status == u"canceled") {
        record.outcome = u"canceled"_s; // a scheduled message that never went out
    }
    if (isFinalStatus(record.status)) {
        record.finalAt = now();
    } else if (poll.sentAt.isValid() && poll.sentAt.addSecs(qint64(kGiveUpHours) * 3600) <= now()) {
        record.outcome = u"expired"_s; // stays `sent`: Twilio never said more
        record.finalAt = now();
    } else {
        record.nextPollAt = nextPoll(poll.sentAt, now(), record.polls);
    }
    if (event) {
        if (auto appended = EventRepository(m_db).append({*event}, source); !appended)
            return appended.error();
    }
    if (auto saved = SmsStatusRepository(m_db).save(poll.queueId, poll.sid, record); !saved)
        return saved;
    return transaction.commit();
}

bool SmsStatusSync::readInbound(const Sender &sender, const TwilioAccount &account, SmsSyncSummary &summary)
{
    // Inbound SMS go to a number; a Messaging Service alone has none to list.
    if (sender.fromAddress.isEmpty())
        return true;
    InboxRepository inbox(m_db);
    auto position = inbox.position(sender.id, kInboundFolder);
    if (!position) {
        summary.errors.append(position.errorMessage());
        return false;
    }
    QDate since;
    if (position->lastSyncAt.isValid()) {
        // Twilio compares whole days (in UTC): a day back covers a pass
        // that ran just after midnight.
        since = position->lastSyncAt.toUTC().date().addDays(-1);
    } else {
        auto first = SmsStatusRepository(m_db).firstSentAt(sender.id);
        if (!first) {
            summary.errors.append(first.errorMessage());
            return false;
        }
        if (!first->isValid())
            return true; // never sent: nobody can answer
        since = first->toUTC().date();
    }
    SyncPosition next = *position;
    next.lastSyncAt = now();
    next.lastError.clear();
    QUrl page = TwilioClient::listUrl(account, sender.fromAddress, since);
    bool ok = true;
    for (int pages = 0; ok && page.isValid() && pages < kMaxPages; ++pages) {
        const TwilioOutcome out = transport().fetchPage(account, page);
        if (!out.accepted()) {
            summary.authenticationFailed = out.kind == TwilioOutcome::Kind::AuthFailed;
            next.lastError = failure(sender, account, out);
            summary.errors.append(next.lastError);
            ok = false;
            break;
        }
        const QJsonArray messages = out.resource.value(u"messages").toArray();
        for (const QJsonValue &m : messages) {
            if (auto recorded = recordInbound(sender, m.toObject(), position->lastSyncAt, summary);
                !recorded) {
                next.lastError = recorded.errorMessage();
                summary.errors.append(next.lastError);
                ok = false;
                break;
            }
        }
        page = TwilioClient::nextPageUrl(account, out.resource.value(u"next_page_uri").toString());
    }
    // A failed pass keeps the old position: the next one reads the same days.
    if (!ok)
        next.lastSyncAt = position->lastSyncAt;
    if (auto saved = inbox.savePosition(sender.id, kInboundFolder, next); !saved) {
        summary.errors.append(saved.errorMessage());
        return false;
    }
    return ok;
}

DbStatus SmsStatusSync::recordInbound(const Sender &sender, const QJsonObject &message,
                                      const QDateTime &seenBefore, SmsSyncSummary &summary)
{
    if (!message.value(u"direction").toString().startsWith(u"inbound"_s))
        return Ok{};
    const QString sid = message.value(u"sid").toString();
    if (sid.isEmpty())
        return Ok{};
    InboxRepository inbox(m_db);
    const QString key = u"twilio:"_s + sid;
    auto known = inbox.hasReply(key);
    if (!known)
        return known.error();
    if (known.value())
        return Ok{};
    const QDateTime sentAt = twilioTime(message.value(u"date_sent"));
    const QDateTime receivedAt = sentAt.isValid() ? sentAt : now();
    const PhoneResult from = PhoneNumber::toE164(message.value(u"from").toString(), QString());
    auto match = SmsStatusRepository(m_db).latestSendTo(sender.id, from.e164);
    if (!match)
        return match.error();
    if (!match.value()) {
        // Counted once: a later pass lists the same days again.
        if (!seenBefore.isValid() || receivedAt > seenBefore)
            ++summary.unmatched;
        return Ok{};
    }
    const SendMatch &send = *match.value();
    const QString body = message.value(u"body").toString();
    const bool optOut = inbox::isSmsOptOut(body);

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    ReplyRecord reply;
    reply.mailKey = key;
    reply.senderId = sender.id;
    reply.folder = u"twilio"_s;
    reply.messageId = send.messageId;
    reply.campaignId = send.campaignId;
    reply.kind = optOut ? u"opt_out"_s : u"reply"_s;
    reply.fromAddress = send.recipient;
    reply.receivedAt = receivedAt;
    reply.snippet = inbox::snippetOf(body);
    reply.body = body;
    reply.rule = optOut ? u"sms opt-out words"_s : u"sms sender"_s;
    auto added = inbox.addReply(reply);
    if (!added)
        return added.error();
    if (!added.value())
        return Ok{};
    const EventType type = optOut ? EventType::Unsubscribed : EventType::Replied;
    if (auto appended =
            EventRepository(m_db).append({NewEvent{send.messageId, type, receivedAt}}, u"twilio"_s);
        !appended)
        return appended.error();
    if (optOut) {
        if (auto suppressed = SuppressionRepository(m_db).add(
                SuppressionKind::Phone, send.recipient, SuppressionReason::Unsubscribed, u"twilio:"_s + sid);
            !suppressed)
            return suppressed.error();
        ++summary.optOuts;
    } else {
        if (auto stopped = inbox::InboxSync::stopAfterReply(m_db, send.recipient, receivedAt, now());
            !stopped)
            return stopped;
        ++summary.replies;
    }
    return transaction.commit();
}

} // namespace outreach
