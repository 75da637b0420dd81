// Finds the API key for a provider: the environment first (CEREBRAS_API_KEY,
// OUTREACH_API_KEY, for headless runs), then the secret store. Never a
// command-line argument.
#pragma once

#include "SecretStore.h"

#include <QObject>
#include <QString>
#include <functional>

namespace outreach {

struct ApiKeyResult
{
    QString key;          // empty when none was found
    QString source;       // "CEREBRAS_API_KEY", "OUTREACH_API_KEY" or "keychain"
    QString errorMessage; // plain words when no key was found
    bool ok() const { return !key.isEmpty(); }
};

class ApiKeyResolver
{
public:
    explicit ApiKeyResolver(SecretStore *store = nullptr);

    // The environment variables consulted for a provider, in order.
    static QStringList environmentVariables(const QString &provider);
    // The key from the environment alone, without touching the store.
    static ApiKeyResult fromEnvironment(const QString &provider);

    // Reports once through done (asynchronously when the store is asked;
    // dropped if context is destroyed first).
    void resolve(const QString &provider, QObject *context,
                 std::function<void(const ApiKeyResult &)> done) const;

private:
    SecretStore *m_store;
};

} // namespace outreach
