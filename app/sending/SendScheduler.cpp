#include "sending/SendScheduler.h"
#include "CampaignRepository.h"
#include "MessageRepository.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"
#include "SuppressionRepository.h"
#include "sending/LocalTime.h"
#include "sending/PhoneNumber.h"
#include "sending/SendPolicy.h"

#include <QCoreApplication>
#include <QHostInfo>

#include <algorithm>
#include <cerrno>
#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

SendScheduler::SendScheduler(Database &db, const Clock &clock, quint64 seed)
    : m_db(db)
    , m_clock(clock)
    , m_random(quint32(seed ^ (seed >> 32)))
    , m_owner(processOwner())
{}

QString SendScheduler::processOwner()
{
    static const QString owner = u"%1/%2/%3"_s.arg(QHostInfo::localHostName())
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QRandomGenerator::system()->generate64(), 0, 36);
    return owner;
}

std::optional<SenderKind> SendScheduler::senderKindFor(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return SenderKind::Mailbox;
    case Channel::Sms:
        return SenderKind::Phone;
    case Channel::LinkedIn:
        return SenderKind::LinkedIn;
    case Channel::Custom:
        break;
    }
    return std::nullopt;
}

DbResult<Campaign> SendScheduler::activeCampaign(qint64 campaignId) const
{
    auto campaign = CampaignRepository(m_db).get(campaignId);
    if (!campaign)
        return campaign;
    if (campaign->channel == Channel::Custom)
        return DbError{DbError::Kind::Invalid,
                       QCoreApplication::translate(
                           "Sending", "Campaign \"%1\" uses the custom channel, which is export-only.")
                           .arg(campaign->name)};
    if (campaign->status != CampaignStatus::Active)
        return DbError{
            DbError::Kind::Invalid,
            QCoreApplication::translate("Sending", "Campaign \"%1\" is %2: only an active campaign sends.")
                .arg(campaign->name, toString(campaign->status))};
    return campaign;
}

DbResult<RefreshResult> SendScheduler::refresh(qint64 campaignId)
{
    auto campaign = activeCampaign(campaignId);
    if (!campaign)
        return campaign.error();
    auto settings = SenderRepository(m_db).settings(campaignId);
    if (!settings)
        return settings.error();
    auto messages = MessageRepository(m_db).list(campaignId, MessageFilter{GenerationStatus::Generated});
    if (!messages)
        return messages.error();
    SendQueueRepository queue(m_db);
    auto existing = queue.list(campaignId);
    if (!existing)
        return existing.error();
    QHash<qint64, QueueEntry> byMessage;
    for (const QueueEntry &e : existing.value())
        byMessage.insert(e.messageId, e);

    SuppressionRepository suppressions(m_db);
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    RefreshResult result;
    QList<QueueEntry> fresh;
    const QDateTime now = m_clock.now();
    for (const MessageWithLead &m : messages.value()) {
        if (!m.message.assignedVariant)
            continue; // not in the test
        QueueEntry e;
        e.messageId = m.message.id;
        e.campaignId = campaignId;
        e.scheduledAt = now;
        e.timeZone = localtime::leadZone(m.lead, settings->timeZone);
        const Recipient recipient = sendpolicy::recipientFor(campaign->channel, m.lead);
        e.recipient = recipient.value;
        const ComposedText text = sendpolicy::compose(campaign.value(), settings.value(), m.message, m.lead);
        auto suppressed = suppressions.find(m.lead.email, PhoneNumber::forSuppression(m.lead));
        if (!suppressed)
            return suppressed.error();
        if (suppressed->has_value()) {
            e.state = SendState::Suppressed;
            e.reason = QCoreApplication::translate("Sending", "suppressed: %1 (%2)")
                           .arg(toString(suppressed.value()->reason), suppressed.value()->value);
        } else if (m.lead.excludedFromSending) {
            // A deleted lead whose message stays in a started test (LeadRemoval).
            e.state = SendState::Held;
            e.reason =
                QCoreApplication::translate("Sending", "The lead was deleted: it is excluded from sending.");
        } else if (!recipient.problem.isEmpty() || !text.holdReason.isEmpty()) {
            e.state = SendState::Held;
            e.reason = recipient.problem.isEmpty() ? text.holdReason : recipient.problem;
        }
        const auto found = byMessage.constFind(e.messageId);
        if (found == byMessage.constEnd()) {
            fresh.append(e);
        } else if (found->state == SendState::Queued || found->state == SendState::Held ||
                   found->state == SendState::Suppressed) {
            if (found->state != e.state || found->reason != e.reason || found->recipient != e.recipient ||
                found->timeZone != e.timeZone) {
                if (auto status = queue.reevaluate(found->id, e.state, e.reason, e.recipient, e.timeZone);
                    !status)
                    return status.error();
            }
        } else {
            continue; // claimed, sent, failed or in doubt: not ours to change
        }
        result.queued += e.state == SendState::Queued;
        result.held += e.state == SendState::Held;
        result.suppressed += e.state == SendState::Suppressed;
    }
    auto inserted = queue.insertMissing(fresh);
    if (!inserted)
        return inserted.error();
    result.inserted = inserted.value();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return result;
}

QString SendScheduler::newMessageId(const Sender &sender)
{
    QString domain = sender.fromAddress.section(u'@', -1).trimmed().toLower();
    if (sender.kind != SenderKind::Mailbox || domain.isEmpty() || !sender.fromAddress.contains(u'@'))
        return QString(); // SMS and LinkedIn have no Message-ID
    return u"%1.%2@%3"_s.arg(m_clock.now().toMSecsSinceEpoch(), 0, 36).arg(newToken(), domain);
}

QString SendScheduler::newToken()
{
    // Drawn from the system generator: tokens and Message-IDs must not be
    // guessable or repeat across processes, whatever the scheduler's seed.
    QString token;
    for (int i = 0; i < 4; ++i)
        token += u"%1"_s.arg(QRandomGenerator::system()->generate(), 8, 16, QChar(u'0'));
    return token;
}

DbResult<SendDecision> SendScheduler::next(qint64 campaignId)
{
    auto campaign = activeCampaign(campaignId);
    if (!campaign)
        return campaign.error();
    SenderRepository senderRepo(m_db);
    SendQueueRepository queue(m_db);
    auto settings = senderRepo.settings(campaignId);
    if (!settings)
        return settings.error();
    SendDecision decision;
    if (settings->paused) {
        decision.waitReason = QCoreApplication::translate("Sending", "sending is paused for this campaign");
        return decision;
    }
    auto senders = senderRepo.campaignSenders(campaignId);
    if (!senders)
        return senders.error();
    const auto kind = senderKindFor(campaign->channel);
    QList<Sender> usable;
    for (const Sender &s : senders.value()) {
        if (s.kind == kind)
            usable.append(s);
    }
    if (usable.isEmpty())
        return DbError{
            DbError::Kind::Invalid,
            QCoreApplication::translate(
                "Sending", "Campaign \"%1\" has no %2 sender: choose one (outreach campaigns senders).")
                .arg(campaign->name, toString(*kind))};

    const QDateTime now = m_clock.now();
    auto due = queue.dueZones(campaignId, now);
    if (!due)
        return due.error();
    if (due->isEmpty()) {
        auto nextAt = queue.nextScheduled(campaignId);
        if (!nextAt)
            return nextAt.error();
        decision.wakeAt = nextAt.value();
        decision.waitReason = decision.wakeAt.isValid()
                                  ? QCoreApplication::translate("Sending", "waiting for retries")
                                  : QCoreApplication::translate("Sending", "nothing left to send");
        return decision;
    }
    // The campaign window in each lead zone: checked once per zone.
    QList<QByteArray> open;
    QDateTime zonesOpenAt;
    for (const QByteArray &z : due.value()) {
        const QTimeZone zone = localtime::zone(z);
        if (m_ignoreWindow || localtime::isOpen(settings->window, now, zone))
            open.append(z);
        else
            zonesOpenAt = earlier(zonesOpenAt, localtime::nextOpening(settings->window, now, zone));
    }
    if (open.isEmpty()) {
        decision.wakeAt = zonesOpenAt;
        decision.waitReason =
            QCoreApplication::translate("Sending", "outside the send window in the leads' local time");
        return decision;
    }

    // Rotation: the sender free the longest goes first.
    std::stable_sort(usable.begin(), usable.end(), [](const Sender &a, const Sender &b) {
        if (a.nextSendAt.isValid() != b.nextSendAt.isValid())
            return !a.nextSendAt.isValid();
        return a.nextSendAt < b.nextSendAt;
    });
    QDateTime senderFreeAt;
    QString why;
    for (const Sender &s : usable) {
        if (s.paused) {
            why =
                QCoreApplication::translate("Sending", "sender %1 is paused: %2").arg(s.name, s.pauseReason);
            continue;
        }
        const QTimeZone zone = localtime::zone(s.timeZone);
        if (!m_ignoreWindow && !localtime::isOpen(s.window, now, zone)) {
            senderFreeAt = earlier(senderFreeAt, localtime::nextOpening(s.window, now, zone));
            why = QCoreApplication::translate("Sending", "outside the senders' windows");
            continue;
        }
        if (s.nextSendAt.isValid() && s.nextSendAt > now) {
            senderFreeAt = earlier(senderFreeAt, s.nextSendAt);
            why = QCoreApplication::translate("Sending", "waiting between sends");
            continue;
        }
        const QDate day = localtime::localDate(now, zone);
        const int cap = sendpolicy::capOn(s, day);
        Transaction transaction(m_db);
        if (!transaction.status())
            return transaction.status().error();
        auto reserved = senderRepo.reserveSlot(s.id, now, now.addMSecs(sendpolicy::gapMs(s, m_random)));
        if (!reserved)
            return reserved.error();
        if (!reserved.value())
            continue; // another process took this slot first
        auto count = queue.sentSince(s.id, localtime::dayStart(day, zone));
        if (!count)
            return count.error();
        if (count.value() >= cap) {
            // The slot is given back: the transaction rolls back.
            QDateTime tomorrow = localtime::dayStart(day.addDays(1), zone);
            if (!m_ignoreWindow)
                tomorrow = localtime::nextOpening(s.window, tomorrow, zone);
            senderFreeAt = earlier(senderFreeAt, tomorrow);
            why = QCoreApplication::translate("Sending", "daily cap reached");
            continue;
        }
        ClaimRequest request{campaignId, open, now, s.id, newMessageId(s), QString(), m_owner};
        if (s.kind == SenderKind::Mailbox)
            request.unsubscribeToken = newToken();
        auto claimed = queue.claimNext(request);
        if (!claimed)
            return claimed.error();
        if (!claimed->has_value()) {
            // Another process took the due rows: look again soon.
            decision.wakeAt = now.addSecs(1);
            decision.waitReason = QCoreApplication::translate(
                "Sending", "the due messages were taken by another sender process");
            return decision;
        }
        if (s.rampStart > 0 && !s.rampStartedOn.isValid()) {
            if (auto status = senderRepo.markRampStarted(s.id, day); !status)
                return status.error();
        }
        if (auto status = transaction.commit(); !status)
            return status.error();
        decision.entry = claimed.value();
        decision.sender = s;
        return decision;
    }
    decision.wakeAt = senderFreeAt.isValid() ? senderFreeAt : now.addSecs(60);
    decision.waitReason = why;
    return decision;
}

DbResult<int> SendScheduler::recoverAbandonedClaims()
{
    SendQueueRepository queue(m_db);
    auto claimed = queue.listInState(SendState::Claimed);
    if (!claimed)
        return claimed.error();
    const QString host = QHostInfo::localHostName();
    const QDateTime now = m_clock.now();
    int count = 0;
    for (const QueueEntry &e : claimed.value()) {
        if (e.claimedBy == m_owner)
            continue; // our own send in flight
        const QStringList owner = e.claimedBy.split(u'/');
        const bool gone = owner.size() == 3 && owner[0] == host &&
                          owner[1].toLongLong() != QCoreApplication::applicationPid() &&
                          processIsGone(owner[1].toLongLong());
        const bool expired = e.claimedAt.isValid() && e.claimedAt.msecsTo(now) > kClaimLeaseMs;
        if (!gone && !expired)
            continue;
        if (auto status = queue.markInDoubt(
                e.id, QCoreApplication::translate(
                          "Sending", "the sending process stopped after claiming this message and "
                                     "before the server's answer was recorded: it may or may not "
                                     "have gone out"));
            !status)
            return status.error();
        ++count;
    }
    return count;
}

} // namespace outreach
