// The generation panel shows what is stored while a run is paused: the
// answers in flight still arrive and are counted, no rate or time left is
// shown, and Resume brings back the running status (it used to say
// "Paused…" for good, with frozen counts and a counting-down ETA).
#include "CampaignRepository.h"
#include "FakeLlmServer.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "LeadRepository.h"
#include "MainWindow.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "generation/GenerationEngine.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
int storedGenerated(Database &db, qint64 campaignId)
{
    const auto n = MessageRepository(db).count(campaignId, GenerationStatus::Generated);
    return n ? int(n.value()) : -1;
}
} // namespace

class TestGenerationPaused : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_generation_paused"_s);
        QSettings().clear();
        qunsetenv("CEREBRAS_API_KEY");
        qputenv("OUTREACH_API_KEY", "test-key"); // the environment wins over the keychain
    }

    void pausedPanelShowsWhatIsStored()
    {
        OUTREACH_TEST_DB(t);
        FakeLlmServer server;
        QVERIFY(server.listen());
        server.setLatencyMs(150);
        for (int n = 1; n <= 24; ++n) {
            Lead lead = makeLead(n, 90);
            QVERIFY(LeadRepository(t.db()).insert(lead).ok());
        }
        Campaign campaign = makeCampaign(u"Paused run"_s, Channel::Email, 50);
        QVERIFY(CampaignRepository(t.db()).create(campaign).ok());
        MainWindow window(t.db());
        GenerationRunner *runner = window.generationRunner();
        runner->setProviderChoice({u"openai"_s, server.baseUrl(), u"test-model"_s});
        GenerationOptions options;
        options.concurrency = 4;
        runner->setOptions(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GenerationPanel *panel = window.generationPanel();
        auto *status = panel->findChild<QLabel *>(u"runStatus"_s);
        auto *eta = panel->findChild<QLabel *>(u"runEta"_s);
        auto *rate = panel->findChild<QLabel *>(u"runRate"_s);
        QVERIFY(status && eta && rate);
        panel->setCampaignId(campaign.id);

        panel->generate();
        QTRY_VERIFY(storedGenerated(t.db(), campaign.id) >= 2);
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QTRY_COMPARE(runner->engine()->progress().inFlight, 0);
        // Every stored message is counted, although the requests in flight
        // came back after the pause.
        const int stored = storedGenerated(t.db(), campaign.id);
        QTRY_VERIFY2(panel->countsLabel()->text().startsWith(u"%1 done"_s.arg(stored)),
                     qPrintable(panel->countsLabel()->text() + u" / stored "_s + QString::number(stored)));
        QCOMPARE(panel->progressBar()->value(), stored);
        QCOMPARE(status->text(), u"Paused."_s);
        QVERIFY(eta->text().isEmpty());
        QVERIFY(rate->text().isEmpty());

        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QVERIFY2(status->text().startsWith(u"Generating with"_s), qPrintable(status->text()));
        QTRY_VERIFY(storedGenerated(t.db(), campaign.id) > stored);
        QVERIFY(!status->text().startsWith(u"Paused"_s));
        runner->cancel();
        QTRY_VERIFY(!runner->isBusy());
    }
};

QTEST_MAIN(TestGenerationPaused)
#include "test_generation_paused.moc"
