// What a campaign manager should know before activating the A/B test: how
// many generated messages were never approved and how many have a variant
// over the channel's length limit. Activation asks about them first; the
// test itself does not depend on either.
#pragma once

#include "Database.h"

namespace outreach {

struct ActivationReview
{
    qint64 generated = 0;
    qint64 unapproved = 0;
    qint64 overLimit = 0; // messages with at least one variant flagged over_limit

    bool hasWarnings() const { return unapproved > 0 || overLimit > 0; }
    // "12 messages are not approved. 3 messages have a variant over the
    // length limit." (empty without warnings)
    QString warningText() const;
};

class ActivationReviewer
{
public:
    static DbResult<ActivationReview> review(Database &db, qint64 campaignId);
};

} // namespace outreach
