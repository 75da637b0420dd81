#include "OpenAiChatCall.h"

#include "OpenAiCompatibleProvider.h"
#include "net/HttpErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {

ChatErrorKind kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return ChatErrorKind::None;
    if (httpStatus == 401 || httpStatus == 403)
        return ChatErrorKind::Unauthorized;
    if (httpStatus == 429)
        return ChatErrorKind::RateLimited;
    if (httpStatus == 408 || httpStatus == 409 || httpStatus >= 500)
        return ChatErrorKind::Server;
    return ChatErrorKind::BadRequest;
}

ChatErrorKind kindForNetworkError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::TimeoutError ? ChatErrorKind::Timeout : ChatErrorKind::Network;
}

// Endpoints word the rejection differently; all of them name the parameter.
bool rejectsResponseFormat(int status, const QByteArray &body)
{
    if (status != 400 && status != 422)
        return false;
    const QByteArray lower = body.toLower();
    for (const char *word :
         {"response_format", "json_schema", "json_object", "response format", "structured output"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

QString jsonInstruction(const ChatRequest &request)
{
    const QString schema =
        QString::fromUtf8(QJsonDocument(request.jsonSchema).toJson(QJsonDocument::Compact));
    return QCoreApplication::translate(
               "OpenAiChatCall",
               "Answer with one JSON object only: no code fences, no text before or after it. "
               "It must match this JSON schema exactly: %1")
        .arg(schema);
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    // Some servers send content as a list of typed parts.
    QString text;
    for (const QJsonValue &part : content.toArray())
        text += part.toObject().value(u"text").toString();
    return text;
}

} // namespace

OpenAiChatCall::OpenAiChatCall(OpenAiCompatibleProvider *provider, const ChatRequest &request)
    : ChatCall(provider)
    , m_provider(provider)
    , m_request(request)
    , m_level(OpenAiCompatibleProvider::responseFormatLevel(provider->baseUrl()))
{}

// A running HttpCall is a child: it goes with this call, and its request too.
OpenAiChatCall::~OpenAiChatCall() = default;

QByteArray OpenAiChatCall::requestBody(const QString &model, const ChatRequest &request,
                                       ResponseFormatLevel level)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{u"role"_s, message.role}, {u"content"_s, message.content}});
    if (level != ResponseFormatLevel::JsonSchema && !request.jsonSchema.isEmpty())
        messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, jsonInstruction(request)}});

    QJsonObject body{
        {u"model"_s, model},
        {u"messages"_s, messages},
        {u"max_completion_tokens"_s, request.maxCompletionTokens},
        {u"temperature"_s, request.temperature},
    };
    if (request.seed)
        body.insert(u"seed"_s, *request.seed);
    if (level == ResponseFormatLevel::JsonSchema && !request.jsonSchema.isEmpty()) {
        const QString name = request.schemaName.isEmpty() ? u"answer"_s : request.schemaName;
        body.insert(u"response_format"_s,
                    QJsonObject{{u"type"_s, u"json_schema"_s},
                                {u"json_schema"_s, QJsonObject{{u"name"_s, name},
                                                               {u"strict"_s, true},
                                                               {u"schema"_s, request.jsonSchema}}}});
    } else if (level == ResponseFormatLevel::JsonObject) {
        body.insert(u"response_format"_s, QJsonObject{{u"type"_s, u"json_object"_s}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void OpenAiChatCall::start()
{
    m_clock.start();
    const QUrl url = m_provider->endpoint(u"chat/completions"_s);
    if (!url.isValid() || url.host().isEmpty()) {
        // Report asynchronously: the caller connects to finished() after complete() returns.
        QTimer::singleShot(0, this, [this] {
            ChatReply reply;
            reply.error = ChatErrorKind::BadRequest;
            reply.errorMessage = QCoreApplication::translate(
                                     "OpenAiChatCall", "The base URL \"%1\" is not a valid web address.")
                                     .arg(m_provider->baseUrl().toString());
            finish(reply);
        });
        return;
    }
    send();
}

void OpenAiChatCall::send()
{
    HttpRequest spec;
    spec.request = QNetworkRequest(m_provider->endpoint(u"chat/completions"_s));
    spec.request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    spec.request.setRawHeader("Accept", "application/json");
    spec.request.setRawHeader("User-Agent", "OutreachStudio/" OUTREACH_VERSION);
    if (!m_provider->m_apiKey.isEmpty())
        spec.request.setRawHeader("Authorization", "Bearer " + m_provider->m_apiKey.toUtf8());
    spec.postBody = requestBody(m_provider->model(), m_request, m_level);
    spec.secret = m_provider->m_apiKey;
    // One deadline over the whole call: a step down gets what is left of it.
    if (m_request.timeoutMs > 0)
        spec.timeoutMs = int(std::max<qint64>(1, m_request.timeoutMs - m_clock.elapsed()));
    m_http = HttpCall::start(m_provider->m_pool, std::move(spec), this,
                             [this](const HttpResult &answer) { onAnswer(answer); });
}

void OpenAiChatCall::onAnswer(const HttpResult &answer)
{
    m_http = nullptr;
    if (m_done)
        return;
    if (answer.bodyLeft)
        ++m_requestsSent;

    ChatReply result;
    if (answer.ending == HttpResult::Ending::TimedOut) {
        result.error = ChatErrorKind::Timeout;
        result.errorMessage = HttpErrors::describeTimeout(m_provider->baseUrl(), m_request.timeoutMs);
        finish(result);
        return;
    }
    if (rejectsResponseFormat(answer.httpStatus, answer.body) &&
        m_level != ResponseFormatLevel::PlainInstructions) {
        m_level = ResponseFormatLevel(int(m_level) + 1);
        OpenAiCompatibleProvider::rememberResponseFormatLevel(m_provider->baseUrl(), m_level);
        send();
        return;
    }

    result.httpStatus = answer.httpStatus;
    if (!answer.answered()) {
        result.error = kindForNetworkError(answer.networkError);
        result.errorMessage = answer.failureText;
    } else if (!answer.success()) {
        result.error = kindForStatus(answer.httpStatus);
        result.errorMessage = answer.failureText;
    } else {
        result = parseSuccess(answer.body);
        result.httpStatus = answer.httpStatus;
    }
    const RateLimitInfo limits = answer.rateLimits();
    result.retryAfterSeconds = limits.retryAfterSeconds;
    result.remainingRequests = limits.remainingRequests;
    finish(result);
}

ChatReply OpenAiChatCall::parseSuccess(const QByteArray &body) const
{
    ChatReply result;
    const QString host = HttpErrors::hostLabel(m_provider->baseUrl());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ChatErrorKind::InvalidAnswer;
        result.errorMessage =
            QCoreApplication::translate("OpenAiChatCall",
                                        "%1 answered with something that is not a JSON response (%2).")
                .arg(host, QString::fromUtf8(body.left(80)).simplified());
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonObject usage = root.value(u"usage").toObject();
    result.promptTokens = usage.value(u"prompt_tokens").toInt();
    result.completionTokens = usage.value(u"completion_tokens").toInt();

    const QJsonObject choice = root.value(u"choices").toArray().at(0).toObject();
    const QJsonObject message = choice.value(u"message").toObject();
    result.content = contentText(message.value(u"content"));
    if (result.content.trimmed().isEmpty()) {
        result.error = ChatErrorKind::InvalidAnswer;
        const QString refusal = message.value(u"refusal").toString();
        const QString reason = choice.value(u"finish_reason").toString();
        result.errorMessage =
            !refusal.isEmpty()
                ? QCoreApplication::translate("OpenAiChatCall", "%1 refused to answer: %2")
                      .arg(host, refusal.left(200))
                : QCoreApplication::translate("OpenAiChatCall",
                                              "%1 answered without any message text (finish reason: %2).")
                      .arg(host, reason.isEmpty()
                                     ? QCoreApplication::translate("OpenAiChatCall", "none given")
                                     : reason);
    }
    return result;
}

void OpenAiChatCall::abort()
{
    if (m_done)
        return;
    if (m_http) {
        if (m_http->bodyLeft())
            ++m_requestsSent;
        m_http->abort();
        m_http = nullptr;
    }
    ChatReply reply;
    reply.error = ChatErrorKind::Cancelled;
    reply.errorMessage = QCoreApplication::translate("OpenAiChatCall", "The request was cancelled.");
    finish(reply);
}

void OpenAiChatCall::finish(ChatReply reply)
{
    if (m_done)
        return;
    m_done = true;
    reply.requestsSent = m_requestsSent;
    reply.latencyMs = m_clock.isValid() ? int(m_clock.elapsed()) : 0;
    reply.errorMessage = HttpErrors::scrub(reply.errorMessage, m_provider->m_apiKey);
    emit finished(reply);
    deleteLater();
}

} // namespace outreach
