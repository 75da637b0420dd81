// outreach analytics | export
#include "Cli.h"
#include "abtest/AnalyticsService.h"
#include "export/CampaignExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString percent(double rate, qint64 sent)
{
    return sent > 0 ? u"%1%"_s.arg(rate * 100, 0, 'f', 1) : u"-"_s;
}

void printTable(const Context &ctx, const CampaignAnalytics &a)
{
    const AbTestResult &r = a.result;
    ctx.print(tr("Campaign %1 \"%2\": %3, alpha %4")
                  .arg(a.campaign.id)
                  .arg(a.campaign.name, metricDisplayName(r.metric))
                  .arg(r.alpha));
    ctx.print(u"%1  %2  %3  %4  %5  %6  %7  %8  %9"_s.arg(tr("Variant"), -7)
                  .arg(tr("Tone"), -12)
                  .arg(tr("Assigned"), 8)
                  .arg(tr("Sent"), 7)
                  .arg(tr("Open"), 6)
                  .arg(tr("Click"), 6)
                  .arg(tr("Reply"), 6)
                  .arg(tr("95% CI"), -15)
                  .arg(tr("P(best)"), 7));
    for (const VariantResult &v : r.variants) {
        const stats::Interval ci = v.interval(r.metric);
        ctx.print(u"%1  %2  %3  %4  %5  %6  %7  %8  %9"_s.arg(v.counts.index, -7)
                      .arg(toneDisplayName(v.counts.tone()), -12)
                      .arg(v.counts.assigned, 8)
                      .arg(v.counts.sent, 7)
                      .arg(percent(v.openRate, v.counts.sent), 6)
                      .arg(percent(v.clickRate, v.counts.sent), 6)
                      .arg(percent(v.replyRate, v.counts.sent), 6)
                      .arg(u"%1-%2%"_s.arg(ci.low * 100, 0, 'f', 1).arg(ci.high * 100, 0, 'f', 1), -15)
                      .arg(v.probabilityBest, 7, 'f', 3));
    }
    ctx.print(tr("Chi-square: %1 (df %2), p = %3")
                  .arg(r.chiSquare.statistic, 0, 'f', 3)
                  .arg(r.chiSquare.df)
                  .arg(r.chiSquare.pValue, 0, 'g', 4));
    for (const PairwiseTest &t : r.pairwise)
        ctx.print(tr("  %1 vs %2 (%3): p = %4, Holm-adjusted %5")
                      .arg(t.a)
                      .arg(t.b)
                      .arg(t.kind == PairwiseTest::Kind::Fisher ? tr("Fisher exact") : tr("z-test"))
                      .arg(t.pValue, 0, 'g', 4)
                      .arg(t.pAdjusted, 0, 'g', 4));
    if (r.srmFlag)
        ctx.print(tr("Sample ratio mismatch: p = %1").arg(r.srm.pValue, 0, 'g', 4));
    ctx.print(tr("Mode: %1%2").arg(toString(r.mode), r.interim ? tr(" (interim)") : QString()));
    for (const PairwiseTest &t : r.pairwise)
        ctx.print(tr("  %1 vs %2: always-valid p = %3, Holm-adjusted %4, confidence sequence %5 to %6")
                      .arg(t.a)
                      .arg(t.b)
                      .arg(t.alwaysValidP, 0, 'g', 4)
                      .arg(t.alwaysValidAdjusted, 0, 'g', 4)
                      .arg(t.sequence.low, 0, 'f', 4)
                      .arg(t.sequence.high, 0, 'f', 4));
    QStringList losses;
    for (const VariantResult &v : r.variants)
        losses.append(u"%1: %2"_s.arg(v.counts.index).arg(v.expectedLoss, 0, 'g', 3));
    ctx.print(tr("Expected loss: %1").arg(losses.join(u", "_s)));
    if (a.decision)
        ctx.print(tr("Decision: variant %1, %2, at %3 sends per variant, p = %4")
                      .arg(a.decision->variant)
                      .arg(a.decision->decidedAt.toString(Qt::ISODate))
                      .arg(a.decision->sendsPerVariant)
                      .arg(a.decision->statistic, 0, 'g', 4));
    ctx.print(tr("Roll-out: %1, %2 waiting, %3 assigned")
                  .arg(a.rolloutStateName())
                  .arg(a.rollout.waiting)
                  .arg(a.rollout.assigned));
    ctx.print(tr("Verdict: %1").arg(r.verdict));
}

int analytics(Context &ctx)
{
    QCommandLineParser p;
    p.addOption(
        {u"metric"_s, tr("open, click or reply (default: the campaign's winner metric)."), u"metric"_s});
    p.addOption({u"reopen"_s, tr("Reopen the recorded decision (recorded too), then analyze again.")});
    p.addOption({u"note"_s, tr("Why the decision is reopened (with --reopen)."), u"text"_s});
    const auto id = ctx.parseId(p, u"CAMPAIGN"_s, tr("campaign"));
    if (!id)
        return ctx.parseExit();
    if (p.isSet(u"note"_s) && !p.isSet(u"reopen"_s)) {
        ctx.error(tr("--note goes with --reopen."));
        return Usage;
    }
    std::optional<WinnerMetric> metric;
    if (p.isSet(u"metric"_s)) {
        metric = winnerMetricFromString(p.value(u"metric"_s));
        if (!metric) {
            ctx.error(tr("Unknown metric \"%1\": use open, click or reply.").arg(p.value(u"metric"_s)));
            return Usage;
        }
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    if (p.isSet(u"reopen"_s)) {
        const auto reopened = AnalyticsService::reopenDecision(*db, *id, p.value(u"note"_s));
        if (!reopened)
            return ctx.fail(reopened.error());
        ctx.error(tr("Reopened the decision of campaign %1 (variant %2, decided %3).")
                      .arg(*id)
                      .arg(reopened->variant)
                      .arg(reopened->decidedAt.toString(Qt::ISODate)));
    }
    const auto result = AnalyticsService::analyze(*db, *id, metric);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json())
        ctx.printJson(result->toJson());
    else
        printTable(ctx, result.value());
    return Success;
}

int exportCampaign(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"variants"_s, tr("assigned (the assigned variant's text) or all (all three)."), u"which"_s,
                 u"assigned"_s});
    if (!ctx.parse(p, {u"CAMPAIGN"_s, u"FILE"_s}))
        return ctx.parseExit();
    const auto id = ctx.idArgument(ctx.positional().at(0), tr("campaign"));
    if (!id)
        return Usage;
    const QString which = p.value(u"variants"_s).toLower();
    if (which != u"assigned"_s && which != u"all"_s) {
        ctx.error(tr("--variants must be assigned or all, not \"%1\".").arg(p.value(u"variants"_s)));
        return Usage;
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    // Written to a temporary file and renamed: a failed export leaves no
    // half-written file behind.
    QSaveFile file(ctx.positional().at(1));
    if (!file.open(QIODevice::WriteOnly)) {
        ctx.error(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return Usage;
    }
    const auto result = CampaignExport::write(
        *db, *id, which == u"all"_s ? CampaignExport::Variants::All : CampaignExport::Variants::Assigned,
        &file);
    if (!result) {
        file.cancelWriting();
        ctx.error(result.errorMessage());
        return exitCodeFor(result.error());
    }
    if (!file.commit()) {
        ctx.error(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return Failure;
    }
    const QString path = QFileInfo(file.fileName()).absoluteFilePath();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {u"exported"_s, result->exported}, {u"file"_s, path}, {u"skipped"_s, result->skipped}});
        return Success;
    }
    ctx.print(tr("Exported %1 message(s) to %2.").arg(result->exported).arg(path));
    if (result->skipped > 0)
        ctx.error(tr("%1 generated message(s) have no assigned variant yet and were left out; activate the "
                     "campaign, or export with --variants all.")
                      .arg(result->skipped));
    return Success;
}

const Registrar r1({u"analytics"_s}, u"CAMPAIGN [--metric open|click|reply] [--reopen [--note TEXT]]"_s,
                   tr("A/B/C test results: rates, intervals, tests and verdict"), &analytics);
const Registrar r2({u"export"_s}, u"CAMPAIGN FILE [--variants assigned|all]"_s,
                   tr("Export the campaign's messages as CSV"), &exportCampaign);

} // namespace
