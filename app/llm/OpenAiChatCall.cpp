#include "OpenAiChatCall.h"

#include "OpenAiCompatibleProvider.h"
#include "net/HttpErrors.h"
#include "net/NetworkPool.h"
#include "net/OneShotBody.h"
#include "net/RateLimitHeaders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

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
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_deadline, &QTimer::timeout, this, &OpenAiChatCall::onDeadline);
}

OpenAiChatCall::~OpenAiChatCall()
{
    dropReply();
}

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
    if (m_request.timeoutMs > 0)
        m_deadline.start(m_request.timeoutMs);
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
    QNetworkRequest request(m_provider->endpoint(u"chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "OutreachStudio/" OUTREACH_VERSION);
    if (!m_provider->m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_provider->m_apiKey.toUtf8());
    m_body = new OneShotBody(requestBody(m_provider->model(), m_request, m_level));
    m_reply = m_provider->m_pool->postOnce(request, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &OpenAiChatCall::onReplyFinished);
}

void OpenAiChatCall::countSentBody()
{
    if (m_body && m_body->started())
        ++m_requestsSent;
    m_body = nullptr;
}

void OpenAiChatCall::dropReply()
{
    if (!m_reply)
        return;
    countSentBody();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // Deleted, not aborted: deleting ends the request just the same and drops
    // what the network thread has already posted to the reply. abort() would
    // set "cancelled" and then meet such a posted error (a 401 that arrived
    // while the run was stopping), and Qt warns "must only be called once".
    delete reply;
}

void OpenAiChatCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    countSentBody();
    reply->deleteLater();

    const QUrl url = m_provider->baseUrl();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (rejectsResponseFormat(status, body) && m_level != ResponseFormatLevel::PlainInstructions) {
        m_level = ResponseFormatLevel(int(m_level) + 1);
        OpenAiCompatibleProvider::rememberResponseFormatLevel(url, m_level);
        send();
        return;
    }

    ChatReply result;
    result.httpStatus = status;
    // Codes below 200 are transport failures (refused, reset, TLS, ...), even
    // when a status line had already arrived before the connection broke.
    const bool transportFailed = (reply->error() != QNetworkReply::NoError && reply->error() < 200) ||
                                 reply->error() == QNetworkReply::ContentReSendError;
    if (status == 0 || transportFailed) {
        result.error = kindForNetworkError(reply->error());
        result.errorMessage = HttpErrors::describeNetworkError(url, reply->error(), reply->errorString());
    } else if (status < 200 || status >= 300) {
        result.error = kindForStatus(status);
        result.errorMessage = HttpErrors::describeHttpError(
            url, status, body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else {
        result = parseSuccess(body);
        result.httpStatus = status;
    }
    const RateLimitInfo limits =
        RateLimitHeaders::read(reply->rawHeaderPairs(), status, QDateTime::currentDateTimeUtc());
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

void OpenAiChatCall::onDeadline()
{
    if (m_done)
        return;
    dropReply();
    ChatReply reply;
    reply.error = ChatErrorKind::Timeout;
    reply.errorMessage = HttpErrors::describeTimeout(m_provider->baseUrl(), m_request.timeoutMs);
    finish(reply);
}

void OpenAiChatCall::abort()
{
    if (m_done)
        return;
    dropReply();
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
    m_deadline.stop();
    reply.requestsSent = m_requestsSent;
    reply.latencyMs = m_clock.isValid() ? int(m_clock.elapsed()) : 0;
    reply.errorMessage = HttpErrors::scrub(reply.errorMessage, m_provider->m_apiKey);
    emit finished(reply);
    deleteLater();
}

} // namespace outreach
