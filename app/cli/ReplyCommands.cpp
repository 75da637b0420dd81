// outreach replies list, outreach replies correct: what inbox sync recorded
// (one campaign or all) and the manual correction of a mail's kind.
#include "Cli.h"
#include "InboxRepository.h"
#include "ReplyCorrectionRepository.h"

#include <QCoreApplication>
#include <QDir>
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

// "auto-reply" and "auto_reply" both name the stored kind auto_reply.
QString storedKind(const QString &text)
{
    return text.trimmed().toLower().replace(u'-', u'_');
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

int listReplies(Context &ctx)
{
    QCommandLineParser p;
    const QStringList kinds = ReplyCorrectionRepository::kinds();
    p.addOption({u"kind"_s, tr("Only this kind: %1.").arg(kinds.join(u", "_s)), u"kind"_s});
    p.addOption({u"all"_s, tr("The replies of all campaigns (instead of CAMPAIGN).")});
    if (!ctx.parse(p, {u"CAMPAIGN"_s}, 1))
        return ctx.parseExit();
    const bool all = p.isSet(u"all"_s);
    if (all == !ctx.positional().isEmpty()) {
        ctx.error(tr("outreach replies list: give either a CAMPAIGN id or --all."));
        return Usage;
    }
    qint64 campaignId = 0;
    if (!all) {
        const auto id = ctx.idArgument(ctx.positional().at(0), u"campaign"_s);
        if (!id)
            return Usage;
        campaignId = *id;
    }
    const QString kind = storedKind(p.value(u"kind"_s));
    if (!kind.isEmpty() && !kinds.contains(kind)) {
        ctx.error(tr("--kind must be one of %1, not \"%2\".").arg(kinds.join(u", "_s), kind));
        return Usage;
    }
    Database *db = ctx.database();
    if (!db)
        return Failure;
    const auto replies = InboxRepository(*db).replies(campaignId, kind);
    if (!replies)
        return ctx.fail(replies.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const ReplyRecord &r : replies.value()) {
            array.append(QJsonObject{
                {u"id"_s, r.id},
                {u"campaign_id"_s, r.campaignId},
                {u"campaign"_s, r.campaignName},
                {u"message_id"_s, r.messageId},
                {u"lead_email"_s, r.leadEmail},
                {u"lead_name"_s, r.leadName},
                {u"variant"_s, r.variant >= 0 ? QJsonValue(r.variant) : QJsonValue()},
                {u"kind"_s, r.kind},
                {u"from"_s, r.fromAddress},
                {u"received_at"_s, r.receivedAt.toString(Qt::ISODate)},
                {u"subject"_s, r.subject},
                {u"snippet"_s, r.snippet},
                {u"status"_s, r.statusCode},
                {u"diagnostic"_s, r.diagnostic},
                {u"return_date"_s,
                 r.returnDate.isValid() ? QJsonValue(r.returnDate.toString(Qt::ISODate)) : QJsonValue()},
                {u"corrected"_s, r.corrected},
                {u"corrected_from"_s, r.corrected ? QJsonValue(r.correctedFrom) : QJsonValue()},
                {u"corrected_by"_s, r.corrected ? QJsonValue(r.correctedBy) : QJsonValue()},
                {u"corrected_at"_s, r.corrected ? timeOrNull(r.correctedAt) : QJsonValue()},
            });
        }
        ctx.printJson(array);
        return Success;
    }
    for (const ReplyRecord &r : replies.value())
        ctx.print(u"%1  %2  %3  %4  %5  %6  %7"_s.arg(
            QString::number(r.id), r.receivedAt.toString(u"yyyy-MM-dd HH:mm"_s),
            QString(r.kind + (r.corrected ? u"*"_s : QString())).leftJustified(12), cell(r.campaignName),
            cell(r.leadEmail), r.variant >= 0 ? QString::number(r.variant) : u"-"_s,
            cell(r.snippet.isEmpty() ? r.diagnostic : r.snippet)));
    if (replies->isEmpty())
        ctx.progress(all ? tr("No replies recorded.")
                         : tr("No replies recorded for campaign %1.").arg(campaignId));
    else if (std::any_of(replies->cbegin(), replies->cend(),
                         [](const ReplyRecord &r) { return r.corrected; }))
        ctx.progress(tr("* corrected by hand (outreach replies correct)."));
    return Success;
}

int correctReply(Context &ctx)
{
    QCommandLineParser p;
    const QStringList kinds = ReplyCorrectionRepository::kinds();
    p.addOption({u"as"_s,
                 tr("reply, not-reply (an automatic answer), or a kind: %1.").arg(kinds.join(u", "_s)),
                 u"kind"_s});
    p.addOption({u"by"_s, tr("Who corrects (default: the account name)."), u"name"_s});
    const auto replyId = ctx.parseId(p, u"REPLY_ID"_s, u"reply"_s);
    if (!replyId)
        return ctx.parseExit();
    const QString as = storedKind(p.value(u"as"_s));
    if (as != u"not_reply" && !kinds.contains(as)) {
        ctx.error(tr("--as must be reply, not-reply or one of %1, not \"%2\".")
                      .arg(kinds.join(u", "_s), p.value(u"as"_s)));
        return Usage;
    }
    QString by = p.value(u"by"_s).trimmed();
    if (by.isEmpty())
        by = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QDir::home().dirName()));
    Database *db = ctx.database();
    if (!db)
        return Failure;
    QString toKind = as;
    if (as == u"not_reply") { // "not a reply" undoes a reply: the mail was an automatic answer
        auto current = InboxRepository(*db).reply(*replyId);
        if (!current)
            return ctx.fail(current.error());
        if (current->kind != u"reply") {
            ctx.error(tr("Reply %1 is not counted as a reply (it is %2); use --as KIND to change it.")
                          .arg(*replyId)
                          .arg(current->kind));
            return Usage;
        }
        toKind = u"auto_reply"_s;
    }
    auto corrected = ReplyCorrectionRepository(*db).correct(*replyId, toKind, by);
    if (!corrected)
        return ctx.fail(corrected.error());
    const ReplyCorrection &c = corrected.value();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {u"correction_id"_s, c.id},
            {u"reply_id"_s, c.replyId},
            {u"campaign_id"_s, c.campaignId},
            {u"message_id"_s, c.messageId},
            {u"from_kind"_s, c.fromKind},
            {u"to_kind"_s, c.toKind},
            {u"voided_event_id"_s, c.voidedEventId > 0 ? QJsonValue(c.voidedEventId) : QJsonValue()},
            {u"added_event_id"_s, c.addedEventId > 0 ? QJsonValue(c.addedEventId) : QJsonValue()},
            {u"corrected_by"_s, c.correctedBy},
            {u"corrected_at"_s, timeOrNull(c.correctedAt)},
            {u"suppression_kept"_s, c.suppressionKept},
            {u"suppression_added"_s, c.suppressionAdded},
        });
    } else {
        ctx.print(tr("Reply %1 of campaign %2: %3 -> %4 (recorded as a manual correction).")
                      .arg(c.replyId)
                      .arg(c.campaignId)
                      .arg(c.fromKind, c.toKind));
    }
    if (c.suppressionKept)
        ctx.progress(tr("The lead stays on the suppression list; lift it with outreach suppressions remove "
                        "if you are sure."));
    return Success;
}

const Registrar r1({u"replies"_s, u"list"_s}, u"CAMPAIGN|--all [--kind K]"_s,
                   tr("List the replies, auto-replies, bounces and opt-outs of a campaign or of all"),
                   &listReplies);
const Registrar r2({u"replies"_s, u"correct"_s}, u"REPLY_ID --as reply|not-reply|KIND [--by NAME]"_s,
                   tr("Correct what inbox sync made of a mail (recorded as a manual correction)"),
                   &correctReply);

} // namespace
