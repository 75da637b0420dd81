// Outreach Studio: builds the application (settings, translations, keychain,
// the Workspace), opens the database (--db, OUTREACH_DB, the one chosen in
// the settings, or the default file) and runs. Everything else lives in the
// outreach_ui library, where it is tested.
#include "Database.h"
#include "Workspace.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/Translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {
QCommandLineOption addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Personalized outreach with A/B/C testing"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(u"db"_s,
                          QCoreApplication::translate(
                              "main", "Database: sqlite:PATH, a path, or postgresql://user@host:port/db"),
                          u"url"_s);
    parser.addOption(db);
    return db;
}
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
    const QCommandLineOption dbOption = addOptions(parser);
    parser.process(app);

    // --db, then OUTREACH_DB, then the settings, then the default file.
    QString requested = parser.value(dbOption);
    if (requested.isEmpty() && qEnvironmentVariableIsEmpty("OUTREACH_DB"))
        requested = settings.databaseUrl();

    KeychainSecretStore secrets;
    Workspace workspace(settings, secrets);
    // A PostgreSQL password comes from the keychain, asynchronously.
    workspace.openWithStoredPassword(Database::resolveUrl(requested), [](bool ok) {
        if (!ok)
            QCoreApplication::exit(1);
    });
    return app.exec();
}
