// AppSettings: one table of keys with documented defaults (a fresh install
// runs offline), changed(key) only on a real change, bounded numbers, and
// no password ever reaching the settings file.
#include "settings/AppSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_ini = m_dir.filePath(u"s%1.ini"_s.arg(++m_count)); }

    void defaults_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("provider") << int(AppSettings::Key::Provider) << u"generation/provider"_s
                                  << QVariant(u"offline"_s);
        QTest::newRow("base URL") << int(AppSettings::Key::BaseUrl) << u"generation/baseUrl"_s
                                  << QVariant(QString());
        QTest::newRow("model") << int(AppSettings::Key::Model) << u"generation/model"_s
                               << QVariant(QString());
        QTest::newRow("concurrency") << int(AppSettings::Key::Concurrency) << u"generation/concurrency"_s
                                     << QVariant(8);
        QTest::newRow("attempts") << int(AppSettings::Key::MaxAttempts) << u"generation/maxAttempts"_s
                                  << QVariant(4);
        QTest::newRow("timeout") << int(AppSettings::Key::RequestTimeoutSec)
                                 << u"generation/requestTimeoutSec"_s << QVariant(60);
        QTest::newRow("budget") << int(AppSettings::Key::DefaultBudgetUsd) << u"generation/defaultBudgetUsd"_s
                                << QVariant(0.0);
        QTest::newRow("language") << int(AppSettings::Key::Language) << u"ui/language"_s
                                  << QVariant(QString());
        QTest::newRow("database") << int(AppSettings::Key::DatabaseUrl) << u"database/url"_s
                                  << QVariant(QString());
        QTest::newRow("inbox sync") << int(AppSettings::Key::InboxSyncMinutes) << u"inbox/syncMinutes"_s
                                    << QVariant(5);
    }

    void defaults()
    {
        QFETCH(int, key);
        QFETCH(QString, name);
        QFETCH(QVariant, expected);
        AppSettings settings(m_ini);
        const auto k = AppSettings::Key(key);
        QCOMPARE(AppSettings::info(k).name, name);
        QCOMPARE(settings.value(k), expected);
    }

    void providerChoiceUsesTheProvidersDefaults()
    {
        AppSettings settings(m_ini);
        QCOMPARE(settings.providerChoice().provider, u"offline"_s);
        settings.setProvider(u"cerebras"_s);
        QVERIFY(settings.providerChoice().baseUrl.isEmpty()); // empty = Cerebras's own
        QCOMPARE(AppSettings::defaultBaseUrl(u"cerebras"_s), u"https://api.cerebras.ai/v1"_s);
        QCOMPARE(AppSettings::defaultModel(u"cerebras"_s), u"gpt-oss-120b"_s);
        settings.setProvider(u"no-such-provider"_s);
        QCOMPARE(settings.provider(), u"offline"_s);
    }

    void changedOnlyOnRealChanges()
    {
        AppSettings settings(m_ini);
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setConcurrency(8); // the default: nothing changes
        QCOMPARE(changed.count(), 0);
        settings.setConcurrency(16);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), u"generation/concurrency"_s);
        settings.setConcurrency(16);
        QCOMPARE(changed.count(), 1);
        settings.reset(AppSettings::Key::Concurrency);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(settings.concurrency(), 8);
    }

    void numbersAreBounded()
    {
        AppSettings settings(m_ini);
        settings.setConcurrency(1000);
        QCOMPARE(settings.concurrency(), 64);
        settings.setValue(AppSettings::Key::MaxAttempts, u"many"_s);
        QCOMPARE(settings.maxAttempts(), 4);
        settings.setDefaultBudgetUsd(-3);
        QCOMPARE(settings.defaultBudgetUsd(), 0.0);
        settings.setInboxSyncMinutes(-1);
        QCOMPARE(settings.inboxSyncMinutes(), 0);
        settings.setInboxSyncMinutes(100000);
        QCOMPARE(settings.inboxSyncMinutes(), 24 * 60);
    }

    void databasePasswordNeverStored()
    {
        AppSettings settings(m_ini);
        settings.setDatabaseUrl(u"postgresql://team:hunter2secret@db.example:5433/outreach"_s);
        settings.sync();
        QCOMPARE(settings.databaseUrl(), u"postgresql://team@db.example:5433/outreach"_s);
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2secret"));
        QCOMPARE(AppSettings::databasePasswordKey(settings.databaseUrl()),
                 u"db-password/team@db.example:5433/outreach"_s);
        QVERIFY(AppSettings::databasePasswordKey(u"sqlite:/tmp/x.sqlite"_s).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_ini;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_appsettings.moc"
