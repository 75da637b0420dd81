#include "ApiKeyResolver.h"
#include "Enums.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace outreach {

ApiKeyResolver::ApiKeyResolver(SecretStore *store)
    : m_store(store)
{}

QStringList ApiKeyResolver::environmentVariables(const QString &provider)
{
    // CEREBRAS_API_KEY is Cerebras's own name; OUTREACH_API_KEY serves any endpoint.
    if (providerIdFromString(provider) == ProviderId::Cerebras)
        return {u"CEREBRAS_API_KEY"_s, u"OUTREACH_API_KEY"_s};
    return {u"OUTREACH_API_KEY"_s};
}

ApiKeyResult ApiKeyResolver::fromEnvironment(const QString &provider)
{
    ApiKeyResult result;
    for (const QString &name : environmentVariables(provider)) {
        const QString value = qEnvironmentVariable(name.toLatin1().constData()).trimmed();
        if (!value.isEmpty()) {
            result.key = value;
            result.source = name;
            return result;
        }
    }
    result.errorMessage =
        QCoreApplication::translate("ApiKeyResolver", "No API key for %1: set %2 or store one in Settings.")
            .arg(provider, environmentVariables(provider).join(u" / "_s));
    return result;
}

void ApiKeyResolver::resolve(const QString &provider, QObject *context,
                             std::function<void(const ApiKeyResult &)> done) const
{
    ApiKeyResult fromEnv = fromEnvironment(provider);
    if (fromEnv.ok() || !m_store) {
        // Same contract as the store path: never call back before returning.
        QTimer::singleShot(0, context ? context : QCoreApplication::instance(),
                           [done, fromEnv] { done(fromEnv); });
        return;
    }
    m_store->read(SecretStore::apiKeyName(provider), context,
                  [done, provider, fromEnv](const SecretResult &stored) {
                      ApiKeyResult result;
                      if (stored.ok && !stored.value.isEmpty()) {
                          result.key = stored.value;
                          result.source = u"keychain"_s;
                      } else if (stored.ok || stored.notFound) {
                          result.errorMessage = fromEnv.errorMessage;
                      } else {
                          result.errorMessage = stored.errorMessage;
                      }
                      done(result);
                  });
}

} // namespace outreach
