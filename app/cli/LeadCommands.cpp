// outreach leads list | import
#include "Cli.h"
#include "LeadRepository.h"
#include "demo/DemoSeeder.h"
#include "import/LeadImporter.h"
#include "json/DomainJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int list(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"min-score"_s, tr("Only leads with at least this score."), u"score"_s});
    p.addOption({u"search"_s, tr("Text in name, email, company or title."), u"text"_s});
    p.addOption({u"limit"_s, tr("At most this many leads."), u"n"_s});
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    LeadFilter filter;
    if (p.isSet(u"min-score"_s)) {
        const auto score = ctx.integerOption(p, u"min-score"_s, 0, 100);
        if (!score)
            return Usage;
        filter.minScore = int(*score);
    }
    if (p.isSet(u"limit"_s)) {
        const auto limit = ctx.integerOption(p, u"limit"_s, 0, 100000000);
        if (!limit)
            return Usage;
        filter.limit = int(*limit);
    }
    filter.search = p.value(u"search"_s);
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto leads = LeadRepository(*db).list(filter);
    if (!leads) {
        ctx.error(leads.errorMessage());
        return Failure;
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const Lead &lead : leads.value())
            array.append(json::leadSummary(lead));
        ctx.printJson(array);
        return Success;
    }
    ctx.print(u"%1  %2  %3  %4  %5"_s.arg(tr("ID"), 6)
                  .arg(tr("Score"), 5)
                  .arg(tr("Name"), -24)
                  .arg(tr("Company"), -24)
                  .arg(tr("Email")));
    for (const Lead &lead : leads.value())
        ctx.print(u"%1  %2  %3  %4  %5"_s.arg(lead.id, 6)
                      .arg(lead.qualificationScore ? QString::number(*lead.qualificationScore) : u"-"_s, 5)
                      .arg(cell(lead.fullName()).left(24), -24)
                      .arg(cell(lead.company).left(24), -24)
                      .arg(cell(lead.email)));
    return Success;
}

int import(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"on-duplicate"_s, tr("update (default) or skip leads whose email exists."), u"mode"_s,
                 u"update"_s});
    p.addOption({u"map"_s, tr("Map a column by hand: \"Header=field\" (repeatable)."), u"mapping"_s});
    if (!ctx.parse(p, {u"FILE"_s}))
        return ctx.parseExit();
    LeadImportOptions options;
    const QString mode = p.value(u"on-duplicate"_s).toLower();
    if (mode == u"skip")
        options.onDuplicate = LeadRepository::OnDuplicate::Skip;
    else if (mode != u"update") {
        ctx.error(tr("--on-duplicate must be update or skip, not \"%1\".").arg(mode));
        return Usage;
    }
    options.mappingOverrides = p.values(u"map"_s);
    const QString path = ctx.positional().at(0);
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const LeadImportReport report = LeadImporter::importFile(*db, path, options);
    if (report.fatal) {
        const ImportIssue &f = *report.fatal;
        ctx.error(f.line > 0 ? tr("%1:%2: %3").arg(path).arg(f.line).arg(f.reason)
                             : tr("%1: %2").arg(path, f.reason));
        if (ctx.json())
            ctx.printJson(report.toJson());
        return report.databaseFailure ? Failure : Usage;
    }
    for (const ImportIssue &issue : report.errors) {
        ctx.error(
            issue.column.isEmpty()
                ? tr("%1:%2: %3").arg(path).arg(issue.line).arg(issue.reason)
                : tr("%1:%2: column \"%3\": %4").arg(path).arg(issue.line).arg(issue.column, issue.reason));
    }
    if (ctx.json())
        ctx.printJson(report.toJson());
    else
        ctx.print(tr("Imported %1 new leads, updated %2, skipped %3 (%4 problems reported).")
                      .arg(report.imported)
                      .arg(report.updated)
                      .arg(report.skipped)
                      .arg(report.errors.size()));
    return Success;
}

int demo(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const DemoSeedResult result = DemoSeeder::seedIfEmpty(*db);
    if (!result.error.isEmpty()) {
        ctx.error(result.error);
        return Failure;
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{
            {u"seeded"_s, result.seeded},
            {u"leads"_s, result.leads},
            {u"campaign_id"_s, result.campaignId ? QJsonValue(result.campaignId) : QJsonValue()}});
    else if (result.seeded)
        ctx.print(tr("Seeded %1 demo leads and demo campaign %2.").arg(result.leads).arg(result.campaignId));
    else
        ctx.print(tr("The database already has data; nothing seeded."));
    return Success;
}

const Registrar r0({u"leads"_s, u"import"_s}, u"FILE [--on-duplicate update|skip] [--map H=field]"_s,
                   tr("Import leads from a CSV file"), &import);
const Registrar r2({u"demo"_s}, QString(), tr("Seed an empty database with the demo leads and campaign"),
                   &demo);
const Registrar r1({u"leads"_s, u"list"_s}, u"[--min-score X] [--search T] [--limit N]"_s, tr("List leads"),
                   &list);

} // namespace
