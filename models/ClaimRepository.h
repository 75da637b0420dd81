// Generation claims and budget reservations: before a lead's request leaves,
// a run claims the lead (a lease: owner and expiry) and reserves what the
// request may cost against the campaign's budget, both committed first.
// Claims keep two runs (CLI, GUI, teammates on one PostgreSQL database) from
// paying for one lead twice; reservations keep any mix of runs, retries and
// crashes under the budget. A run that dies leaves its claims to expire and
// its reservations as possibly-billed spend, booked on the lead's message
// when another run stores it.
#pragma once

#include "Database.h"

#include <QStringList>

namespace outreach {

struct ClaimOutcome
{
    enum Kind { Claimed, HeldElsewhere, AlreadyDone };
    Kind kind = Claimed;
    // Claimed over an expired lease whose requests may have been billed.
    double lostUsd = 0;
};

enum class Reservation { Reserved, BudgetReached, ClaimLost };

class ClaimRepository
{
public:
    explicit ClaimRepository(Database &db)
        : m_db(db)
    {}

    // Claims the lead until expiresAtMs unless another owner's lease runs
    // past nowMs or the lead already has a stored result (generated or
    // excluded; failed too unless retryFailed).
    DbResult<ClaimOutcome> claim(qint64 campaignId, qint64 leadId, const QString &owner, qint64 nowMs,
                                 qint64 expiresAtMs, bool retryFailed);
    // Adds usd to the campaign's reservations if its budget (if any) still
    // has room, and renews the lease; both or neither.
    DbResult<Reservation> reserve(qint64 campaignId, qint64 leadId, const QString &owner, double usd,
                                  qint64 expiresAtMs);
    // Gives back usd of the claim's reservations: reserved for a request that
    // never left (the run paused or stopped while the claim was made).
    DbStatus unreserve(qint64 campaignId, qint64 leadId, const QString &owner, double usd);
    // Inside the transaction that stores the lead's result (messageId):
    // books the claim's lost spend on the message, releases its
    // reservations and deletes the claim. No-op for a claim owned by another.
    DbStatus settle(qint64 campaignId, qint64 leadId, qint64 messageId, const QString &owner);
    // At the end of a run: claims that reserved nothing go; the others expire
    // at once, their reservations kept as possibly billed.
    DbStatus releaseAll(qint64 campaignId, const QString &owner);
    // Ends every lease of this owner now (a run known to be dead).
    DbStatus expireOwner(qint64 campaignId, const QString &owner);
    // Owners whose leases on the campaign run past nowMs.
    DbResult<QStringList> liveOwners(qint64 campaignId, qint64 nowMs) const;
    // The campaign's outstanding reservations (live and of dead runs).
    DbResult<double> reservedUsd(qint64 campaignId) const;

private:
    Database &m_db;
};

} // namespace outreach
