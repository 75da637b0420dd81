#include "RateLimitHeaders.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace outreach::RateLimitHeaders {

std::optional<double> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<double>(seconds) : std::nullopt;

    // Qt's RFC 2822 parser wants a numeric zone; HTTP dates always say GMT.
    QString text = QString::fromLatin1(trimmed);
    text.replace(QRegularExpression(u"\\s+(GMT|UTC|Z)$"_s), u" +0000"_s);
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max(0.0, nowUtc.msecsTo(when) / 1000.0);
}

std::optional<double> parseDuration(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<double>(seconds) : std::nullopt;

    static const QRegularExpression part(u"(\\d+(?:\\.\\d+)?)(ms|h|m|s)"_s);
    const QString text = QString::fromLatin1(trimmed);
    double total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart() != consumed)
            return std::nullopt;
        consumed = match.capturedEnd();
        const double number = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        total += unit == u"ms"  ? number / 1000
                 : unit == u"s" ? number
                 : unit == u"m" ? number * 60
                                : number * 3600;
    }
    if (consumed == 0 || consumed != text.size())
        return std::nullopt;
    return total;
}

RateLimitInfo read(const RawHeaders &headers, int httpStatus, const QDateTime &nowUtc)
{
    QHash<QByteArray, QByteArray> byName;
    for (const auto &[name, value] : headers)
        byName.insert(name.toLower(), value);

    RateLimitInfo info;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (!it.key().startsWith("x-ratelimit-remaining-requests"))
            continue;
        bool ok = false;
        const qint64 remaining = it.value().trimmed().toLongLong(&ok);
        if (ok && (!info.remainingRequests || remaining < *info.remainingRequests))
            info.remainingRequests = remaining;
    }

    const bool failed = httpStatus < 200 || httpStatus >= 300;
    if (failed && byName.contains("retry-after-ms")) {
        bool ok = false;
        const double ms = byName.value("retry-after-ms").trimmed().toDouble(&ok);
        if (ok && ms >= 0)
            info.retryAfterSeconds = ms / 1000.0;
    }
    if (failed && !info.retryAfterSeconds && byName.contains("retry-after"))
        info.retryAfterSeconds = parseRetryAfter(byName.value("retry-after"), nowUtc);
    if (httpStatus != 429 || info.retryAfterSeconds)
        return info;

    // Which limit ran out: the one whose remaining count is 0. If none says
    // so, the per-minute token limit is the usual culprit, because the
    // endpoint reserves max_completion_tokens against it.
    std::optional<double> exhaustedWait;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (!it.key().startsWith("x-ratelimit-reset-"))
            continue;
        const QByteArray suffix = it.key().mid(int(qstrlen("x-ratelimit-reset-")));
        const QByteArray remaining = byName.value("x-ratelimit-remaining-" + suffix).trimmed();
        bool ok = false;
        if (remaining.toDouble(&ok) > 0 || !ok)
            continue;
        if (const auto wait = parseDuration(it.value()); wait && (!exhaustedWait || *wait > *exhaustedWait))
            exhaustedWait = wait;
    }
    if (!exhaustedWait)
        exhaustedWait = parseDuration(byName.value("x-ratelimit-reset-tokens-minute"));
    if (!exhaustedWait)
        exhaustedWait = parseDuration(byName.value("x-ratelimit-reset-tokens"));
    if (!exhaustedWait)
        exhaustedWait = parseDuration(byName.value("x-ratelimit-reset-requests"));
    info.retryAfterSeconds = exhaustedWait;
    return info;
}

} // namespace outreach::RateLimitHeaders
