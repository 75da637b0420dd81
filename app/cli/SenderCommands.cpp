// outreach senders add-mailbox | add-phone | list | test | remove,
// outreach campaigns senders | send-settings. Secrets never come from argv:
// --secret-stdin reads one line from standard input into the keychain, and
// sending takes OUTREACH_SMTP_PASSWORD / OUTREACH_TWILIO_TOKEN from the
// environment before the keychain.
#include "Cli.h"
#include "PhoneSenderTest.h"
#include "SenderRepository.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SenderSecrets.h"
#include "sending/LocalTime.h"
#include "sending/PhoneSender.h"
#include "sending/SmtpClient.h"
#include "sending/TwilioClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject senderJson(const Sender &s)
{
    QJsonObject o{{u"id"_s, s.id},
                  {u"kind"_s, toString(s.kind)},
                  {u"name"_s, s.name},
                  {u"from"_s, s.fromAddress},
                  {u"daily_cap"_s, s.dailyCap},
                  {u"gap_seconds"_s, u"%1-%2"_s.arg(s.gapMinMs / 1000.0).arg(s.gapMaxMs / 1000.0)},
                  {u"window"_s, s.window.toText()},
                  {u"time_zone"_s, QString::fromUtf8(s.timeZone)},
                  {u"paused"_s, s.paused},
                  {u"pause_reason"_s, s.pauseReason}};
    if (s.kind == SenderKind::Mailbox) {
        o.insert(u"smtp"_s, QJsonObject{{u"host"_s, s.smtpHost},
                                        {u"port"_s, s.smtpPort},
                                        {u"security"_s, toString(s.smtpSecurity)},
                                        {u"user"_s, s.login},
                                        {u"auth"_s, s.authMethod}});
        o.insert(u"imap"_s, QJsonObject{{u"host"_s, s.imapHost},
                                        {u"port"_s, s.imapPort},
                                        {u"user"_s, s.imapLogin.isEmpty() ? s.login : s.imapLogin}});
    } else if (s.kind == SenderKind::Phone) {
        o.insert(u"account_sid"_s, s.accountSid);
        o.insert(u"messaging_service_sid"_s, s.messagingServiceSid);
        o.insert(u"base_url"_s, s.baseUrl);
    }
    return o;
}

// Options shared by both kinds: cap, gap, window, zone.
bool readPacing(Context &ctx, const QCommandLineParser &p, Sender &s)
{
    if (p.isSet(u"daily-cap"_s)) {
        const auto cap = ctx.integerOption(p, u"daily-cap"_s, 0, 100000);
        if (!cap)
            return false;
        s.dailyCap = int(*cap);
    }
    if (p.isSet(u"gap-seconds"_s)) {
        const QStringList parts = p.value(u"gap-seconds"_s).split(u'-');
        bool ok1 = false, ok2 = false;
        const double low = parts.value(0).toDouble(&ok1);
        const double high = parts.size() == 2 ? parts[1].toDouble(&ok2) : (ok2 = ok1, low);
        if (!ok1 || !ok2 || low < 0 || high < low || parts.size() > 2) {
            ctx.error(tr("--gap-seconds must be MIN-MAX seconds, e.g. 60-180, not \"%1\".")
                          .arg(p.value(u"gap-seconds"_s)));
            return false;
        }
        s.gapMinMs = qint64(low * 1000);
        s.gapMaxMs = qint64(high * 1000);
    }
    if (p.isSet(u"window"_s)) {
        QString why;
        const auto w = SendWindow::parse(p.value(u"window"_s), &why);
        if (!w) {
            ctx.error(tr("--window \"%1\": %2").arg(p.value(u"window"_s), why));
            return false;
        }
        s.window = *w;
    }
    if (p.isSet(u"time-zone"_s)) {
        s.timeZone = p.value(u"time-zone"_s).toUtf8();
        if (!QTimeZone(s.timeZone).isValid()) {
            ctx.error(tr("--time-zone \"%1\" is not a known IANA zone (e.g. Europe/Berlin).")
                          .arg(p.value(u"time-zone"_s)));
            return false;
        }
    }
    if (p.isSet(u"ramp"_s)) {
        const QStringList parts = p.value(u"ramp"_s).split(u'+');
        bool ok1 = false, ok2 = false;
        s.rampStart = parts.value(0).toInt(&ok1);
        s.rampStep = parts.value(1).toInt(&ok2);
        if (parts.size() != 2 || !ok1 || !ok2 || s.rampStart < 0 || s.rampStep < 0) {
            ctx.error(
                tr("--ramp must be START+STEP sends a day, e.g. 5+5, not \"%1\".").arg(p.value(u"ramp"_s)));
            return false;
        }
    }
    return true;
}

void addPacingOptions(QCommandLineParser &p)
{
    p.addOption({u"daily-cap"_s, tr("Most sends a day (default 30)."), u"n"_s});
    p.addOption(
        {u"gap-seconds"_s, tr("Random pause between sends, MIN-MAX seconds (default 60-180)."), u"range"_s});
    p.addOption({u"window"_s, tr("Send window, e.g. \"mon-fri 09:00-17:00\"."), u"window"_s});
    p.addOption({u"time-zone"_s, tr("Zone of the window (default: this computer's)."), u"zone"_s});
    p.addOption(
        {u"ramp"_s, tr("Ramp-up START+STEP: START sends the first day, STEP more each day."), u"n+m"_s});
    p.addOption({u"secret-stdin"_s, tr("Read the password or token from standard input into the keychain.")});
}

// Stores the secret read from stdin (never argv), then prints {"id":N}.
int finishAdd(Context &ctx, const QCommandLineParser &p, qint64 id)
{
    auto done = [&ctx, id](int code) {
        if (code == Success) {
            if (ctx.json())
                ctx.printJson(QJsonObject{{u"id"_s, id}});
            else
                ctx.print(tr("Added sender %1.").arg(id));
        }
        return code;
    };
    if (!p.isSet(u"secret-stdin"_s))
        return done(Success);
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (secret.isEmpty()) {
        ctx.error(tr("--secret-stdin: standard input was empty."));
        return done(Usage);
    }
    auto *store = new KeychainSecretStore(qApp);
    SenderSecrets(store).store(id, secret, qApp, [&ctx, done](const SecretResult &r) {
        if (!r.ok)
            ctx.error(tr("Sender added, but its secret could not be stored: %1").arg(r.errorMessage));
        ctx.finish(done(r.ok ? Success : Failure));
    });
    return Pending;
}

int addMailbox(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"name"_s, tr("Display name."), u"name"_s});
    p.addOption({u"from"_s, tr("From address."), u"address"_s});
    p.addOption({u"smtp-host"_s, tr("SMTP server."), u"host"_s});
    p.addOption({u"smtp-port"_s, tr("SMTP port (465 TLS, 587 STARTTLS)."), u"port"_s});
    p.addOption({u"security"_s, tr("tls, starttls or none (none: this computer only)."), u"mode"_s});
    p.addOption({u"user"_s, tr("Login for SMTP and IMAP (default: none)."), u"user"_s});
    p.addOption({u"auth"_s, tr("password (default) or xoauth2."), u"method"_s, u"password"_s});
    p.addOption({u"imap-host"_s, tr("IMAP server, for the inbox."), u"host"_s});
    p.addOption({u"imap-port"_s, tr("IMAP port (default 993)."), u"port"_s, u"993"_s});
    p.addOption({u"imap-user"_s, tr("IMAP login where it differs from --user."), u"user"_s});
    addPacingOptions(p);
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    for (const char *required : {"name", "from", "smtp-host", "smtp-port", "security"}) {
        if (!p.isSet(QString::fromLatin1(required))) {
            ctx.error(tr("outreach senders add-mailbox needs --name, --from, --smtp-host, --smtp-port and "
                         "--security."));
            return Usage;
        }
    }
    Sender s;
    s.kind = SenderKind::Mailbox;
    s.name = p.value(u"name"_s).trimmed();
    s.fromAddress = p.value(u"from"_s).trimmed();
    if (!s.fromAddress.contains(u'@')) {
        ctx.error(tr("--from \"%1\" is not an email address.").arg(s.fromAddress));
        return Usage;
    }
    s.smtpHost = p.value(u"smtp-host"_s).trimmed();
    const auto port = ctx.integerOption(p, u"smtp-port"_s, 1, 65535);
    if (!port)
        return Usage;
    s.smtpPort = int(*port);
    const auto security = securityFromString(p.value(u"security"_s));
    if (!security) {
        ctx.error(tr("--security must be tls, starttls or none, not \"%1\".").arg(p.value(u"security"_s)));
        return Usage;
    }
    s.smtpSecurity = *security;
    if (s.smtpSecurity == Security::None && !SmtpClient::isLoopback(s.smtpHost)) {
        ctx.error(tr("--security none is only allowed for a server on this computer (localhost); %1 needs "
                     "tls or starttls.")
                      .arg(s.smtpHost));
        return Usage;
    }
    const QString auth = p.value(u"auth"_s).toLower();
    if (auth != u"password" && auth != u"xoauth2") {
        ctx.error(tr("--auth must be password or xoauth2, not \"%1\".").arg(p.value(u"auth"_s)));
        return Usage;
    }
    s.authMethod = auth;
    s.login = p.value(u"user"_s);
    s.imapHost = p.value(u"imap-host"_s);
    s.imapLogin = p.value(u"imap-user"_s);
    if (!s.imapHost.isEmpty()) {
        const auto imapPort = ctx.integerOption(p, u"imap-port"_s, 1, 65535);
        if (!imapPort)
            return Usage;
        s.imapPort = int(*imapPort);
    }
    if (!readPacing(ctx, p, s))
        return Usage;
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto id = SenderRepository(*db).add(s);
    if (!id)
        return ctx.fail(id.error());
    return finishAdd(ctx, p, id.value());
}

int addPhone(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"name"_s, tr("Name of the number."), u"name"_s});
    p.addOption({u"account-sid"_s, tr("Twilio account SID (AC...)."), u"sid"_s});
    p.addOption({u"from"_s, tr("From number (E.164), or a Messaging Service SID (MG...)."), u"number"_s});
    p.addOption({u"messaging-service-sid"_s,
                 tr("Send through this Messaging Service (MG...) instead of --from."), u"sid"_s});
    p.addOption({u"base-url"_s, tr("Twilio API base URL."), u"url"_s, TwilioAccount::defaultBaseUrl()});
    p.addOption({u"per-second"_s, tr("Messages per second (default 1)."), u"rate"_s, u"1"_s});
    addPacingOptions(p);
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    const bool hasFrom = p.isSet(u"from"_s), hasService = p.isSet(u"messaging-service-sid"_s);
    if (!p.isSet(u"name"_s) || !p.isSet(u"account-sid"_s) || hasFrom == hasService) {
        ctx.error(tr("outreach senders add-phone needs --name, --account-sid, and either --from or "
                     "--messaging-service-sid."));
        return Usage;
    }
    Sender s = phonesender::defaults();
    s.name = p.value(u"name"_s).trimmed();
    s.accountSid = p.value(u"account-sid"_s);
    const QString from = (hasFrom ? p.value(u"from"_s) : p.value(u"messaging-service-sid"_s)).trimmed();
    if (hasService || from.startsWith(u"MG"_s))
        s.messagingServiceSid = from;
    else
        s.fromAddress = from;
    s.baseUrl = p.value(u"base-url"_s);
    if (const QString problem = phonesender::check(s); !problem.isEmpty()) {
        ctx.error(problem);
        return Usage;
    }
    const auto rate = ctx.numberOption(p, u"per-second"_s, 0.001, 1000);
    if (!rate)
        return Usage;
    phonesender::setPerSecond(s, *rate);
    if (!readPacing(ctx, p, s))
        return Usage;
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto id = SenderRepository(*db).add(s);
    if (!id)
        return ctx.fail(id.error());
    return finishAdd(ctx, p, id.value());
}

int list(Context &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {}))
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto senders = SenderRepository(*db).list();
    if (!senders)
        return ctx.fail(senders.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const Sender &s : senders.value())
            a.append(senderJson(s));
        ctx.printJson(a);
        return Success;
    }
    for (const Sender &s : senders.value())
        ctx.print(u"%1\t%2\t%3 <%4>\t%5%6"_s.arg(s.id).arg(
            toString(s.kind), s.name, s.fromAddress.isEmpty() ? s.messagingServiceSid : s.fromAddress,
            s.window.toText(), s.paused ? tr("\tpaused: %1").arg(s.pauseReason) : QString()));
    return Success;
}

int remove(Context &ctx)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"ID"_s, u"sender"_s);
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    if (auto status = SenderRepository(*db).remove(*id); !status)
        return ctx.fail(status.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"removed"_s, *id}});
    else
        ctx.print(tr("Removed sender %1.").arg(*id));
    return Success;
}

int test(Context &ctx)
{
    QCommandLineParser p;
    const auto id = ctx.parseId(p, u"ID"_s, u"sender"_s);
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto sender = SenderRepository(*db).get(*id);
    if (!sender)
        return ctx.fail(sender.error());
    if (sender->kind == SenderKind::Phone)
        return testPhone(ctx, sender.value());
    if (sender->kind != SenderKind::Mailbox) {
        ctx.error(tr("outreach senders test checks mailboxes and phone numbers; sender %1 is a %2.")
                      .arg(*id)
                      .arg(toString(sender->kind)));
        return Usage;
    }
    auto run = [&ctx, s = sender.value()](const QString &secret) {
        const SmtpOutcome out = SmtpClient::test(SmtpSettings::fromSender(s, secret));
        const bool ok = out.kind == SmtpOutcome::Kind::Accepted;
        if (ctx.json())
            ctx.printJson(
                QJsonObject{{u"ok"_s, ok}, {u"message"_s, out.error}, {u"server"_s, out.serverName}});
        else
            ctx.print(out.error);
        return ok ? Success : Failure;
    };
    if (sender->login.isEmpty())
        return run(QString());
    auto *store = new KeychainSecretStore(qApp);
    SenderSecrets(store).resolve(sender.value(), SenderSecrets::Purpose::Send, qApp,
                                 [&ctx, run](const ApiKeyResult &r) {
                                     if (!r.ok()) {
                                         ctx.error(r.errorMessage);
                                         ctx.finish(Failure);
                                         return;
                                     }
                                     ctx.finish(run(r.key));
                                 });
    return Pending;
}

int campaignSenders(Context &ctx)
{
    QCommandLineParser p;
    // One or more sender ids: as many optional names as there are arguments.
    QStringList names{u"CAMPAIGN"_s, u"SENDER_ID"_s};
    const int extra = int(ctx.arguments().size());
    for (int i = 0; i < extra; ++i)
        names.append(u"SENDER_ID"_s);
    if (!ctx.parse(p, names, extra))
        return ctx.parseExit();
    const QStringList args = ctx.positional();
    const auto campaignId = ctx.idArgument(args[0], u"campaign"_s);
    if (!campaignId)
        return Usage;
    QList<qint64> ids;
    for (const QString &a : args.mid(1)) {
        const auto id = ctx.idArgument(a, u"sender"_s);
        if (!id)
            return Usage;
        ids.append(*id);
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    SenderRepository repo(*db);
    for (qint64 id : ids) {
        if (auto s = repo.get(id); !s)
            return ctx.fail(s.error());
    }
    if (auto status = repo.setCampaignSenders(*campaignId, ids); !status)
        return ctx.fail(status.error());
    if (ctx.json()) {
        QJsonArray a;
        for (qint64 id : ids)
            a.append(id);
        ctx.printJson(QJsonObject{{u"campaign_id"_s, *campaignId}, {u"senders"_s, a}});
    } else {
        ctx.print(tr("Campaign %1 sends through %2 sender(s).").arg(*campaignId).arg(ids.size()));
    }
    return Success;
}

int sendSettings(Context &ctx)
{
    QCommandLineParser p;
    p.addOption(
        {u"window"_s, tr("Window in each lead's local time, e.g. \"mon-fri 09:00-17:00\"."), u"window"_s});
    p.addOption({u"time-zone"_s, tr("Zone for leads whose zone is unknown."), u"zone"_s});
    p.addOption({u"approval"_s, tr("on: only approved messages are sent."), u"on|off"_s});
    p.addOption({u"html"_s, tr("on: add an HTML alternative made from the text."), u"on|off"_s});
    p.addOption(
        {u"unsubscribe-text"_s, tr("The unsubscribe line (default: a translated sentence)."), u"text"_s});
    const auto id = ctx.parseId(p, u"CAMPAIGN"_s, u"campaign"_s);
    if (!id)
        return ctx.parseExit();
    Database *db = ctx.database();
    if (!db)
        return Failure;
    SenderRepository repo(*db);
    auto settings = repo.settings(*id);
    if (!settings)
        return ctx.fail(settings.error());
    CampaignSendSettings s = settings.value();
    if (p.isSet(u"window"_s)) {
        QString why;
        const auto w = SendWindow::parse(p.value(u"window"_s), &why);
        if (!w) {
            ctx.error(tr("--window \"%1\": %2").arg(p.value(u"window"_s), why));
            return Usage;
        }
        s.window = *w;
    }
    if (p.isSet(u"time-zone"_s)) {
        s.timeZone = p.value(u"time-zone"_s).toUtf8();
        if (!QTimeZone(s.timeZone).isValid()) {
            ctx.error(tr("--time-zone \"%1\" is not a known IANA zone.").arg(p.value(u"time-zone"_s)));
            return Usage;
        }
    }
    for (const auto &[name, field] :
         {std::pair{u"approval"_s, &s.approvalRequired}, std::pair{u"html"_s, &s.htmlPart}}) {
        if (!p.isSet(name))
            continue;
        const QString v = p.value(name).toLower();
        if (v != u"on" && v != u"off") {
            ctx.error(tr("--%1 must be on or off, not \"%2\".").arg(name, p.value(name)));
            return Usage;
        }
        *field = v == u"on";
    }
    if (p.isSet(u"unsubscribe-text"_s))
        s.unsubscribeText = p.value(u"unsubscribe-text"_s);
    if (auto status = repo.saveSettings(s); !status)
        return ctx.fail(status.error());
    const QJsonObject o{{u"campaign_id"_s, *id},
                        {u"window"_s, s.window.toText()},
                        {u"time_zone"_s, QString::fromUtf8(s.timeZone)},
                        {u"approval"_s, s.approvalRequired},
                        {u"html"_s, s.htmlPart}};
    if (ctx.json())
        ctx.printJson(o);
    else
        ctx.print(tr("Campaign %1 sends %2 (%3).")
                      .arg(*id)
                      .arg(s.window.toText(),
                           s.timeZone.isEmpty() ? tr("local zone") : QString::fromUtf8(s.timeZone)));
    return Success;
}

const Registrar r1({u"senders"_s, u"add-mailbox"_s},
                   u"--name N --from ADDR --smtp-host H --smtp-port P --security tls|starttls|none [...]"_s,
                   tr("Add a mailbox to send email from"), &addMailbox);
const Registrar r2({u"senders"_s, u"add-phone"_s},
                   u"--name N --account-sid SID --from NUMBER|--messaging-service-sid MG... [...]"_s,
                   tr("Add a Twilio phone number to send SMS from"), &addPhone);
const Registrar r3({u"senders"_s, u"list"_s}, QString(), tr("List senders"), &list);
const Registrar r4({u"senders"_s, u"test"_s}, u"ID"_s,
                   tr("Test a sender's connection and login (mailbox or Twilio)"), &test);
const Registrar r5({u"senders"_s, u"remove"_s}, u"ID"_s, tr("Remove a sender"), &remove);
const Registrar r6({u"campaigns"_s, u"senders"_s}, u"CAMPAIGN SENDER_ID..."_s,
                   tr("Choose the senders a campaign rotates over"), &campaignSenders);
const Registrar r7({u"campaigns"_s, u"send-settings"_s},
                   u"CAMPAIGN [--window W] [--time-zone Z] [--approval on|off]"_s,
                   tr("Set a campaign's send window, zone and approval"), &sendSettings);

} // namespace
