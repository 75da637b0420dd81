// outreach campaigns create | list | show | delete
#include "CampaignRepository.h"
#include "Cli.h"
#include "LeadQualification.h"
#include "LeadRepository.h"
#include "campaigns/CampaignValidator.h"
#include "stats/Statistics.h"
#include "json/DomainJson.h"

#include <QCoreApplication>
#include <QFile>
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

int create(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"name"_s, tr("Campaign name."), u"name"_s});
    p.addOption({u"channel"_s, tr("email, linkedin, sms or custom."), u"channel"_s});
    p.addOption({u"min-score"_s, tr("Minimum qualification score (0-100)."), u"score"_s, u"0"_s});
    p.addOption({u"template"_s, tr("Message template with {{variables}}."), u"text"_s});
    p.addOption({u"template-file"_s, tr("Read the template from a file."), u"file"_s});
    p.addOption({u"context"_s, tr("Custom context for the writer."), u"text"_s});
    p.addOption({u"sender-name"_s, tr("Sender name."), u"name"_s});
    p.addOption({u"sender-signature"_s, tr("Sender signature."), u"text"_s});
    p.addOption({u"metric"_s, tr("Winner metric: open, click or reply."), u"metric"_s, u"reply"_s});
    p.addOption(
        {u"min-sample"_s, tr("Sends per variant before a winner may be declared."), u"n"_s, u"100"_s});
    p.addOption({u"budget"_s, tr("Budget cap in USD (0 = none)."), u"usd"_s, u"0"_s});
    p.addOption({u"char-limit"_s, tr("Custom channel: character limit (0 = none)."), u"n"_s, u"0"_s});
    p.addOption({u"subject"_s, tr("Custom channel: messages have a subject line.")});
    p.addOption({u"provider"_s, tr("Provider override: cerebras, openai or offline."), u"name"_s});
    p.addOption({u"model"_s, tr("Model override."), u"model"_s});
    p.addOption({u"mode"_s, tr("A/B decision: sequential (default; always valid at every look) or fixed."),
                 u"mode"_s, u"sequential"_s});
    p.addOption(
        {u"planned-sends"_s, tr("Planned sends per variant (fixed mode; tunes sequential mode)."), u"n"_s});
    p.addOption({u"mde"_s, tr("Minimum detectable effect, an absolute rate difference (0.02 = 2 points)."),
                 u"lift"_s, u"0"_s});
    p.addOption({u"baseline-rate"_s, tr("Expected rate of the metric, to plan the sample from --mde."),
                 u"rate"_s, u"0.05"_s});
    p.addOption({u"test-share"_s,
                 tr("Share of qualifying leads in the test (0 < share <= 1); the rest get the "
                    "winner."),
                 u"share"_s, u"1"_s});
    p.addOption({u"deadline"_s,
                 tr("Date (YYYY-MM-DD, end of day UTC) or ISO time after which the most likely "
                    "best variant is rolled out."),
                 u"date"_s});
    if (!ctx.parse(p, {}))
        return ctx.parseExit();

    Campaign c;
    c.name = p.value(u"name"_s).trimmed();
    if (!p.isSet(u"name"_s) || !p.isSet(u"channel"_s)) {
        ctx.error(tr("outreach campaigns create needs --name and --channel."));
        return Usage;
    }
    const auto channel = channelFromString(p.value(u"channel"_s));
    if (!channel) {
        ctx.error(
            tr("Unknown channel \"%1\": use email, linkedin, sms or custom.").arg(p.value(u"channel"_s)));
        return Usage;
    }
    c.channel = *channel;
    const auto metric = winnerMetricFromString(p.value(u"metric"_s));
    if (!metric) {
        ctx.error(tr("Unknown metric \"%1\": use open, click or reply.").arg(p.value(u"metric"_s)));
        return Usage;
    }
    c.winnerMetric = *metric;
    const auto minScore = ctx.integerOption(p, u"min-score"_s, 0, 100);
    const auto minSample = ctx.integerOption(p, u"min-sample"_s, 1, 100000000);
    const auto budget = ctx.numberOption(p, u"budget"_s, 0, 1e9);
    const auto charLimit = ctx.integerOption(p, u"char-limit"_s, 0, 1000000);
    if (!minScore || !minSample || !budget || !charLimit)
        return Usage;
    c.minScore = int(*minScore);
    c.minSample = int(*minSample);
    c.budgetUsd = *budget;
    c.customCharLimit = int(*charLimit);
    c.customHasSubject = p.isSet(u"subject"_s);
    const auto mode = testModeFromString(p.value(u"mode"_s));
    if (!mode) {
        ctx.error(tr("Unknown mode \"%1\": use sequential or fixed.").arg(p.value(u"mode"_s)));
        return Usage;
    }
    c.testMode = *mode;
    const auto mde = ctx.numberOption(p, u"mde"_s, 0, 1);
    const auto baseline = ctx.numberOption(p, u"baseline-rate"_s, 0, 1);
    const auto share = ctx.numberOption(p, u"test-share"_s, 0, 1);
    if (!mde || !baseline || !share)
        return Usage;
    if (!(*share > 0)) {
        ctx.error(
            tr("--test-share must be above 0 (and at most 1), not \"%1\".").arg(p.value(u"test-share"_s)));
        return Usage;
    }
    c.testShare = *share;
    c.minDetectableLift = *mde;
    if (p.isSet(u"planned-sends"_s)) {
        const auto planned = ctx.integerOption(p, u"planned-sends"_s, 1, 1000000000);
        if (!planned)
            return Usage;
        c.plannedSends = *planned;
    } else if (*mde > 0) {
        // The planner: a two-sided test at the campaign's alpha, 80 % power.
        const auto planned =
            stats::sendsNeededPerVariant(*baseline, std::min(1.0, *baseline + *mde), c.alpha, 0.8);
        if (!planned) {
            ctx.error(
                tr("Cannot plan a sample for --baseline-rate %1 and --mde %2.").arg(*baseline).arg(*mde));
            return Usage;
        }
        c.plannedSends = *planned;
    }
    if (c.testMode == TestMode::Fixed && c.plannedSends == 0) {
        ctx.error(tr("--mode fixed needs a plan: give --planned-sends N, or --mde (with --baseline-rate)."));
        return Usage;
    }
    if (p.isSet(u"deadline"_s)) {
        const QString text = p.value(u"deadline"_s).trimmed();
        QDateTime deadline;
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
            deadline = QDateTime(date, QTime(23, 59, 59), Qt::UTC);
        else
            deadline = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!deadline.isValid()) {
            ctx.error(
                tr("--deadline must be a date (YYYY-MM-DD) or an ISO 8601 time, not \"%1\".").arg(text));
            return Usage;
        }
        c.deadline = deadline.toUTC();
    }
    if (p.isSet(u"template-file"_s)) {
        QFile file(p.value(u"template-file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.error(tr("Cannot read the template file %1: %2").arg(file.fileName(), file.errorString()));
            return Usage;
        }
        c.templateText = QString::fromUtf8(file.readAll());
    } else {
        c.templateText = p.value(u"template"_s);
    }
    c.customContext = p.value(u"context"_s);
    c.senderName = p.value(u"sender-name"_s);
    c.senderSignature = p.value(u"sender-signature"_s);
    c.provider = p.value(u"provider"_s);
    c.model = p.value(u"model"_s);

    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto customFields = LeadRepository(*db).customFieldNames();
    const auto problems = CampaignValidator::validate(c, customFields ? customFields.value() : QStringList());
    if (!problems.isEmpty()) {
        for (const CampaignProblem &problem : problems)
            ctx.error(u"--"_s + QString(problem.field).replace(u'_', u'-') + u": "_s + problem.message);
        return Usage;
    }
    CampaignRepository campaigns(*db);
    const auto id = campaigns.create(c);
    if (!id) {
        ctx.error(id.errorMessage());
        return Failure;
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"id"_s, id.value()}});
    else
        ctx.print(tr("Created campaign %1 \"%2\".").arg(id.value()).arg(c.name));
    return Success;
}

QJsonObject summaryJson(const CampaignSummary &s)
{
    QJsonObject o = json::campaign(s.campaign);
    o.insert(u"qualifying_leads"_s, s.qualifying);
    // Leads with the score but without the channel's contact (LeadQualification).
    QJsonObject leftOut{{u"count"_s, s.leftOut}};
    if (s.leftOut > 0)
        leftOut.insert(u"reason"_s, LeadQualification::missingContact(s.campaign.channel));
    o.insert(u"left_out_leads"_s, leftOut);
    o.insert(u"generated"_s, s.generated);
    o.insert(u"failed"_s, s.failed);
    return o;
}

int list(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto summaries = CampaignRepository(*db).summaries();
    if (!summaries) {
        ctx.error(summaries.errorMessage());
        return Failure;
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const CampaignSummary &s : summaries.value())
            array.append(summaryJson(s));
        ctx.printJson(array);
        return Success;
    }
    ctx.print(u"%1  %2  %3  %4  %5  %6"_s.arg(tr("ID"), 5)
                  .arg(tr("Name"), -30)
                  .arg(tr("Channel"), -8)
                  .arg(tr("Status"), -10)
                  .arg(tr("Qualifying"), 10)
                  .arg(tr("Generated"), 9));
    for (const CampaignSummary &s : summaries.value())
        ctx.print(u"%1  %2  %3  %4  %5  %6"_s.arg(s.campaign.id, 5)
                      .arg(cell(s.campaign.name).left(30), -30)
                      .arg(toString(s.campaign.channel), -8)
                      .arg(toString(s.campaign.status), -10)
                      .arg(s.qualifying, 10)
                      .arg(s.generated, 9));
    return Success;
}

int show(Context &ctx)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"ID"_s, tr("campaign"));
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto s = CampaignRepository(*db).summary(*id);
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        ctx.printJson(summaryJson(s.value()));
        return Success;
    }
    const Campaign &c = s->campaign;
    ctx.print(tr("Campaign %1: %2").arg(c.id).arg(c.name));
    ctx.print(tr("  Channel:          %1").arg(toString(c.channel)));
    ctx.print(tr("  Status:           %1").arg(toString(c.status)));
    ctx.print(tr("  Minimum score:    %1").arg(c.minScore));
    ctx.print(tr("  Qualifying leads: %1").arg(s->qualifying));
    if (s->leftOut > 0)
        ctx.print(tr("  Left out:         %1 (%2)")
                      .arg(s->leftOut)
                      .arg(LeadQualification::missingContact(c.channel)));
    ctx.print(tr("  Generated:        %1 (failed %2)").arg(s->generated).arg(s->failed));
    ctx.print(tr("  Winner metric:    %1").arg(toString(c.winnerMetric)));
    ctx.print(tr("  Cost so far:      $%1").arg(c.costTotal, 0, 'f', 4));
    if (!c.templateText.isEmpty())
        ctx.print(tr("  Template:         %1").arg(c.templateText));
    return Success;
}

int remove(Context &ctx)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"ID"_s, tr("campaign"));
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    if (auto status = CampaignRepository(*db).remove(*id); !status)
        return ctx.fail(status.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"deleted"_s, *id}});
    else
        ctx.print(tr("Deleted campaign %1 with its messages and events.").arg(*id));
    return Success;
}

const Registrar r1({u"campaigns"_s, u"create"_s}, u"--name N --channel C [...]"_s, tr("Create a campaign"),
                   &create);
const Registrar r2({u"campaigns"_s, u"list"_s}, QString(), tr("List campaigns"), &list);
const Registrar r3({u"campaigns"_s, u"show"_s}, u"ID"_s, tr("Show a campaign"), &show);
const Registrar r4({u"campaigns"_s, u"delete"_s}, u"ID"_s, tr("Delete a campaign and its messages"), &remove);

} // namespace
