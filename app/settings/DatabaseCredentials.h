// Completes a stored database URL (which never holds a password) with the
// PostgreSQL password from the system keychain, so the settings dialog's
// "Test" and the app's start open the same database the same way.
#pragma once

#include "secrets/SecretStore.h"

#include <QString>
#include <functional>

namespace outreach {

class DatabaseCredentials
{
public:
    // Reports the URL to open (with the password when one is stored), or the
    // URL unchanged for SQLite, without a store, or when the keychain has no
    // password; errorMessage says why the keychain could not be read (the
    // URL is still usable with PostgreSQL's own auth, e.g. .pgpass).
    using Callback = std::function<void(const QString &url, const QString &errorMessage)>;
    static void complete(SecretStore *store, const QString &url, QObject *context, Callback done);
    // The URL with this password set (percent-encoded).
    static QString withPassword(const QString &url, const QString &password);
};

} // namespace outreach
