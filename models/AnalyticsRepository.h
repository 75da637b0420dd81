// Per-variant funnel counts of a campaign, the one query path behind the
// CLI's analytics and the GUI's charts. Counts come from ab_funnel_counts,
// a few dozen rows however large the campaign, which this class keeps equal
// to what the event log says: every append of events ORs the new event
// types into the touched messages' sets and moves the counters by the
// difference, and every change of assignment rebuilds the campaign from
// message_events, each in the same transaction as the change.
#pragma once

#include "Database.h"
#include "Funnel.h"

#include <QHash>
#include <QList>

namespace outreach {

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

    // Adds newly stored events to their messages' funnel sets (message id ->
    // OR of funnelBit() of the event types just inserted) and moves the
    // counters by the change. Call inside the transaction that appended the
    // events, with exactly the events that were new to the log.
    DbStatus addEventBits(const QHash<qint64, int> &bitsByMessage);
    // Recomputes the funnel sets and the counters of a whole campaign; after
    // (re)assigning variants, and to repair a database edited by hand.
    DbStatus rebuild(qint64 campaignId);

    // SQL expression: the funnel set of the message whose id is `messageIdSql`.
    static QString funnelSetSql(const QString &messageIdSql);

private:
    Database &m_db;
};

} // namespace outreach
