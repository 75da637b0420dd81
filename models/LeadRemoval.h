// Deletes leads with the effects a campaign manager is told about first:
// their messages in campaigns whose test has not started (draft, generating,
// ready) go; a lead with messages in a started test (CampaignLifecycle::
// testStarted) keeps those messages, so the test's counts stay true, and is
// excluded from sending instead of deleted; every other lead is deleted.
#pragma once

#include "Database.h"

#include <QList>

namespace outreach {

struct LeadRemovalReport
{
    int deleted = 0;            // rows gone
    int excluded = 0;           // kept for a started test, excluded from sending
    qint64 messagesDeleted = 0; // messages of campaigns whose test had not started
};

class LeadRemoval
{
public:
    explicit LeadRemoval(Database &db)
        : m_db(db)
    {}

    // What remove() would do, without changing anything.
    DbResult<LeadRemovalReport> preview(const QList<qint64> &leadIds) const;
    // All or nothing, in one transaction.
    DbResult<LeadRemovalReport> remove(const QList<qint64> &leadIds);

private:
    DbResult<LeadRemovalReport> run(const QList<qint64> &leadIds, bool apply) const;

    Database &m_db;
};

} // namespace outreach
