// Spaces requests so an endpoint's request-rate limit is met instead of hit.
// It follows the endpoint's "remaining requests" counter: from two readings
// and the requests sent in between it learns the refill rate, and it lets a
// request go only when the endpoint should have a request left for it. With
// no such counter it never holds anything back, and an accepted answer
// without one (endpoints that report headroom only on 429s) makes it forget
// what it read, so a "0 left" seen on a refusal can never hold it back for
// good.
#pragma once

#include <QtGlobal>
#include <deque>
#include <optional>

namespace outreach {

class RequestPacer
{
public:
    // A request with this sequence number (1, 2, ...) left at nowMs.
    qint64 dispatched(qint64 nowMs);
    // The answer to request `seq` (sent at sentMs) reported this headroom.
    void observed(qint64 seq, qint64 sentMs, std::optional<qint64> remaining, bool rateLimited);
    // Earliest time a request may leave; <= nowMs means now.
    qint64 nextAllowedMs(qint64 nowMs) const;
    // Learned refill rate in requests per second; nullopt before it is known.
    std::optional<double> ratePerSecond() const;

private:
    void forget();

    struct Reading
    {
        qint64 seq;
        qint64 sentMs;
        qint64 remaining;
    };
    std::deque<Reading> m_readings; // by seq, the last few seconds
    qint64 m_sent = 0;
    qint64 m_lastSentMs = 0;
    double m_ratePerMs = -1;
    qint64 m_capacity = 0; // the bucket's size, as far as accepted answers showed it; 0 = unknown
};

} // namespace outreach
