// HttpCall, the one network-call helper, against a scripted HTTP/1.1 server
// on loopback: how a call ends (answered, no answer, timed out), what the
// result carries, that a POST is never sent twice, that abort() and a
// deleted context silence the callback, and that the secret never reaches a
// failure text. The server is a QTcpServer so it can misbehave on purpose.
#include "net/HttpCall.h"
#include "net/HttpErrors.h"
#include "net/NetworkPool.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

const QString Secret = u"sk-test-Hq4tW9zR2mV6"_s;

// Reads whole requests (headers and Content-Length body) and then answers,
// closes the connection without a word, or keeps silent.
class ScriptedServer : public QObject
{
public:
    enum class Mode { Answer, CloseAfterRequest, NeverAnswer };

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++m_disconnects;
                    socket->deleteLater();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path = u"/v1/thing"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    void setMode(Mode mode) { m_mode = mode; }
    void setAnswer(int status, const QByteArray &reason, const QByteArray &body,
                   const QByteArray &extraHeaders = {})
    {
        m_answer =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body;
    }

    int requests() const { return m_requests; }
    int disconnects() const { return m_disconnects; }
    QByteArray lastBody() const { return m_lastBody; }
    QByteArray lastMethod() const { return m_lastMethod; }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        ++m_requests;
        m_lastMethod = buffer.left(buffer.indexOf(' '));
        m_lastBody = buffer.mid(headerEnd + 4, length);
        buffer.clear();
        switch (m_mode) {
        case Mode::Answer:
            socket->write(m_answer);
            socket->disconnectFromHost();
            break;
        case Mode::CloseAfterRequest:
            socket->abort();
            ++m_disconnects; // abort() closes without emitting disconnected
            socket->deleteLater();
            break;
        case Mode::NeverAnswer:
            break;
        }
    }

    QTcpServer m_server;
    Mode m_mode = Mode::Answer;
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_lastBody;
    QByteArray m_lastMethod;
    int m_requests = 0;
    int m_disconnects = 0;
};

// A port nobody listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

HttpRequest spec(const QUrl &url, bool post, int timeoutMs = 10000)
{
    HttpRequest request;
    request.request = QNetworkRequest(url);
    request.request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.request.setRawHeader("Authorization", "Bearer " + Secret.toUtf8());
    if (post)
        request.postBody = R"({"message":"hello"})";
    request.timeoutMs = timeoutMs;
    request.secret = Secret;
    return request;
}

// Starts on a plain manager or through a pool, as the row says.
struct Starter
{
    QNetworkAccessManager manager;
    NetworkPool pool;
    HttpCall *start(bool viaPool, HttpRequest request, QObject *context, HttpCall::Done done)
    {
        return viaPool ? HttpCall::start(&pool, std::move(request), context, std::move(done))
                       : HttpCall::start(&manager, std::move(request), context, std::move(done));
    }
};

QByteArray header(const HttpResult &result, const QByteArray &name)
{
    for (const auto &[key, value] : result.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

#define OUTREACH_LISTEN(server)                                                                              \
    ScriptedServer server;                                                                                   \
    if (!server.listen()) {                                                                                  \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                             \
            QFAIL("the scripted HTTP server could not listen on 127.0.0.1");                                 \
        QSKIP("the scripted HTTP server could not listen on 127.0.0.1");                                     \
    }

} // namespace

class TestHttpCall : public QObject
{
    Q_OBJECT

private slots:
    void answered_data();
    void answered();
    void connectionRefused_data();
    void connectionRefused();
    void timedOut_data();
    void timedOut();
    void closedAfterPostIsNotSentAgain_data();
    void closedAfterPostIsNotSentAgain();
    void endsWithoutCallback_data();
    void endsWithoutCallback();
    void poolReleasesEndedCalls();
};

void TestHttpCall::answered_data()
{
    QTest::addColumn<bool>("post");
    QTest::addColumn<bool>("viaPool");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("extraHeaders");
    QTest::addColumn<QString>("mentions"); // in the failure text; empty: no failure

    const QByteArray echo = R"({"error":{"message":"Wrong API key )" + Secret.toUtf8() + R"("}})";
    QTest::newRow("GET 200") << false << false << 200 << QByteArray(R"({"data":[1,2]})")
                             << QByteArray("X-Request-Id: r-1\r\n") << QString();
    QTest::newRow("POST 201 via pool") << true << true << 201 << QByteArray(R"({"sid":"SM1"})")
                                       << QByteArray("X-Request-Id: r-2\r\n") << QString();
    QTest::newRow("POST 401 echoing the key")
        << true << false << 401 << echo << QByteArray("X-Request-Id: r-3\r\n")
        << u"answered 401: Wrong API key [hidden key]. Check the API key"_s;
    QTest::newRow("GET 429 with Retry-After via pool")
        << false << true << 429 << QByteArray(R"({"error":{"message":"Too many requests"}})")
        << QByteArray("Retry-After: 7\r\nX-Request-Id: r-4\r\n") << u"answered 429: Too many requests."_s;
    QTest::newRow("POST 500 without a body")
        << true << true << 500 << QByteArray() << QByteArray("X-Request-Id: r-5\r\n")
        << u"answered 500: Oops."_s;
}

void TestHttpCall::answered()
{
    QFETCH(bool, post);
    QFETCH(bool, viaPool);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, extraHeaders);
    QFETCH(QString, mentions);
    OUTREACH_LISTEN(server);
    server.setAnswer(status, status == 500 ? "Oops" : "Whatever", body, extraHeaders);
    Starter starter;
    std::optional<HttpResult> result;
    int calls = 0;
    starter.start(viaPool, spec(server.url(), post), nullptr, [&](const HttpResult &r) {
        ++calls;
        result = r;
    });
    QCOMPARE(calls, 0); // never inside start()
    QTRY_COMPARE(calls, 1);

    QCOMPARE(result->ending, HttpResult::Ending::Answered);
    QVERIFY(result->answered());
    QCOMPARE(result->success(), status < 300);
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(result->body, body);
    QCOMPARE(result->url, server.url());
    QVERIFY(header(*result, "X-Request-Id").startsWith("r-"));
    QCOMPARE(result->bodyLeft, post);
    QCOMPARE(server.requests(), 1);
    QCOMPARE(server.lastMethod(), post ? QByteArray("POST") : QByteArray("GET"));
    QCOMPARE(server.lastBody(), post ? QByteArray(R"({"message":"hello"})") : QByteArray());
    if (mentions.isEmpty()) {
        QVERIFY(result->failureText.isEmpty());
    } else {
        const QString host = u"127.0.0.1:%1 "_s.arg(server.url().port());
        QVERIFY2(result->failureText.startsWith(host + mentions), qPrintable(result->failureText));
    }
    QVERIFY(!result->failureText.contains(Secret));
    if (status == 429)
        QCOMPARE(result->rateLimits().retryAfterSeconds, std::optional<double>(7.0));
}

void TestHttpCall::connectionRefused_data()
{
    QTest::addColumn<bool>("post");
    QTest::addColumn<bool>("viaPool");
    QTest::newRow("GET") << false << false;
    QTest::newRow("POST") << true << false;
    QTest::newRow("GET via pool") << false << true;
    QTest::newRow("POST via pool") << true << true;
}

void TestHttpCall::connectionRefused()
{
    QFETCH(bool, post);
    QFETCH(bool, viaPool);
    // The secret in the URL too: Qt's own error text may quote the URL.
    const QUrl url(u"http://127.0.0.1:%1/v1?key=%2"_s.arg(closedPort()).arg(Secret));
    Starter starter;
    std::optional<HttpResult> result;
    starter.start(viaPool, spec(url, post), nullptr, [&](const HttpResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());

    QCOMPARE(result->ending, HttpResult::Ending::NoAnswer);
    QVERIFY(!result->answered());
    QVERIFY(!result->success());
    QCOMPARE(result->networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(result->httpStatus, 0);
    QVERIFY(!result->bodyLeft);
    QCOMPARE(result->failureText,
             HttpErrors::describeNetworkError(url, QNetworkReply::ConnectionRefusedError, {}));
    QVERIFY(!result->failureText.contains(Secret));
}

void TestHttpCall::timedOut_data()
{
    connectionRefused_data();
}

void TestHttpCall::timedOut()
{
    QFETCH(bool, post);
    QFETCH(bool, viaPool);
    OUTREACH_LISTEN(server);
    server.setMode(ScriptedServer::Mode::NeverAnswer);
    const QUrl url = server.url(u"/v1/slow?key="_s + Secret);
    Starter starter;
    std::optional<HttpResult> result;
    int calls = 0;
    starter.start(viaPool, spec(url, post, 1500), nullptr, [&](const HttpResult &r) {
        ++calls;
        result = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000);

    QCOMPARE(result->ending, HttpResult::Ending::TimedOut);
    QVERIFY(!result->answered());
    QCOMPARE(result->failureText, HttpErrors::describeTimeout(url, 1500));
    QVERIFY(!result->failureText.contains(Secret));
    QVERIFY(server.requests() <= 1);
    // A body the server has read certainly left; a GET has none.
    if (server.requests() == 1)
        QCOMPARE(result->bodyLeft, post);
    QVERIFY(!result->bodyLeft || post);
    // The request ended: the server sees its connection close.
    QTRY_COMPARE(server.disconnects(), server.requests());
    QCOMPARE(calls, 1);
}

void TestHttpCall::closedAfterPostIsNotSentAgain_data()
{
    QTest::addColumn<bool>("viaPool");
    QTest::addColumn<bool>("freshConnection");
    QTest::newRow("manager") << false << false;
    QTest::newRow("manager, fresh connection") << false << true;
    QTest::newRow("pool") << true << false;
}

void TestHttpCall::closedAfterPostIsNotSentAgain()
{
    QFETCH(bool, viaPool);
    QFETCH(bool, freshConnection);
    OUTREACH_LISTEN(server);
    server.setMode(ScriptedServer::Mode::CloseAfterRequest);
    Starter starter;
    HttpRequest request = spec(server.url(), true);
    request.freshConnection = freshConnection;
    std::optional<HttpResult> result;
    starter.start(viaPool, std::move(request), nullptr, [&](const HttpResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());

    // Qt would silently send it again on a new connection; it may not.
    QCOMPARE(server.requests(), 1);
    QCOMPARE(result->ending, HttpResult::Ending::NoAnswer);
    QVERIFY(result->bodyLeft);
    QVERIFY2(result->networkError == QNetworkReply::ContentReSendError ||
                 result->networkError == QNetworkReply::RemoteHostClosedError,
             qPrintable(result->networkErrorString));
    QCOMPARE(result->failureText,
             HttpErrors::describeNetworkError(server.url(), QNetworkReply::RemoteHostClosedError, {}));
}

void TestHttpCall::endsWithoutCallback_data()
{
    QTest::addColumn<bool>("post");
    QTest::addColumn<bool>("viaPool");
    QTest::addColumn<bool>("deleteContext"); // else abort()
    for (const bool deleteContext : {false, true}) {
        const char *how = deleteContext ? "context deleted" : "abort";
        QTest::addRow("GET, %s", how) << false << false << deleteContext;
        QTest::addRow("POST, %s", how) << true << false << deleteContext;
        QTest::addRow("GET via pool, %s", how) << false << true << deleteContext;
        QTest::addRow("POST via pool, %s", how) << true << true << deleteContext;
    }
}

void TestHttpCall::endsWithoutCallback()
{
    QFETCH(bool, post);
    QFETCH(bool, viaPool);
    QFETCH(bool, deleteContext);
    OUTREACH_LISTEN(server);
    server.setMode(ScriptedServer::Mode::NeverAnswer);
    Starter starter;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    // A short deadline too: it must not report afterwards either.
    QPointer<HttpCall> call = starter.start(viaPool, spec(server.url(), post, 2000), context.get(),
                                            [&](const HttpResult &) { ++calls; });
    QTRY_COMPARE(server.requests(), 1);
    QCOMPARE(call->bodyLeft(), post);
    if (deleteContext) {
        context.reset();
        QVERIFY(call.isNull()); // the call goes with its context
    } else {
        call->abort();
    }
    QTRY_COMPARE(server.disconnects(), 1); // the request really ended
    QTRY_VERIFY(call.isNull());            // and the call is gone, its deadline with it
    QCOMPARE(calls, 0);
}

// A connection is busy until its call ends, however it ends; ended calls do
// not make the pool open managers it does not need.
void TestHttpCall::poolReleasesEndedCalls()
{
    OUTREACH_LISTEN(server);
    server.setMode(ScriptedServer::Mode::NeverAnswer);
    NetworkPool pool;
    QList<QPointer<HttpCall>> calls;
    for (int i = 0; i < NetworkPool::ConnectionsPerManager; ++i)
        calls.append(HttpCall::start(&pool, spec(server.url(), i % 2 == 0), nullptr, {}));
    QCOMPARE(pool.managerCount(), 1);
    calls.append(HttpCall::start(&pool, spec(server.url(), false), nullptr, {}));
    QCOMPARE(pool.managerCount(), 2); // all six connections of the first were busy
    for (const auto &call : std::as_const(calls))
        call->abort(); // deletes the reply, and the pool sees it go at once
    for (int i = 0; i < 2 * NetworkPool::ConnectionsPerManager; ++i)
        calls.append(HttpCall::start(&pool, spec(server.url(), false), nullptr, {}));
    QCOMPARE(pool.managerCount(), 2);
    for (const auto &call : std::as_const(calls)) {
        if (call)
            call->abort();
    }
    for (const auto &call : std::as_const(calls))
        QTRY_VERIFY(call.isNull());
}

QTEST_GUILESS_MAIN(TestHttpCall)
#include "test_httpcall.moc"
