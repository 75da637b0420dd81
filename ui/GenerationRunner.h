// Starts generation runs for the window: picks the provider (the campaign's
// own override, else the application's choice), finds its API key (the
// environment first, then the secret store) without blocking, and drives one
// GenerationEngine per run. Anything that stops a run before it can write a
// message (no key, a refused key, an unreachable endpoint) is reported once
// through problem(), never as a chain of dialogs.
#pragma once

#include "Database.h"
#include "generation/GenerationTypes.h"
#include "generation/ProviderFactory.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace outreach {

class GenerationEngine;
class SecretStore;
struct Message;

class GenerationRunner : public QObject
{
    Q_OBJECT
public:
    enum class Scope { Campaign, FailedOnly, Message };
    Q_ENUM(Scope)

    explicit GenerationRunner(Database &db, QObject *parent = nullptr);
    ~GenerationRunner() override;

    // The application's provider choice (settings); a campaign's own
    // provider/model override wins over it.
    void setProviderChoice(const ProviderChoice &choice) { m_appChoice = choice; }
    ProviderChoice providerChoice() const { return m_appChoice; }
    // Concurrency, attempts, timeout and budget for the next runs.
    void setOptions(const GenerationOptions &options) { m_options = options; }
    GenerationOptions options() const { return m_options; }
    // Where API keys are looked up after the environment; may be null.
    void setSecretStore(SecretStore *store) { m_store = store; }

    // The provider a run for this campaign would use.
    ProviderChoice choiceFor(qint64 campaignId) const;

    // Returns false with error() when nothing was started (a run is going
    // on, the campaign or message does not exist). Otherwise started() or
    // problem() follows, and finished() after started().
    bool generate(qint64 campaignId, Scope scope = Scope::Campaign);
    bool regenerate(qint64 messageId, std::optional<int> variant = std::nullopt);

    void pause();
    void resume();
    void cancel(); // also abandons a run that is still looking for its key

    bool isBusy() const; // looking for the key, or running
    bool isPaused() const;
    QString error() const { return m_error; }
    GenerationEngine *engine() const; // the current or last run's; null before the first

signals:
    void started(qint64 campaignId, const QString &provider, const QString &model, int total);
    void progressChanged(const outreach::GenerationProgress &progress);
    void messageStored(const outreach::Message &message);
    void finished(const outreach::GenerationSummary &summary);
    // A run could not start or had to stop: one plain sentence, and whether
    // the settings are where to fix it.
    void problem(const QString &text, bool settingsCanFix);

private:
    struct Request
    {
        qint64 campaignId = 0;
        qint64 messageId = 0;
        std::optional<int> variant;
        bool failedOnly = false;
        bool regeneration = false;
        ProviderChoice choice;
    };
    void resolveKeyAndStart(Request request);
    void startWith(const Request &request, const QString &apiKey);
    void onResult(const Message &message);
    void onFinished(const GenerationSummary &summary);

    Database &m_db;
    ProviderChoice m_appChoice{toString(ProviderId::Offline), {}, {}};
    GenerationOptions m_options;
    SecretStore *m_store = nullptr;
    QPointer<GenerationEngine> m_engine;
    QPointer<QObject> m_keyLookup; // context of the key lookup in progress
    QString m_error;
    QString m_firstFailure;
    int m_generated = 0; // results of this run so far (stored or about to be)
    int m_failed = 0;
    bool m_gaveUp = false;
};

} // namespace outreach
