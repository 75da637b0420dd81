// The system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain, under the service "Outreach Studio".
#pragma once

#include "SecretStore.h"

namespace outreach {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static QString serviceName(); // "Outreach Studio"

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // The sentence shown when no keychain can be reached at all.
    static QString noKeychainMessage();
    // A keychain exists but no keyring is unlocked (D-Bus: "Object does not
    // exist at path /org/freedesktop/secrets/collection/login", "locked").
    static QString noUnlockedKeyringMessage();
    // Plain words for a failed keychain job's text (`action`: "read", ...).
    static QString failureMessage(const QString &errorText, const QString &key, const QString &action);

private:
    QString m_service;
};

} // namespace outreach
