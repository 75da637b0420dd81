// outreach sync (replies list / correct: ReplyCommands.cpp)
#include "Cli.h"
#include "SenderRepository.h"
#include "SmsStatusRepository.h"
#include "inbox/InboxSyncRunner.h"
#include "secrets/KeychainSecretStore.h"
#include "sending/SmsStatusSyncRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;
using namespace outreach::inbox;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// One polling loop: a pass over the mailboxes, then over the phone senders'
// SMS statuses and inbound SMS, then (unless --once) the next pass after
// the interval. Lives until the process ends.
class SyncLoop : public QObject
{
public:
    SyncLoop(Context &ctx, QList<Sender> mailboxes, QList<Sender> phones, bool once, int intervalSeconds)
        : QObject(qApp)
        , m_ctx(ctx)
        , m_mailboxes(std::move(mailboxes))
        , m_phones(std::move(phones))
        , m_once(once)
        , m_interval(intervalSeconds)
        , m_runner(ctx.dbUrl(), this)
        , m_smsRunner(ctx.dbUrl(), this)
        , m_store(this)
    {
        connect(&m_runner, &InboxSyncRunner::progress, this,
                [this](const QString &line) { m_ctx.progress(line); });
        connect(&m_runner, &InboxSyncRunner::finished, this, [this](const SyncSummary &s) {
            m_mailSummary = s;
            m_smsRunner.start(m_phones, &m_store);
        });
        connect(&m_smsRunner, &SmsStatusSyncRunner::progress, this,
                [this](const QString &line) { m_ctx.progress(line); });
        connect(&m_smsRunner, &SmsStatusSyncRunner::finished, this,
                [this](const SmsSyncSummary &sms) { passDone(m_mailSummary, sms); });
    }

    void pass() { m_runner.start(m_mailboxes, &m_store); }

private:
    void passDone(const SyncSummary &s, const SmsSyncSummary &sms)
    {
        const QStringList errors = s.errors + sms.errors;
        for (const QString &error : errors)
            m_ctx.error(error);
        if (m_ctx.json()) {
            QJsonObject json = s.toJson();
            const QJsonObject smsJson = sms.toJson();
            for (auto it = smsJson.begin(); it != smsJson.end(); ++it)
                json.insert(it.key(), it.value());
            json.insert(u"errors"_s, QJsonArray::fromStringList(errors));
            m_ctx.printJson(json);
        } else {
            m_ctx.print(
                tr("Fetched %1 mails: %2 replies, %3 auto-replies, %4 bounces (%5 delayed), %6 opt-outs, "
                   "%7 unmatched; %8 in-doubt sends found in the Sent folder, %9 offered for resend.")
                    .arg(s.fetched)
                    .arg(s.replies)
                    .arg(s.autoReplies)
                    .arg(s.bounces)
                    .arg(s.softBounces)
                    .arg(s.optOuts)
                    .arg(s.unmatched)
                    .arg(s.inDoubtResolved)
                    .arg(s.inDoubtUnconfirmed));
            if (!m_phones.isEmpty())
                m_ctx.print(tr("SMS: %1 delivered, %2 bounced, %3 opt-outs, %4 replies, %5 unmatched; %6 "
                               "waiting for a status.")
                                .arg(sms.delivered)
                                .arg(sms.bounced)
                                .arg(sms.optOuts)
                                .arg(sms.replies)
                                .arg(sms.unmatched)
                                .arg(sms.pending));
        }
        if (m_once) {
            m_ctx.finish(errors.isEmpty() ? Success : Failure);
            return;
        }
        m_ctx.progress(tr("Next sync in %1 s (Ctrl-C stops).").arg(m_interval));
        QTimer::singleShot(std::chrono::seconds(m_interval), this, [this] { pass(); });
    }

    Context &m_ctx;
    QList<Sender> m_mailboxes;
    QList<Sender> m_phones;
    bool m_once;
    int m_interval;
    InboxSyncRunner m_runner;
    SmsStatusSyncRunner m_smsRunner;
    SyncSummary m_mailSummary;
    KeychainSecretStore m_store;
};

int sync(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"mailbox"_s, tr("Only this sender (a mailbox, or a phone number for SMS) id."), u"id"_s});
    p.addOption({u"once"_s, tr("One pass over the mailboxes and phone numbers, then exit.")});
    p.addOption(
        {u"interval"_s, tr("Seconds between passes without --once (default 300)."), u"seconds"_s, u"300"_s});
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    std::optional<qint64> only;
    if (p.isSet(u"mailbox"_s)) {
        only = ctx.idArgument(p.value(u"mailbox"_s), u"mailbox"_s);
        if (!only)
            return Usage;
    }
    const auto interval = ctx.integerOption(p, u"interval"_s, 10, 86400);
    if (!interval)
        return Usage;
    Database *db = ctx.database();
    if (!db)
        return Failure;
    auto senders = SenderRepository(*db).list();
    if (!senders)
        return ctx.fail(senders.error());
    QList<Sender> mailboxes;
    QList<Sender> phones;
    for (const Sender &s : senders.value()) {
        if (only && s.id != *only)
            continue;
        const bool mailbox = s.kind == SenderKind::Mailbox && !s.imapHost.isEmpty();
        if (only && !mailbox && s.kind != SenderKind::Phone) {
            ctx.error(tr("Sender %1 is neither a mailbox with IMAP settings nor a phone number (add IMAP "
                         "settings with outreach senders).")
                          .arg(s.id));
            return Usage;
        }
        if (mailbox) {
            mailboxes.append(s);
        } else if (s.kind == SenderKind::Phone) {
            // A number that never sent an SMS has nothing to hear back:
            // its token is not even looked up (unless it was asked for).
            auto first = SmsStatusRepository(*db).firstSentAt(s.id);
            if (!first)
                return ctx.fail(first.error());
            if (only || first->isValid())
                phones.append(s);
        }
    }
    if (only && mailboxes.isEmpty() && phones.isEmpty()) {
        ctx.error(tr("There is no sender with id %1.").arg(*only));
        return Usage;
    }
    if (mailboxes.isEmpty() && phones.isEmpty())
        ctx.progress(tr("No mailbox has IMAP settings and there is no phone number: nothing to sync."));
    auto *loop = new SyncLoop(ctx, mailboxes, phones, p.isSet(u"once"_s), int(*interval));
    loop->pass();
    return Pending;
}

const Registrar
    r1({u"sync"_s}, u"[--mailbox ID] [--once] [--interval SECONDS]"_s,
       tr("Read replies, auto-replies, bounces and opt-outs from the mailboxes (IMAP, read-only) and "
          "SMS statuses and answers from Twilio"),
       &sync);

} // namespace
