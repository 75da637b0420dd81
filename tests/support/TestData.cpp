#include "TestData.h"

using namespace Qt::StringLiterals;

namespace outreach::test {

Lead makeLead(int n, int score)
{
    Lead lead;
    lead.email = u"lead%1@example.com"_s.arg(n);
    lead.firstName = u"First%1"_s.arg(n);
    lead.lastName = u"Last%1"_s.arg(n);
    lead.title = u"Head of Operations"_s;
    lead.company = u"Company %1"_s.arg(n);
    lead.industry = u"Logistics"_s;
    // A contact for every channel, so the lead qualifies for any campaign.
    lead.phone = u"+1555%1"_s.arg(n, 7, 10, QChar(u'0'));
    lead.linkedinUrl = u"https://www.linkedin.com/in/lead%1"_s.arg(n);
    lead.qualificationScore = score;
    lead.qualificationReasoning = u"Fits the ideal customer profile."_s;
    lead.painPoints = {u"manual reporting"_s, u"slow onboarding"_s};
    lead.buyingSignals = {u"hiring RevOps"_s};
    lead.technologies = {u"Salesforce"_s, u"HubSpot"_s};
    lead.recentNews = {u"Raised a Series B"_s};
    return lead;
}

Campaign makeCampaign(const QString &name, Channel channel, int minScore)
{
    Campaign c;
    c.name = name;
    c.channel = channel;
    c.minScore = minScore;
    c.templateText = u"Hi {{first_name|there}}, a note for {{company}}."_s;
    c.senderName = u"Sam Sender"_s;
    return c;
}

} // namespace outreach::test
