// One HTTP request with a deadline over the whole call, reported exactly once
// as an HttpResult: answered (any status), no answer (the network failed) or
// timed out. A POST body is a OneShotBody, so Qt never sends it a second time
// behind our back, and the result says whether any of it left the process.
// The callback never runs after its context object is gone or after abort().
// Every failure text is in plain words (HttpErrors) with the secret scrubbed.
#pragma once

#include "net/RateLimitHeaders.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace outreach {

class NetworkPool;
class OneShotBody;

struct HttpRequest
{
    QNetworkRequest request;
    std::optional<QByteArray> postBody; // set: a one-shot POST of it; unset: a GET
    int timeoutMs = 0;                  // the whole call, connection included; 0: none
    QString secret;                     // never appears in a failure text
    // Drop the manager's idle connections first, so an idle connection the
    // server already closed cannot make the request look in doubt. Only on a
    // plain manager: a NetworkPool's connections are shared by parallel calls.
    bool freshConnection = false;
};

struct HttpResult
{
    enum class Ending {
        Answered, // a status line and a complete answer arrived
        NoAnswer, // refused, reset, TLS, closed before answering, ...
        TimedOut, // the deadline ended the call
    };
    Ending ending = Ending::NoAnswer;
    QUrl url;
    int httpStatus = 0; // also when the connection broke after the status line
    QString reasonPhrase;
    QByteArray body;
    RateLimitHeaders::RawHeaders headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool bodyLeft = false; // some of the POST body was handed to the network
    qint64 elapsedMs = 0;
    // Plain words, secret scrubbed; empty for an answered 2xx.
    QString failureText;

    bool answered() const { return ending == Ending::Answered; }
    bool success() const { return answered() && httpStatus >= 200 && httpStatus < 300; }
    RateLimitInfo rateLimits() const;
};

class HttpCall : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const HttpResult &result)>;

    // Starts the request; `done` runs once, later (never inside start). The
    // call is a child of `context` (self-owned when null) and deletes itself
    // after reporting.
    static HttpCall *start(QNetworkAccessManager *manager, HttpRequest spec, QObject *context, Done done);
    // Through the pool, which counts the connection as busy until the end.
    static HttpCall *start(NetworkPool *pool, HttpRequest spec, QObject *context, Done done);
    ~HttpCall() override;

    // Ends the request without a report.
    void abort();
    bool bodyLeft() const;

private:
    HttpCall(HttpRequest spec, QObject *context, Done done);
    void begin(QNetworkReply *reply, OneShotBody *body);
    void onFinished();
    void onDeadline();
    HttpResult collect(QNetworkReply *reply, bool timedOut) const;
    void report(const HttpResult &result);
    void dropReply();

    HttpRequest m_spec;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_body;
    bool m_bodyLeft = false;
    QTimer m_deadline;
    QElapsedTimer m_clock;
};

} // namespace outreach
