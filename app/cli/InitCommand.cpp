// outreach init: create or migrate the database; prints the schema version.
#include "Cli.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, {}))
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto version = db->schemaVersion();
    if (!version) {
        ctx.error(version.errorMessage());
        return Failure;
    }
    if (ctx.json())
        ctx.printJson(
            QJsonObject{{u"database"_s, db->url().displayName()}, {u"schema_version"_s, version.value()}});
    else
        ctx.print(QCoreApplication::translate("Cli", "Database %1 is at schema version %2.")
                      .arg(db->url().displayName())
                      .arg(version.value()));
    return Success;
}

const Registrar init({u"init"_s}, QString(),
                     QCoreApplication::translate("Cli", "Create or migrate the database"), &run);

} // namespace
