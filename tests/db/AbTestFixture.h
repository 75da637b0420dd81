// Builds a campaign with generated messages through the repositories, ready
// to activate: shared by the A/B test suites (events, assignment, analytics,
// export, CLI).
#pragma once

#include "CampaignRepository.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"

#include <QtTest>

namespace outreach::test {

struct AbCampaign
{
    qint64 campaignId = 0;
    QList<qint64> messageIds;
    QList<Lead> leads;
};

inline Message generatedMessage(qint64 campaignId, qint64 leadId, int n)
{
    Message m;
    m.campaignId = campaignId;
    m.leadId = leadId;
    m.status = GenerationStatus::Generated;
    for (int i = 0; i < kVariantCount; ++i) {
        Variant v;
        v.index = i;
        v.tone = toneOfIndex(i);
        v.subject = QStringLiteral("Subject %1/%2").arg(n).arg(i);
        v.body = QStringLiteral("Body %1/%2").arg(n).arg(i);
        m.variants.append(v);
    }
    return m;
}

// `messages` leads, each with a generated message; status ready unless a
// message is left pending (then the campaign stays ready as well).
inline AbCampaign makeAbCampaign(Database &db, int messages, Channel channel = Channel::Email,
                                 int firstLead = 0)
{
    AbCampaign result;
    CampaignRepository campaigns(db);
    Campaign campaign = makeCampaign(QStringLiteral("A/B %1").arg(firstLead), channel);
    const auto id = campaigns.create(campaign);
    if (!id)
        qFatal("create campaign: %s", qPrintable(id.errorMessage()));
    result.campaignId = id.value();
    Transaction transaction(db);
    LeadRepository leads(db);
    MessageRepository repo(db);
    for (int i = 0; i < messages; ++i) {
        Lead lead = makeLead(firstLead + i);
        lead.phone = QStringLiteral("+4930%1").arg(100000 + firstLead + i);
        lead.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/lead%1").arg(firstLead + i);
        if (auto r = leads.insert(lead); !r)
            qFatal("insert lead: %s", qPrintable(r.errorMessage()));
        Message m = generatedMessage(result.campaignId, lead.id, i);
        if (auto r = repo.saveResult(m); !r)
            qFatal("save message: %s", qPrintable(r.errorMessage()));
        result.messageIds.append(m.id);
        result.leads.append(lead);
    }
    if (auto r = transaction.commit(); !r)
        qFatal("commit: %s", qPrintable(r.errorMessage()));
    if (!campaigns.setStatus(result.campaignId, CampaignStatus::Generating) ||
        !campaigns.setStatus(result.campaignId, CampaignStatus::Ready))
        qFatal("campaign status");
    return result;
}

} // namespace outreach::test
