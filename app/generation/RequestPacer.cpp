#include "RequestPacer.h"

#include <algorithm>
#include <cmath>

namespace outreach {

namespace {
constexpr qint64 kWindowMs = 6000;       // readings kept
constexpr qint64 kMinSpanMs = 500;       // shortest span a rate is learned from
constexpr double kHeadroom = 1.5;        // requests the endpoint should still have left
constexpr qint64 kProbeIntervalMs = 250; // while the rate is unknown and no headroom is left
} // namespace

qint64 RequestPacer::dispatched(qint64 nowMs)
{
    m_lastSentMs = nowMs;
    return ++m_sent;
}

void RequestPacer::observed(qint64 seq, qint64 sentMs, std::optional<qint64> remaining, bool rateLimited)
{
    if (!remaining) {
        // An accepted request without a headroom counter: this endpoint (or
        // proxy) reports headroom only on refusals, so a "0 left" read from
        // an earlier 429 says nothing about now. Forget it and go at full
        // speed; the engine's Retry-After pause and concurrency cut handle
        // the next 429.
        if (!rateLimited)
            forget();
        return;
    }
    // A refused request consumed nothing; reading it as "0 left" is still
    // right, but it says nothing about the bucket's size.
    const qint64 left = rateLimited ? 0 : *remaining;
    if (!rateLimited)
        m_capacity = std::max(m_capacity, left + 1); // the answered request took one
    auto at = std::lower_bound(m_readings.begin(), m_readings.end(), seq,
                               [](const Reading &r, qint64 s) { return r.seq < s; });
    m_readings.insert(at, Reading{seq, sentMs, left});
    while (m_readings.size() > 2 && m_readings.back().sentMs - m_readings.front().sentMs > kWindowMs)
        m_readings.pop_front();

    // Refill between two readings = change in headroom + requests that
    // consumed it in between. Readings taken while the bucket was full
    // under-count, which errs on the slow side.
    const Reading &last = m_readings.back();
    for (const Reading &first : m_readings) {
        const qint64 span = last.sentMs - first.sentMs;
        if (span < kMinSpanMs)
            break;
        const double refill = double(last.remaining - first.remaining + (last.seq - first.seq));
        if (refill > 0)
            m_ratePerMs = refill / double(span);
        break;
    }
}

std::optional<double> RequestPacer::ratePerSecond() const
{
    if (m_ratePerMs < 0)
        return std::nullopt;
    return m_ratePerMs * 1000.0;
}

void RequestPacer::forget()
{
    m_readings.clear();
    m_ratePerMs = -1;
    m_capacity = 0;
}

qint64 RequestPacer::nextAllowedMs(qint64 nowMs) const
{
    if (m_readings.empty())
        return nowMs;
    const Reading &last = m_readings.back();
    // Requests sent after the newest reading are already spending headroom.
    const double spentSince = double(m_sent - last.seq);
    const double rate = std::max(0.0, m_ratePerMs);
    // The bucket's size caps the headroom only after what was spent is
    // taken off: capped first, requests that never brought a reading back
    // (network errors, timeouts) would keep it below the threshold forever.
    // Before a successful answer showed the size, nothing caps it.
    double left = double(last.remaining) + rate * double(nowMs - last.sentMs) - spentSince;
    if (m_capacity > 0)
        left = std::min(left, double(m_capacity));
    // A bucket of one request never shows 1.5 left; one is enough for it.
    const double needed = m_capacity > 0 ? std::min(kHeadroom, double(m_capacity)) : kHeadroom;
    if (left >= needed)
        return nowMs;
    if (rate <= 0)
        return std::max(nowMs, m_lastSentMs + kProbeIntervalMs);
    return nowMs + qint64(std::ceil((needed - left) / rate));
}

} // namespace outreach
