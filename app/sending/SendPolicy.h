// The rules of what may be sent, written once for the scheduler, the
// senders and the GUI: a sender's cap on a day (ramp-up included), the
// random gap after a send, the recipient of a lead on a channel, and the
// text actually sent (the assigned variant as it is now, template variables
// filled) or why the message is held instead.
#pragma once

#include "Campaign.h"
#include "Lead.h"
#include "Message.h"
#include "Sending.h"

#include <QRandomGenerator>

namespace outreach {

struct ComposedText
{
    std::optional<QString> subject;
    QString body;
    QString holdReason; // empty: may be sent
};

struct Recipient
{
    QString value;   // address, E.164 number or profile URL
    QString problem; // why there is none (held with this reason)
};

namespace sendpolicy {

// Sends allowed on a local day: the daily cap, or during ramp-up
// rampStart + rampStep per day since the first day, up to the cap.
int capOn(const Sender &sender, const QDate &localDay);
// A random pause after a send, in [gapMinMs, gapMaxMs].
qint64 gapMs(const Sender &sender, QRandomGenerator &random);

Recipient recipientFor(Channel channel, const Lead &lead);

// The assigned variant's text for the lead, or a hold reason: no assigned
// variant, an over-limit flag, an unresolved placeholder, or approval
// required and not given.
ComposedText compose(const Campaign &campaign, const CampaignSendSettings &settings, const Message &message,
                     const Lead &lead);

} // namespace sendpolicy
} // namespace outreach
