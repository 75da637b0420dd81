#include "ConcurrencyLimiter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace outreach {

namespace {
constexpr qint64 kCutSpacingMs = 1000; // one rate-limit burst halves the limit once
} // namespace

ConcurrencyLimiter::ConcurrencyLimiter()
    : ConcurrencyLimiter(Settings{})
{}

ConcurrencyLimiter::ConcurrencyLimiter(const Settings &settings)
    : m_settings(settings)
    , m_limit(std::max(1, settings.maximum))
    , m_lastCutMs(std::numeric_limits<qint64>::min() / 2)
    , m_rng(settings.seed)
{
    m_settings.maximum = m_limit;
}

qint64 ConcurrencyLimiter::nextAllowedMs(qint64 nowMs) const
{
    return std::max(m_pauseUntilMs, m_pacer.nextAllowedMs(nowMs));
}

qint64 ConcurrencyLimiter::dispatched(qint64 nowMs)
{
    return m_pacer.dispatched(nowMs);
}

void ConcurrencyLimiter::answered(qint64 seq, qint64 sentMs, std::optional<qint64> remaining,
                                  bool rateLimited)
{
    m_pacer.observed(seq, sentMs, remaining, rateLimited);
}

void ConcurrencyLimiter::succeeded()
{
    if (++m_successSinceCut >= m_limit && m_limit < m_settings.maximum) {
        ++m_limit; // additive recovery after a rate-limit cut
        m_successSinceCut = 0;
    }
}

void ConcurrencyLimiter::rateLimited(qint64 nowMs, std::optional<double> retryAfterSeconds)
{
    // The answers to one burst of requests come back together; halving once
    // per answer would take the limit to 1 for a single refusal burst.
    if (nowMs - m_lastCutMs >= kCutSpacingMs) {
        m_limit = std::max(1, m_limit / 2);
        m_lastCutMs = nowMs;
        m_successSinceCut = 0;
    }
    const double waitMs = retryAfterSeconds ? *retryAfterSeconds * 1000.0 : m_settings.backoffBaseMs;
    m_pauseUntilMs = std::max(m_pauseUntilMs, nowMs + qint64(waitMs));
}

qint64 ConcurrencyLimiter::retryDueMs(qint64 nowMs, int failures, std::optional<double> retryAfterSeconds)
{
    // Exponential backoff with full jitter, never shorter than the endpoint asked.
    const double cap = std::min<double>(m_settings.backoffMaxMs,
                                        m_settings.backoffBaseMs * std::pow(2.0, std::max(1, failures) - 1));
    double delay = std::uniform_real_distribution<double>(0, std::max(1.0, cap))(m_rng);
    if (retryAfterSeconds)
        delay = std::max(delay, *retryAfterSeconds * 1000.0);
    return std::max(m_pauseUntilMs, nowMs + qint64(delay));
}

} // namespace outreach
