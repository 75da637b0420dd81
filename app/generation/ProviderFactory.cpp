#include "ProviderFactory.h"

#include "llm/OfflineProvider.h"
#include "llm/OpenAiCompatibleProvider.h"
#include "secrets/ApiKeyResolver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {} // namespace

QString ProviderFactory::defaultProvider()
{
    return toString(ProviderId::Cerebras);
}

QStringList ProviderFactory::providerNames()
{
    return providerIdNames();
}

ProviderChoice ProviderFactory::resolve(const Campaign &campaign, const ProviderChoice &explicitChoice)
{
    ProviderChoice choice;
    choice.provider = explicitChoice.provider.trimmed().toLower();
    if (choice.provider.isEmpty())
        choice.provider = campaign.provider.trimmed().toLower();
    if (choice.provider.isEmpty())
        choice.provider = defaultProvider();
    if (const auto id = providerIdFromString(choice.provider))
        choice.provider = toString(*id); // the canonical name, whatever spelling was stored
    choice.baseUrl = explicitChoice.baseUrl;
    choice.model = explicitChoice.model.trimmed();
    // The campaign's model belongs to the campaign's provider; a provider
    // chosen on the command line starts from its own default.
    const bool sameProvider = explicitChoice.provider.isEmpty() ||
                              explicitChoice.provider.compare(campaign.provider, Qt::CaseInsensitive) == 0;
    if (choice.model.isEmpty() && sameProvider)
        choice.model = campaign.model.trimmed();
    return choice;
}

bool ProviderFactory::needsKey(const QString &provider)
{
    return providerIdFromString(provider) != ProviderId::Offline;
}

std::unique_ptr<LlmProvider> ProviderFactory::create(const ProviderChoice &choice, const QString &apiKey,
                                                     QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<LlmProvider>();
    };
    if (!providerNames().contains(choice.provider))
        return fail(QCoreApplication::translate("ProviderFactory",
                                                "Unknown provider \"%1\": use cerebras, openai or offline.")
                        .arg(choice.provider));
    if (providerIdFromString(choice.provider) == ProviderId::Offline)
        return std::make_unique<OfflineProvider>();
    if (!choice.baseUrl.isEmpty() && (!choice.baseUrl.isValid() || (choice.baseUrl.scheme() != u"http" &&
                                                                    choice.baseUrl.scheme() != u"https")))
        return fail(
            QCoreApplication::translate("ProviderFactory", "The base URL \"%1\" is not an http(s) address.")
                .arg(choice.baseUrl.toString()));
    if (apiKey.isEmpty())
        return fail(QCoreApplication::translate(
                        "ProviderFactory",
                        "No API key for %1: set CEREBRAS_API_KEY or OUTREACH_API_KEY (or store one in "
                        "Settings), or use --provider offline to write messages without a model.")
                        .arg(choice.provider));
    return std::make_unique<OpenAiCompatibleProvider>(choice.provider, apiKey, choice.baseUrl, choice.model);
}

std::unique_ptr<LlmProvider> ProviderFactory::createFromEnvironment(const ProviderChoice &choice,
                                                                    QString *error)
{
    const QString key =
        needsKey(choice.provider) ? ApiKeyResolver::fromEnvironment(choice.provider).key : QString();
    return create(choice, key, error);
}

} // namespace outreach
