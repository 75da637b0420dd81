// Per-variant funnel counts of a campaign, the one query path behind the
// CLI's analytics and the GUI's charts. Counts come from ab_funnel_counts,
// a few dozen rows however large the campaign, which this class keeps equal
// to what the event log says: every append of events and every change of
// assignment recomputes the touched messages from message_events in the
// same transaction (see EventRepository and the activation code).
#pragma once

#include "Database.h"
#include "Funnel.h"

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

    // Recomputes the funnel set of these messages from their events and moves
    // their counts. Call inside the transaction that appended the events.
    DbStatus refreshMessages(const QList<qint64> &messageIds);
    // Recomputes the funnel sets and the counters of a whole campaign; after
    // (re)assigning variants, and to repair a database edited by hand.
    DbStatus rebuild(qint64 campaignId);

    // SQL expression: the funnel set of the message whose id is `messageIdSql`.
    static QString funnelSetSql(const QString &messageIdSql);

private:
    Database &m_db;
};

} // namespace outreach
