#include "OpenAiCompatibleProvider.h"
#include "Enums.h"

#include "OpenAiChatCall.h"
#include "net/HttpErrors.h"
#include "net/NetworkPool.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <functional>

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

// A GET with a deadline that reports (status, body) or a plain error.
class HttpGetCall : public QObject
{
public:
    using Done = std::function<void(const QByteArray &body, const QString &error)>;

    HttpGetCall(OpenAiCompatibleProvider *provider, const QUrl &url, int timeoutMs, QObject *owner, Done done)
        : QObject(owner)
        , m_url(url)
        , m_key(provider->m_apiKey)
        , m_done(std::move(done))
    {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("User-Agent", "OutreachStudio/" OUTREACH_VERSION);
        if (!m_key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        m_reply = provider->m_pool->get(request);
        connect(m_reply, &QNetworkReply::finished, this, [this] { onFinished(); });
        QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
            stop();
            report({}, HttpErrors::describeTimeout(m_url, timeoutMs));
        });
    }
    ~HttpGetCall() override { stop(); }

    void stop()
    {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }

private:
    void onFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const bool transportFailed = reply->error() != QNetworkReply::NoError && reply->error() < 200;
        if (status == 0 || transportFailed)
            report({}, HttpErrors::describeNetworkError(m_url, reply->error(), reply->errorString()));
        else if (status < 200 || status >= 300)
            report({}, HttpErrors::describeHttpError(
                           m_url, status, body,
                           reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        else
            report(body, {});
    }

    void report(const QByteArray &body, const QString &error)
    {
        if (auto done = std::exchange(m_done, nullptr))
            done(body, HttpErrors::scrub(error, m_key));
    }

    QUrl m_url;
    QString m_key;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
};

namespace {

class ModelListCallImpl : public ModelListCall
{
public:
    using ModelListCall::ModelListCall;
    HttpGetCall *get = nullptr;
    void abort() override
    {
        if (get) {
            get->stop();
            delete get;
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
    HttpGetCall *get = nullptr;
    void abort() override
    {
        if (get) {
            delete get;
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

ModelListCall *OpenAiCompatibleProvider::fetchModels(int timeoutMs)
{
    auto *call = new ModelListCallImpl(this);
    const QString host = HttpErrors::hostLabel(m_baseUrl);
    call->get = new HttpGetCall(
        this, endpoint(u"models"_s), timeoutMs, call,
        [call, host](const QByteArray &body, const QString &error) {
            call->get->deleteLater();
            call->get = nullptr;
            ModelListResult result;
            result.errorMessage = error;
            if (error.isEmpty()) {
                const QJsonDocument document = QJsonDocument::fromJson(body);
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
    call->get = new HttpGetCall(this, url, timeoutMs, call,
                                [this, call](const QByteArray &body, const QString &error) {
                                    call->get->deleteLater();
                                    call->get = nullptr;
                                    QString message = error;
                                    int updated = 0;
                                    if (message.isEmpty()) {
                                        PriceTable table = m_prices;
                                        updated = table.updateFromCerebrasModels(body, &message);
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
