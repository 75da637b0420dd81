// outreach send CAMPAIGN: runs the shared scheduler and send engine until
// nothing is due (or, with --until-done, until every message is settled),
// one send at a time. Ctrl-C (or SIGTERM) stops after the current send.
// Progress goes to stderr, the summary (queue totals) to stdout.
// Also: outreach sends list | mark-sent | retry, for the queue and the
// messages in doubt.
#include "Cli.h"
#include "SendQueueRepository.h"
#include "SenderRepository.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SenderSecrets.h"
#include "sending/SendEngine.h"
#include "sending/SendingStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <atomic>
#include <csignal>
#include <thread>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

std::atomic<bool> g_stop{false};

extern "C" void onStopSignal(int)
{
    g_stop.store(true);
}

// Waits without busy looping; returns early when asked to stop.
void sleepUntil(const Clock &clock, const QDateTime &until)
{
    while (!g_stop.load()) {
        const qint64 left = clock.now().msecsTo(until);
        if (left <= 0)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(left, 200)));
    }
}

struct SendOptions
{
    qint64 campaignId = 0;
    bool dryRun = false;
    bool untilDone = false;
    bool ignoreWindow = false;
};

// Stops waiting (without --until-done) when the next send is this far off.
constexpr qint64 kShortWaitMs = 15 * 60 * 1000;

int runSends(Context &ctx, Database &db, const SendOptions &o, const QHash<qint64, QString> &secrets)
{
    SystemClock clock;
    SendEngine engine(db, clock, QRandomGenerator::system()->generate64());
    engine.setSecrets(secrets);
    engine.scheduler().setIgnoreWindow(o.ignoreWindow);
    auto recovered = engine.scheduler().recoverAbandonedClaims();
    if (!recovered)
        return ctx.fail(recovered.error());
    if (recovered.value() > 0)
        ctx.progress(
            tr("%1 message(s) claimed by a process that stopped are now in doubt (outreach sends list "
               "CAMPAIGN --state in_doubt).")
                .arg(recovered.value()));
    auto refreshed = engine.scheduler().refresh(o.campaignId);
    if (!refreshed)
        return ctx.fail(refreshed.error());
    ctx.progress(tr("Queue: %1 to send, %2 held, %3 suppressed.")
                     .arg(refreshed->queued)
                     .arg(refreshed->held)
                     .arg(refreshed->suppressed));
    int code = Success;
    while (!o.dryRun && !g_stop.load()) {
        const auto step = engine.step(o.campaignId);
        if (!step) {
            code = ctx.fail(step.error());
            break;
        }
        const SendStep &s = step.value();
        if (s.kind == SendStep::Kind::Done)
            break;
        if (s.kind == SendStep::Kind::Waiting) {
            if (!o.untilDone && clock.now().msecsTo(s.wakeAt) > kShortWaitMs) {
                ctx.progress(tr("Stopping: next send at %1 (%2). Use --until-done to wait.")
                                 .arg(s.wakeAt.toLocalTime().toString(Qt::ISODate), s.detail));
                break;
            }
            ctx.progress(
                tr("Waiting until %1: %2").arg(s.wakeAt.toLocalTime().toString(Qt::ISODate), s.detail));
            sleepUntil(clock, s.wakeAt);
            continue;
        }
        ctx.progress(u"%1\t%2\t%3"_s.arg(stepKindName(s.kind), s.recipient, s.detail));
        if (s.kind == SendStep::Kind::SenderPaused) {
            // Stop when no sender of the campaign is left.
            const auto senders = SenderRepository(db).campaignSenders(o.campaignId);
            if (senders &&
                std::all_of(senders->begin(), senders->end(), [](const Sender &x) { return x.paused; })) {
                ctx.error(tr("Every sender of this campaign is paused: %1").arg(s.detail));
                code = Failure;
                break;
            }
        }
    }
    if (g_stop.load())
        ctx.progress(tr("Stopped."));
    const auto counts = SendQueueRepository(db).counts(o.campaignId);
    if (!counts)
        return ctx.fail(counts.error());
    QJsonObject totals;
    for (SendState state : {SendState::Sent, SendState::Failed, SendState::Held, SendState::Suppressed,
                            SendState::InDoubt, SendState::Queued, SendState::Claimed})
        totals.insert(toString(state), counts->value(state));
    if (ctx.json())
        ctx.printJson(totals);
    else
        ctx.print(tr("sent %1, failed %2, held %3, suppressed %4, in doubt %5, queued %6")
                      .arg(counts->value(SendState::Sent))
                      .arg(counts->value(SendState::Failed))
                      .arg(counts->value(SendState::Held))
                      .arg(counts->value(SendState::Suppressed))
                      .arg(counts->value(SendState::InDoubt))
                      .arg(counts->value(SendState::Queued)));
    return code;
}

int send(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"dry-run"_s, tr("Queue and report, send nothing.")});
    p.addOption(
        {u"until-done"_s, tr("Keep running through windows and caps until every message is settled.")});
    p.addOption({u"ignore-window"_s, tr("Send now, outside the windows (caps and gaps still hold).")});
    const auto id = ctx.parseId(p, u"CAMPAIGN"_s, u"campaign"_s);
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    SendOptions o{*id, p.isSet(u"dry-run"_s), p.isSet(u"until-done"_s), p.isSet(u"ignore-window"_s)};
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);

    const auto senders = SenderRepository(*db).campaignSenders(*id);
    if (!senders)
        return ctx.fail(senders.error());
    // Secrets first (environment, then the keychain), only for senders that log in.
    auto pending = std::make_shared<QList<Sender>>();
    for (const Sender &s : senders.value()) {
        if (!s.login.isEmpty() || s.kind == SenderKind::Phone)
            pending->append(s);
    }
    if (pending->isEmpty())
        return runSends(ctx, *db, o, {});
    auto secrets = std::make_shared<QHash<qint64, QString>>();
    auto *store = new KeychainSecretStore(qApp);
    auto next = std::make_shared<std::function<void()>>();
    *next = [&ctx, db, o, pending, secrets, store, next] {
        if (pending->isEmpty()) {
            ctx.finish(runSends(ctx, *db, o, *secrets));
            *next = nullptr; // breaks the self-reference
            return;
        }
        const Sender s = pending->takeFirst();
        SenderSecrets(store).resolve(
            s, SenderSecrets::Purpose::Send, qApp, [&ctx, s, secrets, next](const ApiKeyResult &r) {
                if (r.ok())
                    secrets->insert(s.id, r.key);
                else
                    ctx.progress(tr("Sender %1 (%2): %3").arg(s.id).arg(s.name, r.errorMessage));
                (*next)();
            });
    };
    (*next)();
    return Pending;
}

QJsonObject entryJson(const QueueEntry &e)
{
    return {{u"id"_s, e.id},
            {u"message_id"_s, e.messageId},
            {u"sender_id"_s, e.senderId},
            {u"state"_s, toString(e.state)},
            {u"recipient"_s, e.recipient},
            {u"rfc_message_id"_s, e.rfcMessageId},
            {u"scheduled_at"_s, e.scheduledAt.toString(Qt::ISODateWithMs)},
            {u"sent_at"_s, e.sentAt.toString(Qt::ISODateWithMs)},
            {u"attempts"_s, e.attempts},
            {u"last_answer"_s, e.lastAnswer},
            {u"reason"_s, e.reason}};
}

int listSends(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"state"_s, tr("Only this state (queued, sent, in_doubt, ...)."), u"state"_s});
    const auto id = ctx.parseId(p, u"CAMPAIGN"_s, u"campaign"_s);
    if (!id)
        return ctx.parseExit();
    std::optional<SendState> state;
    if (p.isSet(u"state"_s)) {
        state = sendStateFromString(p.value(u"state"_s));
        if (!state) {
            ctx.error(tr("Unknown state \"%1\".").arg(p.value(u"state"_s)));
            return Usage;
        }
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto rows = SendQueueRepository(*db).list(*id, state);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const QueueEntry &e : rows.value())
            a.append(entryJson(e));
        ctx.printJson(a);
        return Success;
    }
    for (const QueueEntry &e : rows.value())
        ctx.print(u"%1\t%2\t%3\t%4"_s.arg(e.id).arg(toString(e.state), e.recipient,
                                                    e.reason.isEmpty() ? e.lastAnswer : e.reason));
    return Success;
}

// "mark sent" or "send again" for a message in doubt.
int resolve(Context &ctx, bool asSent)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"SEND_ID"_s, u"send"_s);
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    SendQueueRepository queue(*db);
    const auto row = queue.get(*id);
    if (!row)
        return ctx.fail(row.error());
    if (row->state != SendState::InDoubt) {
        ctx.error(tr("Send %1 is %2, not in doubt.").arg(*id).arg(toString(row->state)));
        return Usage;
    }
    // The same decision the Sending tab makes (sendingstatus::resolveInDoubt).
    const auto after = sendingstatus::resolveInDoubt(*db, *id,
                                                     asSent ? sendingstatus::InDoubtDecision::MarkSent
                                                            : sendingstatus::InDoubtDecision::SendAgain,
                                                     QDateTime::currentDateTimeUtc());
    if (!after)
        return ctx.fail(after.error());
    if (ctx.json())
        ctx.printJson(entryJson(after.value()));
    else
        ctx.print(tr("Send %1 is now %2.").arg(*id).arg(toString(after->state)));
    return Success;
}

const Registrar r1({u"send"_s}, u"CAMPAIGN [--dry-run] [--until-done] [--ignore-window]"_s,
                   tr("Send an active campaign through its senders"), &send);
const Registrar r2({u"sends"_s, u"list"_s}, u"CAMPAIGN [--state S]"_s, tr("List a campaign's send queue"),
                   &listSends);
const Registrar r3({u"sends"_s, u"mark-sent"_s}, u"SEND_ID"_s, tr("Record a message in doubt as sent"),
                   [](Context &ctx) { return resolve(ctx, true); });
const Registrar r4({u"sends"_s, u"retry"_s}, u"SEND_ID"_s, tr("Send a message in doubt again"),
                   [](Context &ctx) { return resolve(ctx, false); });

} // namespace
