#include "FakeLlmServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach::test {

struct FakeLlmServer::Connection
{
    QByteArray buffer;
    bool busy = false; // a request is waiting for its answer
};

namespace {

QString firstMatch(const QString &text, std::initializer_list<const char16_t *> patterns)
{
    // Compiled once: benchmarks push thousands of requests per second through here.
    static QHash<const char16_t *, QRegularExpression> compiled;
    for (const char16_t *pattern : patterns) {
        auto it = compiled.find(pattern);
        if (it == compiled.end())
            it = compiled.insert(pattern, QRegularExpression(QString::fromUtf16(pattern),
                                                             QRegularExpression::CaseInsensitiveOption));
        const auto match = it->match(text);
        if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
            return match.captured(1).trimmed();
    }
    return {};
}

QJsonObject variant(const QString &tone, const QJsonValue &subject, const QString &body)
{
    return {{u"tone"_s, tone}, {u"subject"_s, subject}, {u"body"_s, body}};
}

QByteArray flatError(const QString &message, const QString &type, const QString &code)
{
    return QJsonDocument(
               QJsonObject{
                   {u"message"_s, message}, {u"type"_s, type}, {u"param"_s, QJsonValue()}, {u"code"_s, code}})
        .toJson(QJsonDocument::Compact);
}

QByteArray nestedError(const QString &message, const QString &type, const QString &param)
{
    return QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, message},
                                                              {u"type"_s, type},
                                                              {u"param"_s, param},
                                                              {u"code"_s, QJsonValue()}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray defaultPublicModels()
{
    // Shape of https://api.cerebras.ai/public/v1/models: prices in USD per token.
    return R"({"object":"list","data":[
 {"id":"gpt-oss-120b","object":"model","owned_by":"OpenAI","pricing":{"prompt":"0.00000035","completion":"0.00000075"}},
 {"id":"llama3.1-8b","object":"model","owned_by":"Meta","pricing":{"prompt":"0.0000001","completion":"0.0000001"}},
 {"id":"brand-new-model","object":"model","pricing":{"prompt":0.000002,"completion":0.000004}},
 {"id":"no-pricing-model","object":"model"},
 {"id":"broken-pricing","pricing":{"prompt":"n/a","completion":"0.1"}}
]})";
}

} // namespace

QString FakeRequest::responseFormatType() const
{
    return json.value(u"response_format").toObject().value(u"type").toString();
}

QString FakeRequest::allMessageText() const
{
    QStringList parts;
    for (const QJsonValue &message : json.value(u"messages").toArray())
        parts.append(message.toObject().value(u"content").toString());
    return parts.join(u'\n');
}

FakeReply FakeReply::json(int status, const QJsonObject &body)
{
    FakeReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

FakeReply FakeReply::completion(const QString &content, int promptTokens, int completionTokens)
{
    const QJsonObject message{{u"role"_s, u"assistant"_s}, {u"content"_s, content}};
    return json(
        200,
        {{u"id"_s, u"chatcmpl-fake"_s},
         {u"object"_s, u"chat.completion"_s},
         {u"model"_s, u"fake"_s},
         {u"choices"_s,
          QJsonArray{QJsonObject{{u"index"_s, 0}, {u"message"_s, message}, {u"finish_reason"_s, u"stop"_s}}}},
         {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, promptTokens},
                                  {u"completion_tokens"_s, completionTokens},
                                  {u"total_tokens"_s, promptTokens + completionTokens}}}});
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
    , m_publicModels(defaultPublicModels())
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLlmServer::onNewConnection);
}

FakeLlmServer::~FakeLlmServer()
{
    // Sockets belong to m_server, which outlives m_connections: silence them first.
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        delete it.value();
    }
    m_connections.clear();
}

bool FakeLlmServer::listen(quint16 port)
{
    // The default backlog of 50 would drop SYNs when 64 clients connect at once.
    m_server.setListenBacklogSize(1024);
    m_server.setMaxPendingConnections(1024);
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port()));
}

QUrl FakeLlmServer::publicModelsUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/public/v1/models"_s.arg(port()));
}

void FakeLlmServer::setRpmLimit(int rpm, int burst)
{
    m_rpm = rpm;
    m_burst = burst > 0 ? burst : std::max(1.0, rpm / 60.0);
    m_tokens = m_burst;
    m_lastRefillMs = QDateTime::currentMSecsSinceEpoch();
}

void FakeLlmServer::enqueue(Fault fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_script.emplace_back(fault);
}

void FakeLlmServer::enqueue(const FakeReply &reply)
{
    m_script.emplace_back(reply);
}

int FakeLlmServer::chatRequestCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [](const FakeRequest &r) { return r.path.endsWith(u"/chat/completions"); }));
}

void FakeLlmServer::resetStats()
{
    m_requests.clear();
    m_answeredLeads.clear();
    m_maxInFlight = m_inFlight;
    m_rateLimited = 0;
}

void FakeLlmServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            // A request the server never answered stops being in flight when the client gives up.
            if (Connection *connection = m_connections.take(socket)) {
                if (connection->busy)
                    --m_inFlight;
                delete connection;
            }
            socket->deleteLater();
        });
    }
}

void FakeLlmServer::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    if (connection->busy)
        return; // HTTP/1.1 without pipelining: the next request waits for this answer
    const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    FakeRequest request;
    request.method = requestLine.value(0);
    request.path = QString::fromLatin1(requestLine.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (connection->buffer.size() < headerEnd + 4 + length)
        return;
    request.body = connection->buffer.mid(headerEnd + 4, length);
    connection->buffer.remove(0, headerEnd + 4 + length);
    request.json = QJsonDocument::fromJson(request.body).object();
    QString userText;
    for (const QJsonValue &message : request.json.value(u"messages").toArray()) {
        if (message.toObject().value(u"role").toString() == u"user")
            userText += message.toObject().value(u"content").toString() + u'\n';
    }
    request.leadName = firstMatch(userText, {uR"re("first_?name"\s*:\s*"([^"]+)")re",
                                             uR"re(first[_ ]?name\s*[:=]\s*([^\s,;"]+))re",
                                             uR"re(\bname\s*[:=]\s*"?([^\s,;"]+))re"});
    request.company =
        firstMatch(userText, {uR"re("company"\s*:\s*"([^"]+)")re", uR"re(\bcompany\s*[:=]\s*([^\n,;"]+))re"});

    connection->busy = true;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    m_requests.append(request);
    emit requestReceived(request);
    handle(socket, request);
}

std::optional<FakeReply> FakeLlmServer::rateLimit()
{
    if (m_rpm <= 0)
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double perMs = m_rpm / 60000.0;
    m_tokens = std::min(m_burst, m_tokens + (now - m_lastRefillMs) * perMs);
    m_lastRefillMs = now;
    if (m_tokens >= 1) {
        m_tokens -= 1;
        return std::nullopt;
    }
    ++m_rateLimited;
    const double waitMs = (1 - m_tokens) / perMs;
    FakeReply reply;
    reply.status = 429;
    reply.body = flatError(u"Requests per minute limit exceeded - too many requests sent."_s,
                           u"too_many_requests_error"_s, u"request_quota_exceeded"_s);
    const qint64 waitSeconds = qint64(std::ceil(waitMs / 1000));
    if (m_headerStyle.retryAfter == RateLimitHeaderStyle::RetryAfter::Seconds)
        reply.headers.append({"Retry-After", QByteArray::number(waitSeconds)});
    else if (m_headerStyle.retryAfter == RateLimitHeaderStyle::RetryAfter::Date)
        reply.headers.append(
            {"Retry-After",
             QLocale::c()
                 .toString(QDateTime::currentDateTimeUtc().addSecs(waitSeconds + 1),
                           u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s) // the date's second is truncated
                 .toLatin1()});
    if (m_headerStyle.retryAfterMs)
        reply.headers.append({"retry-after-ms", QByteArray::number(std::ceil(waitMs))});
    return reply;
}

void FakeLlmServer::handle(QTcpSocket *socket, FakeRequest request)
{
    const bool chat = request.path.endsWith(u"/chat/completions");
    FakeReply reply;
    if (auto limited = chat ? rateLimit() : std::nullopt) {
        reply = *limited;
    } else if (!m_script.empty()) {
        const auto next = m_script.front();
        m_script.pop_front();
        reply = std::holds_alternative<Fault>(next) ? replyFor(std::get<Fault>(next), request, m_channel)
                                                    : std::get<FakeReply>(next);
    } else if (auto custom = m_handler ? m_handler(request) : std::nullopt) {
        reply = *custom;
    } else {
        reply = answer(request);
    }
    if (chat && m_rpm > 0) {
        const bool refused = reply.status == 429;
        if (!refused && !m_headerStyle.onSuccess) {
            // no headroom headers on accepted requests
        } else {
            reply.headers.append({"x-ratelimit-limit-requests-minute", QByteArray::number(qint64(m_rpm))});
            if (!refused || m_headerStyle.remainingOn429)
                reply.headers.append(
                    {"x-ratelimit-remaining-requests-minute", QByteArray::number(qint64(m_tokens))});
            if (!refused || m_headerStyle.resetOn429)
                reply.headers.append({"x-ratelimit-reset-requests-minute",
                                      QByteArray::number((m_burst - m_tokens) * 60.0 / m_rpm)});
        }
    }

    if (reply.action == FakeReply::Action::NeverAnswer)
        return; // stays in flight until the client closes the connection
    const bool close = request.header("connection").toLower() == "close";
    const int latency = reply.latencyMs >= 0 ? reply.latencyMs : m_latencyMs;
    QPointer<QTcpSocket> guard(socket);
    auto deliver = [this, guard, reply, close] {
        if (!guard)
            return;
        if (reply.action == FakeReply::Action::Close) {
            // A hung request the server gives up on: no status line at all.
            finishRequest(guard);
            guard->disconnectFromHost();
            return;
        }
        if (reply.action == FakeReply::Action::Reset) {
            // Drop the connection mid-answer: dropped before the first byte,
            // Qt would quietly resend the request instead of failing.
            guard->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"id\":");
            guard->flush();
            finishRequest(guard);
            guard->abort();
            return;
        }
        send(guard, reply, close);
    };
    if (latency > 0)
        QTimer::singleShot(latency, this, deliver);
    else
        deliver();
}

FakeReply FakeLlmServer::answer(const FakeRequest &request)
{
    if (!m_requiredKey.isEmpty() && request.header("authorization") != "Bearer " + m_requiredKey.toUtf8())
        return replyFor(Fault::Unauthorized, request);
    if (request.path.endsWith(u"/public/v1/models")) {
        FakeReply reply;
        reply.body = m_publicModels;
        return reply;
    }
    if (request.path.endsWith(u"/v1/models")) {
        QJsonArray data;
        for (const auto id : {u"gpt-oss-120b", u"llama-3.3-70b", u"llama3.1-8b", u"qwen-3-32b"})
            data.append(QJsonObject{
                {u"id"_s, QString::fromUtf16(id)}, {u"object"_s, u"model"_s}, {u"owned_by"_s, u"fake"_s}});
        return FakeReply::json(200, {{u"object"_s, u"list"_s}, {u"data"_s, data}});
    }
    if (!request.path.endsWith(u"/chat/completions") || request.method != "POST")
        return FakeReply::json(
            404, {{u"error"_s, QJsonObject{{u"message"_s, QString(u"No route for "_s + request.path)}}}});
    if (m_rejectedFormats.contains(request.responseFormatType()))
        return replyFor(Fault::RejectJsonSchema, request);
    m_answeredLeads.append(request.leadName);
    return FakeReply::completion(
        QString::fromUtf8(QJsonDocument(defaultVariants(request, m_channel)).toJson(QJsonDocument::Compact)));
}

QJsonObject FakeLlmServer::defaultVariants(const FakeRequest &request, const QString &channel)
{
    QString kind = channel.toLower();
    if (kind.isEmpty())
        kind = firstMatch(request.allMessageText(), {uR"re(channel\W{0,3}(email|linkedin|sms|custom))re"})
                   .toLower();
    if (kind.isEmpty())
        kind = u"email"_s;
    const QString name = request.leadName.isEmpty() ? u"there"_s : request.leadName;
    const QString company = request.company.isEmpty() ? u"your team"_s : request.company;
    const bool email = kind == u"email";
    auto subject = [email](const QString &text) {
        return email ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray variants{
        variant(
            u"professional"_s, subject(u"A question about "_s + company),
            u"Dear %1, I noticed %2 is growing its outreach. Would a short call next week be useful?"_s.arg(
                name, company)),
        variant(
            u"friendly"_s, subject(u"Quick idea for "_s + company),
            u"Hi %1! Loved what %2 is doing lately. Fancy a quick chat about an idea?"_s.arg(name, company)),
        variant(u"direct"_s, subject(u"15 minutes, %1?"_s.arg(name)),
                u"%1, we cut reply times for teams like %2. 15 minutes on Tuesday?"_s.arg(name, company)),
    };
    return {{u"variants"_s, variants}};
}

FakeReply FakeLlmServer::replyFor(Fault fault, const FakeRequest &request, const QString &channel)
{
    const QJsonObject good = defaultVariants(request, channel);
    auto contentOf = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    FakeReply reply;
    switch (fault) {
    case Fault::RateLimited:
        reply.status = 429;
        reply.headers = {{"Retry-After", "2"}};
        reply.body = flatError(u"Requests per minute limit exceeded - too many requests sent."_s,
                               u"too_many_requests_error"_s, u"request_quota_exceeded"_s);
        return reply;
    case Fault::ServerError:
        reply.status = 500;
        reply.body =
            nestedError(u"The server had an error while processing your request."_s, u"server_error"_s, {});
        return reply;
    case Fault::ServiceUnavailable:
        reply.status = 503;
        reply.body = flatError(u"The model is overloaded. Please try again later."_s,
                               u"service_unavailable"_s, u"overloaded"_s);
        return reply;
    case Fault::MalformedJson:
        reply.body =
            R"({"id":"chatcmpl-fake","choices":[{"index":0,"message":{"role":"assistant","content":"{\"vari)";
        return reply;
    case Fault::FencedJson:
        return FakeReply::completion(u"Here are the three variants:\n```json\n"_s + contentOf(good) +
                                     u"\n```\n"_s);
    case Fault::WrongSchemaTwoVariants: {
        QJsonArray variants = good.value(u"variants").toArray();
        variants.removeLast();
        return FakeReply::completion(contentOf({{u"variants"_s, variants}}));
    }
    case Fault::WrongSchemaBadTones: {
        QJsonArray variants = good.value(u"variants").toArray();
        QJsonObject second = variants.at(1).toObject();
        second.insert(u"tone"_s, u"professional"_s);
        second.insert(u"body"_s, QString());
        variants.replace(1, second);
        return FakeReply::completion(contentOf({{u"variants"_s, variants}}));
    }
    case Fault::OverlongBody: {
        QJsonArray variants = good.value(u"variants").toArray();
        for (qsizetype i = 0; i < variants.size(); ++i) {
            QJsonObject v = variants.at(i).toObject();
            v.insert(u"body"_s, v.value(u"body").toString().leftJustified(2100, u'x'));
            variants.replace(i, v);
        }
        return FakeReply::completion(contentOf({{u"variants"_s, variants}}));
    }
    case Fault::RejectJsonSchema:
        reply.status = 400;
        reply.body = nestedError(
            u"Invalid parameter: 'response_format' of type '%1' is not supported with this model."_s.arg(
                request.responseFormatType()),
            u"invalid_request_error"_s, u"response_format"_s);
        return reply;
    case Fault::NeverAnswer:
        reply.action = FakeReply::Action::NeverAnswer;
        return reply;
    case Fault::ResetConnection:
        reply.action = FakeReply::Action::Reset;
        return reply;
    case Fault::Unauthorized:
        reply.status = 401;
        reply.body = flatError(u"Wrong API Key"_s, u"invalid_request_error"_s, u"wrong_api_key"_s);
        return reply;
    case Fault::EmptyContent:
        return FakeReply::completion(QString());
    case Fault::CloseWithoutAnswer:
        reply.action = FakeReply::Action::Close;
        return reply;
    }
    return reply;
}

void FakeLlmServer::finishRequest(QTcpSocket *socket)
{
    if (Connection *connection = m_connections.value(socket); connection && connection->busy) {
        connection->busy = false;
        --m_inFlight;
    }
}

void FakeLlmServer::send(QTcpSocket *socket, const FakeReply &reply, bool close)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head +=
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + reply.body);
    finishRequest(socket);
    if (close) {
        socket->disconnectFromHost();
        return;
    }
    // A request that arrived while this one was being answered.
    if (Connection *connection = m_connections.value(socket); connection && !connection->buffer.isEmpty())
        QTimer::singleShot(0, this, [this, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                onReadyRead(guard);
        });
}

} // namespace outreach::test
