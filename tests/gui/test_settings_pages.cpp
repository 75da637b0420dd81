// The settings pages on their own, without the dialog: each loads its values
// from AppSettings and saves only its own; the provider page says what it
// knows about the key and stores a typed one under the provider's name; the
// database page builds the URL from its fields, reads a stored one back and
// stores a typed PostgreSQL password under the URL's keychain name.
#include "DatabaseSettingsPage.h"
#include "InterfaceSettingsPage.h"
#include "ProviderSettingsPage.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {
// A keychain in memory that can be told to refuse writes; answers later, as a real one does.
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override
    {
        SecretResult r;
        r.ok = secrets.contains(key);
        r.notFound = !r.ok;
        r.value = secrets.value(key);
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
    void write(const QString &key, const QString &value, QObject *context, Callback done) override
    {
        SecretResult r;
        r.ok = !refuse;
        if (refuse)
            r.errorMessage = u"The system keychain refused access to \"%1\" (it may be locked)."_s.arg(key);
        else
            secrets.insert(key, value);
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        SecretResult r;
        r.ok = secrets.remove(key) > 0;
        r.notFound = !r.ok;
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }

    QHash<QString, QString> secrets;
    bool refuse = false;
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}
} // namespace

class TestSettingsPages : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("CEREBRAS_API_KEY");
        qunsetenv("OUTREACH_API_KEY");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void providerPageLoadsAndSavesOnlyItsValues_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<double>("budget");
        QTest::newRow("offline defaults") << u"offline"_s << QString() << QString() << 8 << 4 << 60 << 0.0;
        QTest::newRow("own endpoint")
            << u"openai"_s << u"http://127.0.0.1:11434/v1"_s << u"llama3.1"_s << 16 << 2 << 30 << 12.5;
        QTest::newRow("cerebras") << u"cerebras"_s << QString() << u"llama-3.3-70b"_s << 1 << 10 << 600
                                  << 0.25;
    }

    void providerPageLoadsAndSavesOnlyItsValues()
    {
        QFETCH(QString, provider);
        QFETCH(QString, baseUrl);
        QFETCH(QString, model);
        QFETCH(int, concurrency);
        QFETCH(int, attempts);
        QFETCH(int, timeout);
        QFETCH(double, budget);
        AppSettings from(m_dir->filePath(u"from.ini"_s));
        from.setProvider(provider);
        from.setBaseUrl(baseUrl);
        from.setModel(model);
        from.setConcurrency(concurrency);
        from.setMaxAttempts(attempts);
        from.setRequestTimeoutSec(timeout);
        from.setDefaultBudgetUsd(budget);
        from.setLanguage(u"de"_s);
        ProviderSettingsPage page(nullptr);
        page.load(from);
        QCOMPARE(page.provider(), provider);

        AppSettings to(m_dir->filePath(u"to.ini"_s));
        page.save(to);
        QCOMPARE(to.provider(), provider);
        QCOMPARE(to.baseUrl(), baseUrl);
        QCOMPARE(to.model(), model);
        QCOMPARE(to.concurrency(), concurrency);
        QCOMPARE(to.maxAttempts(), attempts);
        QCOMPARE(to.requestTimeoutSec(), timeout);
        QCOMPARE(to.defaultBudgetUsd(), budget);
        QCOMPARE(to.language(), QString()); // another page's value is left alone
    }

    void providerPageReportsTheKeyOfTheChosenProvider()
    {
        AppSettings settings(m_dir->filePath(u"s.ini"_s));
        settings.setProvider(u"offline"_s);
        MemorySecretStore store;
        store.secrets.insert(SecretStore::apiKeyName(u"openai"_s), u"sk-stored"_s);
        ProviderSettingsPage page(&store);
        page.load(settings);
        QVERIFY(page.keyStatusKnown()); // offline: nothing to read
        QCOMPARE(child<QLabel>(&page, "keyStatusLabel")->text(), u"The offline provider needs no key."_s);
        QVERIFY(!child<QLineEdit>(&page, "apiKeyEdit")->isEnabled());

        auto *combo = child<QComboBox>(&page, "providerCombo");
        combo->setCurrentIndex(combo->findData(u"openai"_s));
        QVERIFY(!page.keyStatusKnown());
        QTRY_VERIFY(page.keyStatusKnown());
        QCOMPARE(child<QLabel>(&page, "keyStatusLabel")->text(),
                 u"A key is stored in the system keychain."_s);
        QVERIFY(child<QLineEdit>(&page, "apiKeyEdit")->text().isEmpty()); // never shown again

        combo->setCurrentIndex(combo->findData(u"cerebras"_s));
        QTRY_VERIFY(page.keyStatusKnown());
        QCOMPARE(child<QLabel>(&page, "keyStatusLabel")->text(), u"No key is stored for this provider."_s);
    }

    void providerPageStoresATypedKey_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("refuse");
        QTest::addColumn<QString>("stored"); // "" = nothing stored
        QTest::addColumn<QString>("fieldAfter");
        QTest::newRow("key") << u"  sk-new  "_s << false << u"sk-new"_s << QString();
        QTest::newRow("refused: the key stays") << u"sk-new"_s << true << QString() << u"sk-new"_s;
    }

    void providerPageStoresATypedKey()
    {
        QFETCH(QString, typed);
        QFETCH(bool, refuse);
        QFETCH(QString, stored);
        QFETCH(QString, fieldAfter);
        AppSettings settings(m_dir->filePath(u"s.ini"_s));
        settings.setProvider(u"cerebras"_s);
        MemorySecretStore store;
        store.refuse = refuse;
        ProviderSettingsPage page(&store);
        page.load(settings);
        QTRY_VERIFY(page.keyStatusKnown());
        auto *edit = child<QLineEdit>(&page, "apiKeyEdit");
        edit->setText(typed);
        QVERIFY(page.takesTypedKey());
        QSignalSpy storedSpy(&page, &ProviderSettingsPage::keyStored);
        QSignalSpy failed(&page, &ProviderSettingsPage::keyStoreFailed);
        QSignalSpy changed(&page, &ProviderSettingsPage::keyChanged);
        QSignalSpy busy(&page, &ProviderSettingsPage::busyChanged);
        page.storeKey();
        QTRY_COMPARE(storedSpy.count() + failed.count(), 1);
        QCOMPARE(storedSpy.count(), refuse ? 0 : 1);
        QCOMPARE(changed.count(), refuse ? 0 : 1);
        QCOMPARE(store.secrets.value(SecretStore::apiKeyName(u"cerebras"_s)), stored);
        QCOMPARE(edit->text(), fieldAfter);
        QCOMPARE(busy.count(), 2); // busy while the keychain writes, then free again
        QVERIFY(!busy.last().first().toBool());
    }

    void providerPageTakesNoKeyOfSpaces()
    {
        AppSettings settings(m_dir->filePath(u"s.ini"_s));
        settings.setProvider(u"cerebras"_s);
        MemorySecretStore store;
        ProviderSettingsPage page(&store);
        page.load(settings);
        QTRY_VERIFY(page.keyStatusKnown());
        auto *edit = child<QLineEdit>(&page, "apiKeyEdit");
        edit->setText(u"   "_s);
        QVERIFY(!child<QPushButton>(&page, "storeKeyButton")->isEnabled());
        QVERIFY(!page.takesTypedKey());
        QVERIFY(edit->text().isEmpty());
        QVERIFY(store.secrets.isEmpty());
    }

    void databasePageBuildsTheUrl_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("url");
        QTest::newRow("sqlite file") << false << u"/data/team.sqlite"_s << QString() << 5432 << QString()
                                     << QString() << u"sqlite:/data/team.sqlite"_s;
        QTest::newRow("default file")
            << false << u"  "_s << QString() << 5432 << QString() << QString() << QString();
        QTest::newRow("postgres") << true << QString() << u"db.example.com"_s << 6543 << u"team"_s
                                  << u"outreach"_s << u"postgresql://team@db.example.com:6543/outreach"_s;
        QTest::newRow("postgres, no host") << true << QString() << QString() << 5432 << u"team"_s
                                           << u"outreach"_s << u"postgresql://team@localhost:5432/outreach"_s;
    }

    void databasePageBuildsTheUrl()
    {
        QFETCH(bool, postgres);
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, url);
        AppSettings settings(m_dir->filePath(u"s.ini"_s));
        DatabaseSettingsPage page(nullptr);
        page.load(settings);
        QVERIFY(!page.changed());
        child<QRadioButton>(&page, postgres ? "postgresRadio" : "sqliteRadio")->setChecked(true);
        child<QLineEdit>(&page, "sqlitePathEdit")->setText(path);
        child<QLineEdit>(&page, "pgHostEdit")->setText(host);
        child<QSpinBox>(&page, "pgPortSpin")->setValue(port);
        child<QLineEdit>(&page, "pgUserEdit")->setText(user);
        child<QLineEdit>(&page, "pgDatabaseEdit")->setText(database);
        child<QLineEdit>(&page, "pgPasswordEdit")->setText(u"pw"_s);
        QCOMPARE(page.databaseUrl(), url);
        QCOMPARE(page.typedPassword(), postgres ? u"pw"_s : QString()); // only a server's password counts
        QCOMPARE(page.changed(), !url.isEmpty() || postgres);
        page.save(settings);
        QCOMPARE(settings.databaseUrl(), url); // never with the password
    }

    void databasePageShowsTheStoredUrl_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("sqlite") << u"sqlite:/data/team.sqlite"_s;
        QTest::newRow("postgres") << u"postgresql://team@db.example.com:6543/outreach"_s;
    }

    void databasePageShowsTheStoredUrl()
    {
        QFETCH(QString, stored);
        AppSettings settings(m_dir->filePath(u"s.ini"_s));
        settings.setDatabaseUrl(stored);
        DatabaseSettingsPage page(nullptr);
        page.load(settings);
        QCOMPARE(page.databaseUrl(), stored);
        QVERIFY(!page.changed());
        QCOMPARE(child<QRadioButton>(&page, "postgresRadio")->isChecked(),
                 stored.startsWith(u"postgresql"_s));
    }

    void databasePageStoresTheTypedPassword_data()
    {
        QTest::addColumn<bool>("refuse");
        QTest::newRow("stored") << false;
        QTest::newRow("refused") << true;
    }

    void databasePageStoresTheTypedPassword()
    {
        QFETCH(bool, refuse);
        AppSettings settings(m_dir->filePath(u"s.ini"_s));
        settings.setDatabaseUrl(u"postgresql://team@db.example.com:5432/outreach"_s);
        MemorySecretStore store;
        store.refuse = refuse;
        DatabaseSettingsPage page(&store);
        page.load(settings);
        child<QLineEdit>(&page, "pgPasswordEdit")->setText(u"s3cret"_s);
        QVERIFY(page.changed()); // a new password is a reason to reconnect
        std::optional<bool> done;
        page.storePassword(this, [&done](bool ok) { done = ok; });
        QTRY_VERIFY(done.has_value());
        QCOMPARE(*done, !refuse);
        const QString key = AppSettings::databasePasswordKey(page.databaseUrl());
        QCOMPARE(store.secrets.value(key), refuse ? QString() : u"s3cret"_s);
        const QString shown = child<QLabel>(&page, "databaseResultLabel")->text();
        QCOMPARE(shown.contains(u"refused"_s), refuse);
        QVERIFY(!shown.contains(u"s3cret"_s));
    }

    void interfacePageLoadsAndSavesTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("system") << QString();
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }

    void interfacePageLoadsAndSavesTheLanguage()
    {
        QFETCH(QString, language);
        AppSettings from(m_dir->filePath(u"from.ini"_s));
        from.setLanguage(language);
        from.setProvider(u"openai"_s);
        InterfaceSettingsPage page;
        page.load(from);
        QCOMPARE(child<QComboBox>(&page, "languageCombo")->currentData().toString(), language);
        AppSettings to(m_dir->filePath(u"to.ini"_s));
        to.setLanguage(u"xx"_s);
        page.save(to);
        QCOMPARE(to.language(), language);
        QCOMPARE(to.provider(), AppSettings(m_dir->filePath(u"fresh.ini"_s)).provider()); // left alone
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestSettingsPages)
#include "test_settings_pages.moc"
