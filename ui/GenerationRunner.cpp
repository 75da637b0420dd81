#include "GenerationRunner.h"

#include "CampaignRepository.h"
#include "MessageRepository.h"
#include "generation/GenerationEngine.h"
#include "secrets/ApiKeyResolver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
// With no message written and this many failed, the endpoint or the model
// is wrong for every lead: stop instead of paying for the whole list.
constexpr int kFailuresBeforeGivingUp = 3;
} // namespace

GenerationRunner::GenerationRunner(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

GenerationRunner::~GenerationRunner()
{
    if (m_engine) {
        // The engine's signals must not reach a half-destroyed runner.
        disconnect(m_engine, nullptr, this, nullptr);
        m_engine->cancel();
    }
}

ProviderChoice GenerationRunner::choiceFor(qint64 campaignId) const
{
    const auto campaign = CampaignRepository(m_db).get(campaignId);
    Campaign effective = campaign ? campaign.value() : Campaign{};
    // The campaign's provider wins; a model alone applies to the app's provider.
    const bool ownProvider = !effective.provider.trimmed().isEmpty();
    if (!ownProvider) {
        effective.provider = m_appChoice.provider;
        if (effective.model.trimmed().isEmpty())
            effective.model = m_appChoice.model;
    }
    ProviderChoice choice = ProviderFactory::resolve(effective);
    if (choice.provider == m_appChoice.provider.trimmed().toLower())
        choice.baseUrl = m_appChoice.baseUrl;
    return choice;
}

bool GenerationRunner::generate(qint64 campaignId, Scope scope)
{
    m_error.clear();
    if (isBusy()) {
        m_error = tr("A generation run is already going on.");
        return false;
    }
    if (scope == Scope::Message) {
        m_error = tr("Choose a message to regenerate.");
        return false;
    }
    if (const auto campaign = CampaignRepository(m_db).get(campaignId); !campaign) {
        m_error = campaign.errorMessage();
        return false;
    }
    Request request;
    request.campaignId = campaignId;
    request.failedOnly = scope == Scope::FailedOnly;
    request.choice = choiceFor(campaignId);
    resolveKeyAndStart(request);
    return true;
}

bool GenerationRunner::regenerate(qint64 messageId, std::optional<int> variant)
{
    m_error.clear();
    if (isBusy()) {
        m_error = tr("A generation run is already going on.");
        return false;
    }
    const auto message = MessageRepository(m_db).get(messageId);
    if (!message) {
        m_error = message.errorMessage();
        return false;
    }
    Request request;
    request.campaignId = message->campaignId;
    request.messageId = messageId;
    request.variant = variant;
    request.regeneration = true;
    request.choice = choiceFor(message->campaignId);
    resolveKeyAndStart(request);
    return true;
}

void GenerationRunner::resolveKeyAndStart(Request request)
{
    if (!ProviderFactory::needsKey(request.choice.provider)) {
        startWith(request, {});
        return;
    }
    // A fresh context per lookup: cancel() drops the answer by deleting it.
    delete m_keyLookup;
    auto *context = new QObject(this);
    m_keyLookup = context;
    ApiKeyResolver(m_store).resolve(request.choice.provider, context,
                                    [this, request, context](const ApiKeyResult &key) {
                                        m_keyLookup.clear();
                                        context->deleteLater();
                                        if (!key.ok()) {
                                            emit problem(key.errorMessage, true);
                                            return;
                                        }
                                        startWith(request, key.key);
                                    });
}

void GenerationRunner::startWith(const Request &request, const QString &apiKey)
{
    QString error;
    std::unique_ptr<LlmProvider> provider = ProviderFactory::create(request.choice, apiKey, &error);
    if (!provider) {
        emit problem(error, true);
        return;
    }
    if (m_engine)
        m_engine->deleteLater();
    auto *engine = new GenerationEngine(m_db, provider.get(), this);
    // The engine disconnects its calls before its children (the provider) go.
    provider.release()->setParent(engine);
    m_engine = engine;
    m_firstFailure.clear();
    m_generated = 0;
    m_failed = 0;
    m_gaveUp = false;
    connect(engine, &GenerationEngine::progressChanged, this, &GenerationRunner::progressChanged);
    connect(engine, &GenerationEngine::resultReady, this, &GenerationRunner::onResult);
    connect(engine, &GenerationEngine::messageStored, this, &GenerationRunner::messageStored);
    connect(engine, &GenerationEngine::finished, this, &GenerationRunner::onFinished);

    const bool ok =
        request.regeneration ? engine->regenerate(request.messageId, request.variant, m_options) : [&] {
            GenerationOptions options = m_options;
            options.retryFailed = request.failedOnly;
            return engine->start(request.campaignId, options);
        }();
    if (!ok) {
        emit problem(engine->error(), false);
        return;
    }
    emit started(request.campaignId, engine->provider()->name(), engine->provider()->model(),
                 engine->progress().total);
}

void GenerationRunner::onResult(const Message &message)
{
    // Decided when a result is final, not when it is stored: the write
    // happens on another thread, and meanwhile more requests would be paid.
    if (message.status == GenerationStatus::Failed) {
        ++m_failed;
        if (m_firstFailure.isEmpty())
            m_firstFailure = message.error;
    } else {
        ++m_generated;
    }
    const GenerationProgress progress = m_engine ? m_engine->progress() : GenerationProgress{};
    const int remaining = progress.total - m_generated - m_failed;
    if (!m_gaveUp && m_generated == 0 && m_failed >= std::min(kFailuresBeforeGivingUp, progress.total) &&
        m_engine && !m_engine->provider()->isOffline() && remaining > 0) {
        m_gaveUp = true;
        m_engine->cancel();
    }
}

void GenerationRunner::onFinished(const GenerationSummary &summary)
{
    emit finished(summary);
    if (!summary.error.isEmpty()) {
        emit problem(summary.error, true);
    } else if (m_gaveUp) {
        emit problem(tr("Stopped after the first %1 messages all failed, so the rest are not paid for. The "
                        "last error: %2")
                         .arg(m_failed)
                         .arg(m_firstFailure),
                     true);
    }
}

void GenerationRunner::pause()
{
    if (m_engine)
        m_engine->pause();
}

void GenerationRunner::resume()
{
    if (m_engine)
        m_engine->resume();
}

void GenerationRunner::cancel()
{
    delete m_keyLookup;
    if (m_engine)
        m_engine->cancel();
}

bool GenerationRunner::isBusy() const
{
    return m_keyLookup || (m_engine && m_engine->isRunning());
}

GenerationEngine *GenerationRunner::engine() const
{
    return m_engine.data();
}

bool GenerationRunner::isPaused() const
{
    return m_engine && m_engine->isPaused();
}

} // namespace outreach
