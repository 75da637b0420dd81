// outreach messages list | show | edit | regenerate
#include "CampaignRepository.h"
#include "Cli.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "channels/ChannelRules.h"
#include "generation/GenerationEngine.h"
#include "generation/ProviderFactory.h"
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

void printMessage(const Context &ctx, const Message &m, const Lead *lead)
{
    ctx.print(tr("Message %1 for %2 (lead %3): %4, %5 attempt(s), %6 ms, $%7")
                  .arg(m.id)
                  .arg(lead ? lead->email : QString())
                  .arg(m.leadId)
                  .arg(toString(m.status))
                  .arg(m.attempts)
                  .arg(m.latencyMs)
                  .arg(m.costUsd, 0, 'f', 5));
    if (!m.error.isEmpty())
        ctx.print(tr("  Note: %1").arg(m.error));
    for (const Variant &v : m.variants) {
        ctx.print(u"  [%1] %2%3"_s.arg(v.index)
                      .arg(toString(v.tone))
                      .arg(v.flags.isEmpty() ? QString() : u" ("_s + v.flags.join(u", "_s) + u')'));
        if (v.subject)
            ctx.print(tr("      Subject: %1").arg(*v.subject));
        ctx.print(u"      "_s + QString(v.body).replace(u'\n', u"\n      "_s));
    }
}

int list(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"status"_s, tr("pending, generated, failed or excluded."), u"status"_s});
    if (!ctx.parse(p, {u"CAMPAIGN"_s}))
        return ctx.parseExit();
    const auto campaignId = ctx.idArgument(ctx.positional().at(0), tr("campaign"));
    if (!campaignId)
        return Usage;
    MessageFilter filter;
    if (p.isSet(u"status"_s)) {
        filter.status = generationStatusFromString(p.value(u"status"_s));
        if (!filter.status) {
            ctx.error(tr("Unknown status \"%1\": use pending, generated, failed or excluded.")
                          .arg(p.value(u"status"_s)));
            return Usage;
        }
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    if (const auto campaign = CampaignRepository(*db).get(*campaignId); !campaign)
        return ctx.fail(campaign.error());
    const auto messages = MessageRepository(*db).list(*campaignId, filter);
    if (!messages) {
        ctx.error(messages.errorMessage());
        return Failure;
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const MessageWithLead &m : messages.value())
            array.append(json::message(m.message, &m.lead));
        ctx.printJson(array);
        return Success;
    }
    for (const MessageWithLead &m : messages.value()) {
        const QString first =
            m.message.variants.isEmpty() ? m.message.error : m.message.variants.first().body;
        ctx.print(u"%1  %2  %3  %4"_s.arg(m.message.id, 6)
                      .arg(cell(m.lead.email).left(32), -32)
                      .arg(toString(m.message.status), -9)
                      .arg(cell(first.left(60).replace(u'\n', u' '))));
    }
    return Success;
}

int show(Context &ctx)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"ID"_s, tr("message"));
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto message = MessageRepository(*db).get(*id);
    if (!message)
        return ctx.fail(message.error());
    const auto lead = LeadRepository(*db).get(message->leadId);
    const Lead *leadPtr = lead ? &lead.value() : nullptr;
    if (ctx.json())
        ctx.printJson(json::message(message.value(), leadPtr));
    else
        printMessage(ctx, message.value(), leadPtr);
    return Success;
}

std::optional<int> variantOption(const Context &ctx, const QCommandLineParser &p)
{
    const auto k = ctx.integerOption(p, u"variant"_s, 0, kVariantCount - 1);
    return k ? std::optional<int>(int(*k)) : std::nullopt;
}

int edit(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"variant"_s, tr("Variant index 0, 1 or 2."), u"k"_s});
    p.addOption({u"subject"_s, tr("New subject line."), u"text"_s});
    p.addOption({u"body"_s, tr("New body."), u"text"_s});
    const auto id = ctx.parseId(p, u"ID"_s, tr("message"));
    if (!id)
        return ctx.parseExit();
    if (!p.isSet(u"variant"_s) || (!p.isSet(u"subject"_s) && !p.isSet(u"body"_s))) {
        ctx.error(tr("outreach messages edit needs --variant and --subject and/or --body."));
        return Usage;
    }
    const auto k = variantOption(ctx, p);
    if (!k)
        return Usage;
    Database *db = ctx.database();
    if (!db)
        return Failure;
    MessageRepository messages(*db);
    const auto message = messages.get(*id);
    if (!message)
        return ctx.fail(message.error());
    if (message->variants.size() != kVariantCount) {
        ctx.error(tr("Message %1 has no variants to edit yet.").arg(*id));
        return Usage;
    }
    const auto campaign = CampaignRepository(*db).get(message->campaignId);
    if (!campaign) {
        ctx.error(campaign.errorMessage());
        return Failure;
    }
    const Variant &current = message->variants.at(*k);
    std::optional<QString> subject = current.subject;
    if (p.isSet(u"subject"_s))
        subject = p.value(u"subject"_s);
    const QString body = p.isSet(u"body"_s) ? p.value(u"body"_s) : current.body;
    const ChannelRules rules = ChannelRules::forCampaign(campaign.value());
    if (!rules.hasSubject())
        subject.reset();
    const auto updated = messages.updateVariant(*id, *k, subject, body, current.version);
    if (!updated) {
        ctx.error(updated.errorMessage());
        return updated.isConflict() ? Failure : exitCodeFor(updated.error());
    }
    // Saved as written: the rules advise, they never block a person's edit.
    for (const QString &violation : rules.violations(subject, body))
        ctx.error(tr("Warning: %1").arg(violation));
    if (ctx.json())
        ctx.printJson(json::variant(updated.value()));
    else
        ctx.print(tr("Saved variant %1 of message %2.").arg(*k).arg(*id));
    return Success;
}

int regenerate(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"variant"_s, tr("Rewrite only this variant (0, 1 or 2)."), u"k"_s});
    p.addOption({u"provider"_s, tr("cerebras, openai or offline."), u"name"_s});
    p.addOption({u"base-url"_s, tr("Chat-completions endpoint base URL."), u"url"_s});
    p.addOption({u"model"_s, tr("Model name."), u"model"_s});
    const auto id = ctx.parseId(p, u"ID"_s, tr("message"));
    if (!id)
        return ctx.parseExit();
    std::optional<int> variant;
    if (p.isSet(u"variant"_s)) {
        variant = variantOption(ctx, p);
        if (!variant)
            return Usage;
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto message = MessageRepository(*db).get(*id);
    if (!message)
        return ctx.fail(message.error());
    const auto campaign = CampaignRepository(*db).get(message->campaignId);
    if (!campaign) {
        ctx.error(campaign.errorMessage());
        return Failure;
    }
    const ProviderChoice flags{p.value(u"provider"_s), QUrl(p.value(u"base-url"_s)), p.value(u"model"_s)};
    QString error;
    LlmProvider *provider =
        ProviderFactory::createFromEnvironment(ProviderFactory::resolve(campaign.value(), flags), &error)
            .release();
    if (!provider) {
        ctx.error(error);
        return Usage;
    }
    provider->setParent(qApp);
    auto *engine = new GenerationEngine(*db, provider, qApp);
    QObject::connect(engine, &GenerationEngine::finished, engine,
                     [&ctx, db, id = *id](const GenerationSummary &s) {
                         if (!s.ok()) {
                             ctx.error(s.error);
                             ctx.finish(Failure);
                             return;
                         }
                         const auto after = MessageRepository(*db).get(id);
                         if (after && ctx.json())
                             ctx.printJson(json::message(after.value()));
                         else if (after)
                             printMessage(ctx, after.value(), nullptr);
                         ctx.finish(after ? Success : Failure);
                     });
    if (!engine->regenerate(*id, variant)) {
        ctx.error(engine->error());
        return Usage;
    }
    return Pending;
}

const Registrar r1({u"messages"_s, u"list"_s}, u"CAMPAIGN [--status S]"_s, tr("List a campaign's messages"),
                   &list);
const Registrar r2({u"messages"_s, u"show"_s}, u"ID"_s, tr("Show one message and its variants"), &show);
const Registrar r3({u"messages"_s, u"edit"_s}, u"ID --variant K [--subject S] [--body B]"_s,
                   tr("Edit one variant"), &edit);
const Registrar r4({u"messages"_s, u"regenerate"_s}, u"ID [--variant K] [--provider P]"_s,
                   tr("Write a message or one variant again"), &regenerate);

} // namespace
