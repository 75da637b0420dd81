// Shared by the inbox suites: a mailbox sender pointing at the test Dovecot,
// and a campaign whose messages were sent (or are in doubt) from it, with
// the Message-IDs, recipients and unsubscribe tokens the mail fixtures use.
#pragma once

#include "AbTestFixture.h"
#include "AnalyticsRepository.h"
#include "DovecotServer.h"
#include "EventRepository.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"

#include <QFile>
#include <QSqlQuery>

namespace outreach::test {

using namespace Qt::StringLiterals;

inline const QDateTime kInboxNow(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
inline const QDateTime kSentAt(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

inline QByteArray mailFixture(const QString &name)
{
    QFile file(QStringLiteral(OUTREACH_SOURCE_DIR "/tests/fixtures/mail/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Send
{
    QString rfcId;
    QString recipient;
    QString token = {}; // a default, so {rfcId, recipient} initializers stay warning-free
    QString state = u"sent"_s;
    QDateTime claimedAt = kSentAt;
};

inline Sender makeInboxSender(Database &db, const DovecotServer &server, const QString &folder)
{
    Sender s;
    s.kind = SenderKind::Mailbox;
    s.name = u"Anna Sales"_s;
    s.fromAddress = u"anna.sales@acme-outreach.test"_s;
    s.login = server.user();
    s.smtpHost = u"127.0.0.1"_s;
    s.smtpPort = 2525;
    s.smtpSecurity = Security::None;
    s.imapHost = server.host();
    s.imapPort = server.port();
    s.imapSecurity = Security::None;
    s.imapFolders = folder;
    s.sentFolder = u"Sent"_s;
    auto id = SenderRepository(db).add(s);
    if (!id)
        qFatal("sender: %s", qPrintable(id.errorMessage()));
    return s;
}

// A campaign whose messages were sent (or are in doubt) from `sender`.
inline AbCampaign makeSends(Database &db, const Sender &sender, const QList<Send> &sends, int firstLead = 0)
{
    AbCampaign c = makeAbCampaign(db, int(sends.size()), Channel::Email, firstLead);
    (void)db.exec(
        u"UPDATE campaign_messages SET assigned_variant = id %% 3 WHERE campaign_id = %1"_s.arg(c.campaignId)
            .replace(u"%%"_s, u"%"_s));
    (void)AnalyticsRepository(db).rebuild(c.campaignId);
    QList<QueueEntry> entries;
    for (qsizetype i = 0; i < sends.size(); ++i) {
        QueueEntry e;
        e.messageId = c.messageIds.at(i);
        e.campaignId = c.campaignId;
        e.recipient = sends.at(i).recipient;
        entries.append(e);
    }
    (void)SendQueueRepository(db).insertMissing(entries);
    for (qsizetype i = 0; i < sends.size(); ++i) {
        const Send &s = sends.at(i);
        QSqlQuery q = db.prepare(u"UPDATE send_queue SET state = ?, sender_id = ?, rfc_message_id = ?, "
                                 "unsubscribe_token = ?, sent_at = ?, claimed_at = ? WHERE message_id = ?"_s);
        q.addBindValue(s.state);
        q.addBindValue(sender.id);
        q.addBindValue(s.rfcId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.rfcId));
        q.addBindValue(sqlText(s.token));
        q.addBindValue(s.state == u"sent" ? QVariant(sendtime::bind(kSentAt))
                                          : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(sendtime::bind(s.claimedAt));
        q.addBindValue(c.messageIds.at(i));
        if (auto status = db.exec(q); !status)
            qFatal("queue row: %s", qPrintable(status.errorMessage()));
        if (s.state == u"sent")
            (void)EventRepository(db).append({NewEvent{c.messageIds.at(i), EventType::Sent, kSentAt}},
                                             u"smtp"_s);
    }
    return c;
}

} // namespace outreach::test
