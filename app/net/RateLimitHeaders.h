// Reads the "wait" and "headroom" hints that OpenAI-compatible endpoints put
// in response headers (Retry-After, retry-after-ms, x-ratelimit-*), so the
// engine can honour them without knowing each vendor's spelling.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <optional>

namespace outreach {

struct RateLimitInfo
{
    std::optional<double> retryAfterSeconds;
    std::optional<qint64> remainingRequests;
};

namespace RateLimitHeaders {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// "120", "1.5" (seconds) or an HTTP date; nullopt when unreadable.
std::optional<double> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

// Seconds as a plain float ("59.4", Cerebras) or a Go-style duration
// ("6m0s", "20ms", "1h2m3.5s", OpenAI); nullopt when unreadable.
std::optional<double> parseDuration(const QByteArray &value);

// retry-after-ms wins over Retry-After; on a 429 without either, the
// x-ratelimit-reset-* header of the exhausted limit (tokens per minute when
// none says it is exhausted) tells how long to wait.
RateLimitInfo read(const RawHeaders &headers, int httpStatus, const QDateTime &nowUtc);

} // namespace RateLimitHeaders
} // namespace outreach
