#include "AppSettings.h"
#include "Enums.h"

#include "DatabaseUrl.h"
#include "llm/OpenAiCompatibleProvider.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace outreach {

const QList<AppSettings::KeyInfo> &AppSettings::keys()
{
    // A fresh install has no key, so it starts offline: the app does its
    // whole job without network, and the user picks a provider later.
    static const QList<KeyInfo> table{
        {Key::Provider, u"generation/provider"_s, toString(ProviderId::Offline)},
        {Key::BaseUrl, u"generation/baseUrl"_s, QString()},
        {Key::Model, u"generation/model"_s, QString()},
        {Key::Concurrency, u"generation/concurrency"_s, 8},
        {Key::MaxAttempts, u"generation/maxAttempts"_s, 4},
        {Key::RequestTimeoutSec, u"generation/requestTimeoutSec"_s, 60},
        {Key::DefaultBudgetUsd, u"generation/defaultBudgetUsd"_s, 0.0},
        {Key::Language, u"ui/language"_s, QString()},
        {Key::DatabaseUrl, u"database/url"_s, QString()},
        {Key::InboxSyncMinutes, u"inbox/syncMinutes"_s, 5},
    };
    return table;
}

const AppSettings::KeyInfo &AppSettings::info(Key key)
{
    return keys().at(int(key));
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const KeyInfo &k = info(key);
    return m_settings->value(k.name, k.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const KeyInfo &k = info(key);
    if (m_settings->contains(k.name) && m_settings->value(k.name) == value)
        return;
    const bool differs = this->value(key) != value;
    m_settings->setValue(k.name, value);
    if (differs)
        emit changed(k.name);
}

void AppSettings::reset(Key key)
{
    const KeyInfo &k = info(key);
    const bool differs = value(key) != k.defaultValue;
    m_settings->remove(k.name);
    if (differs)
        emit changed(k.name);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::provider() const
{
    const QString p = value(Key::Provider).toString();
    return ProviderFactory::providerNames().contains(p) ? p : info(Key::Provider).defaultValue.toString();
}

void AppSettings::setProvider(const QString &provider)
{
    setValue(Key::Provider, provider);
}

QString AppSettings::baseUrl() const
{
    return value(Key::BaseUrl).toString();
}

void AppSettings::setBaseUrl(const QString &url)
{
    setValue(Key::BaseUrl, url.trimmed());
}

QString AppSettings::model() const
{
    return value(Key::Model).toString();
}

void AppSettings::setModel(const QString &model)
{
    setValue(Key::Model, model.trimmed());
}

namespace {
int boundedInt(const QVariant &v, int lo, int hi, int fallback)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? qBound(lo, n, hi) : fallback;
}
} // namespace

int AppSettings::concurrency() const
{
    return boundedInt(value(Key::Concurrency), 1, 64, 8);
}

void AppSettings::setConcurrency(int requests)
{
    setValue(Key::Concurrency, requests);
}

int AppSettings::maxAttempts() const
{
    return boundedInt(value(Key::MaxAttempts), 1, 10, 4);
}

void AppSettings::setMaxAttempts(int attempts)
{
    setValue(Key::MaxAttempts, attempts);
}

int AppSettings::requestTimeoutSec() const
{
    return boundedInt(value(Key::RequestTimeoutSec), 1, 600, 60);
}

int AppSettings::inboxSyncMinutes() const
{
    return boundedInt(value(Key::InboxSyncMinutes), 0, 24 * 60, 5);
}

void AppSettings::setInboxSyncMinutes(int minutes)
{
    setValue(Key::InboxSyncMinutes, minutes);
}

void AppSettings::setRequestTimeoutSec(int seconds)
{
    setValue(Key::RequestTimeoutSec, seconds);
}

double AppSettings::defaultBudgetUsd() const
{
    bool ok = false;
    const double usd = value(Key::DefaultBudgetUsd).toDouble(&ok);
    return ok && usd > 0 ? usd : 0.0;
}

void AppSettings::setDefaultBudgetUsd(double usd)
{
    setValue(Key::DefaultBudgetUsd, usd);
}

QString AppSettings::language() const
{
    const QString l = value(Key::Language).toString();
    return languages().contains(l) ? l : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QString AppSettings::databaseUrl() const
{
    return value(Key::DatabaseUrl).toString();
}

void AppSettings::setDatabaseUrl(const QString &url)
{
    setValue(Key::DatabaseUrl, withoutPassword(url));
}

ProviderChoice AppSettings::providerChoice() const
{
    ProviderChoice choice;
    choice.provider = provider();
    if (providerIdFromString(choice.provider) != ProviderId::Offline) {
        choice.baseUrl = QUrl(baseUrl());
        choice.model = model();
    }
    return choice;
}

QString AppSettings::defaultBaseUrl(const QString &provider)
{
    switch (providerIdFromString(provider).value_or(ProviderId::Offline)) {
    case ProviderId::Cerebras:
        return OpenAiCompatibleProvider::cerebrasBaseUrl().toString();
    case ProviderId::OpenAi:
        return OpenAiCompatibleProvider::openAiBaseUrl().toString();
    case ProviderId::Offline:
        break;
    }
    return {};
}

QString AppSettings::defaultModel(const QString &provider)
{
    return providerIdFromString(provider) == ProviderId::Cerebras
               ? OpenAiCompatibleProvider::cerebrasDefaultModel()
               : QString();
}

QStringList AppSettings::languages()
{
    return {QString(), u"en"_s, u"de"_s};
}

QString AppSettings::databasePasswordKey(const QString &databaseUrl)
{
    const auto url = DatabaseUrl::parse(databaseUrl);
    if (!url || url->isSqlite())
        return {};
    return u"db-password/%1@%2:%3/%4"_s.arg(url->user, url->host).arg(url->port).arg(url->database);
}

QString AppSettings::withoutPassword(const QString &databaseUrl)
{
    const QString trimmed = databaseUrl.trimmed();
    if (!trimmed.startsWith(u"postgres"))
        return trimmed;
    QUrl url(trimmed);
    if (!url.isValid() || url.password().isEmpty())
        return trimmed;
    url.setPassword({});
    return url.toString();
}

} // namespace outreach
