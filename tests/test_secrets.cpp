// The keychain-backed secret store against a REAL Secret Service: the suite
// re-launches itself inside a private D-Bus session with an unlocked
// gnome-keyring and a temporary HOME, so ctest needs no wrapper and the
// user's own keychain is never touched.
#include "KeyringSession.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outreach;
namespace keyring = outreach::test::keyring;

namespace {

const char *ChildMode = "OUTREACH_SECRETS_CHILD";
const QString Canary = u"plaintext-canary-7f3a9c"_s;

// Waits for one store callback without a nested event loop of our own.
SecretResult await(const std::function<void(SecretStore::Callback)> &operation)
{
    std::optional<SecretResult> result;
    operation([&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("the keychain never answered");
    return *result;
}

// Runs in a child with no reachable session bus: tries to store the canary.
int childWrite()
{
    KeychainSecretStore store;
    const SecretResult result = await([&](SecretStore::Callback done) {
        store.write(SecretStore::apiKeyName(u"cerebras"_s), Canary, nullptr, done);
    });
    std::printf("%s\n", qPrintable(result.errorMessage));
    return result.ok ? 3 : 0;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storeReadOverwriteRemove();
    void readingAMissingKeyIsNotFound();
    void environmentOverridesTheStore_data();
    void environmentOverridesTheStore();
    void noKeyAnywhereIsExplained();
    void noSessionBusIsReportedPlainlyAndNothingIsWritten();

private:
    KeychainSecretStore *m_store = nullptr;
    QString m_key;
};

void TestSecrets::init()
{
    qunsetenv("CEREBRAS_API_KEY");
    qunsetenv("OUTREACH_API_KEY");
    m_store = new KeychainSecretStore(this);
    m_key = u"test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestSecrets::cleanup()
{
    delete m_store;
    m_store = nullptr;
}

void TestSecrets::storeReadOverwriteRemove()
{
    auto write = [this](const QString &value) {
        return await([&](SecretStore::Callback done) { m_store->write(m_key, value, this, done); });
    };
    auto read = [this] {
        return await([&](SecretStore::Callback done) { m_store->read(m_key, this, done); });
    };

    SecretResult written = write(u"first-secret"_s);
    QVERIFY2(written.ok, qPrintable(written.errorMessage));
    SecretResult stored = read();
    QVERIFY2(stored.ok, qPrintable(stored.errorMessage));
    QCOMPARE(stored.value, u"first-secret"_s);

    QVERIFY(write(u"second-secret"_s).ok);
    QCOMPARE(read().value, u"second-secret"_s);

    const SecretResult removed =
        await([&](SecretStore::Callback done) { m_store->remove(m_key, this, done); });
    QVERIFY2(removed.ok, qPrintable(removed.errorMessage));
    const SecretResult gone = read();
    QVERIFY(!gone.ok);
    QVERIFY(gone.notFound);
    QVERIFY(gone.value.isEmpty());
}

void TestSecrets::readingAMissingKeyIsNotFound()
{
    const SecretResult result = await([&](SecretStore::Callback done) { m_store->read(m_key, this, done); });
    QVERIFY(!result.ok);
    QVERIFY(result.notFound);
    QVERIFY(result.errorMessage.contains(m_key));
}

void TestSecrets::environmentOverridesTheStore_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("variable");
    QTest::newRow("cerebras, its own variable") << u"cerebras"_s << QByteArray("CEREBRAS_API_KEY");
    QTest::newRow("cerebras, generic variable") << u"cerebras"_s << QByteArray("OUTREACH_API_KEY");
    QTest::newRow("openai, generic variable") << u"openai"_s << QByteArray("OUTREACH_API_KEY");
}

void TestSecrets::environmentOverridesTheStore()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, variable);
    const QString storeKey = SecretStore::apiKeyName(provider);
    QVERIFY(await([&](SecretStore::Callback done) {
                m_store->write(storeKey, u"from-keychain"_s, this, done);
            }).ok);

    ApiKeyResolver resolver(m_store);
    auto resolve = [&] {
        std::optional<ApiKeyResult> result;
        resolver.resolve(provider, this, [&result](const ApiKeyResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qFatal("the key resolver never answered");
        return result.value_or(ApiKeyResult{});
    };

    qputenv(variable.constData(), "from-environment");
    ApiKeyResult result = resolve();
    QCOMPARE(result.key, u"from-environment"_s);
    QCOMPARE(result.source, QString::fromLatin1(variable));

    qunsetenv(variable.constData());
    result = resolve();
    QCOMPARE(result.key, u"from-keychain"_s);
    QCOMPARE(result.source, u"keychain"_s);

    QVERIFY(await([&](SecretStore::Callback done) { m_store->remove(storeKey, this, done); }).ok);
}

void TestSecrets::noKeyAnywhereIsExplained()
{
    ApiKeyResolver resolver(m_store);
    std::optional<ApiKeyResult> result;
    resolver.resolve(u"nobody-stored-this"_s, this, [&result](const ApiKeyResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY(!result->ok());
    QVERIFY2(result->errorMessage.contains(u"OUTREACH_API_KEY"), qPrintable(result->errorMessage));
}

void TestSecrets::noSessionBusIsReportedPlainlyAndNothingIsWritten()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = keyring::isolatedEnvironment(home.path());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.path() + u"/no-such-bus"_s);
    env.insert(QString::fromLatin1(keyring::SessionFlag), u"1"_s);
    env.insert(QString::fromLatin1(ChildMode), u"write"_s);

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
    QCOMPARE(child.exitCode(), 0); // 3 would mean the secret was stored somewhere
    QCOMPARE(output, KeychainSecretStore::noKeychainMessage());

    // No plain-text fallback: the canary is in no file under the child's HOME.
    for (QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Canary.toUtf8()), qPrintable(file.fileName()));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable(ChildMode) == u"write")
        return childWrite();
    if (!keyring::insideSession())
        return keyring::relaunchInSession(argc, argv, "TestSecrets");
    TestSecrets suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "test_secrets.moc"
