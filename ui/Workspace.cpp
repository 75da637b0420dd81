#include "Workspace.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "demo/DemoSeeder.h"
#include "inbox/InboxPoller.h"
#include "settings/AppSettings.h"
#include "settings/DatabaseCredentials.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace outreach {

namespace {
// The demo campaign writes with the offline provider, so a first start
// shows three variants per lead with no key and no network.
void makeDemoOffline(Database &db, qint64 campaignId)
{
    CampaignRepository campaigns(db);
    auto demo = campaigns.get(campaignId);
    if (!demo || !demo->provider.isEmpty())
        return;
    Campaign campaign = demo.value();
    campaign.provider = toString(ProviderId::Offline);
    // Not fatal: Generate then follows the provider in the settings.
    if (const auto updated = campaigns.update(campaign); !updated)
        qWarning("Could not set the demo campaign to the offline provider: %s",
                 qPrintable(updated.errorMessage()));
}

GenerationOptions optionsFrom(const AppSettings &settings)
{
    GenerationOptions options;
    options.concurrency = settings.concurrency();
    options.maxAttempts = settings.maxAttempts();
    options.requestTimeoutMs = settings.requestTimeoutSec() * 1000;
    options.budgetUsd = settings.defaultBudgetUsd();
    return options;
}
} // namespace

Workspace::Workspace(AppSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{}

Workspace::~Workspace() = default;

bool Workspace::open(const QString &url)
{
    auto result = Database::openAndMigrate(url);
    if (!result) {
        Prompt::error(m_window.get(), tr("Cannot open the database"), result.errorMessage());
        emit openFailed(result.errorMessage());
        return false;
    }
    std::unique_ptr<Database> db = std::move(result).value();
    const DemoSeedResult seeded = DemoSeeder::seedIfEmpty(*db);
    if (!seeded.error.isEmpty())
        Prompt::error(m_window.get(), tr("Could not add the demo data"), seeded.error);
    if (seeded.seeded)
        makeDemoOffline(*db, seeded.campaignId);
    m_demoCampaignId = seeded.seeded ? seeded.campaignId : 0;

    auto window = std::make_unique<MainWindow>(*db, m_settings, &m_secrets);
    wire(*window);
    window->show();
    // The old window goes before its database.
    if (m_window)
        m_window->close();
    m_window = std::move(window);
    m_db = std::move(db);
    emit opened();
    return true;
}

void Workspace::openWithStoredPassword(const QString &url, std::function<void(bool)> done)
{
    DatabaseCredentials::complete(&m_secrets, url, this, [this, done](const QString &full, const QString &) {
        const bool ok = open(full);
        if (done)
            done(ok);
    });
}

bool Workspace::switchTo(const QString &url)
{
    if (m_window && m_window->generationRunner()->isBusy()) {
        m_window->generationPanel()->showProblem(
            tr("The database was not switched while messages are being generated: cancel the run "
               "first, then choose the database again."),
            false);
        return false;
    }
    // Not from inside the old window's action: it is about to go.
    QTimer::singleShot(0, this, [this, url] { openWithStoredPassword(url); });
    return true;
}

void Workspace::wire(MainWindow &window)
{
    GenerationRunner *runner = window.generationRunner();
    auto apply = [this, runner, &window] {
        runner->setProviderChoice(m_settings.providerChoice());
        runner->setOptions(optionsFrom(m_settings));
        window.inboxPoller()->setInterval(std::chrono::minutes(m_settings.inboxSyncMinutes()));
        window.reloadCampaign(); // the status bar shows the provider now chosen
    };
    apply();
    connect(&m_settings, &AppSettings::changed, runner, apply);
    connect(&window, &MainWindow::databaseSwitchRequested, this, &Workspace::switchTo);
}

} // namespace outreach
