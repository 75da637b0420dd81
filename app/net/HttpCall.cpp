#include "net/HttpCall.h"
#include "net/HttpErrors.h"
#include "net/NetworkPool.h"
#include "net/OneShotBody.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <utility>

namespace outreach {

RateLimitInfo HttpResult::rateLimits() const
{
    return RateLimitHeaders::read(headers, httpStatus, QDateTime::currentDateTimeUtc());
}

HttpCall::HttpCall(HttpRequest spec, QObject *context, Done done)
    : QObject(context)
    , m_spec(std::move(spec))
    , m_done(std::move(done))
{
    m_clock.start();
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_deadline, &QTimer::timeout, this, &HttpCall::onDeadline);
}

HttpCall::~HttpCall()
{
    dropReply();
}

HttpCall *HttpCall::start(QNetworkAccessManager *manager, HttpRequest spec, QObject *context, Done done)
{
    auto *call = new HttpCall(std::move(spec), context, std::move(done));
    if (call->m_spec.freshConnection)
        manager->clearConnectionCache();
    if (call->m_spec.postBody) {
        auto *body = new OneShotBody(*call->m_spec.postBody);
        call->begin(OneShotBody::post(manager, call->m_spec.request, body), body);
    } else {
        call->begin(manager->get(call->m_spec.request), nullptr);
    }
    return call;
}

HttpCall *HttpCall::start(NetworkPool *pool, HttpRequest spec, QObject *context, Done done)
{
    auto *call = new HttpCall(std::move(spec), context, std::move(done));
    if (call->m_spec.postBody) {
        auto *body = new OneShotBody(*call->m_spec.postBody);
        call->begin(pool->postOnce(call->m_spec.request, body), body);
    } else {
        call->begin(pool->get(call->m_spec.request), nullptr);
    }
    return call;
}

void HttpCall::begin(QNetworkReply *reply, OneShotBody *body)
{
    m_reply = reply;
    m_body = body;
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    if (m_spec.timeoutMs > 0)
        m_deadline.start(m_spec.timeoutMs);
}

bool HttpCall::bodyLeft() const
{
    return m_bodyLeft || (m_body && m_body->started());
}

void HttpCall::dropReply()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_bodyLeft = bodyLeft();
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // Deleted, not aborted: deleting ends the request just the same and drops
    // what the network thread has already posted to the reply. abort() would
    // set "cancelled" and then meet such a posted error (a 401 that arrived
    // while the caller was stopping), and Qt warns "must only be called once".
    delete reply;
}

void HttpCall::abort()
{
    m_done = nullptr;
    dropReply();
    deleteLater();
}

HttpResult HttpCall::collect(QNetworkReply *reply, bool timedOut) const
{
    HttpResult result;
    result.url = m_spec.request.url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    result.headers = reply->rawHeaderPairs();
    result.networkError = reply->error();
    result.networkErrorString = reply->errorString();
    result.bodyLeft = bodyLeft();
    result.elapsedMs = m_clock.elapsed();
    // Codes below 200 are transport failures (refused, reset, TLS, ...), even
    // when a status line had already arrived before the connection broke; a
    // POST that Qt refused to send again (see OneShotBody) got no answer.
    const QNetworkReply::NetworkError error = result.networkError;
    const bool transportFailed =
        (error != QNetworkReply::NoError && error < 200) || error == QNetworkReply::ContentReSendError;
    if (timedOut) {
        result.ending = HttpResult::Ending::TimedOut;
        result.failureText = HttpErrors::describeTimeout(result.url, m_spec.timeoutMs);
    } else if (result.httpStatus == 0 || transportFailed) {
        result.ending = HttpResult::Ending::NoAnswer;
        result.body = reply->readAll();
        result.failureText = HttpErrors::describeNetworkError(result.url, error, result.networkErrorString);
    } else {
        result.ending = HttpResult::Ending::Answered;
        result.body = reply->readAll();
        if (!result.success())
            result.failureText = HttpErrors::describeHttpError(result.url, result.httpStatus, result.body,
                                                               result.reasonPhrase);
    }
    result.failureText = HttpErrors::scrub(result.failureText, m_spec.secret);
    return result;
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const HttpResult result = collect(reply, false);
    m_bodyLeft = result.bodyLeft;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater(); // not inside its own finished()
    report(result);
}

void HttpCall::onDeadline()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const HttpResult result = collect(reply, true);
    dropReply();
    report(result);
}

void HttpCall::report(const HttpResult &result)
{
    m_deadline.stop();
    const Done done = std::exchange(m_done, nullptr);
    // `done` may delete the context, and with it this call.
    const QPointer<HttpCall> self(this);
    if (done)
        done(result);
    if (self)
        deleteLater();
}

} // namespace outreach
