// The one interface every message provider implements: the Cerebras and
// OpenAI-compatible HTTP clients and the offline template provider. A provider
// performs exactly one attempt per call; retries, backoff, concurrency and
// budgets belong to the generation engine.
#pragma once

#include "Campaign.h"
#include "Lead.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace outreach {

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;
};

struct ChatRequest
{
    QList<ChatMessage> messages;
    QString schemaName;     // name of the response JSON schema
    QJsonObject jsonSchema; // schema of the expected answer (strict)
    int maxCompletionTokens = 1200;
    double temperature = 0.7;
    std::optional<qint64> seed;
    int timeoutMs = 60000; // per-request deadline

    // What the request is about. Network providers ignore it (the messages
    // carry it); the offline provider writes its answer from it.
    Campaign campaign;
    Lead lead;
    QString renderedTemplate;       // the campaign template rendered for this lead
    std::optional<int> onlyVariant; // regenerate one variant, keep the others
};

enum class ChatErrorKind {
    None,
    Network,       // connection refused/reset, DNS, TLS: retryable
    Timeout,       // deadline passed: retryable
    RateLimited,   // 429: retryable, honour retryAfterSeconds
    Server,        // 408, 409, 5xx: retryable
    Unauthorized,  // 401/403: stop the whole run
    BadRequest,    // other 4xx: not retryable
    InvalidAnswer, // 2xx but unusable body: retryable as an attempt
    Cancelled,
};

struct ChatReply
{
    ChatErrorKind error = ChatErrorKind::None;
    QString errorMessage; // plain words, never containing the key
    int httpStatus = 0;
    QString content; // the assistant message text
    int promptTokens = 0;
    int completionTokens = 0;
    int latencyMs = 0;
    std::optional<double> retryAfterSeconds; // from Retry-After / retry-after-ms / x-ratelimit-reset-*
    // Rate-limit headroom reported by the endpoint, when it says so
    // (x-ratelimit-remaining-requests-*), so the engine can slow down early.
    std::optional<qint64> remainingRequests;
    // HTTP requests of this attempt that actually left the process (a
    // structured-output fallback sends a second one; a refused connection
    // sends none). What the engine counts and what a provider can bill.
    int requestsSent = 1;

    bool ok() const { return error == ChatErrorKind::None; }
    bool retryable() const
    {
        return error == ChatErrorKind::Network || error == ChatErrorKind::Timeout ||
               error == ChatErrorKind::RateLimited || error == ChatErrorKind::Server ||
               error == ChatErrorKind::InvalidAnswer;
    }
};

// One in-flight attempt. Emits finished() exactly once, then deletes itself
// later (deleteLater) unless aborted first; abort() finishes it as Cancelled.
class ChatCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;

signals:
    void finished(const outreach::ChatReply &reply);
};

class LlmProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LlmProvider() override = default;

    virtual QString name() const = 0; // "cerebras", "openai", "offline"
    virtual QString model() const = 0;
    virtual bool isOffline() const = 0; // no network, no key, no cost
    // Starts one attempt; the returned call is owned by the provider.
    virtual ChatCall *complete(const ChatRequest &request) = 0;
    // Price in USD for the given usage with this provider's model (0 offline).
    virtual double costUsd(int promptTokens, int completionTokens) const = 0;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::ChatReply)
