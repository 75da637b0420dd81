#include "InboxSync.h"

#include "BodyStream.h"
#include "EventRepository.h"
#include "HeaderStream.h"
#include "InboxRepository.h"
#include "SendQueueRepository.h"
#include "SuppressionRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QScopeGuard>

#include <optional>

using namespace Qt::StringLiterals;

namespace outreach::inbox {
namespace {

constexpr int kReplyFallbackDays = 30;

QString mailKeyOf(const ParsedMail &mail, const QByteArray &raw)
{
    if (!mail.messageId.isEmpty())
        return mail.messageId;
    return u"sha1:"_s + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex());
}

QString replyKind(MailKind kind)
{
    return toString(kind); // reply, auto_reply, bounce, soft_bounce, opt_out
}

// Our own mail (a copy in the inbox, a loop) is never a reply to us.
bool fromOurMailbox(const Sender &sender, const ParsedMail &mail)
{
    return !sender.fromAddress.isEmpty() && mail.fromAddress == sender.fromAddress.toLower();
}

} // namespace

void SyncSummary::add(const SyncSummary &o)
{
    fetched += o.fetched;
    replies += o.replies;
    autoReplies += o.autoReplies;
    bounces += o.bounces;
    softBounces += o.softBounces;
    optOuts += o.optOuts;
    unmatched += o.unmatched;
    inDoubtResolved += o.inDoubtResolved;
    inDoubtUnconfirmed += o.inDoubtUnconfirmed;
    errors += o.errors;
    authenticationFailed = authenticationFailed || o.authenticationFailed;
    if (failureKind.isEmpty())
        failureKind = o.failureKind;
}

QJsonObject SyncSummary::toJson() const
{
    return QJsonObject{{u"fetched"_s, fetched},
                       {u"replies"_s, replies},
                       {u"auto_replies"_s, autoReplies},
                       {u"bounces"_s, bounces},
                       {u"soft_bounces"_s, softBounces},
                       {u"opt_outs"_s, optOuts},
                       {u"unmatched"_s, unmatched},
                       {u"in_doubt_resolved"_s, inDoubtResolved},
                       {u"in_doubt_unconfirmed"_s, inDoubtUnconfirmed}};
}

InboxSync::InboxSync(Database &db)
    : m_db(db)
{}

QDateTime InboxSync::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

ImapAccount InboxSync::accountFor(const Sender &sender, const QString &secret, bool oauth2)
{
    ImapAccount account;
    account.host = sender.imapHost;
    account.port =
        quint16(sender.imapPort > 0 ? sender.imapPort : (sender.imapSecurity == Security::Tls ? 993 : 143));
    account.security = sender.imapSecurity == Security::Tls        ? ImapSecurity::Tls
                       : sender.imapSecurity == Security::StartTls ? ImapSecurity::StartTls
                                                                   : ImapSecurity::None;
    account.login = sender.imapLogin.isEmpty() ? sender.login : sender.imapLogin;
    account.secret = secret;
    account.oauth2 = oauth2 || sender.authMethod == u"xoauth2";
    return account;
}

SyncSummary InboxSync::syncSender(const Sender &sender, const QString &secret, bool oauth2)
{
    SyncSummary summary;
    m_wroteTo.clear();
    m_waitedForMail = 0;
    if (sender.kind != SenderKind::Mailbox || sender.imapHost.isEmpty())
        return summary;
    const ImapAccount account = accountFor(sender, secret, oauth2);
    ImapClient client;
    if (!client.open(account)) {
        summary.authenticationFailed = client.error().kind == ImapError::Kind::Authentication;
        switch (client.error().kind) {
        case ImapError::Kind::Authentication:
            summary.failureKind = u"authentication"_s;
            break;
        case ImapError::Kind::Tls:
            summary.failureKind = u"tls"_s;
            break;
        case ImapError::Kind::Unreachable:
            summary.failureKind = u"connection"_s;
            break;
        case ImapError::Kind::None:
        case ImapError::Kind::NoSuchFolder:
        case ImapError::Kind::Protocol:
        case ImapError::Kind::Refused:
            summary.failureKind = u"other"_s;
            break;
        }
        summary.errors.append(client.error().message);
        InboxRepository repo(m_db);
        for (const QString &folder : sender.imapFolders.split(u',', Qt::SkipEmptyParts)) {
            auto position = repo.position(sender.id, folder.trimmed());
            if (position) {
                SyncPosition failed = position.value();
                failed.lastSyncAt = now();
                failed.lastError = client.error().message;
                if (auto saved = repo.savePosition(sender.id, folder.trimmed(), failed); !saved)
                    summary.errors.append(saved.errorMessage());
            }
        }
        return summary;
    }
    QStringList folders = sender.imapFolders.split(u',', Qt::SkipEmptyParts);
    for (QString &f : folders)
        f = f.trimmed();
    if (folders.isEmpty())
        folders.append(u"INBOX"_s);
    for (const QString &folder : folders)
        syncFolder(client, account, sender, folder, summary);
    resolveInDoubt(client, sender, summary);
    client.close();
    return summary;
}

void InboxSync::syncFolder(ImapClient &client, const ImapAccount &account, const Sender &sender,
                           const QString &folder, SyncSummary &summary)
{
    InboxRepository repo(m_db);
    auto position = repo.position(sender.id, folder);
    if (!position) {
        summary.errors.append(position.errorMessage());
        return;
    }
    const auto status = client.examine(folder);
    SyncPosition next = *position;
    next.lastSyncAt = now();
    if (!status) {
        next.lastError = client.error().message;
        summary.errors.append(client.error().message);
        if (auto saved = repo.savePosition(sender.id, folder, next); !saved)
            summary.errors.append(saved.errorMessage());
        return;
    }
    // A new UIDVALIDITY means the old UIDs mean nothing: read everything
    // again; mail already recorded is recognized by its Message-ID.
    quint32 first = 1;
    if (position->uidValidity == status->uidValidity)
        first = position->lastUid + 1;
    next.uidValidity = status->uidValidity;
    next.lastError.clear();
    QString failure;
    // Headers first; the body only of mail that can concern one of our
    // sends (MailClassifier::mayBeReportOrOptOut, a thread id we sent, a
    // sender we wrote to). Everything else, the bulk of a real inbox, is
    // never downloaded or parsed beyond its header. In a backlog three
    // things overlap: the headers of the next windows are read ahead on a
    // second connection, the bodies of this window are fetched and parsed
    // on this connection's thread, and the window before is recorded here.
    HeaderStream headers(client, first, *status, m_headerWindow);
    if (status->uidNext != 0 && quint64(status->uidNext) > quint64(first) + m_headerWindow)
        headers.readAhead(account, folder); // else (or when refused) on this connection
    BodyStream bodies(client, headers.readsAhead());
    std::optional<QList<TriagedHeader>> pending; // its bodies asked for, not yet recorded
    const auto recordPending = [&] {
        if (!pending)
            return;
        auto mails = bodies.take();
        if (!mails)
            failure = bodies.error();
        else
            recordWindow(sender, folder, *pending, *mails, summary, next, failure);
        pending.reset();
    };
    const auto countWaits = qScopeGuard([&] { m_waitedForMail += headers.nsWaited() + bodies.nsWaited(); });
    while (failure.isEmpty()) {
        auto heads = headers.next();
        if (!heads) {
            recordPending(); // what was read before the end (or a failure) still counts
            if (failure.isEmpty())
                failure = headers.error();
            break;
        }
        auto wanted = wantedOf(sender, *heads);
        if (!wanted) {
            failure = wanted.errorMessage();
            break;
        }
        bodies.request(*wanted);
        recordPending();
        pending = std::move(*heads);
    }
    if (!failure.isEmpty()) {
        next.lastError = failure;
        summary.errors.append(failure);
    }
    if (auto saved = repo.savePosition(sender.id, folder, next); !saved)
        summary.errors.append(saved.errorMessage());
}

DbResult<QList<quint32>> InboxSync::wantedOf(const Sender &sender, const QList<TriagedHeader> &heads)
{
    QList<quint32> wanted;
    for (const TriagedHeader &head : heads) {
        auto may = mayConcernUs(sender, head.head);
        if (!may)
            return may.error();
        if (may.value())
            wanted.append(head.uid);
    }
    return wanted;
}

bool InboxSync::recordWindow(const Sender &sender, const QString &folder, const QList<TriagedHeader> &heads,
                             const QHash<quint32, FetchedMail> &whole, SyncSummary &summary,
                             SyncPosition &next, QString &failure)
{
    // The window is recorded in one transaction, its events appended in one
    // batch: all of it or none, and the stored position moves with it (a
    // failed window is read again by the next pass).
    const SyncSummary before = summary;
    const quint32 lastUidBefore = next.lastUid;
    const auto fail = [&](const QString &message) {
        summary = before;
        next.lastUid = lastUidBefore;
        failure = message;
        return false;
    };
    // (A window without candidates takes no write lock.)
    std::optional<Transaction> transaction;
    if (!whole.isEmpty()) {
        transaction.emplace(m_db);
        if (!transaction->status())
            return fail(transaction->status().errorMessage());
    }
    QList<NewEvent> events;
    for (const TriagedHeader &head : heads) {
        ++summary.fetched;
        if (const auto mail = whole.constFind(head.uid); mail != whole.cend()) {
            auto outcome = record(sender, folder, *mail, summary, events);
            if (!outcome)
                return fail(outcome.errorMessage());
        } else {
            ++summary.unmatched; // not asked for (or expunged between the two FETCHes)
        }
        next.lastUid = std::max(next.lastUid, head.uid);
    }
    if (!transaction)
        return true;
    if (auto appended = EventRepository(m_db).append(events, u"imap"_s); !appended)
        return fail(appended.errorMessage());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.errorMessage());
    return true;
}

DbResult<RecordOutcome> InboxSync::record(const Sender &sender, const QString &folder,
                                          const FetchedMail &fetched, SyncSummary &summary,
                                          QList<NewEvent> &events)
{
    const ParsedMail &mail = fetched.mail;
    const QByteArray &raw = fetched.raw;
    const quint32 uid = fetched.uid;
    if (!mail.valid) {
        ++summary.unmatched;
        return RecordOutcome::Unmatched;
    }
    InboxRepository repo(m_db);
    const QString key = mailKeyOf(mail, raw);
    auto known = repo.hasReply(key);
    if (!known)
        return known.error();
    if (known.value())
        return RecordOutcome::AlreadyKnown;

    const Classification c = classifyMail(mail);
    const bool fromUs =
        fromOurMailbox(sender, mail) && c.kind != MailKind::HardBounce && c.kind != MailKind::SoftBounce;
    if (c.kind == MailKind::Forward || fromUs) {
        ++summary.unmatched;
        return RecordOutcome::Unmatched;
    }
    DbResult<std::optional<SendMatch>> match = std::optional<SendMatch>();
    if (!c.unsubscribeToken.isEmpty())
        match = repo.sendByUnsubscribeToken(c.unsubscribeToken);
    if (match && !match.value())
        match = repo.sendByRfcMessageIds(c.threadIds);
    if (match && !match.value())
        match = repo.recentSendTo(c.address, now().addDays(-kReplyFallbackDays));
    if (!match)
        return match.error();
    if (!match.value()) {
        ++summary.unmatched;
        return RecordOutcome::Unmatched;
    }
    const SendMatch &send = *match.value();

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    ReplyRecord reply;
    reply.mailKey = key;
    reply.senderId = sender.id;
    reply.folder = folder;
    reply.uid = uid;
    reply.messageId = send.messageId;
    reply.campaignId = send.campaignId;
    reply.kind = replyKind(c.kind);
    reply.fromAddress = mail.fromAddress;
    reply.fromName = mail.fromName;
    reply.subject = mail.subject;
    reply.receivedAt = mail.date.isValid() ? mail.date : now();
    reply.snippet = c.snippet;
    reply.body = c.kind == MailKind::Reply || c.kind == MailKind::OptOut ? mail.text : c.replyText;
    reply.statusCode = c.status;
    reply.diagnostic = c.diagnostic;
    reply.returnDate = c.returnDate.value_or(QDate());
    reply.rule = c.rule;
    auto added = repo.addReply(reply);
    if (!added)
        return added.error();
    if (!added.value())
        return RecordOutcome::AlreadyKnown;

    std::optional<EventType> event;
    std::optional<SuppressionReason> suppress;
    switch (c.kind) {
    case MailKind::Reply:
        event = EventType::Replied;
        ++summary.replies;
        break;
    case MailKind::AutoReply:
        event = EventType::AutoReplied;
        ++summary.autoReplies;
        break;
    case MailKind::HardBounce:
        event = EventType::Bounced;
        suppress = SuppressionReason::HardBounce;
        ++summary.bounces;
        break;
    case MailKind::SoftBounce:
        ++summary.softBounces;
        break;
    case MailKind::OptOut:
        event = EventType::Unsubscribed;
        suppress = SuppressionReason::Unsubscribed;
        ++summary.optOuts;
        break;
    case MailKind::Forward:
        break;
    }
    if (event)
        events.append(NewEvent{send.messageId, *event, reply.receivedAt});
    if (suppress && !send.recipient.isEmpty()) {
        auto added = SuppressionRepository(m_db).add(SuppressionKind::Email, send.recipient, *suppress,
                                                     u"imap:"_s + mail.messageId);
        if (!added)
            return added.error();
    }
    if (c.kind == MailKind::Reply) {
        if (auto stopped = stopAfterReply(m_db, send.recipient, reply.receivedAt, now()); !stopped)
            return stopped.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return c.kind == MailKind::SoftBounce ? RecordOutcome::SoftBounceRecorded : RecordOutcome::Recorded;
}

DbResult<bool> InboxSync::mayConcernUs(const Sender &sender, const ParsedMail &head)
{
    if (!head.valid || mayBeReportOrOptOut(head))
        return true; // the whole mail decides
    if (fromOurMailbox(sender, head))
        return false;
    InboxRepository repo(m_db);
    // The lookups record() makes for a reply or auto-reply, on the same keys.
    if (const QStringList ids = threadIdsOf(head); !ids.isEmpty()) {
        auto match = repo.sendByRfcMessageIds(ids);
        if (!match)
            return match.error();
        if (match.value())
            return true;
    }
    // Most of an inbox comes from a few senders (newsletters, colleagues):
    // each address is looked up once per pass.
    const QString address = head.fromAddress.toLower();
    if (const auto known = m_wroteTo.constFind(address); known != m_wroteTo.cend())
        return *known;
    auto match = repo.recentSendTo(head.fromAddress, now().addDays(-kReplyFallbackDays));
    if (!match)
        return match.error();
    m_wroteTo.insert(address, match.value().has_value());
    return match.value().has_value();
}

DbStatus InboxSync::stopAfterReply(Database &db, const QString &recipient, const QDateTime &receivedAt,
                                   const QDateTime &now)
{
    InboxRepository repo(db);
    auto days = repo.setting(u"stop_on_reply_days"_s, u"30"_s);
    if (!days)
        return days.error();
    const int stopDays = days->toInt();
    if (stopDays <= 0)
        return Ok{};
    auto stopped = repo.stopSendsTo(
        recipient, now.addDays(stopDays),
        QCoreApplication::translate("InboxSync", "Replied on %1: sends paused (stop on reply)")
            .arg(receivedAt.date().toString(Qt::ISODate)));
    if (!stopped)
        return stopped.error();
    return Ok{};
}

void InboxSync::resolveInDoubt(ImapClient &client, const Sender &sender, SyncSummary &summary)
{
    InboxRepository repo(m_db);
    auto doubtful = repo.inDoubt(sender.id);
    if (!doubtful) {
        summary.errors.append(doubtful.errorMessage());
        return;
    }
    if (doubtful->isEmpty())
        return;
    const QString folder = sender.sentFolder.isEmpty() ? u"Sent"_s : sender.sentFolder;
    if (!client.examine(folder)) {
        summary.errors.append(client.error().message);
        return;
    }
    auto grace = repo.setting(u"in_doubt_grace_minutes"_s, u"60"_s);
    const int graceMinutes = grace ? grace->toInt() : 60;
    SendQueueRepository queue(m_db);
    for (const QueueEntry &entry : *doubtful) {
        if (entry.rfcMessageId.isEmpty())
            continue;
        const auto found = client.searchMessageId(entry.rfcMessageId);
        if (!found) {
            summary.errors.append(client.error().message);
            return;
        }
        if (!found->isEmpty()) {
            const QDateTime sentAt = entry.claimedAt.isValid() ? entry.claimedAt : now();
            if (auto marked = queue.markSent(
                    entry.id, sentAt,
                    QCoreApplication::translate("InboxSync", "Found in the Sent folder \"%1\"").arg(folder),
                    QString(), u"imap"_s);
                marked)
                ++summary.inDoubtResolved;
            else
                summary.errors.append(marked.errorMessage());
            continue;
        }
        // The server may still be filing the copy: only after the grace
        // time is it offered for resend (never resent without the user).
        if (entry.claimedAt.isValid() && entry.claimedAt.addSecs(qint64(graceMinutes) * 60) > now())
            continue;
        const QString reason =
            QCoreApplication::translate(
                "InboxSync", "Not found in the Sent folder \"%1\" on %2: send again or mark as sent")
                .arg(folder, now().toString(Qt::ISODate));
        if (auto noted = repo.setInDoubtReason(entry.id, reason); noted)
            ++summary.inDoubtUnconfirmed;
        else
            summary.errors.append(noted.errorMessage());
    }
}

} // namespace outreach::inbox
