// Twilio's REST API over QNetworkAccessManager, asynchronously: posts one
// SMS (POST /2010-04-01/Accounts/{SID}/Messages.json, form-encoded To,
// From or MessagingServiceSid, Body; HTTP Basic with the account SID and
// auth token) or reads the account (GET /2010-04-01/Accounts/{SID}.json,
// "test connection"), and for status sync reads one message
// (GET …/Messages/{MessageSid}.json) or a page of the message list
// (GET …/Messages.json?To=…&DateSent>=…, then its next_page_uri). The outcome says exactly how far a message
// got, which "never twice" needs: accepted (the message SID), refused (why, and whether it is the message,
// the recipient's STOP, the sender or a limit), nothing sent (retry), or in doubt (the request left and no
// answer came). Qt 6.4 silently sends a POST again when the server closes the connection without answering;
// the body cannot be rewound (OneShotBody, through HttpCall like the LLM engine), so Qt reports the loss
// instead and nothing is ever repeated behind our back. Every message goes out on a fresh connection, so an
// idle connection the server dropped cannot make one look in doubt. Use it on any thread with an event loop
// (the GUI's "Test connection"); the blocking send engine uses it through SmsTransport. The token is only
// ever put in the Authorization header: never in an outcome or a log.
#pragma once

#include "Sending.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace outreach {

struct HttpRequest;
struct HttpResult;

struct TwilioAccount
{
    QUrl baseUrl; // https://api.twilio.com (tests: the fake on loopback)
    QString accountSid;
    QString token;

    static QString defaultBaseUrl() { return QStringLiteral("https://api.twilio.com"); }
    static TwilioAccount fromSender(const Sender &sender, const QString &token);
};

struct SmsMessage
{
    QString to;                  // E.164
    QString from;                // E.164, or empty with a Messaging Service
    QString messagingServiceSid; // MG...; used when set
    QString body;
};

struct TwilioOutcome
{
    enum class Kind {
        Accepted,         // 2xx with a message SID (sending) or the account (test)
        Rejected,         // 4xx about this message (21211 invalid To, 21614 not a mobile, ...): failed
        Unsubscribed,     // 21610: the recipient replied STOP to this sender
        RateLimited,      // 429 / 20429: retry after Retry-After
        ServerError,      // 5xx: retry with backoff
        AuthFailed,       // 401 / 403 / 20003: the sender is paused
        SenderProblem,    // the From number, Messaging Service, account or base URL is wrong: paused
        Unreachable,      // no connection, or it broke before the request went out: retry
        TlsFailed,        // the secure connection failed: paused
        InDoubt,          // the request went out and no answer came: never resent by itself
        UnexpectedAnswer, // 2xx, but not a Twilio answer (wrong base URL?): in doubt, paused
    };
    Kind kind = Kind::Unreachable;
    int httpStatus = 0;
    int errorCode = 0;    // Twilio's "code"
    QString sid;          // SM... / MM... for a message, AC... for the account
    QString status;       // "queued", "accepted", "active", ...
    QString friendlyName; // the account's (test)
    QString answer;       // the server's answer in one line, for the queue's last_answer
    QString error;        // plain words for people (empty when accepted)
    QJsonObject resource; // the 2xx answer: the message, the account or a page of the list
    std::optional<double> retryAfterSeconds;

    bool accepted() const { return kind == Kind::Accepted; }
};

class TwilioClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const TwilioOutcome &)>;

    explicit TwilioClient(QObject *parent = nullptr);

    // The whole request, connection included, must end within this time.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // `done` is called exactly once, later (never inside the call).
    void sendSms(const TwilioAccount &account, const SmsMessage &message, Done done);
    void fetchAccount(const TwilioAccount &account, Done done);
    // Status sync: one message by its SID; one page of the message list
    // (listUrl() for the first, nextPageUrl() for the ones after).
    void fetchMessage(const TwilioAccount &account, const QString &messageSid, Done done);
    void fetchPage(const TwilioAccount &account, const QUrl &pageUrl, Done done);
    // The messages sent to `to` on or after `since` (Twilio compares dates).
    static QUrl listUrl(const TwilioAccount &account, const QString &to, const QDate &since);
    // A page's next_page_uri on the account's own server; invalid at the end
    // (or for anything that is not a path there: the token goes nowhere else).
    static QUrl nextPageUrl(const TwilioAccount &account, const QString &nextPageUri);
    // The plain answer of "Test connection" for fetchAccount()'s outcome:
    // "OK: Twilio account …", "Authentication refused by …", or what failed.
    static QString testAnswer(const TwilioAccount &account, const TwilioOutcome &outcome);

    // What a 2xx answer must be to be Twilio's.
    enum class Resource { Message, Account, Page };
    // What Twilio's answer means: status and body ({"code","message",...} for
    // errors, the message or account resource for 2xx). Public for tests.
    static TwilioOutcome interpret(int httpStatus, const QByteArray &body, Resource expected);
    // The form body Twilio expects (application/x-www-form-urlencoded; "+"
    // of a number encoded as %2B, never left to mean a space).
    static QByteArray formBody(const SmsMessage &message);

private:
    QNetworkAccessManager *network();
    // Refuses before connecting: no SID, a bad base URL, or plain HTTP (the
    // token in clear) to another computer.
    std::optional<TwilioOutcome> refuse(const TwilioAccount &account) const;
    void get(const TwilioAccount &account, const QUrl &url, Resource expected, Done done);
    // Every request: refused before connecting, or sent with the timeout.
    void start(const TwilioAccount &account, HttpRequest spec, Resource expected, Done done);
    // How far the message (or the read) got, from how the HTTP call ended.
    static TwilioOutcome outcomeOf(const HttpResult &result, Resource expected, const QString &secret);

    QNetworkAccessManager *m_network = nullptr; // made on first use, in this object's thread
    int m_timeoutMs = 30000;
};

QString twilioOutcomeKindName(TwilioOutcome::Kind kind);

} // namespace outreach
