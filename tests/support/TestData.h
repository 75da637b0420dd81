// Small builders for test leads and campaigns.
#pragma once

#include "Campaign.h"
#include "Lead.h"

namespace outreach::test {

Lead makeLead(int n, int score = 80);
Campaign makeCampaign(const QString &name = QStringLiteral("Test campaign"), Channel channel = Channel::Email,
                      int minScore = 0);

} // namespace outreach::test
