// Outreach Studio: opens the database (--db, OUTREACH_DB, the one chosen in
// the settings, or the default file), seeds the demo data on first start and
// shows the main window; switching databases in the settings opens a new
// window on the new database.
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "Screenshots.h"
#include "SendRunner.h"
#include "SendersPage.h"
#include "SendingPane.h"
#include "SettingsDialog.h"
#include "demo/DemoSeeder.h"
#include "inbox/InboxPoller.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/DatabaseCredentials.h"
#include "settings/Translators.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outreach;

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
    campaign.provider = u"offline"_s;
    // Not fatal: Generate then follows the provider in the settings.
    if (const auto updated = campaigns.update(campaign); !updated)
        qWarning("Could not set the demo campaign to the offline provider: %s",
                 qPrintable(updated.errorMessage()));
}

struct Options
{
    QCommandLineOption db;
    QCommandLineOption screenshots;
    QCommandLineOption smsScreenshot;
};

Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Personalized outreach with A/B/C testing"));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        {u"db"_s,
         QCoreApplication::translate("main",
                                     "Database: sqlite:PATH, a path, or postgresql://user@host:port/db"),
         u"url"_s},
        {u"screenshots"_s,
         QCoreApplication::translate("main", "Generate the demo campaign, write screenshots to DIR and quit"),
         u"dir"_s},
        {u"sms-screenshot"_s,
         QCoreApplication::translate(
             "main", "Generate an SMS campaign, write its Messages tab to FILE (PNG) and quit"),
         u"file"_s}};
    parser.addOption(options.db);
    parser.addOption(options.screenshots);
    parser.addOption(options.smsScreenshot);
    return options;
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

// One open database and the window over it. Replaced as a whole when the
// user switches databases: every pane holds the database it was made with.
class Workspace
{
public:
    Workspace(AppSettings &settings, SecretStore &secrets)
        : m_settings(settings)
        , m_secrets(secrets)
    {}

    // Opens the database and shows a window on it; false (after telling the
    // user) when the database cannot be opened.
    bool open(const QString &url, qint64 *demoCampaignId = nullptr)
    {
        auto opened = Database::openAndMigrate(url);
        if (!opened) {
            Prompt::error(m_window.get(), QCoreApplication::translate("main", "Cannot open the database"),
                          opened.errorMessage());
            return false;
        }
        std::unique_ptr<Database> db = std::move(opened).value();
        const DemoSeedResult seeded = DemoSeeder::seedIfEmpty(*db);
        if (!seeded.error.isEmpty())
            Prompt::error(m_window.get(), QCoreApplication::translate("main", "Could not add the demo data"),
                          seeded.error);
        if (seeded.seeded)
            makeDemoOffline(*db, seeded.campaignId);
        if (demoCampaignId)
            *demoCampaignId = seeded.campaignId;

        auto window = std::make_unique<MainWindow>(*db);
        wire(*window);
        window->show();
        // The old window goes before its database.
        if (m_window)
            m_window->close();
        m_window = std::move(window);
        m_db = std::move(db);
        return true;
    }

    MainWindow &window() { return *m_window; }
    Database &db() { return *m_db; }

private:
    void wire(MainWindow &window)
    {
        GenerationRunner *runner = window.generationRunner();
        runner->setSecretStore(&m_secrets);
        window.sendingPane()->runner()->setSecretStore(&m_secrets);
        window.inboxPoller()->setSecretStore(&m_secrets);
        auto apply = [this, runner, &window] {
            runner->setProviderChoice(m_settings.providerChoice());
            runner->setOptions(optionsFrom(m_settings));
            window.inboxPoller()->setInterval(std::chrono::minutes(m_settings.inboxSyncMinutes()));
            window.reloadCampaign(); // the status bar shows the provider now chosen
        };
        apply();
        QObject::connect(&m_settings, &AppSettings::changed, runner, apply);
        window.settingsAction()->setEnabled(true);
        QObject::connect(window.settingsAction(), &QAction::triggered, &window, [this, &window] {
            SettingsDialog dialog(m_settings, &m_secrets, &window);
            SendersPage *senders = dialog.addSendersPage(window.database());
            QObject::connect(senders, &SendersPage::sendersChanged, window.sendingPane(),
                             &SendingPane::refresh);
            QObject::connect(senders, &SendersPage::sendersChanged, window.inboxPoller(),
                             &inbox::InboxPoller::reloadStatus);
            QObject::connect(&dialog, &SettingsDialog::keyChanged, window.generationPanel(),
                             &GenerationPanel::clearProblem);
            QString requested;
            QObject::connect(&dialog, &SettingsDialog::databaseChangeRequested, &dialog,
                             [&requested](const QString &url) { requested = url; });
            dialog.exec();
            if (!requested.isEmpty())
                switchTo(requested);
        });
    }

    void switchTo(const QString &url)
    {
        if (m_window->generationRunner()->isBusy()) {
            m_window->generationPanel()->showProblem(
                QCoreApplication::translate(
                    "main",
                    "The database was not switched while messages are being generated: cancel the run "
                    "first, then choose the database again."),
                false);
            return;
        }
        // Not from inside the old window's action: it is about to go.
        QTimer::singleShot(0, qApp, [this, url] {
            DatabaseCredentials::complete(&m_secrets, url, qApp,
                                          [this](const QString &full, const QString &) { open(full); });
        });
    }

    AppSettings &m_settings;
    SecretStore &m_secrets;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};
} // namespace

int main(int argc, char *argv[])
{
    // --version and --help answer without a display: no QApplication for them.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("Outreach Studio %s\n", OUTREACH_VERSION);
            return 0;
        }
        if (arg == "--help" || arg == "-h" || arg == "--help-all") {
            QCoreApplication core(argc, argv);
            QCommandLineParser parser;
            addOptions(parser);
            parser.process(core); // prints the help and exits
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"OutreachStudio"_s);
    QApplication::setApplicationName(u"Outreach Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(OUTREACH_VERSION));
    // Matches resources/outreach-studio.desktop, so shells group the windows.
    QGuiApplication::setDesktopFileName(u"outreach-studio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/outreach-studio.svg"_s));
    AppSettings settings;
    installTranslators(app, settings);

    QCommandLineParser parser;
    const auto [dbOption, shotsOption, smsShotOption] = addOptions(parser);
    parser.process(app);

    // --db, then OUTREACH_DB, then the settings, then the default file.
    QString requested = parser.value(dbOption);
    if (requested.isEmpty() && qEnvironmentVariableIsEmpty("OUTREACH_DB"))
        requested = settings.databaseUrl();
    const QString url = Database::resolveUrl(requested);

    KeychainSecretStore secrets;
    Workspace workspace(settings, secrets);
    const bool screenshots = parser.isSet(shotsOption);
    if (parser.isSet(smsShotOption)) {
        if (!workspace.open(url))
            return 1;
        startSmsScreenshotRun(workspace.window(), parser.value(smsShotOption));
    } else if (screenshots) {
        // The demo database needs no keychain; the run quits when it is done.
        qint64 demoCampaignId = 0;
        if (!workspace.open(url, &demoCampaignId))
            return 1;
        startScreenshotRun(workspace.window(), parser.value(shotsOption), demoCampaignId);
    } else {
        // A PostgreSQL password comes from the keychain, asynchronously.
        DatabaseCredentials::complete(&secrets, url, &app,
                                      [&workspace](const QString &fullUrl, const QString &) {
                                          if (!workspace.open(fullUrl))
                                              QCoreApplication::exit(1);
                                      });
    }
    return app.exec();
}
