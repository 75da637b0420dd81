// Live generation driven from the real window, offscreen: an offline run adds
// rows to the Messages tab as they are stored and the panel counts reach the
// total; Pause/Resume/Cancel from the panel; a missing key, a refused key and
// an unreachable endpoint each show one inline banner with a settings button
// and no dialog (its settings button opens the real settings dialog);
// closing during a run asks, then stops cleanly. The window is the one the
// app builds: the real Workspace, with the provider in AppSettings and the
// key in the test's secret store.
#include "CampaignListModel.h"
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "LeadRepository.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessageRepository.h"
#include "MessagesPane.h"
#include "Prompt.h"
#include "SettingsDialog.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "VariantEditor.h"
#include "VariantPanel.h"
#include "Workspace.h"
#include "generation/GenerationEngine.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
// The keychain of a test: one fixed key for every provider, or none at all.
class FixedSecretStore : public SecretStore
{
public:
    explicit FixedSecretStore(QString key)
        : m_key(std::move(key))
    {}
    void read(const QString &, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done, key = m_key] {
            SecretResult result;
            result.ok = !key.isEmpty();
            result.notFound = key.isEmpty();
            result.value = key;
            done(result);
        });
    }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done] { done(SecretResult{true, false, {}, {}}); });
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        write(key, {}, context, done);
    }

private:
    QString m_key;
};

// `leads` qualifying leads and one email campaign (provider "" = the app's choice).
qint64 seedCampaign(Database &db, int leads, const QString &provider)
{
    for (int i = 1; i <= leads; ++i) {
        Lead lead = makeLead(i, 90);
        if (!LeadRepository(db).insert(lead).ok())
            return 0;
    }
    Campaign campaign = makeCampaign(u"Live run"_s, Channel::Email, 50);
    campaign.provider = provider;
    return CampaignRepository(db).create(campaign).ok() ? campaign.id : 0;
}

qint64 storedCount(Database &db, qint64 campaignId)
{
    const auto n = MessageRepository(db).count(campaignId);
    return n ? n.value() : -1;
}

// The app as main() builds it, over the test's database: settings in an INI
// file of their own, keys from `store`.
struct App
{
    App(const QString &key)
        : settings(dir.filePath(u"settings.ini"_s))
        , store(key)
        , workspace(settings, store)
    {}
    QTemporaryDir dir;
    AppSettings settings;
    FixedSecretStore store;
    Workspace workspace;
};

void click(QAbstractButton *button)
{
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

class TestGeneration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        // The key must come from the test's store, never from the machine.
        qunsetenv("CEREBRAS_API_KEY");
        qunsetenv("OUTREACH_API_KEY");
    }

    void init()
    {
        Prompt::setNextAnswers({});
        Prompt::clearAsked();
    }

    void offlineRunAddsRowsAsTheyAreStored()
    {
        OUTREACH_TEST_DB(t);
        const int leads = 12;
        const qint64 campaignId = seedCampaign(t.db(), leads, u"offline"_s);
        QVERIFY(campaignId > 0);
        App app({});
        QVERIFY(app.workspace.open(t.url()));
        MainWindow &window = *app.workspace.window();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentWidget(window.messagesPane());
        MessageListModel *model = window.messagesPane()->model();
        QTRY_COMPARE(model->campaignId(), campaignId);
        QCOMPARE(model->rowCount(), 0);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        GenerationPanel *panel = window.generationPanel();

        click(panel->generateButton());
        QTRY_COMPARE(model->rowCount(), leads);
        QCOMPARE(reset.count(), 0); // rows arrive one by one, never by a reset
        QVERIFY(inserted.count() >= 1);
        QTRY_VERIFY(!window.generationRunner()->isBusy());
        QTRY_VERIFY2(
            panel->countsLabel()->text().startsWith(u"%1 done · 0 failed · 0 remaining"_s.arg(leads)),
            qPrintable(panel->countsLabel()->text()));
        QCOMPARE(panel->progressBar()->value(), leads);
        QCOMPARE(storedCount(t.db(), campaignId), qint64(leads));
        QVERIFY(panel->bannerText().isEmpty());
        // The first message shows in the editor with its three variants.
        VariantEditor *editor = window.messagesPane()->editor();
        QTRY_VERIFY(editor->messageId() > 0);
        for (int i = 0; i < kVariantCount; ++i)
            QVERIFY2(!editor->panel(i)->body().isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(CampaignRepository(t.db()).get(campaignId)->status, CampaignStatus::Ready);
    }

    void pauseResumeAndCancelFromThePanel()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(120);
        const int leads = 30;
        const qint64 campaignId = seedCampaign(t.db(), leads, {});
        QVERIFY(campaignId > 0);
        App app(u"test-key"_s);
        app.settings.setProvider(u"openai"_s);
        app.settings.setBaseUrl(server.baseUrl().toString());
        app.settings.setModel(u"test-model"_s);
        app.settings.setConcurrency(2);
        QVERIFY(app.workspace.open(t.url()));
        MainWindow &window = *app.workspace.window();
        GenerationRunner *runner = window.generationRunner();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GenerationPanel *panel = window.generationPanel();
        MessageListModel *model = window.messagesPane()->model();
        QTRY_COMPARE(model->campaignId(), campaignId);

        click(panel->generateButton());
        QTRY_VERIFY(model->rowCount() >= 2);
        click(panel->pauseButton());
        QCOMPARE(panel->pauseButton()->text().remove(u'&'), u"Resume"_s);
        // What was in flight is stored; then nothing more is sent.
        QTRY_COMPARE(runner->engine()->progress().inFlight, 0);
        // The table catches up with what is stored, then stays still.
        QTRY_COMPARE(qint64(model->rowCount()), MessageRepository(t.db()).count(campaignId).value());
        const int requests = server.chatRequestCount();
        QSignalSpy rows(model, &QAbstractItemModel::rowsInserted);
        const int pausedAt = model->rowCount();
        // The campaign list follows the run, not only its start and end.
        CampaignListModel *campaigns = window.campaignPane()->model();
        const QModelIndex campaignRow = campaigns->index(campaigns->rowOfCampaign(campaignId));
        QTRY_COMPARE(campaignRow.data(CampaignListModel::GeneratedRole).toLongLong(), qint64(pausedAt));
        // Paused: no request reaches the server and no row appears while we listen.
        QSignalSpy received(&server, &FakeLlmServer::requestReceived);
        QVERIFY(!received.wait(400));
        QCOMPARE(server.chatRequestCount(), requests);
        QCOMPARE(rows.count(), 0);
        QCOMPARE(model->rowCount(), pausedAt);
        QVERIFY(runner->isBusy());

        click(panel->pauseButton());
        QTRY_VERIFY(model->rowCount() >= pausedAt + 2);
        click(panel->cancelButton());
        QTRY_VERIFY(!runner->isBusy());
        QVERIFY2(panel->findChild<QLabel *>(u"runStatus"_s)->text().startsWith(u"Cancelled"_s),
                 qPrintable(panel->findChild<QLabel *>(u"runStatus"_s)->text()));
        QVERIFY(model->rowCount() < leads);
        // Every stored message is in the list, none half-written.
        QCOMPARE(storedCount(t.db(), campaignId), qint64(model->rowCount()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->messageAt(row)->message.variants.size(), kVariantCount);
        QVERIFY(!panel->cancelButton()->isEnabled());
        QVERIFY(panel->generateButton()->isEnabled());
    }

    void runProblemShowsOneBannerWithSettings_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("storedKey");
        QTest::addColumn<QString>("endpoint"); // "fake", "closed" or "" (provider default)
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing key") << u"cerebras"_s << QString() << QString()
                                     << u"No API key for cerebras"_s;
        QTest::newRow("refused key") << u"openai"_s << u"wrong-key"_s << u"fake"_s
                                     << u"refused the API key"_s;
        QTest::newRow("unreachable endpoint") << u"openai"_s << u"some-key"_s << u"closed"_s
                                              << u"Stopped after the first 3 messages all failed"_s;
    }

    void runProblemShowsOneBannerWithSettings()
    {
        QFETCH(QString, provider);
        QFETCH(QString, storedKey);
        QFETCH(QString, endpoint);
        QFETCH(QString, expected);
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setRequiredApiKey(u"right-key"_s);
        QUrl baseUrl;
        if (endpoint == u"fake")
            baseUrl = server.baseUrl();
        if (endpoint == u"closed") {
            QTcpServer probe; // a port nobody listens on once the probe is gone
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(probe.serverPort()));
        }
        const int leads = 8;
        const qint64 campaignId = seedCampaign(t.db(), leads, {});
        QVERIFY(campaignId > 0);
        App app(storedKey);
        app.settings.setProvider(provider);
        app.settings.setBaseUrl(baseUrl.toString());
        app.settings.setModel(u"test-model"_s);
        app.settings.setConcurrency(2);
        app.settings.setMaxAttempts(1);
        QVERIFY(app.workspace.open(t.url()));
        MainWindow &window = *app.workspace.window();
        GenerationRunner *runner = window.generationRunner();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GenerationPanel *panel = window.generationPanel();
        QTRY_COMPARE(window.messagesPane()->model()->campaignId(), campaignId);
        QSignalSpy problems(runner, &GenerationRunner::problem);

        click(panel->generateButton());
        QTRY_VERIFY(panel->banner()->isVisible());
        QTRY_VERIFY(!runner->isBusy());
        QVERIFY(!problems.wait(200)); // nothing else may follow
        QCOMPARE(problems.count(), 1);
        QVERIFY2(panel->bannerText().contains(expected), qPrintable(panel->bannerText()));
        QVERIFY2(!panel->bannerText().contains(storedKey) || storedKey.isEmpty(), "the key leaked");
        QVERIFY2(Prompt::askedTexts().isEmpty(), qPrintable(Prompt::askedTexts().join(u'\n')));
        QVERIFY(storedCount(t.db(), campaignId) < leads); // the run did not go through the whole list
        QVERIFY(panel->settingsButton()->isVisible());
        // The banner's button opens the real settings dialog (closed here once shown).
        int settingsOpened = 0;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget())) {
                ++settingsOpened;
                dialog->reject();
            }
        });
        watcher.start(0);
        click(panel->settingsButton());
        watcher.stop();
        QCOMPARE(settingsOpened, 1);
        // Dismissed, it goes; a second attempt shows the same single banner.
        click(panel->findChild<QToolButton *>(u"bannerDismissButton"_s));
        QVERIFY(!panel->banner()->isVisible());
        click(panel->generateButton());
        QTRY_VERIFY(panel->banner()->isVisible());
        QTRY_VERIFY(!runner->isBusy());
        QCOMPARE(panel->findChildren<QFrame *>(u"generationBanner"_s).size(), 1);
        QVERIFY(Prompt::askedTexts().isEmpty());
    }

    void closingDuringRunAsksThenStopsCleanly_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("stop and close") << 0;
        QTest::newRow("keep running") << -1;
    }

    void closingDuringRunAsksThenStopsCleanly()
    {
        QFETCH(int, answer);
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(150);
        const int leads = 20;
        const qint64 campaignId = seedCampaign(t.db(), leads, {});
        QVERIFY(campaignId > 0);
        App app(u"test-key"_s);
        app.settings.setProvider(u"openai"_s);
        app.settings.setBaseUrl(server.baseUrl().toString());
        app.settings.setModel(u"test-model"_s);
        app.settings.setConcurrency(2);
        QVERIFY(app.workspace.open(t.url()));
        MainWindow &window = *app.workspace.window();
        GenerationRunner *runner = window.generationRunner();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageListModel *model = window.messagesPane()->model();
        QTRY_COMPARE(model->campaignId(), campaignId);
        QSignalSpy finished(runner, &GenerationRunner::finished);

        click(window.generationPanel()->generateButton());
        QTRY_VERIFY(model->rowCount() >= 1);
        Prompt::setNextAnswers({answer});
        QVERIFY(!window.close()); // never closes while the run is going on
        QCOMPARE(Prompt::askedTexts().size(), 1);
        QVERIFY2(Prompt::askedTexts().first().contains(u"Stop the run and close"_s),
                 qPrintable(Prompt::askedTexts().first()));
        if (answer != 0) {
            QVERIFY(window.isVisible());
            QVERIFY(runner->isBusy());
            click(window.generationPanel()->cancelButton());
            QTRY_VERIFY(!runner->isBusy());
            QVERIFY(window.isVisible());
            return;
        }
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<GenerationSummary>().cancelled);
        QVERIFY(!runner->isBusy());
        QCOMPARE(Prompt::askedTexts().size(), 1); // asked once, not again on the real close
        // Everything answered before the stop is stored whole; nothing half-written.
        const auto stored = MessageRepository(t.db()).list(campaignId);
        QVERIFY(stored.ok());
        QVERIFY(stored->size() < leads);
        for (const MessageWithLead &m : stored.value())
            QCOMPARE(m.message.variants.size(), kVariantCount);
        QCOMPARE(CampaignRepository(t.db()).get(campaignId)->status, CampaignStatus::Ready);
    }
};

QTEST_MAIN(TestGeneration)
#include "test_generation_gui.moc"
