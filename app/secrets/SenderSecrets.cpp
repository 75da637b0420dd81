#include "SenderSecrets.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace outreach {

QString SenderSecrets::keyFor(qint64 senderId)
{
    return u"sender/%1"_s.arg(senderId);
}

QString SenderSecrets::imapKeyFor(qint64 senderId)
{
    return keyFor(senderId) + u":imap"_s;
}

QString SenderSecrets::environmentVariable(SenderKind kind, Purpose purpose)
{
    if (kind == SenderKind::Phone)
        return u"OUTREACH_TWILIO_TOKEN"_s;
    return purpose == Purpose::Imap ? u"OUTREACH_IMAP_PASSWORD"_s : u"OUTREACH_SMTP_PASSWORD"_s;
}

ApiKeyResult SenderSecrets::fromEnvironment(SenderKind kind, Purpose purpose)
{
    ApiKeyResult result;
    QStringList names{environmentVariable(kind, purpose)};
    if (purpose == Purpose::Imap)
        names.append(environmentVariable(kind, Purpose::Send));
    for (const QString &name : names) {
        // Not trimmed: a password may end in a space.
        const QString value = qEnvironmentVariable(name.toLatin1().constData());
        if (!value.isEmpty()) {
            result.key = value;
            result.source = name;
            return result;
        }
    }
    result.errorMessage =
        QCoreApplication::translate("SenderSecrets", "No password or token for this sender: set %1 or store "
                                                     "one in Settings > Senders.")
            .arg(names.join(u" / "_s));
    return result;
}

void SenderSecrets::resolve(const Sender &sender, Purpose purpose, QObject *context,
                            std::function<void(const ApiKeyResult &)> done) const
{
    ApiKeyResult fromEnv = fromEnvironment(sender.kind, purpose);
    if (fromEnv.ok() || !m_store) {
        QTimer::singleShot(0, context ? context : QCoreApplication::instance(),
                           [done, fromEnv] { done(fromEnv); });
        return;
    }
    SecretStore *store = m_store;
    const qint64 id = sender.id;
    auto readSendKey = [store, id, context, done, fromEnv] {
        store->read(keyFor(id), context, [done, fromEnv](const SecretResult &stored) {
            ApiKeyResult result;
            if (stored.ok && !stored.value.isEmpty()) {
                result.key = stored.value;
                result.source = u"keychain"_s;
            } else {
                result.errorMessage =
                    stored.ok || stored.notFound ? fromEnv.errorMessage : stored.errorMessage;
            }
            done(result);
        });
    };
    if (purpose == Purpose::Send) {
        readSendKey();
        return;
    }
    store->read(imapKeyFor(id), context, [done, readSendKey](const SecretResult &stored) {
        if (stored.ok && !stored.value.isEmpty()) {
            done(ApiKeyResult{stored.value, u"keychain"_s, QString()});
            return;
        }
        readSendKey();
    });
}

void SenderSecrets::store(qint64 senderId, const QString &secret, QObject *context,
                          SecretStore::Callback done) const
{
    m_store->write(keyFor(senderId), secret, context, std::move(done));
}

void SenderSecrets::remove(qint64 senderId, QObject *context, SecretStore::Callback done) const
{
    m_store->remove(keyFor(senderId), context, std::move(done));
}

} // namespace outreach
