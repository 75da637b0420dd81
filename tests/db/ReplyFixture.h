// Mails inbox sync would have recorded, stored the way InboxSync::record
// stores them (the reply row, its event with source `imap` at the mail's
// time, the suppression of a bounce or opt-out), for the reply-correction
// suites.
#pragma once

#include "EventRepository.h"
#include "Funnel.h"
#include "InboxRepository.h"
#include "ReplyCorrectionRepository.h"
#include "SendingFixture.h"
#include "SuppressionRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace outreach::test {

// A second active campaign beside makeSendingCampaign's, with leads
// first..first+messages-1: its minimum score (and its leads' score) keep the
// first campaign's leads out, so both can be activated.
inline AbCampaign makeSecondCampaign(Database &db, int messages, int firstLead = 100)
{
    AbCampaign c = makeAbCampaign(db, messages, Channel::Email, firstLead);
    QSqlQuery q(db.connection());
    for (const Lead &lead : c.leads) {
        q.prepare(QStringLiteral("UPDATE leads SET qualification_score = 95 WHERE id = ?"));
        q.addBindValue(lead.id);
        if (!q.exec())
            qFatal("lead score: %s", qPrintable(q.lastError().text()));
    }
    q.prepare(QStringLiteral("UPDATE campaigns SET min_score = 90 WHERE id = ?"));
    q.addBindValue(c.campaignId);
    if (!q.exec())
        qFatal("min score: %s", qPrintable(q.lastError().text()));
    if (auto r = Activation::activate(db, c.campaignId, 7); !r)
        qFatal("activate: %s", qPrintable(r.errorMessage()));
    return c;
}

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
    // The suppression sync adds with a hard bounce or an opt-out.
    if (kind == QStringLiteral("bounce") || kind == QStringLiteral("opt_out")) {
        if (auto s = SuppressionRepository(db).add(SuppressionKind::Email, c.leads.at(message).email,
                                                   kind == QStringLiteral("bounce")
                                                       ? SuppressionReason::HardBounce
                                                       : SuppressionReason::Unsubscribed,
                                                   QStringLiteral("imap:") + r.mailKey);
            !s)
            qFatal("suppression: %s", qPrintable(s.errorMessage()));
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
