// An SMS campaign sent through SendEngine to the fake Twilio, for the SMS
// status suites (SmsStatusSync, outreach sync).
#pragma once

#include "FakeTwilioServer.h"
#include "SendQueueRepository.h"
#include "SendingFixture.h"
#include "sending/SendEngine.h"

namespace outreach::test {

// `messages` leads, every message sent at `sentAt` through one phone sender
// that posts to the fake.
inline SendingCampaign sentSmsCampaign(Database &db, const FakeTwilioServer &twilio, int messages,
                                       const QDateTime &sentAt)
{
    SendingCampaign c = makeSendingCampaign(db, messages, 1, Channel::Sms);
    for (Sender &s : c.senders) {
        s.accountSid = twilio.accountSid();
        s.baseUrl = twilio.baseUrl().toString();
        if (auto r = SenderRepository(db).update(s); !r)
            qFatal("update sender: %s", qPrintable(r.errorMessage()));
    }
    ManualClock clock(sentAt);
    SendEngine engine(db, clock, 1);
    engine.setSecrets({{c.senders[0].id, twilio.token()}});
    if (auto r = engine.scheduler().refresh(c.ab.campaignId); !r)
        qFatal("refresh: %s", qPrintable(r.errorMessage()));
    for (int i = 0; i < messages; ++i) {
        const auto step = engine.step(c.ab.campaignId);
        if (!step || step->kind != SendStep::Kind::Sent)
            qFatal("send failed: %s", qPrintable(step ? step->detail : step.errorMessage()));
    }
    return c;
}

inline QString recipientOf(Database &db, qint64 messageId)
{
    return SendQueueRepository(db).forMessage(messageId).value()->recipient;
}

} // namespace outreach::test
