// Per-variant funnel counts of a campaign, the one query path behind the
// CLI's analytics and the GUI's charts. Counts come from ab_funnel_counts,
// a few dozen rows however large the campaign, which this class keeps equal
// to what the event log says: every append of events (EventStage) moves the
// counters of the touched messages from their funnel set before the append
// to the set after it, and every change of assignment rebuilds the campaign from
// message_events, each in the same transaction as the change. Holdout
// messages (outside the test share, issue 16) are never counted, even after
// the roll-out gave them a variant: every statistic covers the test only.
#pragma once

#include "Database.h"
#include "Funnel.h"

#include <QList>

namespace outreach {

// `messages` messages of a campaign's variant went from funnel set `from`
// to `to`.
struct FunnelMove
{
    qint64 campaignId = 0;
    int variant = 0;
    int from = 0;
    int to = 0;
    qint64 messages = 0;
};

class AnalyticsRepository
{
public:
    explicit AnalyticsRepository(Database &db)
        : m_db(db)
    {}

    // Three entries, variant 0..2, from the maintained counters.
    DbResult<QList<FunnelCounts>> variantCounts(qint64 campaignId) const;
    // The same numbers computed from the raw event log (slow on big
    // campaigns): for tests and for checking a database by hand.
    DbResult<QList<FunnelCounts>> recountFromEvents(qint64 campaignId) const;

    // Moves the counters by messages whose funnel set changed (EventStage
    // groups them). Call inside the transaction that changed the sets.
    DbStatus moveCounts(const QList<FunnelMove> &moves);
    // Recomputes the funnel sets and the counters of a whole campaign; after
    // (re)assigning variants, and to repair a database edited by hand.
    DbStatus rebuild(qint64 campaignId);

    // SQL expression: the funnel set of the message whose id is `messageIdSql`.
    static QString funnelSetSql(const QString &messageIdSql);

private:
    Database &m_db;
};

} // namespace outreach
