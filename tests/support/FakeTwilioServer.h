// A fake of Twilio's Messages API on 127.0.0.1 for the SMS tests: a
// QAbstractHttpServer on a thread of its own (the send engine blocks its
// caller while it waits, so the fake must not share that thread). It
// follows Twilio's documented shapes: HTTP Basic with the account SID and
// auth token (401 / 20003 otherwise), POST
// /2010-04-01/Accounts/{SID}/Messages.json with form fields To, From or
// MessagingServiceSid and Body (21604, 21603, 21602 when missing; 21211 for
// a To that is not E.164; 21606 for a From the account does not own),
// 201 with the message resource ({"sid":"SM…","status":"queued",…}); GET
// /2010-04-01/Accounts/{SID}.json returns the account. Errors are
// {"code","message","more_info","status"}. Scriptable: numbers that replied
// STOP (21610) or are landlines (21614), and faults for the next requests
// (any error code, 429 with Retry-After, 5xx, closing the connection
// without an answer, never answering). Counts every request.
// For status sync: GET …/Messages/{Sid}.json answers a scripted sequence of
// statuses per message (by SID or by the To number; the last one repeats;
// unscripted: the status the message was created with), and GET
// …/Messages.json?To=…&DateSent>=… lists the inbound messages added with
// addInbound() to that number, newest first, in pages linked by
// next_page_uri.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>
#include <memory>

class QThread;

namespace outreach::test {

struct TwilioFault
{
    enum class Kind { Error, CloseWithoutAnswer, NeverAnswer, NotTwilio };
    Kind kind = Kind::Error;
    int httpStatus = 400;
    int code = 0;
    QString message;
    int retryAfterSeconds = -1; // Retry-After header when >= 0

    static TwilioFault error(int httpStatus, int code, const QString &message, int retryAfterSeconds = -1);
    static TwilioFault closeWithoutAnswer() { return {Kind::CloseWithoutAnswer, 0, 0, {}, -1}; }
    static TwilioFault neverAnswer() { return {Kind::NeverAnswer, 0, 0, {}, -1}; }
    // 200 with an HTML page, as a web server at a wrong base URL answers.
    static TwilioFault notTwilio() { return {Kind::NotTwilio, 200, 0, {}, -1}; }
};

struct FakeStatus
{
    FakeStatus(QString status = {}, int errorCode = 0, QString errorMessage = {}, QDateTime updatedAt = {})
        : status(std::move(status))
        , errorCode(errorCode)
        , errorMessage(std::move(errorMessage))
        , updatedAt(std::move(updatedAt))
    {}
    QString status;
    int errorCode = 0; // 0: null
    QString errorMessage;
    QDateTime updatedAt; // date_updated; invalid: now
};

struct FakeInbound
{
    QString sid;
    QString to;
    QString from;
    QString body;
    QDateTime sentAt;
};

struct FakeSms
{
    QString sid;
    QString to;
    QString from;
    QString messagingServiceSid;
    QString body;
};

class FakeTwilioServer
{
public:
    FakeTwilioServer();
    ~FakeTwilioServer();
    FakeTwilioServer(const FakeTwilioServer &) = delete;
    FakeTwilioServer &operator=(const FakeTwilioServer &) = delete;

    bool start(); // listens on a free loopback port
    QUrl baseUrl() const;
    QString accountSid() const { return m_accountSid; }
    QString token() const { return m_token; }
    QString friendlyName() const { return QStringLiteral("Outreach test account"); }

    // From numbers the account owns; empty (the default): any E.164 number.
    void setOwnedNumbers(const QStringList &numbers);
    void addUnsubscribed(const QString &number); // replied STOP: 21610
    void addLandline(const QString &number);     // 21614
    // The next Messages.json requests get these, in order.
    void enqueue(const TwilioFault &fault, int times = 1);

    // What GET Messages/{Sid}.json answers, in order; `sidOrTo` is a message
    // SID or the To number of the messages it applies to.
    void scriptStatuses(const QString &sidOrTo, const QList<FakeStatus> &sequence);
    // An SMS received by the account's number `to`; returns its SID.
    QString addInbound(const QString &to, const QString &from, const QString &body, const QDateTime &sentAt);
    void setPageSize(int size); // of the message list (default: the request's PageSize, else 50)

    QList<FakeSms> messages() const;  // created (201), in order
    int statusGets() const;           // GET Messages/{Sid}.json
    int listGets() const;             // GET Messages.json, every page
    QList<QUrl> listRequests() const; // their URLs (path and query), in order
    int messagePosts() const;         // every POST to Messages.json, faults included
    int requestCount() const;         // every request

    struct State;

private:
    class Server;
    class Thread;
    QString m_accountSid;
    QString m_token;
    std::shared_ptr<State> m_state;
    std::unique_ptr<Thread> m_thread;
    quint16 m_port = 0;
};

} // namespace outreach::test

// Starts a fake Twilio for one test; skips (fails under CI=true) when it
// cannot listen.
#define OUTREACH_TWILIO_SERVER(name)                                                                         \
    outreach::test::FakeTwilioServer name;                                                                   \
    if (!name.start()) {                                                                                     \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                             \
            QFAIL("the fake Twilio server could not listen on 127.0.0.1");                                   \
        QSKIP("the fake Twilio server could not listen on 127.0.0.1");                                       \
    }
