// Who qualifies for a campaign, written once for every place that counts or
// selects leads (campaign list and dialog, `campaigns show`, generation,
// activation, the lead table): a score at or above the campaign's minimum,
// a contact for the campaign's channel (a phone number for SMS, a LinkedIn
// URL for LinkedIn, an email address for email; a custom channel needs none),
// and not excluded from sending (a deleted lead kept for a running test).
// A lead without the contact would cost a generated message that can never
// be sent.
#pragma once

#include "Campaign.h"
#include "Lead.h"

#include <QString>

namespace outreach {

class LeadQualification
{
public:
    static bool hasContact(const Lead &lead, Channel channel);
    static bool qualifies(const Lead &lead, const Campaign &campaign);

    // SQL conditions on the leads table under `alias` ("l").
    // hasContact for a channel known here, and for a channel read from a
    // column (`channelColumn`, e.g. "c.channel") of each row.
    static QString sqlHasContact(Channel channel, const QString &alias);
    static QString sqlHasContactFor(const QString &channelColumn, const QString &alias);
    // Score at or above `minScoreExpr` (a column or "?") and not excluded:
    // the part of qualifying that does not depend on the channel.
    static QString sqlScoredAndSendable(const QString &minScoreExpr, const QString &alias);
    // Everything: scored, sendable and with the channel's contact.
    static QString sqlQualifies(Channel channel, const QString &minScoreExpr, const QString &alias);

    // What the leads left out lack: "no phone number", "no LinkedIn URL", ...
    static QString missingContact(Channel channel);
    // "9 leads were left out: no phone number." (empty when none were).
    static QString leftOutText(Channel channel, qint64 leftOut);
};

} // namespace outreach
