// An active campaign with generated, assigned messages and mailbox senders,
// for the sending suites (scheduler, SMTP, CLI).
#pragma once

#include "AbTestFixture.h"
#include "SenderRepository.h"
#include "abtest/Activation.h"

namespace outreach::test {

struct SendingCampaign
{
    AbCampaign ab;
    QList<Sender> senders;
};

inline Sender testMailbox(int n, const QString &host = QStringLiteral("127.0.0.1"), int port = 25)
{
    Sender s;
    s.kind = SenderKind::Mailbox;
    s.name = QStringLiteral("Sender %1").arg(n);
    s.fromAddress = QStringLiteral("sender%1@outreach.test").arg(n);
    s.smtpHost = host;
    s.smtpPort = port;
    s.smtpSecurity = Security::None;
    s.window = SendWindow{0x7F, 0, 0};
    s.timeZone = "UTC";
    s.gapMinMs = s.gapMaxMs = 0;
    s.dailyCap = 1000;
    return s;
}

// `messages` leads; activated (every message assigned); `senders`
// mailboxes with no gap, no cap worth mentioning and an always-open window;
// the campaign window open all day in UTC.
inline SendingCampaign makeSendingCampaign(Database &db, int messages, int senders = 1,
                                           Channel channel = Channel::Email)
{
    SendingCampaign c;
    c.ab = makeAbCampaign(db, messages, channel);
    if (auto r = Activation::activate(db, c.ab.campaignId, 42); !r)
        qFatal("activate: %s", qPrintable(r.errorMessage()));
    SenderRepository repo(db);
    QList<qint64> ids;
    for (int i = 0; i < senders; ++i) {
        Sender s = testMailbox(i + 1);
        if (channel == Channel::Sms) {
            s.kind = SenderKind::Phone;
            s.fromAddress = QStringLiteral("+1555000%1").arg(1000 + i);
        }
        if (auto r = repo.add(s); !r)
            qFatal("add sender: %s", qPrintable(r.errorMessage()));
        c.senders.append(s);
        ids.append(s.id);
    }
    if (auto r = repo.setCampaignSenders(c.ab.campaignId, ids); !r)
        qFatal("campaign senders: %s", qPrintable(r.errorMessage()));
    CampaignSendSettings settings;
    settings.campaignId = c.ab.campaignId;
    settings.window = SendWindow{0x7F, 0, 0};
    settings.timeZone = "UTC";
    if (auto r = repo.saveSettings(settings); !r)
        qFatal("settings: %s", qPrintable(r.errorMessage()));
    return c;
}

} // namespace outreach::test
