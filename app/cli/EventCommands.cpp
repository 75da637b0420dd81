// outreach events import
#include "Cli.h"
#include "abtest/EventImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int importEvents(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {u"CAMPAIGN"_s, u"FILE"_s}))
        return ctx.parseExit();
    bool ok = false;
    const qint64 campaignId = ctx.positional().at(0).toLongLong(&ok);
    if (!ok || campaignId <= 0) {
        ctx.error(tr("\"%1\" is not a campaign id (a positive whole number).").arg(ctx.positional().at(0)));
        return Usage;
    }
    QFile file(ctx.positional().at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.error(tr("Cannot read the event file %1: %2").arg(file.fileName(), file.errorString()));
        return Usage;
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto result =
        EventImport::run(*db, campaignId, &file, u"import:"_s + QFileInfo(file.fileName()).fileName());
    if (!result) {
        ctx.error(result.errorMessage());
        const auto kind = result.error().kind;
        return kind == DbError::Kind::NotFound || kind == DbError::Kind::Invalid ? Usage : Failure;
    }
    if (!result->fileRead) {
        ctx.error(tr("%1: %2").arg(file.fileName(), result->fileError));
        return Usage;
    }
    if (ctx.json()) {
        ctx.printJson(result->toJson());
        return Success;
    }
    for (const ImportIssue &issue : result->errors)
        ctx.error(issue.column.isEmpty()
                      ? tr("%1:%2: %3").arg(file.fileName()).arg(issue.line).arg(issue.reason)
                      : tr("%1:%2: column %3: %4")
                            .arg(file.fileName())
                            .arg(issue.line)
                            .arg(issue.column, issue.reason));
    ctx.print(tr("Imported %1 event(s); %2 already recorded; %3 row(s) with errors.")
                  .arg(result->imported)
                  .arg(result->duplicates)
                  .arg(result->errors.size()));
    return Success;
}

const Registrar r1({u"events"_s, u"import"_s}, u"CAMPAIGN FILE"_s,
                   tr("Import sent/opened/clicked/... events from a CSV file"), &importEvents);

} // namespace
