// outreach generate CAMPAIGN: runs the generation engine headless, progress
// on stderr, the run's account on stdout. The first Ctrl-C or SIGTERM stops
// sending and stores the answers in flight for --grace seconds, then prints
// the account; a second one ends the process at once.
#include "CampaignRepository.h"
#include "Cli.h"
#include "StopSignals.h"
#include "generation/GenerationEngine.h"
#include "generation/ProviderFactory.h"

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

QJsonObject summaryJson(const GenerationSummary &s)
{
    return {{u"campaign_id"_s, s.campaignId},
            {u"generated"_s, s.generated},
            {u"failed"_s, s.failed},
            {u"skipped"_s, s.skipped},
            {u"requests"_s, s.requests},
            {u"retries"_s, s.retries},
            {u"rate_limited"_s, s.rateLimited},
            {u"claimed_elsewhere"_s, s.claimedElsewhere},
            {u"rebought"_s, s.rebought},
            {u"rebought_usd"_s, s.reboughtUsd},
            {u"elapsed_s"_s, s.elapsedSeconds},
            {u"messages_per_minute"_s, s.messagesPerMinute},
            {u"latency_ms"_s,
             QJsonObject{{u"p50"_s, s.latencyP50Ms}, {u"p95"_s, s.latencyP95Ms}, {u"max"_s, s.latencyMaxMs}}},
            {u"prompt_tokens"_s, s.promptTokens},
            {u"completion_tokens"_s, s.completionTokens},
            {u"cost_usd"_s, s.costUsd},
            {u"cancelled"_s, s.cancelled},
            {u"abandoned"_s, s.abandoned},
            {u"budget_reached"_s, s.budgetReached},
            {u"error"_s, s.error.isEmpty() ? QJsonValue() : QJsonValue(s.error)}};
}

QString progressLine(const GenerationProgress &p)
{
    const QString eta = p.etaSeconds < 0 ? u"?"_s : QString::number(qRound(p.etaSeconds)) + u"s"_s;
    return tr("generated %1, failed %2, remaining %3 | %4 msg/min | ETA %5 | $%6%7")
        .arg(p.done)
        .arg(p.failed)
        .arg(p.remaining)
        .arg(p.messagesPerMinute, 0, 'f', 0)
        .arg(eta)
        .arg(p.costUsd, 0, 'f', 4)
        .arg(p.paused ? tr(" (paused)") : QString());
}

int generate(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"provider"_s, tr("cerebras, openai or offline."), u"name"_s});
    p.addOption({u"base-url"_s, tr("Chat-completions endpoint base URL."), u"url"_s});
    p.addOption({u"model"_s, tr("Model name."), u"model"_s});
    p.addOption({u"concurrency"_s, tr("Requests in flight (1-64)."), u"n"_s, u"8"_s});
    p.addOption({u"limit"_s, tr("Generate at most this many leads."), u"n"_s});
    p.addOption({u"retry-failed"_s, tr("Also retry leads that failed before.")});
    p.addOption({u"budget"_s, tr("Stop before this run spends more than USD."), u"usd"_s, u"0"_s});
    p.addOption({u"max-attempts"_s, tr("Attempts per lead (1-10)."), u"n"_s, u"4"_s});
    p.addOption({u"timeout"_s, tr("Per-request deadline in seconds."), u"s"_s, u"60"_s});
    p.addOption({u"grace"_s, tr("After Ctrl-C or SIGTERM, store answers in flight for this many seconds."),
                 u"s"_s, u"10"_s});
    if (!ctx.parse(p, {u"CAMPAIGN"_s}))
        return ctx.parseExit();
    bool idOk = false;
    const qint64 campaignId = ctx.positional().at(0).toLongLong(&idOk);
    if (!idOk || campaignId <= 0) {
        ctx.error(tr("\"%1\" is not a campaign id (a positive whole number).").arg(ctx.positional().at(0)));
        return Usage;
    }
    const auto concurrency = ctx.integerOption(p, u"concurrency"_s, 1, 64);
    const auto limit =
        p.isSet(u"limit"_s) ? ctx.integerOption(p, u"limit"_s, 0, 100000000) : std::optional<qint64>(-1);
    const auto budget = ctx.numberOption(p, u"budget"_s, 0, 1e9);
    const auto attempts = ctx.integerOption(p, u"max-attempts"_s, 1, 10);
    const auto timeout = ctx.numberOption(p, u"timeout"_s, 0.1, 3600);
    const auto grace = ctx.numberOption(p, u"grace"_s, 0, 3600);
    if (!concurrency || !limit || !budget || !attempts || !timeout || !grace)
        return Usage;

    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto campaign = CampaignRepository(*db).get(campaignId);
    if (!campaign) {
        ctx.error(campaign.errorMessage());
        return campaign.isNotFound() ? Usage : Failure;
    }
    ProviderChoice flags;
    flags.provider = p.value(u"provider"_s);
    flags.baseUrl = QUrl(p.value(u"base-url"_s));
    flags.model = p.value(u"model"_s);
    QString error;
    // Both live until the application quits: the run ends with the process.
    LlmProvider *provider =
        ProviderFactory::createFromEnvironment(ProviderFactory::resolve(campaign.value(), flags), &error)
            .release();
    if (!provider) {
        ctx.error(error);
        return Usage;
    }

    GenerationOptions options;
    options.concurrency = int(*concurrency);
    options.limit = int(*limit);
    options.retryFailed = p.isSet(u"retry-failed"_s);
    options.budgetUsd = *budget;
    options.maxAttempts = int(*attempts);
    options.requestTimeoutMs = int(*timeout * 1000);
    provider->setParent(qApp);
    auto *engine = new GenerationEngine(*db, provider, qApp);
    QObject::connect(engine, &GenerationEngine::progressChanged, engine,
                     [&ctx](const GenerationProgress &progress) { ctx.progress(progressLine(progress)); });
    QObject::connect(engine, &GenerationEngine::finished, engine, [&ctx](const GenerationSummary &s) {
        if (!s.error.isEmpty())
            ctx.error(s.error);
        if (s.cancelled)
            ctx.error(tr("Stopped before the end (%1 request(s) in flight given up); run the command again "
                         "for the remaining leads.")
                          .arg(s.abandoned));
        if (s.budgetReached)
            ctx.error(
                tr("Stopped before exceeding the budget; run again with a higher --budget for the rest."));
        if (ctx.json()) {
            ctx.printJson(summaryJson(s));
        } else {
            ctx.print(
                tr("Campaign %1: generated %2, failed %3, skipped %4 in %5 s (%6 msg/min), %7 requests, "
                   "%8 retries, $%9.")
                    .arg(s.campaignId)
                    .arg(s.generated)
                    .arg(s.failed)
                    .arg(s.skipped)
                    .arg(s.elapsedSeconds, 0, 'f', 1)
                    .arg(s.messagesPerMinute, 0, 'f', 0)
                    .arg(s.requests)
                    .arg(s.retries)
                    .arg(s.costUsd, 0, 'f', 4));
        }
        // A stopped run did not do its job: scripts must not go on as if it had.
        ctx.finish(s.error.isEmpty() && !s.cancelled ? Success : Failure);
    });
    auto *stopSignals = new StopSignals(engine);
    const int graceMs = int(*grace * 1000);
    QObject::connect(stopSignals, &StopSignals::stopRequested, engine, [&ctx, engine, graceMs](int) {
        ctx.progress(tr("Stopping: no new requests; storing the answers in flight for up to %1 s. "
                        "Press Ctrl-C again to quit at once.")
                         .arg(graceMs / 1000.0));
        engine->stopGracefully(graceMs);
    });
    if (!engine->start(campaignId, options)) {
        ctx.error(engine->error());
        return Failure;
    }
    ctx.progress(tr("Generating with %1 (%2), %3 at once.")
                     .arg(provider->name(), provider->model())
                     .arg(options.concurrency));
    return Pending;
}

const Registrar r1({u"generate"_s},
                   u"CAMPAIGN [--provider P] [--base-url URL] [--model M] [--concurrency N] [--limit N] "
                   "[--retry-failed] [--budget USD] [--max-attempts N] [--timeout S] [--grace S]"_s,
                   tr("Write three variants for each qualifying lead"), &generate);

} // namespace
