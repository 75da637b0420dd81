// A generation run's own spending cap ("the budget is a cap"): a request may
// leave only when its estimated cost fits under the cap together with what
// was already spent and what the requests in flight have reserved, so the
// cap holds even when every request in flight comes back at its estimate.
// An answer settles its reservation against what it really cost; a request
// that never got an answer releases it. The campaign's own budget, shared by
// every run, is kept in the database (ClaimRepository); this is the run's.
#pragma once

#include <QtGlobal>

namespace outreach {

struct ChatRequest;

class BudgetGuard
{
public:
    // capUsd <= 0: no cap.
    explicit BudgetGuard(double capUsd = 0);

    // Tokens a request's prompt is estimated at: two characters a token
    // over-counts English prompts on purpose, so a reservation is never
    // smaller than the bill.
    static int estimatedPromptTokens(const ChatRequest &request);

    // Would a request estimated at usd stay under the cap?
    bool fits(double usd) const;
    // Holds usd for a request that is leaving (after fits()).
    void reserve(double usd);
    // Its answer arrived: the reservation goes, what it cost is spent.
    void commit(double reservedUsd, double costUsd);
    // It ended without an answer (cancelled): nothing was spent.
    void release(double reservedUsd);

    double spent() const { return m_spentUsd; }
    double reserved() const { return m_reservedUsd; }
    // What is left under the cap; infinity without one.
    double left() const;

private:
    double m_capUsd;
    double m_spentUsd = 0;
    double m_reservedUsd = 0;
};

} // namespace outreach
