// The settings dialog against a REAL system keychain: like test_secrets, the
// suite re-launches itself inside a private D-Bus session with an unlocked
// gnome-keyring and a temporary HOME. A key typed into the dialog is stored,
// reported, never shown again, never in the settings file, and cleared; with
// no session bus the dialog says so plainly. "Test connection" and the
// database "Test" are checked against local servers and files.
#include "Database.h"
#include "FakeLlmServer.h"
#include "KeyringSession.h"
#include "Prompt.h"
#include "SettingsDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/Translators.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

const char *ChildMode = "OUTREACH_SETTINGS_CHILD";
const QString Canary = u"sk-canary-4e1d0b77"_s;

// The keychain failing to take a key: a real one refuses only under
// conditions a test cannot stage reliably (a locked collection behind a
// prompt), so this store reads "nothing stored" and refuses every write the
// way KeychainSecretStore reports it, asynchronously.
class RefusingSecretStore : public SecretStore
{
public:
    explicit RefusingSecretStore(bool noKeychain)
        : m_noKeychain(noKeychain)
    {}
    void read(const QString &, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done] { done(SecretResult{false, true, {}, {}, {}}); });
    }
    void write(const QString &key, const QString &, QObject *context, Callback done) override
    {
        SecretResult r;
        r.noKeychain = m_noKeychain;
        r.errorMessage = m_noKeychain
                             ? KeychainSecretStore::noKeychainMessage()
                             : u"The system keychain refused access to \"%1\" (it may be locked)."_s.arg(key);
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done] { done(SecretResult{false, true, {}, {}, {}}); });
    }

private:
    bool m_noKeychain;
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// In a child without a session bus: opens the dialog on Cerebras and prints
// what it says about the key, one line per label.
int childShowNoKeychain(const QString &ini)
{
    AppSettings settings(ini);
    settings.setProvider(u"cerebras"_s);
    KeychainSecretStore store;
    SettingsDialog dialog(settings, &store);
    if (!QTest::qWaitFor([&] { return dialog.keyStatusKnown(); }, 30000))
        return 4;
    std::printf("%s\n%s\n%s\n", qPrintable(child<QLabel>(&dialog, "keyStatusLabel")->text()),
                qPrintable(child<QLabel>(&dialog, "keyHelpLabel")->text()),
                child<QLineEdit>(&dialog, "apiKeyEdit")->isEnabled() ? "enabled" : "disabled");
    return 0;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("CEREBRAS_API_KEY");
        qunsetenv("OUTREACH_API_KEY");
        QVERIFY(m_dir.isValid());
        m_ini = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_count));
        Prompt::setNextAnswers({});
        Prompt::setNextFileNames({});
    }

    void keyIsStoredReportedNeverShownAndCleared()
    {
        AppSettings settings(m_ini);
        settings.setProvider(u"cerebras"_s);
        KeychainSecretStore store;
        SettingsDialog dialog(settings, &store);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.keyStatusKnown(), 20000);
        auto *status = child<QLabel>(&dialog, "keyStatusLabel");
        auto *edit = child<QLineEdit>(&dialog, "apiKeyEdit");
        auto *storeButton = child<QPushButton>(&dialog, "storeKeyButton");
        auto *clear = child<QPushButton>(&dialog, "clearKeyButton");
        QVERIFY2(status->text().contains(u"No key is stored"_s), qPrintable(status->text()));
        QVERIFY(!clear->isEnabled());
        QVERIFY(!storeButton->isEnabled());

        QTest::keyClicks(edit, Canary);
        QVERIFY(storeButton->isEnabled());
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QSignalSpy updated(&dialog, &SettingsDialog::keyStatusUpdated);
        QTest::mouseClick(storeButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"A key is stored"_s), 20000);
        QVERIFY(edit->text().isEmpty()); // never shown again
        QVERIFY(clear->isEnabled());

        std::optional<SecretResult> read;
        store.read(SecretStore::apiKeyName(u"cerebras"_s), this, [&](const SecretResult &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok, qPrintable(read->errorMessage));
        QCOMPARE(read->value, Canary);

        // A second dialog only reports that a key exists.
        {
            SettingsDialog again(settings, &store);
            QTRY_VERIFY_WITH_TIMEOUT(again.keyStatusKnown(), 20000);
            QVERIFY(child<QLabel>(&again, "keyStatusLabel")->text().contains(u"A key is stored"_s));
            QVERIFY(child<QLineEdit>(&again, "apiKeyEdit")->text().isEmpty());
        }

        // Accepting writes the other settings; the key is in no file.
        dialog.accept();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("cerebras"));
        QVERIFY(!contents.contains(Canary.toUtf8()));

        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"No key is stored"_s), 20000);
        read.reset();
        store.read(SecretStore::apiKeyName(u"cerebras"_s), this, [&](const SecretResult &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(read->notFound);
    }

    void noSessionBusIsExplainedPlainly()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = keyring::isolatedEnvironment(home.path());
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.path() + u"/no-such-bus"_s);
        env.insert(QString::fromLatin1(keyring::SessionFlag), u"1"_s);
        env.insert(QString::fromLatin1(ChildMode), m_ini);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines =
            QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), KeychainSecretStore::noKeychainMessage());
        QVERIFY2(lines.at(1).contains(u"CEREBRAS_API_KEY"_s) && lines.at(1).contains(u"OUTREACH_API_KEY"_s),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(u"plain text"_s));
        QCOMPARE(lines.at(2), u"disabled"_s);
    }

    void withoutAStoreTheKeyFieldIsOff()
    {
        AppSettings settings(m_ini);
        settings.setProvider(u"openai"_s);
        SettingsDialog dialog(settings, nullptr);
        QVERIFY(dialog.keyStatusKnown());
        QCOMPARE(child<QLabel>(&dialog, "keyStatusLabel")->text(), KeychainSecretStore::noKeychainMessage());
        QVERIFY(!child<QLineEdit>(&dialog, "apiKeyEdit")->isEnabled());
    }

    void acceptedValuesReachTheSettings()
    {
        AppSettings settings(m_ini);
        QCOMPARE(settings.provider(), u"offline"_s); // a fresh install works without a key
        QSignalSpy changed(&settings, &AppSettings::changed);
        SettingsDialog dialog(settings, nullptr);
        auto *provider = child<QComboBox>(&dialog, "providerCombo");
        provider->setCurrentIndex(provider->findData(u"openai"_s));
        child<QLineEdit>(&dialog, "baseUrlEdit")->setText(u"http://127.0.0.1:11434/v1"_s);
        child<QComboBox>(&dialog, "modelCombo")->setCurrentText(u"llama3.1"_s);
        child<QSpinBox>(&dialog, "concurrencySpin")->setValue(16);
        child<QSpinBox>(&dialog, "attemptsSpin")->setValue(2);
        child<QSpinBox>(&dialog, "timeoutSpin")->setValue(30);
        child<QDoubleSpinBox>(&dialog, "budgetSpin")->setValue(12.5);
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(u"de"_s));
        auto *inboxSync = child<QSpinBox>(&dialog, "inboxSyncMinutes");
        QCOMPARE(inboxSync->value(), 5);
        inboxSync->setValue(15);
        dialog.accept();

        AppSettings reread(m_ini);
        QCOMPARE(reread.provider(), u"openai"_s);
        QCOMPARE(reread.baseUrl(), u"http://127.0.0.1:11434/v1"_s);
        QCOMPARE(reread.model(), u"llama3.1"_s);
        QCOMPARE(reread.concurrency(), 16);
        QCOMPARE(reread.maxAttempts(), 2);
        QCOMPARE(reread.requestTimeoutSec(), 30);
        QCOMPARE(reread.defaultBudgetUsd(), 12.5);
        QCOMPARE(reread.language(), u"de"_s);
        QCOMPARE(reread.inboxSyncMinutes(), 15);
        QVERIFY(changed.count() >= 9);
    }

    void testConnectionReportsInPlainWords_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("success") << u"ok"_s << u"model(s) available"_s << true;
        QTest::newRow("wrong key") << u"401"_s << u"401"_s << false;
        QTest::newRow("timeout") << u"timeout"_s << u"did not answer within"_s << false;
        QTest::newRow("refused") << u"refused"_s << u"refused"_s << false;
        QTest::newRow("TLS") << u"tls"_s << u"TLS"_s << false;
    }

    void testConnectionReportsInPlainWords()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(u"right-key"_s);
        QUrl base = server.baseUrl();
        if (scenario == u"timeout")
            server.enqueue(Fault::NeverAnswer);
        // A plain-text server answering a TLS hello: the handshake fails.
        QTcpServer plain;
        if (scenario == u"tls") {
            QVERIFY(plain.listen(QHostAddress::LocalHost));
            connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
                QTcpSocket *socket = plain.nextPendingConnection();
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                });
            });
            base = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(plain.serverPort()));
        }
        if (scenario == u"refused") {
            QTcpServer probe; // a port nobody listens on once probe is closed
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            base.setPort(probe.serverPort());
        }

        AppSettings settings(m_ini);
        settings.setProvider(u"openai"_s);
        SettingsDialog dialog(settings, nullptr);
        child<QLineEdit>(&dialog, "baseUrlEdit")->setText(base.toString());
        child<QSpinBox>(&dialog, "timeoutSpin")->setValue(1);
        qputenv("OUTREACH_API_KEY", scenario == u"401" ? "wrong-key" : "right-key");
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        qunsetenv("OUTREACH_API_KEY");
        QCOMPARE(tested.at(0).at(0).toBool(), ok);
        const QString text = child<QLabel>(&dialog, "connectionResultLabel")->text();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(u"right-key"_s));
        if (ok)
            QVERIFY(child<QComboBox>(&dialog, "modelCombo")->count() > 0);
    }

    void databaseTestReportsTheSchemaAndSwitching()
    {
        const QString path = m_dir.filePath(u"team-%1.sqlite"_s.arg(m_count));
        {
            auto db = Database::openAndMigrate(u"sqlite:"_s + path);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        }
        AppSettings settings(m_ini);
        SettingsDialog dialog(settings, nullptr);
        Prompt::setNextFileNames({path});
        QTest::mouseClick(child<QPushButton>(&dialog, "chooseSqliteButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&dialog, "sqlitePathEdit")->text(), path);
        QSignalSpy tested(&dialog, &SettingsDialog::databaseTested);
        QTest::mouseClick(child<QPushButton>(&dialog, "testDatabaseButton"), Qt::LeftButton);
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY(tested.at(0).at(0).toBool());
        const QString text = child<QLabel>(&dialog, "databaseResultLabel")->text();
        QVERIFY2(text.contains(QString::number(Database::latestSchemaVersion())), qPrintable(text));

        QSignalSpy switched(&dialog, &SettingsDialog::databaseChangeRequested);
        dialog.accept();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.at(0).at(0).toString(), u"sqlite:"_s + path);
        QCOMPARE(AppSettings(m_ini).databaseUrl(), u"sqlite:"_s + path);
    }

    // Issue 13: a key the keychain does not take keeps the dialog open with
    // the error shown and the typed key still in its field.
    void keyThatCannotBeStoredKeepsTheDialogOpen_data()
    {
        QTest::addColumn<bool>("noKeychain");
        QTest::addColumn<QString>("shown");
        QTest::newRow("refused") << false << u"The key was not stored: The system keychain refused"_s;
        QTest::newRow("no keychain") << true << KeychainSecretStore::noKeychainMessage();
    }

    void keyThatCannotBeStoredKeepsTheDialogOpen()
    {
        QFETCH(bool, noKeychain);
        QFETCH(QString, shown);
        AppSettings settings(m_ini);
        settings.setProvider(u"cerebras"_s);
        RefusingSecretStore store(noKeychain);
        SettingsDialog dialog(settings, &store);
        dialog.show();
        QTRY_VERIFY(dialog.keyStatusKnown());
        auto *edit = child<QLineEdit>(&dialog, "apiKeyEdit");
        QTest::keyClicks(edit, Canary);
        QSignalSpy failed(&dialog, &SettingsDialog::keyStoreFailed);
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        QVERIFY(!finished.wait(200)); // no close follows the failure
        QVERIFY(dialog.isVisible());
        QCOMPARE(edit->text(), Canary);
        const QString status = child<QLabel>(&dialog, "keyStatusLabel")->text();
        QVERIFY2(status.startsWith(shown), qPrintable(status));
        QVERIFY(!status.contains(Canary));
    }

    // Issue 13: spaces alone are no key; OK closes the dialog and stores nothing.
    void spacesAloneAreNoKey()
    {
        AppSettings settings(m_ini);
        settings.setProvider(u"cerebras"_s);
        KeychainSecretStore store;
        SettingsDialog dialog(settings, &store);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.keyStatusKnown(), 20000);
        QTest::keyClicks(child<QLineEdit>(&dialog, "apiKeyEdit"), u"   "_s);
        QVERIFY(!child<QPushButton>(&dialog, "storeKeyButton")->isEnabled());
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        std::optional<SecretResult> read;
        store.read(SecretStore::apiKeyName(u"cerebras"_s), this, [&](const SecretResult &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(read->notFound);
    }

    // Issue 13: a server that accepts and never answers. The test runs on a
    // worker: the click returns at once with "Cancel test", the window keeps
    // working, and cancelling drops the late answer.
    void databaseTestRunsOffTheWindowAndCancels()
    {
        AppSettings settings(m_ini);
        SettingsDialog dialog(settings, nullptr);
        auto *silent = new QTcpServer;
        QVERIFY(silent->listen(QHostAddress::LocalHost));
        connect(silent, &QTcpServer::newConnection, silent, [silent] {
            while (QTcpSocket *socket = silent->nextPendingConnection())
                socket->setParent(silent); // held open, never answered
        });
        child<QRadioButton>(&dialog, "postgresRadio")->setChecked(true);
        child<QLineEdit>(&dialog, "pgHostEdit")->setText(u"127.0.0.1"_s);
        child<QSpinBox>(&dialog, "pgPortSpin")->setValue(silent->serverPort());
        child<QLineEdit>(&dialog, "pgDatabaseEdit")->setText(u"outreach"_s);
        child<QLineEdit>(&dialog, "pgUserEdit")->setText(u"team"_s);
        child<QLineEdit>(&dialog, "pgPasswordEdit")->setText(u"pw"_s);
        auto *button = child<QPushButton>(&dialog, "testDatabaseButton");
        QSignalSpy tested(&dialog, &SettingsDialog::databaseTested);
        QSignalSpy accepted(silent, &QTcpServer::newConnection);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(tested.count(), 0);   // the click did not wait for the server
        QVERIFY(accepted.wait(10000)); // the window's event loop runs meanwhile
        QVERIFY(button->text().contains(u"Cancel"_s));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(tested.count(), 1);
        QVERIFY(!tested.first().first().toBool());
        QCOMPARE(child<QLabel>(&dialog, "databaseResultLabel")->text(), u"Test cancelled."_s);
        QVERIFY(!button->text().contains(u"Cancel"_s));
        delete silent; // the worker's connection breaks and it finishes
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QVERIFY(!tested.wait(200)); // its answer is dropped
        QCOMPARE(tested.count(), 1);
    }

    void unreachablePostgresIsReported()
    {
        AppSettings settings(m_ini);
        SettingsDialog dialog(settings, nullptr);
        child<QRadioButton>(&dialog, "postgresRadio")->setChecked(true);
        child<QLineEdit>(&dialog, "pgHostEdit")->setText(u"127.0.0.1"_s);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        child<QSpinBox>(&dialog, "pgPortSpin")->setValue(port);
        child<QLineEdit>(&dialog, "pgDatabaseEdit")->setText(u"outreach"_s);
        child<QLineEdit>(&dialog, "pgUserEdit")->setText(u"team"_s);
        QCOMPARE(dialog.databaseUrl(), u"postgresql://team@127.0.0.1:%1/outreach"_s.arg(port));
        QSignalSpy tested(&dialog, &SettingsDialog::databaseTested);
        QTest::mouseClick(child<QPushButton>(&dialog, "testDatabaseButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY(!child<QLabel>(&dialog, "databaseResultLabel")->text().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_ini;
    int m_count = 0;
};

// scripts/screenshots-analytics: inside the keyring session, with
// OUTREACH_SCREENSHOTS_DIR set, writes settings-<lang>.png (a stored key).
int writeScreenshot(const QString &dir)
{
    const QString language = qEnvironmentVariable("OUTREACH_SCREENSHOT_LANG", u"en"_s);
    installTranslators(*qApp, language);
    QApplication::setStyle(u"Fusion"_s);
    QTemporaryDir home;
    AppSettings settings(home.filePath(u"s.ini"_s));
    settings.setProvider(u"cerebras"_s);
    KeychainSecretStore store;
    std::optional<SecretResult> written;
    store.write(SecretStore::apiKeyName(u"cerebras"_s), Canary, nullptr,
                [&](const SecretResult &r) { written = r; });
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 20000) || !written->ok)
        return 1;
    SettingsDialog dialog(settings, &store);
    dialog.show();
    if (!QTest::qWaitFor([&] { return dialog.keyStatusKnown(); }, 20000))
        return 1;
    return dialog.grab().save(QDir(dir).filePath(u"settings-%1.png"_s.arg(language))) ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (keyring::insideSession() && qEnvironmentVariableIsSet("OUTREACH_SCREENSHOTS_DIR"))
        return writeScreenshot(qEnvironmentVariable("OUTREACH_SCREENSHOTS_DIR"));
    if (qEnvironmentVariableIsSet(ChildMode))
        return childShowNoKeychain(qEnvironmentVariable(ChildMode));
    if (!keyring::insideSession())
        return keyring::relaunchInSession(argc, argv, "TestSettings");
    TestSettings suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "test_settings.moc"
