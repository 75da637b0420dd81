// Small builders for test leads and campaigns.
#pragma once

#include "Campaign.h"
#include "Lead.h"

#include <QtTest>

// QCOMPARE prints enums through these (found by argument-dependent lookup).
namespace outreach::types {
inline char *toString(Channel v)
{
    return qstrdup(qPrintable(outreach::toString(v)));
}
inline char *toString(CampaignStatus v)
{
    return qstrdup(qPrintable(outreach::toString(v)));
}
inline char *toString(GenerationStatus v)
{
    return qstrdup(qPrintable(outreach::toString(v)));
}
inline char *toString(Tone v)
{
    return qstrdup(qPrintable(outreach::toString(v)));
}
inline char *toString(EventType v)
{
    return qstrdup(qPrintable(outreach::toString(v)));
}
inline char *toString(WinnerMetric v)
{
    return qstrdup(qPrintable(outreach::toString(v)));
}
} // namespace outreach::types

namespace outreach::test {

Lead makeLead(int n, int score = 80);
Campaign makeCampaign(const QString &name = QStringLiteral("Test campaign"), Channel channel = Channel::Email,
                      int minScore = 0);

} // namespace outreach::test
