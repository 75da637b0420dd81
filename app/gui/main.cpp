// Outreach Studio: opens the database (--db, OUTREACH_DB or the default file),
// seeds the demo data on first start and shows the main window.
#include "CampaignListModel.h"
#include "CampaignPane.h"
#include "Database.h"
#include "MainWindow.h"
#include "MessagesPane.h"
#include "Prompt.h"
#include "Screenshots.h"
#include "demo/DemoSeeder.h"
#include "generation/GenerationEngine.h"
#include "llm/OfflineProvider.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace outreach;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"OutreachStudio"_s);
    QApplication::setApplicationName(u"Outreach Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(OUTREACH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Personalized outreach with A/B/C testing"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate("main",
                                    "Database: sqlite:PATH, a path, or postgresql://user@host:port/db"),
        u"url"_s);
    parser.addOption(dbOption);
    const QCommandLineOption shotsOption(
        u"screenshots"_s,
        QCoreApplication::translate("main", "Generate the demo campaign, write screenshots to DIR and quit"),
        u"dir"_s);
    parser.addOption(shotsOption);
    parser.process(app);

    const QString url = Database::resolveUrl(parser.value(dbOption));
    auto opened = Database::openAndMigrate(url);
    if (!opened) {
        Prompt::error(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                      opened.errorMessage());
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();

    const DemoSeedResult seeded = DemoSeeder::seedIfEmpty(*db);
    if (!seeded.error.isEmpty()) {
        Prompt::error(nullptr, QCoreApplication::translate("main", "Could not add the demo data"),
                      seeded.error);
    }

    MainWindow window(*db);
    // Offline provider until the settings issue adds provider choice here.
    OfflineProvider provider;
    GenerationEngine engine(*db, &provider);
    window.setProviderInfo(provider.name(), provider.model());
    QObject::connect(&window, &MainWindow::generateRequested, &engine, [&](qint64 campaignId) {
        if (engine.isRunning() || !engine.start(campaignId))
            window.statusBar()->showMessage(QCoreApplication::translate("main", "Generation did not start."),
                                            5000);
    });
    QObject::connect(&window, &MainWindow::regenerateRequested, &engine, [&](qint64 messageId, int index) {
        if (!engine.isRunning())
            engine.regenerate(messageId, index);
    });
    QObject::connect(&engine, &GenerationEngine::progressChanged, &window, [&](const GenerationProgress &p) {
        window.setGenerationProgress(p.done + p.failed, p.total);
    });
    QObject::connect(&engine, &GenerationEngine::finished, &window, [&] {
        window.setGenerationProgress(0, 0);
        window.campaignPane()->model()->refresh();
        window.messagesPane()->refresh();
        if (parser.isSet(shotsOption)) {
            takeScreenshots(*db, window, parser.value(shotsOption));
            QCoreApplication::quit();
        }
    });
    window.show();
    if (parser.isSet(shotsOption)) {
        const qint64 campaignId =
            seeded.campaignId > 0 ? seeded.campaignId : window.campaignPane()->currentCampaignId();
        window.campaignPane()->selectCampaign(campaignId);
        if (!engine.start(campaignId)) {
            takeScreenshots(*db, window, parser.value(shotsOption));
            return 0;
        }
    }
    return app.exec();
}
