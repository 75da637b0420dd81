// The SQL of starting a campaign's A/B/C test (app/abtest/Activation holds
// the rules): which qualifying leads still lack a generated message, the
// messages that take part, and writing the drawn assignment.
#pragma once

#include "Campaign.h"
#include "Database.h"

#include <QList>

#include <array>
#include <optional>

namespace outreach {

// Qualifying leads of a campaign whose message is neither generated nor
// excluded yet: they block activation.
struct UngeneratedLeads
{
    qint64 pending = 0; // no message, or not written yet
    qint64 failed = 0;
    qint64 total() const { return pending + failed; }
};

// The messages of a campaign as activation sorts them.
struct TestCandidates
{
    QList<qint64> free; // generated, not pinned: drawn into variants (in id order)
    std::array<qint64, 3> pinnedPerVariant{0, 0, 0};
    qint64 excluded = 0;
};

class TestAssignmentRepository
{
public:
    explicit TestAssignmentRepository(Database &db)
        : m_db(db)
    {}

    DbResult<UngeneratedLeads> ungeneratedLeads(const Campaign &campaign) const;
    DbResult<TestCandidates> candidates(qint64 campaignId) const;
    // Holds `holdout` back for the roll-out and gives `ids[i]` the variant
    // `variants[i]`; messages that are not generated lose any variant. Run
    // inside the activation's transaction.
    DbStatus assign(qint64 campaignId, const QList<qint64> &holdout, const QList<qint64> &ids,
                    const QList<int> &variants);

private:
    Database &m_db;
};

} // namespace outreach
