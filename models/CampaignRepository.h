// Reads and writes campaigns; status changes go through CampaignLifecycle.
#pragma once

#include "Campaign.h"
#include "Database.h"

#include <QList>

namespace outreach {

struct CampaignSummary
{
    Campaign campaign;
    qint64 qualifying = 0; // LeadQualification: score, contact for the channel, not excluded
    qint64 generated = 0;
    qint64 failed = 0;
    // Leads with the score but without the channel's contact (no phone for
    // SMS, ...): left out of counting and generation.
    qint64 leftOut = 0;
};

class CampaignRepository
{
public:
    explicit CampaignRepository(Database &db)
        : m_db(db)
    {}

    DbResult<qint64> create(Campaign &campaign);
    DbResult<Campaign> get(qint64 id) const;
    DbResult<QList<Campaign>> list() const;
    DbResult<QList<CampaignSummary>> summaries() const;
    DbResult<CampaignSummary> summary(qint64 id) const;
    DbStatus update(Campaign &campaign); // version-checked; not for status
    DbStatus remove(qint64 id);          // cascades to messages, variants, events
    // Moves the status if the lifecycle allows it (refused otherwise).
    DbStatus setStatus(qint64 id, CampaignStatus to);
    DbResult<qint64> countQualifying(const Campaign &campaign) const; // LeadQualification
    // Leads with the score but without the contact the channel needs.
    DbResult<qint64> countLeftOut(const Campaign &campaign) const;
    // cost_total = sum of the messages' cost.
    DbStatus refreshCostTotal(qint64 id);

private:
    Database &m_db;
};

} // namespace outreach
