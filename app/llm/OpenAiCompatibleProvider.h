// Talks to Cerebras or any OpenAI-compatible chat-completions endpoint:
// one attempt per call, structured output with a graceful fallback for
// endpoints that do not support it, and enough parallel connections for the
// engine's concurrency.
#pragma once

#include "LlmProvider.h"
#include "PriceTable.h"
#include "net/HttpCall.h"

#include <QStringList>
#include <QUrl>

namespace outreach {

class NetworkPool;
class OpenAiChatCall;

// How an endpoint is asked for JSON; each level is the fallback of the one
// before, used after the endpoint rejected it with a 400.
enum class ResponseFormatLevel { JsonSchema = 0, JsonObject = 1, PlainInstructions = 2 };

struct ModelListResult
{
    QStringList models;   // model ids, sorted
    QString errorMessage; // plain words; empty on success
    bool ok() const { return errorMessage.isEmpty(); }
};

// A running GET of the model list ("Test connection"). Emits finished() once,
// then deletes itself later.
class ModelListCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
signals:
    void finished(const outreach::ModelListResult &result);
};

// A running refresh of the price table. On success the provider's table is
// already updated when finished() arrives; then the call deletes itself later.
class PriceRefreshCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
signals:
    void finished(int updatedPrices, const QString &errorMessage);
};

class OpenAiCompatibleProvider : public LlmProvider
{
    Q_OBJECT
public:
    static QUrl cerebrasBaseUrl();         // https://api.cerebras.ai/v1
    static QString cerebrasDefaultModel(); // gpt-oss-120b
    static QUrl openAiBaseUrl();           // https://api.openai.com/v1

    // name "cerebras": empty baseUrl/model mean Cerebras's defaults.
    // name "openai": any endpoint; empty baseUrl means OpenAI's own.
    OpenAiCompatibleProvider(const QString &name, const QString &apiKey, const QUrl &baseUrl = {},
                             const QString &model = {}, QObject *parent = nullptr);
    ~OpenAiCompatibleProvider() override;

    QString name() const override { return m_name; }
    QString model() const override { return m_model; }
    bool isOffline() const override { return false; }
    ChatCall *complete(const ChatRequest &request) override;
    double costUsd(int promptTokens, int completionTokens) const override;

    QUrl baseUrl() const { return m_baseUrl; }
    const PriceTable &priceTable() const { return m_prices; }
    void setPriceTable(const PriceTable &prices) { m_prices = prices; }

    // GET {base}/models.
    ModelListCall *fetchModels(int timeoutMs = 15000);
    // GET Cerebras's public model list and merge its prices into priceTable().
    PriceRefreshCall *refreshPrices(const QUrl &url = PriceTable::cerebrasPublicModelsUrl(),
                                    int timeoutMs = 15000);

    // What this process has learned about an endpoint's structured output.
    static ResponseFormatLevel responseFormatLevel(const QUrl &baseUrl);
    static void forgetResponseFormatLevels();

private:
    friend class OpenAiChatCall;

    // A GET of JSON with the API key, reported to `done` unless `context` is gone.
    HttpCall *getJson(const QUrl &url, int timeoutMs, QObject *context, HttpCall::Done done);
    static void rememberResponseFormatLevel(const QUrl &baseUrl, ResponseFormatLevel level);
    QUrl endpoint(const QString &path) const;

    QString m_name;
    QString m_apiKey;
    QUrl m_baseUrl;
    QString m_model;
    PriceTable m_prices = PriceTable::builtIn();
    NetworkPool *m_pool;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::ModelListResult)
