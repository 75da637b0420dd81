// Outreach Studio: opens the database (--db, OUTREACH_DB or the default file),
// seeds the demo data on first start and shows the main window.
#include "Database.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "demo/DemoSeeder.h"

#include <QApplication>
#include <QCommandLineParser>

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
    window.show();
    // The generation engine (app/generation/GenerationEngine) connects to
    // window.generateRequested / regenerateRequested here once it exists.
    return app.exec();
}
