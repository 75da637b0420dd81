// A small OpenAI-compatible HTTP/1.1 server on 127.0.0.1 for tests and
// benchmarks: answers chat completions with three valid tone variants built
// from the request, plays scripted faults, limits the request rate, and
// records every request and how many were in flight at once.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>
#include <variant>

class QTcpSocket;

namespace outreach::test {

struct FakeRequest
{
    QByteArray method;
    QString path;                          // "/v1/chat/completions"
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json; // parsed body (empty for GET or invalid JSON)
    QString leadName; // the lead's first name found in the user message, if any
    QString company;  // the lead's company found in the user message, if any

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString responseFormatType() const; // "json_schema", "json_object" or ""
    QString allMessageText() const;     // every message's content, joined
};

enum class Fault {
    RateLimited,            // 429, Retry-After: 2, Cerebras's flat error
    ServerError,            // 500, OpenAI's nested error
    ServiceUnavailable,     // 503, flat error
    MalformedJson,          // 200 with a truncated JSON body
    FencedJson,             // valid variants, wrapped in prose and ```json fences
    WrongSchemaTwoVariants, // only two variants
    WrongSchemaBadTones,    // three variants, one tone twice and one body empty
    OverlongBody,           // valid shape, every body 2,100 characters (breaks every channel limit)
    RejectJsonSchema,       // 400 naming response_format json_schema
    NeverAnswer,            // keeps the request open and silent
    ResetConnection,        // aborts the socket in the middle of the answer
    Unauthorized,           // 401 "Wrong API Key"
    EmptyContent,           // 200, message content ""
    CloseWithoutAnswer,     // reads the whole request, then closes the connection without a byte
};

struct FakeReply
{
    enum class Action { Respond, NeverAnswer, Reset, Close };
    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int latencyMs = -1; // -1: the server's latency

    static FakeReply json(int status, const QJsonObject &body);
    static FakeReply completion(const QString &content, int promptTokens = 150, int completionTokens = 240);
};

// Which rate-limit headers the server sends under setRpmLimit(). The default
// sends all of them; real endpoints and proxies leave some out.
struct RateLimitHeaderStyle
{
    enum class RetryAfter { Seconds, Date, None };
    bool onSuccess = true;      // x-ratelimit-* on accepted requests
    bool remainingOn429 = true; // x-ratelimit-remaining-requests-minute on 429s
    bool resetOn429 = true;     // x-ratelimit-reset-requests-minute on 429s
    RetryAfter retryAfter = RetryAfter::Seconds;
    bool retryAfterMs = true; // retry-after-ms on 429s
};

class FakeLlmServer : public QObject
{
    Q_OBJECT
public:
    // Replaces the default answer when it returns a reply.
    using Handler = std::function<std::optional<FakeReply>(const FakeRequest &)>;

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;         // http://127.0.0.1:PORT/v1
    QUrl publicModelsUrl() const; // http://127.0.0.1:PORT/public/v1/models

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Token bucket: refills rpm/60 per second, holds at most burst (default
    // one second's worth); an empty bucket answers 429 with Retry-After.
    void setRpmLimit(int rpm, int burst = 0);
    void setRateLimitHeaders(const RateLimitHeaderStyle &style) { m_headerStyle = style; }
    void setRequiredApiKey(const QString &key) { m_requiredKey = key; }
    void setChannel(const QString &channel) { m_channel = channel; } // "email", "sms", ... ("" = detect)
    // response_format types this endpoint rejects with 400 ("json_schema", "json_object").
    void setRejectedResponseFormats(const QStringList &types) { m_rejectedFormats = types; }
    void setPublicModelsBody(const QByteArray &json) { m_publicModels = json; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // The next requests (any path) get these replies, in order.
    void enqueue(Fault fault, int times = 1);
    void enqueue(const FakeReply &reply);

    static FakeReply replyFor(Fault fault, const FakeRequest &request, const QString &channel = {});
    // {"variants":[professional, friendly, direct]} for the request's lead.
    static QJsonObject defaultVariants(const FakeRequest &request, const QString &channel);

    QList<FakeRequest> requests() const { return m_requests; }
    int chatRequestCount() const;
    int inFlight() const { return m_inFlight; }
    int openConnections() const { return int(m_connections.size()); }
    int maxInFlight() const { return m_maxInFlight; }
    int rateLimitedCount() const { return m_rateLimited; }
    // Lead names answered with a valid default answer, once per answer.
    QStringList answeredLeads() const { return m_answeredLeads; }
    void resetStats();

signals:
    void requestReceived(const outreach::test::FakeRequest &request);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, FakeRequest request);
    FakeReply answer(const FakeRequest &request);
    std::optional<FakeReply> rateLimit();
    void send(QTcpSocket *socket, const FakeReply &reply, bool close);
    void finishRequest(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection *> m_connections;
    std::deque<std::variant<Fault, FakeReply>> m_script; // faults are built against the request
    Handler m_handler;
    int m_latencyMs = 0;
    double m_rpm = 0;
    RateLimitHeaderStyle m_headerStyle;
    double m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    QString m_requiredKey;
    QString m_channel;
    QStringList m_rejectedFormats;
    QByteArray m_publicModels;
    QList<FakeRequest> m_requests;
    QStringList m_answeredLeads;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_rateLimited = 0;
};

} // namespace outreach::test

Q_DECLARE_METATYPE(outreach::test::FakeRequest)
