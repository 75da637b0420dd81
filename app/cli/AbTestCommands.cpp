// outreach campaigns activate | pause | resume | complete | archive
// outreach messages pin | exclude | set-status
#include "CampaignRepository.h"
#include "Cli.h"
#include "EventRepository.h"
#include "MessageRepository.h"
#include "abtest/Activation.h"
#include "abtest/EventImport.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int activate(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"seed"_s, tr("Seed of the randomization (same seed, same assignment)."), u"S"_s});
    const auto id = ctx.parseId(p, u"ID"_s, tr("campaign"));
    if (!id)
        return ctx.parseExit();
    quint64 seed = Activation::randomSeed();
    if (p.isSet(u"seed"_s)) {
        const auto given = ctx.integerOption(p, u"seed"_s, 0, qint64(Activation::kMaxSeed));
        if (!given)
            return Usage;
        seed = quint64(*given);
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto report = Activation::activate(*db, *id, seed);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return Success;
    }
    ctx.print(tr("Campaign %1 is active (seed %2).").arg(*id).arg(report->seed));
    for (int v = 0; v < kVariantCount; ++v)
        ctx.print(tr("  Variant %1 (%2): %3 assigned, %4 pinned")
                      .arg(v)
                      .arg(toString(toneOfIndex(v)))
                      .arg(report->assigned[size_t(v)])
                      .arg(report->pinnedPerVariant[size_t(v)]));
    ctx.print(tr("  Excluded: %1").arg(report->excluded));
    return Success;
}

int move(Context &ctx, CampaignStatus to)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"ID"_s, tr("campaign"));
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    CampaignRepository campaigns(*db);
    if (to == CampaignStatus::Active) {
        // ready -> active is a legal move, but only activation may make it:
        // it assigns the variants first.
        const auto campaign = campaigns.get(*id);
        if (!campaign) {
            ctx.error(campaign.errorMessage());
            return exitCodeFor(campaign.error());
        }
        if (campaign->status != CampaignStatus::Paused) {
            ctx.error(tr("Campaign %1 is %2, not paused: only a paused campaign can be resumed. Start a test "
                         "with \"outreach campaigns activate %1\".")
                          .arg(*id)
                          .arg(toString(campaign->status)));
            return Usage;
        }
    }
    if (auto status = campaigns.setStatus(*id, to); !status)
        return ctx.fail(status.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"campaign_id"_s, *id}, {u"status"_s, toString(to)}});
    else
        ctx.print(tr("Campaign %1 is now %2.").arg(*id).arg(toString(to)));
    return Success;
}

int pin(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"variant"_s, tr("Variant index 0, 1 or 2."), u"K"_s});
    const auto id = ctx.parseId(p, u"ID"_s, tr("message"));
    if (!id)
        return ctx.parseExit();
    if (!p.isSet(u"variant"_s)) {
        ctx.error(tr("outreach messages pin needs --variant 0, 1 or 2."));
        return Usage;
    }
    const auto variant = ctx.integerOption(p, u"variant"_s, 0, kVariantCount - 1);
    if (!variant)
        return Usage;
    Database *db = ctx.database();
    if (!db)
        return Failure;
    if (auto status = Activation::pin(*db, *id, int(*variant)); !status)
        return ctx.fail(status.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"message_id"_s, *id}, {u"variant"_s, *variant}, {u"pinned"_s, true}});
    else
        ctx.print(tr("Message %1 is pinned to variant %2.").arg(*id).arg(*variant));
    return Success;
}

int exclude(Context &ctx)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"ID"_s, tr("message"));
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    if (auto status = Activation::exclude(*db, *id); !status)
        return ctx.fail(status.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"message_id"_s, *id}, {u"status"_s, u"excluded"_s}});
    else
        ctx.print(tr("Message %1 is excluded from the test.").arg(*id));
    return Success;
}

int setStatus(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {u"ID"_s, u"STATUS"_s}))
        return ctx.parseExit();
    const auto id = ctx.idArgument(ctx.positional().at(0), tr("message"));
    if (!id)
        return Usage;
    const auto type = EventImport::eventTypeFromName(ctx.positional().at(1));
    if (!type) {
        ctx.error(
            tr("Unknown status \"%1\": use %2.").arg(ctx.positional().at(1), eventTypeNames().join(u", "_s)));
        return Usage;
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto message = MessageRepository(*db).get(*id);
    if (!message)
        return ctx.fail(message.error());
    if (!message->assignedVariant) {
        ctx.error(tr("Message %1 takes no part in a running test (its campaign is not active, or the message "
                     "is excluded): no event recorded.")
                      .arg(*id));
        return Usage;
    }
    const auto result =
        EventRepository(*db).append({{*id, *type, QDateTime::currentDateTimeUtc()}}, u"manual"_s);
    if (!result) {
        ctx.error(result.errorMessage());
        return Failure;
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{
            {u"message_id"_s, *id}, {u"event"_s, toString(*type)}, {u"recorded"_s, result->inserted > 0}});
    else
        ctx.print(tr("Message %1: recorded \"%2\".").arg(*id).arg(toString(*type)));
    return Success;
}

const Registrar r1({u"campaigns"_s, u"activate"_s}, u"ID [--seed S]"_s,
                   tr("Assign variants and start the A/B/C test"), &activate);
const Registrar r2({u"campaigns"_s, u"pause"_s}, u"ID"_s, tr("Pause an active campaign"),
                   [](Context &ctx) { return move(ctx, CampaignStatus::Paused); });
const Registrar r3({u"campaigns"_s, u"resume"_s}, u"ID"_s, tr("Resume a paused campaign"),
                   [](Context &ctx) { return move(ctx, CampaignStatus::Active); });
const Registrar r4({u"campaigns"_s, u"complete"_s}, u"ID"_s, tr("Mark a campaign completed"),
                   [](Context &ctx) { return move(ctx, CampaignStatus::Completed); });
const Registrar r5({u"campaigns"_s, u"archive"_s}, u"ID"_s, tr("Archive a campaign"),
                   [](Context &ctx) { return move(ctx, CampaignStatus::Archived); });
const Registrar r6({u"messages"_s, u"pin"_s}, u"ID --variant K"_s, tr("Pin a message to a variant"), &pin);
const Registrar r7({u"messages"_s, u"exclude"_s}, u"ID"_s, tr("Exclude a message from the test"), &exclude);
const Registrar r8({u"messages"_s, u"set-status"_s}, u"ID STATUS"_s,
                   tr("Record an event (sent, delivered, opened, clicked, replied, bounced, unsubscribed)"),
                   &setStatus);

} // namespace
