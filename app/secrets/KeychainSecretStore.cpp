#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {

// QtKeychain reports a missing D-Bus session or Secret Service sometimes as
// NoBackendAvailable and sometimes as OtherError with a D-Bus text.
bool looksLikeNoKeychain(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    const QString lower = text.toLower();
    for (const auto word :
         {u"dbus", u"d-bus", u"secret service", u"org.freedesktop", u"kwallet", u"no such interface",
          u"cannot autolaunch", u"not provided by any .service", u"could not connect"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

SecretResult resultOf(const QKeychain::Job &job, const QString &key, const char *action)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.ok = true;
        break;
    case QKeychain::EntryNotFound:
        result.notFound = true;
        result.errorMessage =
            QCoreApplication::translate("KeychainSecretStore",
                                        "No secret named \"%1\" is stored in the system keychain.")
                .arg(key);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.errorMessage =
            QCoreApplication::translate("KeychainSecretStore",
                                        "The system keychain refused access to \"%1\" (it may be locked).")
                .arg(key);
        break;
    default:
        result.noKeychain = looksLikeNoKeychain(job.error(), job.errorString());
        result.errorMessage =
            result.noKeychain
                ? KeychainSecretStore::noKeychainMessage()
                : KeychainSecretStore::failureMessage(
                      job.errorString(), key, QCoreApplication::translate("KeychainSecretStore", action));
        break;
    }
    return result;
}

// Wires a QtKeychain job to the callback, honouring the context's lifetime.
void run(QKeychain::Job *job, const QString &key, const char *action, QObject *context,
         SecretStore::Callback done)
{
    // Never plain text on disk, whatever the platform lacks.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job *finished) {
        if (hasContext && !guard)
            return;
        SecretResult result = resultOf(*finished, key, action);
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished); reader && result.ok)
            result.value = reader->textData();
        if (done)
            done(result);
    });
    job->start();
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return u"Outreach Studio"_s;
}

QString KeychainSecretStore::noUnlockedKeyringMessage()
{
    return QCoreApplication::translate(
        "KeychainSecretStore",
        "The system keychain has no unlocked keyring, so the key cannot be kept there. "
        "Open your desktop's keyring manager (for example \"Passwords and Keys\"), create or "
        "unlock the \"Login\" keyring, and try again; or set CEREBRAS_API_KEY or "
        "OUTREACH_API_KEY instead.");
}

QString KeychainSecretStore::failureMessage(const QString &errorText, const QString &key,
                                            const QString &action)
{
    // The Secret Service answers this way when the login collection was
    // never created or is locked: D-Bus words a user cannot act on.
    const QString lower = errorText.toLower();
    if (lower.contains(u"/org/freedesktop/secrets/collection"_s) ||
        lower.contains(u"object does not exist"_s) || lower.contains(u"is locked"_s) ||
        lower.contains(u"no unlocked"_s))
        return noUnlockedKeyringMessage();
    QString detail = errorText.trimmed();
    if (!detail.isEmpty() && !QStringView(u".!?").contains(detail.back()))
        detail += u'.';
    return QCoreApplication::translate("KeychainSecretStore",
                                       "Could not %1 \"%2\" in the system keychain: %3")
        .arg(action, key, detail);
}

QString KeychainSecretStore::noKeychainMessage()
{
    return QCoreApplication::translate("KeychainSecretStore",
                                       "No system keychain is available (Secret Service not running). "
                                       "Set CEREBRAS_API_KEY or OUTREACH_API_KEY instead.");
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(serviceName(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key,
        QT_TRANSLATE_NOOP("KeychainSecretStore", "read"), context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    run(job, key, QT_TRANSLATE_NOOP("KeychainSecretStore", "store"), context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key,
        QT_TRANSLATE_NOOP("KeychainSecretStore", "remove"), context, std::move(done));
}

} // namespace outreach
