// Decides which provider writes a campaign's messages and builds it: command
// line flags win over the campaign's own provider/model, which win over the
// defaults (Cerebras, https://api.cerebras.ai/v1, gpt-oss-120b).
#pragma once

#include "Campaign.h"
#include "llm/LlmProvider.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace outreach {

struct ProviderChoice
{
    QString provider; // "cerebras", "openai", "offline"; empty = not chosen
    QUrl baseUrl;     // empty = the provider's default
    QString model;    // empty = the provider's default
};

class ProviderFactory
{
public:
    static QString defaultProvider();   // "cerebras"
    static QStringList providerNames(); // cerebras, openai, offline

    // Merges explicit choices over the campaign's over the defaults.
    static ProviderChoice resolve(const Campaign &campaign, const ProviderChoice &explicitChoice = {});
    static bool needsKey(const QString &provider);

    // Builds the provider; nullptr with *error in plain words (an unknown
    // name, a bad URL, a missing key). The key is never part of an error.
    static std::unique_ptr<LlmProvider> create(const ProviderChoice &choice, const QString &apiKey,
                                               QString *error = nullptr);
    // For headless runs: the key from CEREBRAS_API_KEY / OUTREACH_API_KEY.
    static std::unique_ptr<LlmProvider> createFromEnvironment(const ProviderChoice &choice,
                                                              QString *error = nullptr);
};

} // namespace outreach
