// The OpenAI-compatible client against the fake server over real HTTP on
// loopback: what it sends, how it reads answers and faults, fallbacks,
// concurrency, deadlines, and that the key never leaks into an error.
#include "support/FakeLlmServer.h"

#include "llm/OpenAiChatCall.h"
#include "llm/OpenAiCompatibleProvider.h"
#include "net/RateLimitHeaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

Q_DECLARE_METATYPE(outreach::test::FakeReply)
Q_DECLARE_METATYPE(outreach::ChatErrorKind)

namespace {

const QString Key = u"sk-test-Zq8vK3mP0wX7yL2n"_s;

ChatRequest leadRequest(const QString &firstName = u"Ada"_s)
{
    ChatRequest request;
    request.messages = {{u"system"_s, u"You write outreach messages. Channel: email."_s},
                        {u"user"_s, u"Lead data:\nfirst_name: %1\ncompany: Acme Corp"_s.arg(firstName)}};
    request.schemaName = u"outreach_variants"_s;
    request.jsonSchema =
        QJsonObject{{u"type"_s, u"object"_s},
                    {u"required"_s, QJsonArray{u"variants"_s}},
                    {u"additionalProperties"_s, false},
                    {u"properties"_s, QJsonObject{{u"variants"_s, QJsonObject{{u"type"_s, u"array"_s}}}}}};
    request.maxCompletionTokens = 700;
    request.temperature = 0.4;
    request.timeoutMs = 10000;
    return request;
}

// Runs one call to the end and returns its only reply.
ChatReply run(LlmProvider &provider, const ChatRequest &request)
{
    ChatCall *call = provider.complete(request);
    QSignalSpy spy(call, &ChatCall::finished);
    if (!spy.wait(request.timeoutMs + 5000))
        qFatal("call never finished");
    return spy.at(0).at(0).value<ChatReply>();
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cerebrasDefaults();
    void requestCarriesModelFormatMessagesAndKey();
    void parsesContentAndUsage();
    void faultsMapToErrorKinds_data();
    void faultsMapToErrorKinds();
    void remainingRequestsFromHeaders();
    void serverRateLimitAnswers429WithRetryAfter();
    void responseFormatFallsBackAndRemembers();
    void jsonObjectIsEnoughForSomeEndpoints();
    void parallelCallsAreReallyInFlight_data();
    void parallelCallsAreReallyInFlight();
    void deadlineFiresOnSilentServer();
    void closedWithoutAnswerIsNeverSentAgain_data();
    void closedWithoutAnswerIsNeverSentAgain();
    void abortFinishesOnceAsCancelled();
    void invalidBaseUrlIsReportedAsynchronously();
    void fetchModels();
    void fetchModelsUnauthorized();
    void fetchModelsConnectionRefused();
    void keyNeverAppearsInErrors_data();
    void keyNeverAppearsInErrors();
    void durations_data();
    void durations();

private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<OpenAiCompatibleProvider> m_provider;
};

void TestLlmClient::init()
{
    OpenAiCompatibleProvider::forgetResponseFormatLevels();
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_provider = std::make_unique<OpenAiCompatibleProvider>(u"cerebras"_s, Key, m_server->baseUrl());
}

void TestLlmClient::cleanup()
{
    m_provider.reset();
    m_server.reset();
}

void TestLlmClient::cerebrasDefaults()
{
    OpenAiCompatibleProvider cerebras(u"cerebras"_s, Key);
    QCOMPARE(cerebras.baseUrl(), QUrl(u"https://api.cerebras.ai/v1"_s));
    QCOMPARE(cerebras.model(), u"gpt-oss-120b"_s);
    QCOMPARE(cerebras.name(), u"cerebras"_s);
    QVERIFY(!cerebras.isOffline());
    QVERIFY(cerebras.costUsd(1000, 1000) > 0);

    OpenAiCompatibleProvider ollama(u"openai"_s, {}, QUrl(u"http://localhost:11434/v1"_s), u"llama3.2"_s);
    QCOMPARE(ollama.model(), u"llama3.2"_s);
    QCOMPARE(ollama.costUsd(1000, 1000), 0.0); // unknown price: free rather than invented
}

void TestLlmClient::requestCarriesModelFormatMessagesAndKey()
{
    ChatRequest request = leadRequest();
    request.seed = 42;
    QVERIFY(run(*m_provider, request).ok());

    QCOMPARE(m_server->requests().size(), 1);
    const FakeRequest sent = m_server->requests().constFirst();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, u"/v1/chat/completions"_s);
    QCOMPARE(sent.header("authorization"), "Bearer " + Key.toUtf8());
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.json.value(u"model").toString(), u"gpt-oss-120b"_s);
    QCOMPARE(sent.json.value(u"max_completion_tokens").toInt(), 700);
    QCOMPARE(sent.json.value(u"temperature").toDouble(), 0.4);
    QCOMPARE(sent.json.value(u"seed").toInteger(), 42);

    const QJsonObject format = sent.json.value(u"response_format").toObject();
    QCOMPARE(format.value(u"type").toString(), u"json_schema"_s);
    const QJsonObject schema = format.value(u"json_schema").toObject();
    QCOMPARE(schema.value(u"name").toString(), u"outreach_variants"_s);
    QCOMPARE(schema.value(u"strict").toBool(), true);
    QCOMPARE(schema.value(u"schema").toObject(), request.jsonSchema);

    const QJsonArray messages = sent.json.value(u"messages").toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).toObject().value(u"role").toString(), u"user"_s);
    QVERIFY(messages.at(1).toObject().value(u"content").toString().contains(u"first_name: Ada"));

    // No seed set: no seed sent.
    QVERIFY(run(*m_provider, leadRequest()).ok());
    QVERIFY(!m_server->requests().constLast().json.contains(u"seed"));
}

void TestLlmClient::parsesContentAndUsage()
{
    m_server->setLatencyMs(30);
    const ChatReply reply = run(*m_provider, leadRequest(u"Grace"_s));
    QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.promptTokens, 150);
    QCOMPARE(reply.completionTokens, 240);
    QVERIFY(reply.latencyMs >= 30);
    QVERIFY(!reply.retryAfterSeconds);
    const QJsonArray variants =
        QJsonDocument::fromJson(reply.content.toUtf8()).object().value(u"variants").toArray();
    QCOMPARE(variants.size(), 3);
    QVERIFY(variants.at(0).toObject().value(u"body").toString().contains(u"Grace"));
}

void TestLlmClient::faultsMapToErrorKinds_data()
{
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<ChatErrorKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("retryAfter"); // -1: none expected
    QTest::addColumn<QString>("messagePart");

    auto status = [](int code, QList<QPair<QByteArray, QByteArray>> headers = {}, QByteArray body = "{}") {
        FakeReply reply;
        reply.status = code;
        reply.headers = std::move(headers);
        reply.body = std::move(body);
        return reply;
    };
    const FakeRequest none;
    const QByteArray inThirty =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(30), u"ddd, dd MMM yyyy HH:mm:ss"_s)
            .toLatin1() +
        " GMT";

    QTest::newRow("429 Retry-After seconds")
        << FakeLlmServer::replyFor(Fault::RateLimited, none) << ChatErrorKind::RateLimited << 429 << 2.0
        << u"answered 429: Requests per minute"_s;
    QTest::newRow("429 Retry-After date") << status(429, {{"Retry-After", inThirty}})
                                          << ChatErrorKind::RateLimited << 429 << 30.0 << u"answered 429"_s;
    QTest::newRow("429 retry-after-ms") << status(429, {{"retry-after-ms", "1500"}, {"Retry-After", "9"}})
                                        << ChatErrorKind::RateLimited << 429 << 1.5 << QString();
    QTest::newRow("429 reset tokens minute") << status(429, {{"x-ratelimit-remaining-tokens-minute", "0"},
                                                             {"x-ratelimit-reset-tokens-minute", "12.5"},
                                                             {"x-ratelimit-remaining-requests-day", "14000"},
                                                             {"x-ratelimit-reset-requests-day", "33000.2"}})
                                             << ChatErrorKind::RateLimited << 429 << 12.5 << QString();
    QTest::newRow("429 daily requests exhausted")
        << status(429, {{"x-ratelimit-remaining-tokens-minute", "5000"},
                        {"x-ratelimit-reset-tokens-minute", "12.5"},
                        {"x-ratelimit-remaining-requests-day", "0"},
                        {"x-ratelimit-reset-requests-day", "3600"}})
        << ChatErrorKind::RateLimited << 429 << 3600.0 << QString();
    QTest::newRow("500 nested error")
        << FakeLlmServer::replyFor(Fault::ServerError, none) << ChatErrorKind::Server << 500 << -1.0
        << u"answered 500: The server had an error"_s;
    QTest::newRow("503 flat error with Retry-After")
        << status(503, {{"Retry-After", "7"}},
                  R"({"message":"overloaded","type":"x","param":null,"code":"y"})")
        << ChatErrorKind::Server << 503 << 7.0 << u"answered 503: overloaded"_s;
    QTest::newRow("408") << status(408) << ChatErrorKind::Server << 408 << -1.0 << QString();
    QTest::newRow("409") << status(409) << ChatErrorKind::Server << 409 << -1.0 << QString();
    QTest::newRow("401 flat") << FakeLlmServer::replyFor(Fault::Unauthorized, none)
                              << ChatErrorKind::Unauthorized << 401 << -1.0
                              << u"127.0.0.1:%1 answered 401: Wrong API Key"_s;
    QTest::newRow("403") << status(403, {}, R"({"error":{"message":"Model not allowed"}})")
                         << ChatErrorKind::Unauthorized << 403 << -1.0 << u"Model not allowed"_s;
    QTest::newRow("404") << status(404) << ChatErrorKind::BadRequest << 404 << -1.0 << u"base URL"_s;
    QTest::newRow("422") << status(422, {}, "model is required") << ChatErrorKind::BadRequest << 422 << -1.0
                         << u"answered 422: model is required"_s;
    QTest::newRow("malformed JSON") << FakeLlmServer::replyFor(Fault::MalformedJson, none)
                                    << ChatErrorKind::InvalidAnswer << 200 << -1.0
                                    << u"not a JSON response"_s;
    QTest::newRow("empty content") << FakeLlmServer::replyFor(Fault::EmptyContent, none)
                                   << ChatErrorKind::InvalidAnswer << 200 << -1.0
                                   << u"without any message text"_s;
    QTest::newRow("reset connection") << FakeLlmServer::replyFor(Fault::ResetConnection, none)
                                      << ChatErrorKind::Network << 200 << -1.0 << u"closed the connection"_s;
    // The provider hands fenced content through; the engine's parser unwraps it.
    QTest::newRow("fenced JSON") << FakeLlmServer::replyFor(Fault::FencedJson, none) << ChatErrorKind::None
                                 << 200 << -1.0 << QString();
}

void TestLlmClient::faultsMapToErrorKinds()
{
    QFETCH(FakeReply, reply);
    QFETCH(ChatErrorKind, kind);
    QFETCH(int, status);
    QFETCH(double, retryAfter);
    QFETCH(QString, messagePart);

    m_server->enqueue(reply);
    const ChatReply result = run(*m_provider, leadRequest());
    QCOMPARE(result.error, kind);
    QCOMPARE(result.httpStatus, status);
    if (retryAfter < 0) {
        QVERIFY(!result.retryAfterSeconds);
    } else {
        QVERIFY(result.retryAfterSeconds);
        QVERIFY2(qAbs(*result.retryAfterSeconds - retryAfter) < 2.0,
                 qPrintable(QString::number(*result.retryAfterSeconds)));
    }
    if (kind == ChatErrorKind::None) {
        QVERIFY(result.errorMessage.isEmpty());
        QVERIFY(result.content.contains(u"```json"));
    } else {
        const QString expected =
            messagePart.contains(u"%1") ? messagePart.arg(m_server->port()) : messagePart;
        QVERIFY2(result.errorMessage.contains(expected), qPrintable(result.errorMessage));
    }
    QCOMPARE(m_server->requests().size(), 1); // one attempt: retries are the engine's job
}

void TestLlmClient::remainingRequestsFromHeaders()
{
    FakeReply reply = FakeReply::completion(u"{}"_s);
    reply.headers = {{"x-ratelimit-remaining-requests-day", "14399"},
                     {"x-ratelimit-remaining-requests-minute", "29"}};
    m_server->enqueue(reply);
    const ChatReply result = run(*m_provider, leadRequest());
    QVERIFY(result.ok());
    QCOMPARE(result.remainingRequests, std::optional<qint64>(29));
    QVERIFY(!result.retryAfterSeconds);
}

void TestLlmClient::serverRateLimitAnswers429WithRetryAfter()
{
    m_server->setRpmLimit(60, 2); // one per second, two at once
    QVERIFY(run(*m_provider, leadRequest()).ok());
    const ChatReply second = run(*m_provider, leadRequest());
    QVERIFY(second.ok());
    QCOMPARE(second.remainingRequests, std::optional<qint64>(0));
    const ChatReply third = run(*m_provider, leadRequest());
    QCOMPARE(third.error, ChatErrorKind::RateLimited);
    QVERIFY(third.retryAfterSeconds);
    QVERIFY2(*third.retryAfterSeconds > 0.5 && *third.retryAfterSeconds <= 1.0,
             qPrintable(QString::number(*third.retryAfterSeconds)));
    QCOMPARE(m_server->rateLimitedCount(), 1);
    QCOMPARE(m_server->answeredLeads(), QStringList({u"Ada"_s, u"Ada"_s}));

    QTest::qWait(int(*third.retryAfterSeconds * 1000) + 50);
    QVERIFY(run(*m_provider, leadRequest()).ok());
}

void TestLlmClient::responseFormatFallsBackAndRemembers()
{
    m_server->setRejectedResponseFormats({u"json_schema"_s, u"json_object"_s});
    const ChatReply first = run(*m_provider, leadRequest());
    QVERIFY2(first.ok(), qPrintable(first.errorMessage));

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).responseFormatType(), u"json_schema"_s);
    QCOMPARE(requests.at(1).responseFormatType(), u"json_object"_s);
    QVERIFY(!requests.at(2).json.contains(u"response_format"));
    const QJsonArray messages = requests.at(2).json.value(u"messages").toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.last().toObject().value(u"role").toString(), u"system"_s);
    QVERIFY(messages.last().toObject().value(u"content").toString().contains(u"JSON schema"));
    QCOMPARE(OpenAiCompatibleProvider::responseFormatLevel(m_server->baseUrl()),
             ResponseFormatLevel::PlainInstructions);

    // A new provider for the same endpoint starts where the last one ended.
    m_server->resetStats();
    OpenAiCompatibleProvider again(u"openai"_s, Key, m_server->baseUrl(), u"m"_s);
    QVERIFY(run(again, leadRequest()).ok());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().constFirst().json.contains(u"response_format"));

    // Another endpoint is unaffected.
    QCOMPARE(OpenAiCompatibleProvider::responseFormatLevel(QUrl(u"http://127.0.0.1:1/v1"_s)),
             ResponseFormatLevel::JsonSchema);
}

void TestLlmClient::jsonObjectIsEnoughForSomeEndpoints()
{
    m_server->setRejectedResponseFormats({u"json_schema"_s});
    QVERIFY(run(*m_provider, leadRequest()).ok());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(OpenAiCompatibleProvider::responseFormatLevel(m_server->baseUrl()),
             ResponseFormatLevel::JsonObject);
    m_server->resetStats();
    QVERIFY(run(*m_provider, leadRequest()).ok());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().responseFormatType(), u"json_object"_s);

    // A 400 about something else is the caller's mistake, not a format problem.
    m_server->enqueue(
        FakeReply::json(400, {{u"error"_s, QJsonObject{{u"message"_s, u"temperature too high"_s}}}}));
    const ChatReply bad = run(*m_provider, leadRequest());
    QCOMPARE(bad.error, ChatErrorKind::BadRequest);
    QCOMPARE(OpenAiCompatibleProvider::responseFormatLevel(m_server->baseUrl()),
             ResponseFormatLevel::JsonObject);
}

void TestLlmClient::parallelCallsAreReallyInFlight_data()
{
    QTest::addColumn<int>("calls");
    QTest::newRow("8") << 8;
    QTest::newRow("32") << 32;
    QTest::newRow("64") << 64;
}

void TestLlmClient::parallelCallsAreReallyInFlight()
{
    QFETCH(int, calls);
    m_server->setLatencyMs(700);
    int finished = 0;
    int succeeded = 0;
    for (int i = 0; i < calls; ++i) {
        ChatCall *call = m_provider->complete(leadRequest(u"Lead%1"_s.arg(i)));
        connect(call, &ChatCall::finished, this, [&](const ChatReply &reply) {
            ++finished;
            succeeded += reply.ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, calls, 15000);
    QCOMPARE(succeeded, calls);
    QCOMPARE(m_server->maxInFlight(), calls);
}

void TestLlmClient::deadlineFiresOnSilentServer()
{
    m_server->enqueue(Fault::NeverAnswer);
    ChatRequest request = leadRequest();
    request.timeoutMs = 400;
    QElapsedTimer clock;
    clock.start();
    const ChatReply reply = run(*m_provider, request);
    QCOMPARE(reply.error, ChatErrorKind::Timeout);
    QVERIFY2(clock.elapsed() >= 390 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(reply.errorMessage.contains(u"did not answer within 0.4 seconds"));
    QVERIFY(reply.retryable());
    // The client gave up on the connection, so the server sees nothing in flight.
    QTRY_COMPARE(m_server->inFlight(), 0);
}

// Issue 11 item 2: Qt's HTTP/1 channel sends a request again by itself when
// the server closes the connection before answering. The server must see
// exactly the requests the client counted, on a fresh and on a reused
// (keep-alive) connection.
void TestLlmClient::closedWithoutAnswerIsNeverSentAgain_data()
{
    QTest::addColumn<bool>("reusedConnection");
    QTest::newRow("fresh connection") << false;
    QTest::newRow("kept-alive connection") << true;
}

void TestLlmClient::closedWithoutAnswerIsNeverSentAgain()
{
    QFETCH(bool, reusedConnection);
    FakeLlmServer server;
    QVERIFY(server.listen());
    OpenAiCompatibleProvider provider(u"openai"_s, Key, server.baseUrl(), u"m"_s);
    if (reusedConnection)
        QVERIFY(run(provider, leadRequest()).ok());
    const int before = server.chatRequestCount();
    server.enqueue(Fault::CloseWithoutAnswer, 3);
    const ChatReply reply = run(provider, leadRequest(u"Grace"_s));
    QCOMPARE(reply.error, ChatErrorKind::Network);
    QVERIFY(reply.retryable());
    QCOMPARE(reply.requestsSent, 1);
    QCOMPARE(server.chatRequestCount() - before, 1);
    QVERIFY2(reply.errorMessage.contains(u"closed the connection"_s), qPrintable(reply.errorMessage));
    // Nothing was sent behind the client's back after the reply either.
    const ChatReply next = run(provider, leadRequest(u"Linus"_s));
    QCOMPARE(next.requestsSent, 1);
    QCOMPARE(server.chatRequestCount() - before, 2);
}

void TestLlmClient::abortFinishesOnceAsCancelled()
{
    m_server->setLatencyMs(3000);
    ChatCall *call = m_provider->complete(leadRequest());
    QSignalSpy spy(call, &ChatCall::finished);
    QPointer<ChatCall> guard(call);
    QTRY_COMPARE(m_server->inFlight(), 1);
    call->abort();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ChatReply>().error, ChatErrorKind::Cancelled);
    call->abort();               // harmless twice
    QTRY_VERIFY(guard.isNull()); // deleted later
    QCOMPARE(spy.size(), 1);
    QTRY_COMPARE(m_server->inFlight(), 0);
}

void TestLlmClient::invalidBaseUrlIsReportedAsynchronously()
{
    OpenAiCompatibleProvider broken(u"openai"_s, Key, QUrl(u"not a url"_s), u"m"_s);
    ChatCall *call = broken.complete(leadRequest());
    QSignalSpy spy(call, &ChatCall::finished);
    QCOMPARE(spy.size(), 0); // a caller can still connect after complete() returns
    QVERIFY(spy.wait(2000));
    const ChatReply reply = spy.at(0).at(0).value<ChatReply>();
    QCOMPARE(reply.error, ChatErrorKind::BadRequest);
    QVERIFY(reply.errorMessage.contains(u"not a valid web address"));
}

void TestLlmClient::fetchModels()
{
    ModelListCall *call = m_provider->fetchModels();
    QSignalSpy spy(call, &ModelListCall::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.at(0).at(0).value<ModelListResult>();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QVERIFY(result.models.contains(u"gpt-oss-120b"_s));
    QCOMPARE(result.models.size(), 4);
    QCOMPARE(m_server->requests().constFirst().path, u"/v1/models"_s);
    QCOMPARE(m_server->requests().constFirst().header("authorization"), "Bearer " + Key.toUtf8());
}

void TestLlmClient::fetchModelsUnauthorized()
{
    m_server->setRequiredApiKey(u"sk-the-right-one"_s);
    ModelListCall *call = m_provider->fetchModels();
    QSignalSpy spy(call, &ModelListCall::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.at(0).at(0).value<ModelListResult>();
    QVERIFY(!result.ok());
    QVERIFY(result.models.isEmpty());
    QVERIFY2(result.errorMessage.contains(u"answered 401: Wrong API Key"), qPrintable(result.errorMessage));
    QVERIFY(result.errorMessage.contains(u"API key"));
}

void TestLlmClient::fetchModelsConnectionRefused()
{
    const QUrl deadUrl = m_server->baseUrl();
    m_server.reset(); // nothing listens on that port any more
    OpenAiCompatibleProvider provider(u"openai"_s, Key, deadUrl, u"m"_s);
    ModelListCall *call = provider.fetchModels();
    QSignalSpy spy(call, &ModelListCall::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.at(0).at(0).value<ModelListResult>();
    QVERIFY2(result.errorMessage.contains(u"connection was refused"), qPrintable(result.errorMessage));
    QVERIFY(result.errorMessage.contains(deadUrl.host()));
}

void TestLlmClient::keyNeverAppearsInErrors_data()
{
    QTest::addColumn<FakeReply>("reply");
    const QString echo = u"Incorrect API key provided: %1. Bearer %1"_s.arg(Key);
    QTest::newRow("401 nested echo") << FakeReply::json(401,
                                                        {{u"error"_s, QJsonObject{{u"message"_s, echo}}}});
    QTest::newRow("400 flat echo") << FakeReply::json(400, {{u"message"_s, echo}});
    FakeReply plain;
    plain.status = 500;
    plain.body = echo.toUtf8();
    QTest::newRow("500 plain text echo") << plain;
    FakeReply garbage;
    garbage.body = "key=" + Key.toUtf8() + " not json";
    QTest::newRow("200 garbage echo") << garbage;
    QTest::newRow("reset") << FakeLlmServer::replyFor(Fault::ResetConnection, {});
}

void TestLlmClient::keyNeverAppearsInErrors()
{
    QFETCH(FakeReply, reply);
    m_server->enqueue(reply);
    const ChatReply chat = run(*m_provider, leadRequest());
    QVERIFY(!chat.ok());
    QVERIFY(!chat.errorMessage.isEmpty());
    QVERIFY2(!chat.errorMessage.contains(Key), qPrintable(chat.errorMessage));
    QVERIFY(!chat.errorMessage.contains(Key.mid(3)));

    m_server->enqueue(reply);
    ModelListCall *call = m_provider->fetchModels();
    QSignalSpy spy(call, &ModelListCall::finished);
    QVERIFY(spy.wait(5000));
    const QString modelsError = spy.at(0).at(0).value<ModelListResult>().errorMessage;
    QVERIFY(!modelsError.isEmpty());
    QVERIFY2(!modelsError.contains(Key), qPrintable(modelsError));
}

void TestLlmClient::durations_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("seconds"); // -1: unreadable
    QTest::newRow("float seconds") << QByteArray("59.25") << 59.25;
    QTest::newRow("go minutes") << QByteArray("6m0s") << 360.0;
    QTest::newRow("go milliseconds") << QByteArray("20ms") << 0.02;
    QTest::newRow("go mixed") << QByteArray("1h2m3.5s") << 3723.5;
    QTest::newRow("garbage") << QByteArray("soon") << -1.0;
    QTest::newRow("trailing garbage") << QByteArray("3sx") << -1.0;
    QTest::newRow("negative") << QByteArray("-4") << -1.0;
}

void TestLlmClient::durations()
{
    QFETCH(QByteArray, text);
    QFETCH(double, seconds);
    const auto parsed = RateLimitHeaders::parseDuration(text);
    if (seconds < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QVERIFY(qFuzzyCompare(*parsed, seconds));
    }
}

QTEST_GUILESS_MAIN(TestLlmClient)
#include "test_llmclient.moc"
