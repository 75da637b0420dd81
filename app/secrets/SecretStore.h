// Where API keys and passwords are kept: an asynchronous store so a slow or
// locked system keychain never blocks the window. Implementations never fall
// back to plain-text files.
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace outreach {

struct SecretResult
{
    bool ok = false;
    bool notFound = false;   // read/remove of a key that was never stored
    QString value;           // read only
    QString errorMessage;    // plain words when !ok (and not merely notFound)
    bool noKeychain = false; // no Secret Service at all (not merely refused or locked)
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // Each operation reports exactly once, asynchronously, through the
    // callback, which is dropped if context is destroyed first.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // "api-key/cerebras": the store key of a provider's API key.
    static QString apiKeyName(const QString &provider) { return QStringLiteral("api-key/") + provider; }
};

} // namespace outreach
