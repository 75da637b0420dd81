// The Workspace, the application object main() builds: opening a database
// (a fresh one gets the demo data, written offline), an unopenable one
// reported with the previous window kept, the switch to another database
// (from the settings dialog, a new window over the new database; refused
// while messages are being generated) and the settings wiring (every
// changed generation setting reaches the runner of the window shown).
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "LeadRepository.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SettingsDialog.h"
#include "TestData.h"
#include "Workspace.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
// A keychain with one fixed key for every name.
class FixedSecretStore : public SecretStore
{
public:
    void read(const QString &, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done] { done(SecretResult{true, false, u"test-key"_s, {}, false}); });
    }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done] { done(SecretResult{true, false, {}, {}, false}); });
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        write(key, {}, context, done);
    }
};

QString field(const GenerationRunner &runner, const QString &name)
{
    const ProviderChoice choice = runner.providerChoice();
    const GenerationOptions options = runner.options();
    if (name == u"provider")
        return choice.provider;
    if (name == u"baseUrl")
        return choice.baseUrl.toString();
    if (name == u"model")
        return choice.model;
    if (name == u"concurrency")
        return QString::number(options.concurrency);
    if (name == u"maxAttempts")
        return QString::number(options.maxAttempts);
    if (name == u"requestTimeoutMs")
        return QString::number(options.requestTimeoutMs);
    if (name == u"budgetUsd")
        return QString::number(options.budgetUsd);
    return u"?"_s;
}
} // namespace

class TestWorkspaceSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        qunsetenv("CEREBRAS_API_KEY");
        qunsetenv("OUTREACH_API_KEY");
    }

    void init()
    {
        Prompt::setNextAnswers({});
        Prompt::clearAsked();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void openingAFreshDatabaseShowsTheDemoWrittenOffline()
    {
        Workspace workspace(*m_settings, m_store);
        QSignalSpy opened(&workspace, &Workspace::opened);
        QVERIFY(workspace.open(url(u"fresh"_s)));
        QCOMPARE(opened.count(), 1);
        MainWindow *window = workspace.window();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QCOMPARE(&window->database(), workspace.database());
        QVERIFY(workspace.demoCampaignId() > 0);
        QCOMPARE(CampaignRepository(*workspace.database()).get(workspace.demoCampaignId())->provider,
                 u"offline"_s);
        QVERIFY(LeadRepository(*workspace.database()).count({}).value() > 0);
        // The window can edit the settings it was built with.
        QVERIFY(window->settingsAction()->isEnabled());
        QVERIFY(Prompt::askedTexts().isEmpty());

        // Opened again, the same database is not seeded twice.
        const qint64 leads = LeadRepository(*workspace.database()).count({}).value();
        QVERIFY(workspace.open(url(u"fresh"_s)));
        QCOMPARE(workspace.demoCampaignId(), qint64(0));
        QCOMPARE(LeadRepository(*workspace.database()).count({}).value(), leads);
    }

    void aWindowWithoutSettingsHasNoSettingsAction()
    {
        auto db = Database::openAndMigrate(url(u"plain"_s));
        QVERIFY(db.ok());
        MainWindow window(*db.value());
        QVERIFY(!window.settingsAction()->isEnabled());
    }

    void aDatabaseThatCannotBeOpenedIsReportedAndTheWindowStays()
    {
        Workspace workspace(*m_settings, m_store);
        QVERIFY(workspace.open(url(u"first"_s)));
        QPointer<MainWindow> first = workspace.window();
        QSignalSpy failed(&workspace, &Workspace::openFailed);
        Prompt::setNextAnswers({0});
        // A directory is no SQLite file.
        QVERIFY(!workspace.open(u"sqlite:"_s + m_dir->path()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(Prompt::askedTexts().size(), 1);
        QCOMPARE(Prompt::askedTexts().first(), failed.first().first().toString());
        QVERIFY(first);
        QCOMPARE(workspace.window(), first.data());
        QVERIFY(first->isVisible());
    }

    void settingsAcceptedWithAnotherDatabaseSwitchToIt()
    {
        Workspace workspace(*m_settings, m_store);
        QVERIFY(workspace.open(url(u"first"_s)));
        QPointer<MainWindow> first = workspace.window();
        const QString second = m_dir->filePath(u"second.sqlite"_s);
        QSignalSpy opened(&workspace, &Workspace::opened);
        // The real dialog from the window's Settings action, accepted with another file.
        int dialogs = 0;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ++dialogs;
            dialog->findChild<QLineEdit *>(u"sqlitePathEdit"_s)->setText(second);
            dialog->accept();
        });
        watcher.start(0);
        first->settingsAction()->trigger();
        watcher.stop();
        QCOMPARE(dialogs, 1);
        QVERIFY(opened.wait(10000));
        QVERIFY(!first); // the old window went with its database
        QVERIFY(workspace.window()->isVisible());
        QCOMPARE(workspace.database()->url().path, second);
        QCOMPARE(&workspace.window()->database(), workspace.database());
        QCOMPARE(m_settings->databaseUrl(), u"sqlite:"_s + second);
        // The new window is wired like the first.
        m_settings->setConcurrency(5);
        QCOMPARE(workspace.window()->generationRunner()->options().concurrency, 5);
    }

    void noSwitchWhileMessagesAreBeingGenerated()
    {
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(60000); // the run stays busy until cancelled
        m_settings->setProvider(u"openai"_s);
        m_settings->setBaseUrl(server.baseUrl().toString());
        m_settings->setModel(u"test-model"_s);
        m_settings->setConcurrency(1);
        Workspace workspace(*m_settings, m_store);
        QVERIFY(workspace.open(url(u"busy"_s)));
        MainWindow *window = workspace.window();
        Database &db = *workspace.database();
        Lead lead = makeLead(1, 90);
        QVERIFY(LeadRepository(db).insert(lead).ok());
        Campaign campaign = makeCampaign(u"Busy"_s, Channel::Email, 50);
        QVERIFY(CampaignRepository(db).create(campaign).ok());
        GenerationRunner *runner = window->generationRunner();
        QSignalSpy started(runner, &GenerationRunner::started);
        QVERIFY(runner->generate(campaign.id));
        QVERIFY(started.wait(10000));
        QVERIFY(runner->isBusy());

        QSignalSpy opened(&workspace, &Workspace::opened);
        emit window->databaseSwitchRequested(url(u"other"_s));
        QCOMPARE(workspace.window(), window);
        QVERIFY2(window->generationPanel()->bannerText().contains(u"was not switched"_s),
                 qPrintable(window->generationPanel()->bannerText()));
        QVERIFY(!workspace.switchTo(url(u"other"_s)));
        QVERIFY(!opened.wait(300)); // nothing opens later either
        QCOMPARE(workspace.window(), window);

        runner->cancel();
        QTRY_VERIFY(!runner->isBusy());
        QVERIFY(workspace.switchTo(url(u"other"_s)));
        QVERIFY(opened.wait(10000));
        QCOMPARE(workspace.database()->url().path, m_dir->filePath(u"other.sqlite"_s));
    }

    void changedSettingsReachTheRunner_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("provider") << int(AppSettings::Key::Provider) << QVariant(u"cerebras"_s)
                                  << u"provider"_s << u"cerebras"_s;
        QTest::newRow("base URL") << int(AppSettings::Key::BaseUrl) << QVariant(u"http://127.0.0.1:9/v1"_s)
                                  << u"baseUrl"_s << u"http://127.0.0.1:9/v1"_s;
        QTest::newRow("model") << int(AppSettings::Key::Model) << QVariant(u"llama3.1"_s) << u"model"_s
                               << u"llama3.1"_s;
        QTest::newRow("concurrency") << int(AppSettings::Key::Concurrency) << QVariant(3) << u"concurrency"_s
                                     << u"3"_s;
        QTest::newRow("attempts") << int(AppSettings::Key::MaxAttempts) << QVariant(2) << u"maxAttempts"_s
                                  << u"2"_s;
        QTest::newRow("timeout") << int(AppSettings::Key::RequestTimeoutSec) << QVariant(45)
                                 << u"requestTimeoutMs"_s << u"45000"_s;
        QTest::newRow("budget") << int(AppSettings::Key::DefaultBudgetUsd) << QVariant(2.5) << u"budgetUsd"_s
                                << u"2.5"_s;
    }

    void changedSettingsReachTheRunner()
    {
        QFETCH(int, key);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        m_settings->setProvider(u"openai"_s); // an endpoint of one's own: URL and model count
        Workspace workspace(*m_settings, m_store);
        QVERIFY(workspace.open(url(u"wired"_s)));
        GenerationRunner *runner = workspace.window()->generationRunner();
        QVERIFY(::field(*runner, field) != expected); // a real change
        m_settings->setValue(AppSettings::Key(key), value);
        QCOMPARE(::field(*runner, field), expected);
    }

private:
    QString url(const QString &name) const { return u"sqlite:"_s + m_dir->filePath(name + u".sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    FixedSecretStore m_store;
};

QTEST_MAIN(TestWorkspaceSwitch)
#include "test_workspace_switch.moc"
