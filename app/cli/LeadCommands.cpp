// outreach leads list | import
#include "Cli.h"
#include "LeadRepository.h"
#include "json/DomainJson.h"

#include <QCoreApplication>
#include <QJsonArray>

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
                      .arg(lead.fullName().left(24), -24)
                      .arg(lead.company.left(24), -24)
                      .arg(lead.email));
    return Success;
}

const Registrar r1({u"leads"_s, u"list"_s}, u"[--min-score X] [--search T] [--limit N]"_s, tr("List leads"),
                   &list);

} // namespace
