#include "DatabaseCredentials.h"

#include "AppSettings.h"

#include <QTimer>
#include <QUrl>

namespace outreach {

void DatabaseCredentials::complete(SecretStore *store, const QString &url, QObject *context, Callback done)
{
    const QString key = AppSettings::databasePasswordKey(url);
    if (!store || key.isEmpty() || !QUrl(url).password().isEmpty()) {
        // Same asynchronous contract whichever way it goes.
        auto report = [url, done] { done(url, {}); };
        if (context)
            QTimer::singleShot(0, context, report);
        else
            QTimer::singleShot(0, report);
        return;
    }
    store->read(key, context, [url, done](const SecretResult &r) {
        if (r.ok)
            done(withPassword(url, r.value), {});
        else
            done(url, r.notFound ? QString() : r.errorMessage);
    });
}

QString DatabaseCredentials::withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty())
        return url;
    QUrl parsed(url);
    parsed.setPassword(password);
    return parsed.toString();
}

} // namespace outreach
