// How many requests a generation run may have in flight, and when the next
// one may leave. It adapts to the endpoint's rate limit: a 429 halves the
// limit (once per burst of refusals) and pauses new requests for the
// Retry-After the endpoint asked for; accepted answers win the limit back
// one step at a time; the endpoint's "remaining requests" headers space
// requests through RequestPacer; a lead that failed waits an exponential
// backoff with full jitter before its retry. Time comes in as arguments
// (milliseconds on the run's clock), so every rule is testable without one.
#pragma once

#include "RequestPacer.h"

#include <QtGlobal>
#include <optional>
#include <random>

namespace outreach {

class ConcurrencyLimiter
{
public:
    struct Settings
    {
        int maximum = 8;         // the limit it starts at and never exceeds (>= 1)
        int backoffBaseMs = 500; // first retry waits up to this; a 429 without Retry-After pauses this long
        int backoffMaxMs = 30000;
        quint64 seed = 0; // jitter
    };

    ConcurrencyLimiter();
    explicit ConcurrencyLimiter(const Settings &settings);

    int limit() const { return m_limit; }
    bool hasRoom(int inFlight) const { return inFlight < m_limit; }
    // Earliest time a new request may leave (<= nowMs: now): after any
    // rate-limit pause and when the endpoint's headroom allows it.
    qint64 nextAllowedMs(qint64 nowMs) const;
    // A request left at nowMs; its sequence number goes back to answered().
    qint64 dispatched(qint64 nowMs);
    // The answer to request `seq` (sent at sentMs) arrived with this headroom.
    void answered(qint64 seq, qint64 sentMs, std::optional<qint64> remaining, bool rateLimited);
    // A usable answer: the limit grows by one after `limit` of them.
    void succeeded();
    // A 429 at nowMs: cut the limit (once per burst) and pause new requests.
    void rateLimited(qint64 nowMs, std::optional<double> retryAfterSeconds);
    // When the retry after this many failures (>= 1) of one lead is due.
    qint64 retryDueMs(qint64 nowMs, int failures, std::optional<double> retryAfterSeconds);

private:
    Settings m_settings;
    int m_limit = 8;
    int m_successSinceCut = 0;
    qint64 m_pauseUntilMs = 0;
    qint64 m_lastCutMs = 0;
    RequestPacer m_pacer;
    std::mt19937_64 m_rng;
};

} // namespace outreach
