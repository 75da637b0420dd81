// The app's non-secret preferences, in QSettings, described by one table of
// keys (name and default) so defaults live in one place and every change is
// announced through changed(key). Secrets never go here: API keys and
// database passwords live in the system keychain (SecretStore).
// Keys and defaults: docs/SETTINGS.md.
#pragma once

#include "generation/ProviderFactory.h"

#include <QObject>
#include <QSettings>
#include <QVariant>
#include <memory>

namespace outreach {

class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        Provider,
        BaseUrl,
        Model,
        Concurrency,
        MaxAttempts,
        RequestTimeoutSec,
        DefaultBudgetUsd,
        Language,
        DatabaseUrl,
        InboxSyncMinutes,
    };
    struct KeyInfo
    {
        Key key;
        QString name; // the QSettings key, e.g. "generation/provider"
        QVariant defaultValue;
    };
    static const QList<KeyInfo> &keys();
    static const KeyInfo &info(Key key);

    // The application's own settings (organization/application name).
    explicit AppSettings(QObject *parent = nullptr);
    // An INI file of its own: for tests and for `--settings FILE`.
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value); // emits changed() when it differs
    void reset(Key key);                           // back to the default
    QString fileName() const;
    void sync();

    QString provider() const; // "cerebras", "openai" or "offline"
    void setProvider(const QString &provider);
    QString baseUrl() const; // empty: the provider's default
    void setBaseUrl(const QString &url);
    QString model() const; // empty: the provider's default
    void setModel(const QString &model);
    int concurrency() const;
    void setConcurrency(int requests);
    int maxAttempts() const;
    void setMaxAttempts(int attempts);
    int requestTimeoutSec() const;
    void setRequestTimeoutSec(int seconds);
    double defaultBudgetUsd() const; // 0: no cap
    void setDefaultBudgetUsd(double usd);
    QString language() const; // "" = follow the system, "en", "de"
    void setLanguage(const QString &language);
    QString databaseUrl() const; // "" = the default SQLite file; never a password
    void setDatabaseUrl(const QString &url);
    int inboxSyncMinutes() const; // between inbox sync passes in the app; 0: only on demand
    void setInboxSyncMinutes(int minutes);

    // Provider, base URL and model as the generation engine wants them.
    ProviderChoice providerChoice() const;
    // The base URL / model shown when the setting is empty.
    static QString defaultBaseUrl(const QString &provider);
    static QString defaultModel(const QString &provider);
    static QStringList languages(); // "", "en", "de"

    // Keychain entry of a PostgreSQL password: "db-password/user@host:port/db".
    static QString databasePasswordKey(const QString &databaseUrl);
    // The URL without any password, the only form that may be stored.
    static QString withoutPassword(const QString &databaseUrl);

signals:
    void changed(const QString &key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace outreach
