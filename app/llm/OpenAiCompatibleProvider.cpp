#include "OpenAiCompatibleProvider.h"
#include "Enums.h"

#include "OpenAiChatCall.h"
#include "net/HttpCall.h"
#include "net/HttpErrors.h"
#include "net/NetworkPool.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {

// Learned per endpoint and shared by every provider in the process, so a new
// run does not pay again for the 400 that taught us.
QMutex levelsMutex;
QHash<QString, ResponseFormatLevel> &levels()
{
    static QHash<QString, ResponseFormatLevel> byEndpoint;
    return byEndpoint;
}

QString endpointKey(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString().toLower();
}

} // namespace

namespace {

class ModelListCallImpl : public ModelListCall
{
public:
    using ModelListCall::ModelListCall;
    QPointer<HttpCall> get; // null once it reported
    void abort() override
    {
        if (get) {
            get->abort();
            get = nullptr;
            emit finished(
                {{}, QCoreApplication::translate("OpenAiCompatibleProvider", "The request was cancelled.")});
            deleteLater();
        }
    }
};

class PriceRefreshCallImpl : public PriceRefreshCall
{
public:
    using PriceRefreshCall::PriceRefreshCall;
    QPointer<HttpCall> get; // null once it reported
    void abort() override
    {
        if (get) {
            get->abort();
            get = nullptr;
            emit finished(
                0, QCoreApplication::translate("OpenAiCompatibleProvider", "The request was cancelled."));
            deleteLater();
        }
    }
};

} // namespace

QUrl OpenAiCompatibleProvider::cerebrasBaseUrl()
{
    return QUrl(u"https://api.cerebras.ai/v1"_s);
}

QString OpenAiCompatibleProvider::cerebrasDefaultModel()
{
    return u"gpt-oss-120b"_s;
}

QUrl OpenAiCompatibleProvider::openAiBaseUrl()
{
    return QUrl(u"https://api.openai.com/v1"_s);
}

OpenAiCompatibleProvider::OpenAiCompatibleProvider(const QString &name, const QString &apiKey,
                                                   const QUrl &baseUrl, const QString &model, QObject *parent)
    : LlmProvider(parent)
    , m_name(name)
    , m_apiKey(apiKey)
    , m_baseUrl(baseUrl)
    , m_model(model)
    , m_pool(new NetworkPool(this))
{
    const bool cerebras = providerIdFromString(name) == ProviderId::Cerebras;
    if (m_baseUrl.isEmpty())
        m_baseUrl = cerebras ? cerebrasBaseUrl() : openAiBaseUrl();
    if (m_model.isEmpty() && cerebras)
        m_model = cerebrasDefaultModel();
}

OpenAiCompatibleProvider::~OpenAiCompatibleProvider()
{
    // Calls go before the pool, so no reply reports into a half-destroyed call.
    const auto calls = findChildren<QObject *>(Qt::FindDirectChildrenOnly);
    for (QObject *child : calls) {
        if (child != m_pool)
            delete child;
    }
}

QUrl OpenAiCompatibleProvider::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + path);
    return url;
}

ChatCall *OpenAiCompatibleProvider::complete(const ChatRequest &request)
{
    auto *call = new OpenAiChatCall(this, request);
    call->start();
    return call;
}

double OpenAiCompatibleProvider::costUsd(int promptTokens, int completionTokens) const
{
    return m_prices.cost(m_model, promptTokens, completionTokens);
}

HttpCall *OpenAiCompatibleProvider::getJson(const QUrl &url, int timeoutMs, QObject *context,
                                            HttpCall::Done done)
{
    HttpRequest spec;
    spec.request = QNetworkRequest(url);
    spec.request.setRawHeader("Accept", "application/json");
    spec.request.setRawHeader("User-Agent", "OutreachStudio/" OUTREACH_VERSION);
    if (!m_apiKey.isEmpty())
        spec.request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    spec.timeoutMs = timeoutMs;
    spec.secret = m_apiKey;
    return HttpCall::start(m_pool, std::move(spec), context, std::move(done));
}

ModelListCall *OpenAiCompatibleProvider::fetchModels(int timeoutMs)
{
    auto *call = new ModelListCallImpl(this);
    const QString host = HttpErrors::hostLabel(m_baseUrl);
    call->get = getJson(endpoint(u"models"_s), timeoutMs, call, [call, host](const HttpResult &answer) {
        call->get = nullptr;
        ModelListResult result;
        result.errorMessage = answer.failureText;
        if (answer.success()) {
            const QJsonDocument document = QJsonDocument::fromJson(answer.body);
            const QJsonArray data =
                document.isArray() ? document.array() : document.object().value(u"data").toArray();
            for (const QJsonValue &entry : data) {
                const QString id =
                    entry.isString() ? entry.toString() : entry.toObject().value(u"id").toString();
                if (!id.isEmpty())
                    result.models.append(id);
            }
            result.models.sort();
            if (result.models.isEmpty())
                result.errorMessage =
                    QCoreApplication::translate("OpenAiCompatibleProvider",
                                                "%1 answered, but its model list is empty or unreadable.")
                        .arg(host);
        }
        emit call->finished(result);
        call->deleteLater();
    });
    return call;
}

PriceRefreshCall *OpenAiCompatibleProvider::refreshPrices(const QUrl &url, int timeoutMs)
{
    auto *call = new PriceRefreshCallImpl(this);
    call->get = getJson(url, timeoutMs, call, [this, call](const HttpResult &answer) {
        call->get = nullptr;
        QString message = answer.failureText;
        int updated = 0;
        if (answer.success()) {
            PriceTable table = m_prices;
            updated = table.updateFromCerebrasModels(answer.body, &message);
            if (updated >= 0)
                m_prices = table;
            else
                updated = 0;
        }
        emit call->finished(updated, message);
        call->deleteLater();
    });
    return call;
}

ResponseFormatLevel OpenAiCompatibleProvider::responseFormatLevel(const QUrl &baseUrl)
{
    QMutexLocker lock(&levelsMutex);
    return levels().value(endpointKey(baseUrl), ResponseFormatLevel::JsonSchema);
}

void OpenAiCompatibleProvider::rememberResponseFormatLevel(const QUrl &baseUrl, ResponseFormatLevel level)
{
    QMutexLocker lock(&levelsMutex);
    auto &known = levels()[endpointKey(baseUrl)];
    known = std::max(known, level);
}

void OpenAiCompatibleProvider::forgetResponseFormatLevels()
{
    QMutexLocker lock(&levelsMutex);
    levels().clear();
}

} // namespace outreach
