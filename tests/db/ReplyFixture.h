// Mails inbox sync would have recorded, stored the way InboxSync::record
// stores them (the reply row, then its event with source `imap`, at the
// mail's time), for the reply-correction suites.
#pragma once

#include "EventRepository.h"
#include "InboxRepository.h"
#include "ReplyCorrectionRepository.h"
#include "SendingFixture.h"

namespace outreach::test {

// Every message of the campaign was sent an hour ago.
inline void markAllSent(Database &db, const AbCampaign &c)
{
    QList<NewEvent> sent;
    for (qint64 id : c.messageIds)
        sent.append(NewEvent{id, EventType::Sent, QDateTime::currentDateTimeUtc().addSecs(-3600)});
    if (auto r = EventRepository(db).append(sent, QStringLiteral("send")); !r)
        qFatal("sent events: %s", qPrintable(r.errorMessage()));
}

inline ReplyRecord recordMail(Database &db, const AbCampaign &c, int message, const QString &kind,
                              int minutesAgo, const QString &body)
{
    ReplyRecord r;
    r.mailKey = QStringLiteral("<%1.%2.%3@mail.test>").arg(kind).arg(message).arg(c.campaignId);
    r.folder = QStringLiteral("INBOX");
    r.uid = quint32(message + 1);
    r.messageId = c.messageIds.at(message);
    r.campaignId = c.campaignId;
    r.kind = kind;
    r.fromAddress = c.leads.at(message).email;
    r.fromName = c.leads.at(message).fullName();
    r.subject = QStringLiteral("Re: hello");
    // Whole milliseconds, like a parsed Date header or now().
    r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.snippet = body.section(QLatin1Char('\n'), 0, 0);
    r.body = body;
    if (kind == QStringLiteral("bounce") || kind == QStringLiteral("soft_bounce")) {
        r.statusCode = kind == QStringLiteral("bounce") ? QStringLiteral("5.1.1") : QStringLiteral("4.2.2");
        r.diagnostic = QStringLiteral("550 5.1.1 User unknown");
    }
    auto added = InboxRepository(db).addReply(r);
    if (!added || !added.value())
        qFatal("add reply: %s", qPrintable(added.errorMessage()));
    if (const auto type = ReplyCorrectionRepository::eventFor(kind)) {
        if (auto e = EventRepository(db).append({NewEvent{r.messageId, *type, r.receivedAt}},
                                                QStringLiteral("imap"));
            !e)
            qFatal("reply event: %s", qPrintable(e.errorMessage()));
    }
    return r;
}

// The counts of all variants of a campaign added up.
inline FunnelCounts totalCounts(const QList<FunnelCounts> &variants)
{
    FunnelCounts total;
    for (const FunnelCounts &v : variants) {
        total.assigned += v.assigned;
        total.sent += v.sent;
        total.delivered += v.delivered;
        total.opened += v.opened;
        total.clicked += v.clicked;
        total.replied += v.replied;
        total.bounced += v.bounced;
        total.unsubscribed += v.unsubscribed;
        total.autoReplied += v.autoReplied;
    }
    return total;
}

} // namespace outreach::test
