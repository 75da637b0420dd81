// Where a sender's secret (SMTP password or OAuth2 token, Twilio auth token)
// is kept: the keychain entry named by keyFor(senderId), the one place that
// name is made. IMAP uses the same secret unless a separate one is stored
// under imapKeyFor(). Environment variables override for headless runs:
// OUTREACH_SMTP_PASSWORD, OUTREACH_IMAP_PASSWORD, OUTREACH_TWILIO_TOKEN.
// A secret is never put in the database, QSettings, a log, argv or an
// error message.
#pragma once

#include "Sending.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/SecretStore.h"

namespace outreach {

class SenderSecrets
{
public:
    enum class Purpose { Send, Imap };

    static QString keyFor(qint64 senderId);     // "sender/<id>"
    static QString imapKeyFor(qint64 senderId); // "sender/<id>:imap"
    // The variable that overrides the secret of this kind of sender.
    static QString environmentVariable(SenderKind kind, Purpose purpose = Purpose::Send);
    // The secret from the environment alone (empty key when unset).
    static ApiKeyResult fromEnvironment(SenderKind kind, Purpose purpose = Purpose::Send);

    explicit SenderSecrets(SecretStore *store)
        : m_store(store)
    {}

    // Environment first, then the keychain (for IMAP: the IMAP entry, else
    // the sender's). Reports once, asynchronously.
    void resolve(const Sender &sender, Purpose purpose, QObject *context,
                 std::function<void(const ApiKeyResult &)> done) const;
    void store(qint64 senderId, const QString &secret, QObject *context, SecretStore::Callback done) const;
    void remove(qint64 senderId, QObject *context, SecretStore::Callback done) const;

private:
    SecretStore *m_store;
};

} // namespace outreach
