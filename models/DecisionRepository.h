// The recorded verdict of a campaign's A/B/C test and its roll-out. A
// decision is stored once, the first time the decision rule is met, and is
// never recomputed: later data is shown beside it. Only reopen() ends it,
// and that is recorded too. The roll-out gives the holdout (the leads
// outside the test share) one variant, exactly once, however many clients
// try at the same time.
#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace outreach {

struct TestDecision
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int round = 1;              // 1 for the first decision, +1 after each reopening
    int variant = 0;            // the winner's variant index
    QString metric;             // "reply", ...
    QString mode;               // "sequential" | "fixed"
    QString reason;             // "sequential" (boundary crossed) | "planned" (planned sample reached)
    QDateTime decidedAt;        // UTC
    qint64 sendsPerVariant = 0; // the fewest sent of any variant when decided
    double statistic = 1;       // the p-value that decided (largest Holm-adjusted)
    QJsonObject counts;         // {"0": {"sent": n, "successes": x}, ...} at the decision
    QDateTime reopenedAt;       // invalid while the decision stands
    QString reopenNote;
};

struct RolloutState
{
    qint64 waiting = 0;  // holdout messages without a variant yet
    qint64 assigned = 0; // holdout messages given the rolled-out variant
    std::optional<int> variant;
    QString reason; // "decision" | "deadline"; empty before the roll-out
    QDateTime rolledOutAt;
};

class DecisionRepository
{
public:
    explicit DecisionRepository(Database &db)
        : m_db(db)
    {}

    // The decision that stands (not reopened), if any.
    DbResult<std::optional<TestDecision>> current(qint64 campaignId) const;
    // Every decision of the campaign, reopened ones included, oldest first.
    DbResult<QList<TestDecision>> history(qint64 campaignId) const;
    // Stores `decision` unless one already stands; returns the one that
    // stands afterwards (the caller's, or the earlier one, unchanged).
    DbResult<TestDecision> record(const TestDecision &decision);
    // Ends the standing decision (NotFound when none stands).
    DbResult<TestDecision> reopen(qint64 campaignId, const QString &note);

    DbResult<RolloutState> rollout(qint64 campaignId) const;
    // Gives every waiting holdout message `variant`, once: false when the
    // campaign was already rolled out (by this or another client).
    DbResult<bool> rollOut(qint64 campaignId, int variant, const QString &reason);
    // The one place that marks waiting holdout messages assigned; a sending
    // queue hooks in here (or reads the messages it marks).
    DbResult<qint64> assignWaiting(qint64 campaignId, int variant);

private:
    Database &m_db;
};

} // namespace outreach
